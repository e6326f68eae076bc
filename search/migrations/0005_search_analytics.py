"""Search analytics (SearchEvent), and the Editors group's permissions for the search report and for
Wagtail's promoted search results."""

from django.contrib.auth.management import create_permissions
from django.db import migrations, models

GRANTS = {
    "search": ["view_searchevent"],
    "wagtailsearchpromotions": ["add_searchpromotion", "change_searchpromotion", "delete_searchpromotion"],
}


def _permissions(apps):
    Permission = apps.get_model("auth", "Permission")
    for app_label, codenames in GRANTS.items():
        yield from Permission.objects.filter(content_type__app_label=app_label, codename__in=codenames)


def grant(apps, schema_editor):
    # Permissions are normally created after all migrations; create these apps' now to grant them.
    for app_label in GRANTS:
        app_config = apps.get_app_config(app_label)
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    editors = apps.get_model("auth", "Group").objects.filter(name="Editors").first()
    if editors is not None:
        editors.permissions.add(*_permissions(apps))


def revoke(apps, schema_editor):
    editors = apps.get_model("auth", "Group").objects.filter(name="Editors").first()
    if editors is not None:
        editors.permissions.remove(*_permissions(apps))


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0004_editors_manage_synonyms"),
        ("wagtailsearchpromotions", "0008_query_verbose_name"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [
        migrations.CreateModel(
            name="SearchEvent",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("week", models.DateField(help_text="The Monday of the week of the search.", verbose_name="week")),
                ("query", models.CharField(max_length=200, verbose_name="query")),
                ("results", models.PositiveIntegerField(verbose_name="results")),
                ("relaxed", models.BooleanField(default=False, verbose_name="relaxed")),
                ("engine", models.CharField(max_length=30, verbose_name="engine")),
                ("pro", models.BooleanField(default=False, verbose_name="searched with Pro")),
                ("filtered", models.BooleanField(default=False, verbose_name="filtered")),
                ("promotions", models.PositiveSmallIntegerField(default=0, verbose_name="promoted results shown")),
                ("clicked_rank", models.PositiveIntegerField(blank=True, null=True, verbose_name="clicked rank")),
            ],
            options={
                "verbose_name": "search event",
                "verbose_name_plural": "search events",
                "indexes": [models.Index(fields=["week", "query"], name="search_event_week_query")],
            },
        ),
        migrations.RunPython(grant, revoke),
    ]
