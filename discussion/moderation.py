"""What moderators do to comments and members, in one place.

Every action runs in one transaction, is written to Wagtail's audit log (who did what, when: the admin's
Reports > Site history, filtered by action), and retires the trees of the pages it touched once, after the
commit. The views in `admin_views.py` only choose the comments and report the outcome.
"""

import uuid

from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry

from .cache import retire
from .models import APPROVE_ACTION, CommentBan, CommentReport, DiscussionComment
from .notifications import notify_new_comment
from .service import FORMER_MEMBER_NAME, display_name

APPROVE, REMOVE = APPROVE_ACTION, "discussion.remove"
HIDE, RESTORE = "discussion.hide", "discussion.restore"
BLOCK, UNBLOCK = "discussion.block", "discussion.unblock"

# Registered with Wagtail's audit log in wagtail_hooks.py: action -> (label, message).
LOG_ACTIONS = {
    APPROVE: (gettext_lazy("Approve comment"), gettext_lazy("Comment approved")),
    REMOVE: (gettext_lazy("Remove comment"), gettext_lazy("Comment removed by a moderator")),
    HIDE: (gettext_lazy("Hide comment"), gettext_lazy("Comment hidden by a moderator")),
    RESTORE: (gettext_lazy("Restore comment"), gettext_lazy("Hidden comment restored")),
    BLOCK: (gettext_lazy("Block member"), gettext_lazy("Member blocked from commenting")),
    UNBLOCK: (gettext_lazy("Unblock member"), gettext_lazy("Member may comment again")),
}


_REPORTS_WITH_REPORTERS = CommentReport.objects.select_related("user").order_by("created_at")


def waiting():
    """Comments waiting for a moderator: held first comments and comments hidden after reports."""
    return (
        DiscussionComment.objects.filter(is_removed=False)
        .filter(models.Q(is_public=False) | models.Q(hidden_by_reports=True))
        .select_related("user")
        .prefetch_related(models.Prefetch("reports", queryset=_REPORTS_WITH_REPORTERS))
        .order_by("submit_date")
    )


def published():
    """Every public comment not removed, newest first: what a moderator may hide (or restore)."""
    return (
        DiscussionComment.objects.filter(is_removed=False, is_public=True)
        .select_related("user")
        .order_by("-submit_date")
    )


def _comment_title(comment_id, name) -> str:
    return _("Comment %(id)s by %(name)s") % {"id": comment_id, "name": name}


def _record(comments, action, moderator, **data) -> None:
    """One audit entry per comment, grouped (one uuid) as one moderator's action."""
    action_id = uuid.uuid4()
    for comment in comments:
        log(
            comment,
            action,
            user=moderator,
            uuid=action_id,
            title=_comment_title(comment.pk, comment.user_name),
            data={"page_id": comment.object_pk, "user_id": comment.user_id, **data},
        )


def _retire_pages(comments) -> None:
    for page_id in {comment.object_pk for comment in comments}:
        transaction.on_commit(lambda page_id=page_id: retire(page_id))


def _resolve_reports(comments) -> None:
    CommentReport.objects.filter(comment__in=comments, resolved_at=None).update(resolved_at=timezone.now())


@transaction.atomic
def approve(*, comments, moderator) -> None:
    """Publish held comments, or clear those hidden by reports; notifications go out for the new ones."""
    # An edit sends an approved comment back to the queue; approving it again announces nothing new.
    announced = set(
        ModelLogEntry.objects.filter(action=APPROVE, object_id__in=[str(c.pk) for c in comments])
        .values_list("object_id", flat=True)
        .distinct()
    )
    # Decided by the UPDATE itself, per comment: of two moderators approving at once, only one notifies.
    held = DiscussionComment.objects.filter(is_public=False)
    newly_public = [
        comment.pk
        for comment in comments
        if held.filter(pk=comment.pk).update(is_public=True) and str(comment.pk) not in announced
    ]
    DiscussionComment.objects.filter(pk__in=[c.pk for c in comments]).update(hidden_by_reports=False)
    _resolve_reports(comments)
    _record(comments, APPROVE, moderator)
    _retire_pages(comments)
    for comment_id in newly_public:
        transaction.on_commit(lambda comment_id=comment_id: notify_new_comment(comment_id))


@transaction.atomic
def remove(*, comments, moderator) -> None:
    """For good: the comment shows as removed where someone replied to it, and leaves the queue."""
    DiscussionComment.objects.filter(pk__in=[c.pk for c in comments]).update(is_removed=True)
    _resolve_reports(comments)
    _record(comments, REMOVE, moderator)
    _retire_pages(comments)


@transaction.atomic
def hide(*, comments, moderator) -> None:
    """Out of sight until a moderator restores it; unlike removal it can be undone."""
    DiscussionComment.objects.filter(pk__in=[c.pk for c in comments]).update(hidden_by_moderator=True)
    _record(comments, HIDE, moderator)
    _retire_pages(comments)


@transaction.atomic
def restore(*, comments, moderator) -> None:
    DiscussionComment.objects.filter(pk__in=[c.pk for c in comments]).update(hidden_by_moderator=False)
    _record(comments, RESTORE, moderator)
    _retire_pages(comments)


@transaction.atomic
def block(*, user, moderator, reason="") -> CommentBan:
    """Stop a member from commenting (their comments stay; `rules.posting_refusal` refuses new ones)."""
    ban, created = CommentBan.objects.get_or_create(
        user=user, defaults={"banned_by": moderator, "reason": reason[:500]}
    )
    if created:
        data = {"user_id": user.pk, "reason": ban.reason}
        log(ban, BLOCK, user=moderator, title=display_name(user), data=data)
    return ban


@transaction.atomic
def block_writer(*, comment, moderator, reason="") -> CommentBan:
    """Block the member who wrote this comment and remove it, both or neither."""
    ban = block(user=comment.user, moderator=moderator, reason=reason)
    remove(comments=[comment], moderator=moderator)
    return ban


@transaction.atomic
def unblock(*, ban, moderator) -> None:
    log(ban, UNBLOCK, user=moderator, title=display_name(ban.user), data={"user_id": ban.user_id})
    ban.delete()


# People leaving -------------------------------------------------------------------------------------


def _entries_about(user):
    return ModelLogEntry.objects.filter(action__in=LOG_ACTIONS, data__user_id=user.pk).order_by("timestamp")


def export_log(user) -> list[dict]:
    """For the member's data download: what moderators did with their comments and account."""
    return [
        {"what": str(LOG_ACTIONS[e.action][1]), "when": e.timestamp.isoformat(), "object_id": e.object_id}
        for e in _entries_about(user)
    ]


def forget_in_log(user) -> None:
    """Before an account is deleted: the audit log keeps what moderators did, not the member's name."""
    entries = list(_entries_about(user))
    for entry in entries:
        former = FORMER_MEMBER_NAME
        entry.label = former if entry.action in (BLOCK, UNBLOCK) else _comment_title(entry.object_id, former)
    ModelLogEntry.objects.bulk_update(entries, ["label"])
