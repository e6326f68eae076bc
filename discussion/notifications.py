"""Emails about new comments, as background tasks. What a mail may quote follows the access policy: a member
without Pro is told that there is a reply on a Pro page, not what it says."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import signing
from django.template.loader import render_to_string
from django.urls import reverse
from django_tasks import task
from wagtail.models import Page

from membership.models import MailCategory
from membership.notification_settings import preferences_by_user, send_content_mail

from .markdown import plain_text
from .mentions import mentioned_user_ids
from .models import VISIBLE, DiscussionComment, ThreadMute
from .rules import can_read_discussion

MUTE_SALT = "kennisbank.discussion.mute"

# Which mail setting each reason falls under. A comment under one's own article is addressed to its author
# as a reply is to the person replied to, so it follows the same setting.
REASON_CATEGORY = {
    "reply": MailCategory.REPLIES,
    "mention": MailCategory.REPLIES,
    "author": MailCategory.REPLIES,
    "thread": MailCategory.THREADS,
}


def mute_token(user_id: int, thread_id: int) -> str:
    return signing.dumps({"u": user_id, "t": thread_id}, salt=MUTE_SALT)


def read_mute_token(token: str) -> tuple[int, int] | None:
    try:
        data = signing.loads(token, salt=MUTE_SALT, max_age=60 * 60 * 24 * 365)
        return int(data["u"]), int(data["t"])
    except (signing.BadSignature, KeyError, TypeError, ValueError):
        return None


def notify_new_comment(comment_id: int) -> None:
    deliver_notifications.enqueue(comment_id)


def recipients(comment, page):
    """Who hears about this comment, and why: the person replied to, the members it mentions, the page's
    authors, and everyone who took part in the thread; never the writer, nobody who muted the thread, nobody
    whose mail settings say no to that reason (someone who switched off replies but follows their threads
    hears of it as thread activity)."""
    User = get_user_model()
    reasons = {}
    if comment.parent_id and comment.parent_id != comment.pk:
        parent_user_id = DiscussionComment.objects.filter(pk=comment.parent_id).values_list(
            "user_id", flat=True
        )
        if parent_user_id := parent_user_id.first():
            reasons.setdefault(parent_user_id, "reply")
    for user_id in mentioned_user_ids(comment.comment, page):
        reasons.setdefault(user_id, "mention")
    for user_id in (
        page.authors.exclude(user=None).values_list("user_id", flat=True) if hasattr(page, "authors") else []
    ):
        reasons.setdefault(user_id, "author")
    thread_members = set(
        DiscussionComment.objects.filter(thread_id=comment.thread_id, is_public=True, is_removed=False)
        .exclude(user=None)
        .values_list("user_id", flat=True)
    )
    for user_id in thread_members:
        reasons.setdefault(user_id, "thread")
    reasons.pop(comment.user_id, None)
    muted = set(
        ThreadMute.objects.filter(thread_id=comment.thread_id, user_id__in=reasons).values_list(
            "user_id", flat=True
        )
    )
    chosen = {}
    for user_id, preferences in preferences_by_user(set(reasons) - muted).items():
        if getattr(preferences, REASON_CATEGORY[reasons[user_id]]):
            chosen[user_id] = reasons[user_id]
        elif user_id in thread_members and preferences.threads:
            chosen[user_id] = "thread"
    users = User.objects.filter(pk__in=chosen, is_active=True)
    return [(user, chosen[user.pk]) for user in users]


@task()
def deliver_notifications(comment_id: int) -> int:
    comment = DiscussionComment.objects.filter(VISIBLE, pk=comment_id).first()
    if comment is None:
        return 0
    page = Page.objects.live().filter(pk=int(comment.object_pk)).first()
    if page is None:
        return 0
    page = page.specific
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    sent = 0
    for user, reason in recipients(comment, page):
        context = {
            "comment": comment,
            "page": page,
            "reason": reason,
            "may_read": can_read_discussion(user, page),
            "text": plain_text(comment.comment),
            "comment_url": f"{base}{reverse('comment_permalink', args=[comment.pk])}",
            "mute_url": f"{base}{reverse('comment_mute', args=[mute_token(user.pk, comment.thread_id)])}",
        }
        subject = render_to_string("discussion/email/new_comment_subject.txt", context)
        body = render_to_string("discussion/email/new_comment_message.txt", context)
        send_content_mail(user, REASON_CATEGORY[reason], subject, body)  # each mail retried on its own
        sent += 1
    return sent
