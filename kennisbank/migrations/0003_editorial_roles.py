"""The editorial roles, in Dutch (README, "Roles"): Redacteuren write and submit, Eindredacteuren approve and
publish, Moderatoren (discussion/migrations/0002) moderate comments.

Wagtail's default groups become the first two, so everything granted to them by name before (collections,
Pro reading, search synonyms and promotions) stays, and its default workflow ("Moderators approval") is
renamed and routed to the Eindredacteuren: one workflow on the root page, for every page.
"""

from django.db import migrations

WRITERS, APPROVERS = "Redacteuren", "Eindredacteuren"
RENAMED = {"Editors": WRITERS, "Moderators": APPROVERS}
TASK_NAME = "Goedkeuring door Eindredacteuren"  # shown to the writer while a page waits: says who approves
WORKFLOW_NAME = "Eindredactie"

WRITER_PAGE_PERMISSIONS = {"add_page", "change_page"}
APPROVER_PAGE_PERMISSIONS = WRITER_PAGE_PERMISSIONS | {"publish_page", "lock_page", "unlock_page"}

# Snippets and settings both roles keep up to date, on top of what they had: (app_label, model, codename).
SHARED_MODEL_PERMISSIONS = [
    ("wagtailadmin", "admin", "access_admin"),
    ("membership", "subscription", "read_pro_content"),
    ("articles", "author", "add_author"),
    ("articles", "author", "change_author"),
    ("articles", "author", "delete_author"),
    ("articles", "theme", "add_theme"),
    ("articles", "theme", "change_theme"),
    ("articles", "theme", "delete_theme"),
    ("kennisbank", "sitesettings", "change_sitesettings"),
]


def permission(apps, app_label, model, codename):
    # Model permissions are normally created after all migrations ran; these are needed now.
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _created = ContentType.objects.get_or_create(app_label=app_label, model=model)
    verb, _, noun = codename.partition("_")
    found, _created = Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": f"Can {verb} {noun}"}
    )
    return found


def group_named(apps, old_name, new_name):
    Group = apps.get_model("auth", "Group")
    group = Group.objects.filter(name=new_name).first()
    if group is None:
        group = Group.objects.filter(name=old_name).first() or Group(name=new_name)
        group.name = new_name
        group.save()
    return group


def set_page_permissions(apps, group, root, codenames):
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupPagePermission.objects.filter(group=group).exclude(permission__codename__in=codenames).delete()
    for codename in codenames:
        GroupPagePermission.objects.get_or_create(
            group=group, page=root, permission=permission(apps, "wagtailcore", "page", codename)
        )


def approval_workflow(apps, approvers, root):
    """The task that routes to the approvers (Wagtail's default one, renamed), in one workflow on the root."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    task = GroupApprovalTask.objects.filter(groups=approvers).first()
    if task is None:
        content_type, _created = ContentType.objects.get_or_create(
            app_label="wagtailcore", model="groupapprovaltask"
        )
        task = GroupApprovalTask.objects.create(name=TASK_NAME, content_type=content_type, active=True)
    task.name, task.active = TASK_NAME, True
    task.save()
    task.groups.set([approvers])
    link = WorkflowTask.objects.filter(task=task).select_related("workflow").first()
    if link is None:
        workflow = Workflow.objects.create(name=WORKFLOW_NAME, active=True)
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    else:
        workflow = link.workflow
    workflow.name, workflow.active = WORKFLOW_NAME, True
    workflow.save()
    WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": workflow})


def set_up_roles(apps, schema_editor):
    Page = apps.get_model("wagtailcore", "Page")
    root = Page.objects.filter(depth=1).first()
    writers = group_named(apps, "Editors", WRITERS)
    approvers = group_named(apps, "Moderators", APPROVERS)
    shared = [permission(apps, *label) for label in SHARED_MODEL_PERMISSIONS]
    writers.permissions.add(*shared)
    # Whatever the writers may change (synonyms, promotions, ...), the approvers may too.
    approvers.permissions.add(*shared, *writers.permissions.all())
    if root is not None:  # a database without Wagtail's root page has no pages to grant
        set_page_permissions(apps, writers, root, WRITER_PAGE_PERMISSIONS)
        set_page_permissions(apps, approvers, root, APPROVER_PAGE_PERMISSIONS)
        approval_workflow(apps, approvers, root)


def restore_wagtail_names(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for old_name, new_name in RENAMED.items():
        Group.objects.filter(name=new_name).update(name=old_name)
    apps.get_model("wagtailcore", "Task").objects.filter(name=TASK_NAME).update(name="Moderators approval")
    apps.get_model("wagtailcore", "Workflow").objects.filter(name=WORKFLOW_NAME).update(
        name="Moderators approval"
    )


class Migration(migrations.Migration):
    dependencies = [
        ("kennisbank", "0002_site_domain"),
        ("articles", "0007_editors_read_the_reading_report"),  # its grants to "Editors" come first
        ("discussion", "0002_moderators_group"),
        ("membership", "0003_pro_permission_for_editors"),
        ("search", "0006_postgresql_field_rows"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(set_up_roles, restore_wagtail_names)]
