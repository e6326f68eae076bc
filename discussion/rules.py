"""Who may take part in a page's discussion.

Reading follows the page itself (the access policy in `membership.access`): on a Pro page only people with
Pro read its comments. Writing also needs a verified email address and no ban by a moderator.
"""

from typing import NamedTuple

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.db.models import Exists, OuterRef
from django.utils.translation import gettext as _

from membership.access import can_read_full
from membership.auth_backends import NOT_READ, read_fact, ruled_out

from .models import CommentBan, CommentLike


class CommentRefused(Exception):
    """A rule said no; views turn it into a Dutch message with this status code."""

    def __init__(self, message: str, status: int = 400):
        super().__init__(message)
        self.message, self.status = message, status


MODERATE_PERMISSION = "django_comments.can_moderate"


class Standing(NamedTuple):
    banned: bool
    verified: bool


# Read with the signed-in member (apps.py, membership.auth_backends).
BANNED, VERIFIED, LIKES_ANYTHING = "member_banned", "member_verified", "member_likes_anything"


def is_banned():
    return Exists(CommentBan.objects.filter(user=OuterRef("pk")))


def has_verified_address():
    return Exists(EmailAddress.objects.filter(user=OuterRef("pk"), verified=True))


def likes_anything():
    return Exists(CommentLike.objects.filter(user=OuterRef("pk")))


def may_like_something(user) -> bool:
    """False when the member has liked no comment anywhere (most members): no need to ask which."""
    return not ruled_out(user, LIKES_ANYTHING)


def standing(user) -> Standing:
    """A signed-in member's ban and verified address: read with the request's member, else both in one query
    (never kept between requests: a ban takes effect on the member's next action)."""
    banned, verified = read_fact(user, BANNED), read_fact(user, VERIFIED)
    if banned is not NOT_READ and verified is not NOT_READ:
        return Standing(bool(banned), bool(verified))  # SQLite answers 0 and 1
    row = (
        get_user_model()
        .objects.filter(pk=user.pk)
        .annotate(banned=is_banned(), verified=has_verified_address())
        .values_list("banned", "verified")
        .first()
    )
    return Standing(*(row or (True, False)))  # deleted meanwhile: no standing at all


def can_moderate(user) -> bool:
    """Members of the Moderatoren group (or anyone given the permission), not only superusers."""
    return bool(user and user.is_authenticated and user.is_active and user.has_perm(MODERATE_PERMISSION))


def can_read_discussion(user, page) -> bool:
    return can_read_full(user, page)


def posting_refusal(user, page) -> CommentRefused | None:
    """Why this person may not comment on this page, or None when they may."""
    if not (user and user.is_authenticated and user.is_active):
        return CommentRefused(_("Log in to join the discussion"), status=403)
    if not can_read_discussion(user, page):
        return CommentRefused(_("This discussion is for Pro members."), status=403)
    banned, verified = standing(user)
    if banned:
        return CommentRefused(_("A moderator has stopped you from commenting."), status=403)
    if not verified:
        return CommentRefused(_("Confirm your email address before you comment."), status=403)
    return None


def can_post_comment(user, page) -> bool:
    return posting_refusal(user, page) is None
