"""Shared by the discussion and moderation tests: verified members, established commenters, an article."""

from allauth.account.models import EmailAddress

from discussion.models import DiscussionComment
from discussion.service import post_comment
from tests.factories import UserFactory


def verified(user):
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    return user


def member(**fields):
    return verified(UserFactory(**fields))


def established(user, page):
    """A member whose earlier comment a moderator approved (so new comments appear at once)."""
    first = post_comment(user=user, page=page, text=f"Eerste reactie van {user.pk}.")
    DiscussionComment.objects.filter(pk=first.pk).update(is_public=True)
    return user
