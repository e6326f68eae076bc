"""Editors read the reading report (Reports > Most read): `view_dailyreads` for whichever of the editors'
groups exist ("Editors" before the kennisbank rename, "Redacteuren" and "Eindredacteuren" after it)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITOR_GROUPS = ["Editors", "Redacteuren", "Eindredacteuren"]


def _permission(apps):
    return apps.get_model("auth", "Permission").objects.get(content_type__app_label="articles", codename="view_dailyreads")


def _groups(apps):
    return apps.get_model("auth", "Group").objects.filter(name__in=EDITOR_GROUPS)


def grant(apps, schema_editor):
    # Permissions are normally created after all migrations; create this app's now to grant them.
    app_config = apps.get_app_config("articles")
    models_module = getattr(app_config, "models_module", None)
    app_config.models_module = models_module or True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = models_module
    permission = _permission(apps)
    for group in _groups(apps):
        group.permissions.add(permission)


def revoke(apps, schema_editor):
    permission = _permission(apps)
    for group in _groups(apps):
        group.permissions.remove(permission)


class Migration(migrations.Migration):
    dependencies = [("articles", "0006_daily_reads")]

    operations = [migrations.RunPython(grant, revoke)]
