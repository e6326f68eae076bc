"""Writing to the discussion: every rule a new comment, an edit or a removal must pass, in one place.

Views call these functions and turn a `CommentRefused` into a Dutch message with its status code.
"""

import re
import time
from datetime import timedelta

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core import signing
from django.core.cache import cache
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import Page

from membership.auth_backends import forget_fact

from . import rules
from .cache import retire
from .markdown import count_links, plain_text, render_comment
from .mentions import mentionable
from .models import VISIBLE, CommentLike, CommentReport, DiscussionComment, comments_for
from .notifications import notify_new_comment
from .rules import CommentRefused, posting_refusal


def _rate_limited(key: str, limit: tuple[int, int]) -> bool:
    """A fixed-window counter in the cache: at most `count` events per `seconds`.

    When the cache cannot count (the production backend raises a ConnectionError while Redis is down),
    writing is refused for the moment: fail closed, so an outage is no opening for a flood of spam."""
    count, seconds = limit
    window = int(time.time() // seconds)
    cache_key = f"discussion:rate:{key}:{window}"
    try:
        cache.add(cache_key, 0, timeout=seconds)
        try:
            return cache.incr(cache_key) > count
        except ValueError:  # expired between add and incr
            cache.set(cache_key, 1, timeout=seconds)
            return False
    except ConnectionError:
        raise CommentRefused(
            _("Commenting is not possible for a moment. Try again in a few minutes."), status=503
        ) from None


def _is_new_member(user, excluding=None) -> bool:
    """No published comment yet; for an edit, the comment being edited does not count."""
    published = DiscussionComment.objects.filter(user=user, is_public=True, is_removed=False)
    if excluding is not None:
        published = published.exclude(pk=excluding.pk)
    return not published.exists()


def clean_text(text) -> str:
    text = (text or "").replace("\x00", "").replace("\r\n", "\n").strip()
    if not text:
        raise CommentRefused(_("Your comment is empty."))
    if len(text) > settings.DISCUSSION_MAX_LENGTH:
        raise CommentRefused(
            _("Your comment is too long: at most %(max)d characters.")
            % {"max": settings.DISCUSSION_MAX_LENGTH}
        )
    return text


def _writing_rules(*, user, page, text, ip_address="", parent_id=None, edited=None):
    """Every rule for text going into a discussion, new or edited: who may write, the text itself, the link
    cap for new members, no repeats, where a reply goes, the rate limit. Returns (text, new_member, parent).

    `edited` is the comment being edited: it does not count as the member's published comment or as a repeat.
    """
    if refusal := posting_refusal(user, page):
        raise refusal
    text = clean_text(text)
    new_member = _is_new_member(user, excluding=edited)
    if new_member and count_links(text) > settings.DISCUSSION_NEW_MEMBER_MAX_LINKS:
        raise CommentRefused(
            _("New members may post at most %(max)d links in a comment.")
            % {"max": settings.DISCUSSION_NEW_MEMBER_MAX_LINKS}
        )
    comments = comments_for(page)
    recent = comments.filter(user=user, submit_date__gte=timezone.now() - timedelta(days=1))
    if edited is not None:
        recent = recent.exclude(pk=edited.pk)
    if recent.filter(comment=text).exists():
        raise CommentRefused(_("You have already posted this text."))
    parent = None
    if parent_id not in (None, ""):
        try:
            parent = comments.filter(VISIBLE).get(pk=int(parent_id))
        except (DiscussionComment.DoesNotExist, TypeError, ValueError, OverflowError):
            raise CommentRefused(_("The comment you are replying to is no longer available.")) from None
        if parent.level >= settings.COMMENTS_XTD_MAX_THREAD_LEVEL:
            raise CommentRefused(_("Replies cannot be nested any deeper; reply to the comment above it."))
    if _rate_limited(f"user:{user.pk}", settings.DISCUSSION_RATE_LIMITS["member"]) or (
        ip_address and _rate_limited(f"ip:{ip_address}", settings.DISCUSSION_RATE_LIMITS["address"])
    ):
        raise CommentRefused(
            _("You are commenting very quickly. Wait a few minutes and try again."), status=429
        )
    return text, new_member, parent


def comment_html(text, page) -> str:
    """How a comment shows: the one rendering for posting, editing and the preview."""
    return render_comment(text, mentionable(page))


def preview_comment(*, user, page, text) -> str:
    """The comment as it would show, for someone who may post it; nothing is stored."""
    if refusal := posting_refusal(user, page):
        raise refusal
    text = clean_text(text)
    if _rate_limited(f"preview:{user.pk}", settings.DISCUSSION_RATE_LIMITS["preview"]):
        raise CommentRefused(
            _("You are asking for previews very quickly. Wait a moment and try again."), status=429
        )
    return comment_html(text, page)


QUOTE_MAX_LENGTH = 2000  # a quote leaves room in the reply (DISCUSSION_MAX_LENGTH) for the answer
# Markdown that would act in the attribution line: emphasis, links, escapes, a leading list or quote marker.
_MARKDOWN_IN_NAME = re.compile(r"[\\`*_\[\]<>]|^[-+#>]|^(\d+)([.)])")


def _literal_name(name: str) -> str:
    return _MARKDOWN_IN_NAME.sub(lambda m: f"{m[1]}\\{m[2]}" if m[1] else f"\\{m[0]}", name)


def quote_for(user, comment_id) -> str:
    """The Markdown block quote of a shown comment, from its stored text, for someone who may reply to it."""
    comment = visible_comment(comment_id)
    page = page_of(comment)
    if page is None:
        raise CommentRefused(_("This comment does not exist."), status=404)
    if refusal := posting_refusal(user, page):
        raise refusal
    text = plain_text(comment.comment)
    if len(text) > QUOTE_MAX_LENGTH:
        text = text[:QUOTE_MAX_LENGTH].rsplit(None, 1)[0] + " …"
    lines = [_("%(name)s wrote:") % {"name": _literal_name(comment.user_name)}, *text.split("\n")]
    return "\n".join(f"> {line}".rstrip() for line in lines) + "\n\n"


@transaction.atomic
def post_comment(*, user, page, text, parent_id=None, ip_address="") -> DiscussionComment:
    text, new_member, parent = _writing_rules(
        user=user, page=page, text=text, ip_address=ip_address, parent_id=parent_id
    )
    comment = DiscussionComment(
        content_type=ContentType.objects.get_for_model(page.specific_class),
        object_pk=str(page.pk),
        site_id=settings.SITE_ID,
        user=user,
        user_name=display_name(user),
        user_email=user.email,
        comment=text,
        body_html=comment_html(text, page),
        submit_date=timezone.now(),
        ip_address=ip_address or None,
        is_public=not new_member,  # a new member's first comment waits for a moderator
        parent_id=parent.pk if parent else 0,
    )
    comment.save()
    transaction.on_commit(lambda: retire(page.pk))
    if comment.is_public:  # a held comment notifies when a moderator approves it
        transaction.on_commit(lambda: notify_new_comment(comment.pk))
    return comment


def display_name(user) -> str:
    return user.public_name


def own_comment(user, comment_id) -> DiscussionComment:
    try:
        comment = DiscussionComment.objects.get(pk=int(comment_id), is_removed=False)
    except (DiscussionComment.DoesNotExist, TypeError, ValueError):
        raise CommentRefused(_("This comment does not exist."), status=404) from None
    if comment.user_id != user.pk:
        raise CommentRefused(_("You can only change your own comments."), status=403)
    return comment


def page_of(comment):
    """The live page a comment is under, or None."""
    try:
        return Page.objects.live().get(pk=int(comment.object_pk)).specific
    except (Page.DoesNotExist, TypeError, ValueError, OverflowError):
        return None


@transaction.atomic
def edit_comment(*, user, comment_id, text, ip_address="") -> DiscussionComment:
    """An edit passes the rules a new comment passes. A held comment stays held; one a moderator approved
    (or any comment of a member who is still new) goes back to the queue: the moderator saw other text."""
    comment = own_comment(user, comment_id)
    if timezone.now() - comment.submit_date > timedelta(minutes=settings.DISCUSSION_EDIT_MINUTES):
        raise CommentRefused(
            _("Comments can be edited for %(minutes)d minutes after posting.")
            % {"minutes": settings.DISCUSSION_EDIT_MINUTES},
            status=403,
        )
    page = page_of(comment)
    if page is None:
        raise CommentRefused(_("This comment does not exist."), status=404)
    text, new_member, _parent = _writing_rules(
        user=user, page=page, text=text, ip_address=ip_address, edited=comment
    )
    was_public = comment.is_public
    if was_public and (new_member or comment.approved_by_moderator()):
        comment.is_public = False
    comment.comment, comment.body_html, comment.edited_at = text, comment_html(text, page), timezone.now()
    comment.save(update_fields=["comment", "body_html", "edited_at", "is_public"])
    transaction.on_commit(lambda: retire(comment.object_pk))
    return comment


@transaction.atomic
def remove_own_comment(*, user, comment_id) -> DiscussionComment:
    """The thread stays; the comment shows as removed."""
    comment = own_comment(user, comment_id)
    comment.is_removed = True
    comment.save(update_fields=["is_removed"])
    transaction.on_commit(lambda: retire(comment.object_pk))
    return comment


UNDO_SALT = "kennisbank.discussion.undo-remove"
UNDO_SECONDS = 10 * 60


def undo_token(comment) -> str:
    """Given to the writer who just removed their comment: it, and only it, brings the comment back."""
    return signing.dumps({"c": comment.pk, "u": comment.user_id}, salt=UNDO_SALT)


@transaction.atomic
def restore_own_comment(*, user, comment_id, token) -> DiscussionComment:
    """Undo a member's own removal, within UNDO_SECONDS and with the token of that removal (so a comment a
    moderator removed cannot come back this way)."""
    try:
        data = signing.loads(token or "", salt=UNDO_SALT, max_age=UNDO_SECONDS)
    except signing.BadSignature:
        raise CommentRefused(_("This undo has expired. Your comment stays removed."), status=400) from None
    if data != {"c": comment_id, "u": user.pk}:
        raise CommentRefused(_("You can only change your own comments."), status=403)
    comment = DiscussionComment.objects.select_for_update().filter(pk=comment_id, user=user).first()
    page = page_of(comment) if comment is not None else None
    if page is None:
        raise CommentRefused(_("This comment does not exist."), status=404)
    if refusal := posting_refusal(user, page):  # brought back is posted again: a ban since then holds
        raise refusal
    if comment.is_removed:
        comment.is_removed = False
        comment.save(update_fields=["is_removed"])
        transaction.on_commit(lambda: retire(comment.object_pk))
    return comment


def visible_comment(comment_id) -> DiscussionComment:
    try:
        comment = DiscussionComment.objects.filter(VISIBLE).get(pk=int(comment_id))
    except (DiscussionComment.DoesNotExist, TypeError, ValueError):
        raise CommentRefused(_("This comment does not exist."), status=404) from None
    return comment


@transaction.atomic
def toggle_like(*, user, comment) -> bool:
    """Like, or take the like back; returns whether the member now likes it.

    Parallel toggles of one comment (a double click, two tabs) wait for each other on the comment's row
    (on PostgreSQL; on SQLite every write transaction already queues, see the settings), so two cannot
    both insert the like or both take it back and move the count twice."""
    DiscussionComment.objects.select_for_update().filter(pk=comment.pk).values_list("pk").first()
    removed, _by_model = CommentLike.objects.filter(comment=comment, user=user).delete()
    if not removed:
        CommentLike.objects.create(comment=comment, user=user)
    DiscussionComment.objects.filter(pk=comment.pk).update(
        like_count=F("like_count") + (-1 if removed else 1)
    )
    forget_fact(user, rules.LIKES_ANYTHING)
    transaction.on_commit(lambda: retire(comment.object_pk))
    return not removed


@transaction.atomic
def report(*, user, comment, reason, note="") -> None:
    if reason not in CommentReport.Reason.values:
        raise CommentRefused(_("Choose a reason for your report."))
    _report, created = CommentReport.objects.get_or_create(
        comment=comment, user=user, defaults={"reason": reason, "note": (note or "")[:500]}
    )
    if not created:
        return
    DiscussionComment.objects.filter(pk=comment.pk).update(report_count=F("report_count") + 1)
    comment.refresh_from_db(fields=["report_count"])
    if comment.report_count >= settings.DISCUSSION_REPORTS_TO_HIDE:
        DiscussionComment.objects.filter(pk=comment.pk).update(hidden_by_reports=True)
    transaction.on_commit(lambda: retire(comment.object_pk))


# People leaving -------------------------------------------------------------------------------------

FORMER_MEMBER_NAME = "Oud-lid"


def export_comments(user) -> list[dict]:
    """The member's comments for their data download."""
    return [
        {
            "id": comment.pk,
            "page_id": int(comment.object_pk),
            "text": comment.comment,
            "submitted": comment.submit_date.isoformat(),
            "edited": comment.edited_at.isoformat() if comment.edited_at else None,
            "public": comment.is_public,
            "removed": comment.is_removed,
        }
        for comment in DiscussionComment.norel_objects.filter(user=user).order_by("submit_date")
    ]


@transaction.atomic
def anonymise_comments(user) -> None:
    """Before an account is deleted: the comments stay (threads keep their sense), the person goes."""
    liked = list(CommentLike.objects.filter(user=user).values_list("comment_id", flat=True))
    DiscussionComment.objects.filter(pk__in=liked).update(like_count=F("like_count") - 1)
    pages = set(DiscussionComment.norel_objects.filter(user=user).values_list("object_pk", flat=True))
    DiscussionComment.norel_objects.filter(user=user).update(
        user=None, user_name=FORMER_MEMBER_NAME, user_email="", user_url="", ip_address=None
    )
    for page_id in pages | set(
        DiscussionComment.norel_objects.filter(pk__in=liked).values_list("object_pk", flat=True)
    ):
        transaction.on_commit(lambda page_id=page_id: retire(page_id))
