"""Editors manage redirects (Settings > Redirects) and the site's default social image.

The editors' group is Wagtail's "Editors" until kennisbank/migrations/0003_editorial_roles renames it to
"Redacteuren" (and gives the "Eindredacteuren" everything the Redacteuren may); whichever of these groups
exist get the permissions, so the grant holds on a database migrated either way.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITOR_GROUPS = ["Editors", "Redacteuren", "Eindredacteuren"]
GRANTS = {
    "wagtailredirects": ["add_redirect", "change_redirect", "delete_redirect"],
    "articles": ["change_sharingsettings"],
}


def _permissions(apps):
    Permission = apps.get_model("auth", "Permission")
    for app_label, codenames in GRANTS.items():
        yield from Permission.objects.filter(content_type__app_label=app_label, codename__in=codenames)


def _groups(apps):
    return apps.get_model("auth", "Group").objects.filter(name__in=EDITOR_GROUPS)


def grant(apps, schema_editor):
    # Permissions are normally created after all migrations; create these apps' now to grant them.
    for app_label in GRANTS:
        app_config = apps.get_app_config(app_label)
        models_module = getattr(app_config, "models_module", None)  # unset in historical apps
        app_config.models_module = models_module or True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = models_module
    permissions = list(_permissions(apps))
    for group in _groups(apps):
        group.permissions.add(*permissions)


def revoke(apps, schema_editor):
    permissions = list(_permissions(apps))
    for group in _groups(apps):
        group.permissions.remove(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0004_social_meta_and_pro_help"),
        ("wagtailredirects", "0008_add_verbose_name_plural"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
