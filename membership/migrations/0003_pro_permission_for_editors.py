from django.db import migrations

GROUPS = ["Editors", "Moderators"]


def grant(apps, schema_editor):
    """Editors and moderators read Pro content without a subscription (they edit and moderate it)."""
    # Permissions are normally created after all migrations ran; this one is needed now.
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    content_type, _created = ContentType.objects.get_or_create(app_label="membership", model="subscription")
    permission, _created = Permission.objects.get_or_create(
        content_type=content_type,
        codename="read_pro_content",
        defaults={"name": "Can read Pro content without a subscription"},
    )
    for name in GROUPS:
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(permission)


def revoke(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    Permission.objects.filter(content_type__app_label="membership", codename="read_pro_content").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("membership", "0002_billing"),
        ("wagtailcore", "0002_initial_data"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
