from django.db import migrations

GROUP = "Moderatoren"

# Wagtail's site history shows a log entry to those with a permission on its object's model.
PERMISSIONS = [
    ("discussioncomment", "view_discussioncomment", "Can view comment"),
    ("commentban", "view_commentban", "Can view comment ban"),
]


def grant(apps, schema_editor):
    """Moderators read the audit log of what they and the other moderators did (approve, hide, block...)."""
    # Permissions are normally created after all migrations ran; these are needed now.
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _created = Group.objects.get_or_create(name=GROUP)
    for model, codename, name in PERMISSIONS:
        content_type, _created = ContentType.objects.get_or_create(app_label="discussion", model=model)
        permission, _created = Permission.objects.get_or_create(
            content_type=content_type, codename=codename, defaults={"name": name}
        )
        group.permissions.add(permission)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    codenames = [codename for _model, codename, _name in PERMISSIONS]
    for group in Group.objects.filter(name=GROUP):
        group.permissions.remove(
            *Permission.objects.filter(content_type__app_label="discussion", codename__in=codenames)
        )


class Migration(migrations.Migration):
    dependencies = [
        ("discussion", "0003_hidden_by_moderator"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
