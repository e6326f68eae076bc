"""Who may take part in a page's discussion.

Reading follows the page itself (the access policy in `membership.access`): on a Pro page only people with
Pro read its comments. Writing also needs a verified email address and no ban by a moderator.
"""

from allauth.account.models import EmailAddress
from django.utils.translation import gettext as _

from membership.access import can_read_full

from .models import CommentBan


class CommentRefused(Exception):
    """A rule said no; views turn it into a Dutch message with this status code."""

    def __init__(self, message: str, status: int = 400):
        super().__init__(message)
        self.message, self.status = message, status


def can_read_discussion(user, page) -> bool:
    return can_read_full(user, page)


def posting_refusal(user, page) -> CommentRefused | None:
    """Why this person may not comment on this page, or None when they may."""
    if not (user and user.is_authenticated and user.is_active):
        return CommentRefused(_("Log in to join the discussion"), status=403)
    if not can_read_discussion(user, page):
        return CommentRefused(_("This discussion is for Pro members."), status=403)
    if CommentBan.objects.filter(user=user).exists():
        return CommentRefused(_("A moderator has stopped you from commenting."), status=403)
    if not EmailAddress.objects.filter(user=user, verified=True).exists():
        return CommentRefused(_("Confirm your email address before you comment."), status=403)
    return None


def can_post_comment(user, page) -> bool:
    return posting_refusal(user, page) is None
