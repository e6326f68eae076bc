from django.db import migrations

GROUP = "Moderatoren"

# (app_label, model, codename, name): the content type each permission hangs off.
PERMISSIONS = [
    ("django_comments", "comment", "can_moderate", "Can moderate comments"),
    ("wagtailadmin", "admin", "access_admin", "Can access Wagtail admin"),
    ("membership", "subscription", "read_pro_content", "Can read Pro content without a subscription"),
]


def create_group(apps, schema_editor):
    """Moderators work in the Wagtail admin's comment queue and read the Pro discussions they moderate."""
    # Permissions are normally created after all migrations ran; these are needed now.
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _created = Group.objects.get_or_create(name=GROUP)
    for app_label, model, codename, name in PERMISSIONS:
        content_type, _created = ContentType.objects.get_or_create(app_label=app_label, model=model)
        permission, _created = Permission.objects.get_or_create(
            content_type=content_type, codename=codename, defaults={"name": name}
        )
        group.permissions.add(permission)


def delete_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=GROUP).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("discussion", "0001_initial"),
        ("django_comments", "0004_add_object_pk_is_removed_index"),
        ("wagtailadmin", "0006_formstate"),
        ("membership", "0003_pro_permission_for_editors"),
    ]

    operations = [migrations.RunPython(create_group, delete_group)]
