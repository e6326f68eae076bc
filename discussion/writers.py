"""What the cached trees show of the people who wrote the comments follows their accounts at once.

A comment carries its writer's display name (and the initials drawn from it); the writer's role, bio and
photo come from their account, read with the comments; badges come from the writer's author profile, which
the site wires in `kennisbank/apps.py`. Moderator tools are not in the shared tree
(they are filled in per visitor), so group membership retires nothing.
"""

from django.db import transaction

from .cache import retire, retire_everything
from .models import DiscussionComment
from .service import display_name

NAME_FIELDS = {"first_name", "last_name", "email"}


def follow_renamed_user(sender, instance, created, update_fields=None, **kwargs) -> None:
    """A member who changes their name shows under the new one in every discussion they wrote in."""
    if created or (update_fields is not None and not NAME_FIELDS & set(update_fields)):
        return  # a login only saves last_login: no query
    comments = DiscussionComment.norel_objects.filter(user=instance).exclude(user_name=display_name(instance))
    pages = set(comments.values_list("object_pk", flat=True))
    if pages:
        comments.update(user_name=display_name(instance))
        for page_id in pages:
            transaction.on_commit(lambda page_id=page_id: retire(page_id))


def follow_profile_change(sender, instance, created, update_fields=None, **kwargs) -> None:
    """A new role, bio or photo shows in every discussion the member wrote in, from the next visit on."""
    saved = instance.PUBLIC_PROFILE_FIELDS if update_fields is None else update_fields
    fields = [field for field in instance.PUBLIC_PROFILE_FIELDS if field in saved]
    if created or not fields or not instance.public_profile_changed(fields):
        return  # saved for another reason: no query
    pages = set(
        DiscussionComment.norel_objects.filter(user=instance).values_list("object_pk", flat=True).distinct()
    )
    for page_id in pages:
        transaction.on_commit(lambda page_id=page_id: retire(page_id))


def retire_for_deleted(sender, instance, **kwargs) -> None:
    """Deleting an account unlinks its comments and author profile without signals of their own."""
    retire_everything()
