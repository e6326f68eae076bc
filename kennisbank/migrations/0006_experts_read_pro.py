"""Verified experts read Pro (articles/experts.py): a group "Experts" with the Pro-reading permission,
holding the users of the authors verified so far. Later edits keep it in step."""

import importlib

from django.db import migrations

# The roles migration's helper: a permission that may not exist yet while migrations run.
permission = importlib.import_module("kennisbank.migrations.0003_editorial_roles").permission

EXPERTS = "Experts"


def create_expert_group(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Author = apps.get_model("articles", "Author")
    group, _created = Group.objects.get_or_create(name=EXPERTS)
    group.permissions.add(permission(apps, "membership", "subscription", "read_pro_content"))
    users = Author.objects.filter(is_verified_expert=True, user__isnull=False).values_list("user_id", flat=True)
    group.user_set.add(*users)


def remove_expert_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=EXPERTS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("kennisbank", "0005_pro_invitation_help"),
        ("articles", "0007_editors_read_the_reading_report"),
        ("membership", "0004_subscription_source_page"),
    ]

    operations = [migrations.RunPython(create_expert_group, remove_expert_group)]
