"""Verified experts read and answer Pro discussions: the access policy (membership.access) grants Pro through
the `read_pro_content` permission, so the users of verified experts are kept in a group that has it.

Editors tick "verified expert" on an author; this keeps the group in step on every save and delete, so
unticking it (or unlinking the account) takes Pro away again."""

from django.contrib.auth.models import Group, Permission

from .models import Author

EXPERTS_GROUP = "Experts"  # kennisbank/migrations/0006_experts_read_pro creates it


def expert_group() -> Group:
    group, created = Group.objects.get_or_create(name=EXPERTS_GROUP)
    if created:  # the migration made it with the permission; a flushed test database did not
        group.permissions.add(
            Permission.objects.get(content_type__app_label="membership", codename="read_pro_content")
        )
    return group


def sync_expert_group(**kwargs):
    """post_save / post_delete of an Author: the group holds exactly the users of verified experts."""
    group = expert_group()
    verified = set(
        Author.objects.filter(is_verified_expert=True, user__isnull=False).values_list("user_id", flat=True)
    )
    members = set(group.user_set.values_list("pk", flat=True))
    if members - verified:
        group.user_set.remove(*(members - verified))
    if verified - members:
        group.user_set.add(*(verified - members))
