"""Mails about what members follow: one mail when an article first appears, and the weekly digest.

Both are background tasks and both follow the access policy: a member without Pro gets the title and the
public teaser of a Pro article or topic, never its text; a reader who may read it gets the opening lines too.
Both go out through membership's `send_content_mail` (one-click unsubscribe) and are recorded per person
(`ArticleMail`, `DigestMail`), so a retried task or a republished article mails nobody twice.
"""

import datetime
import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django_tasks import task

from membership.access import can_read_full
from membership.models import MailCategory
from membership.notification_settings import absolute_url, send_content_mail, wants

from .follows import ArticleMail, DigestMail, Follow
from .models import ArticlePage, TopicPage, stream_text

logger = logging.getLogger(__name__)

# Mails speak the site's language, whoever caused them (an editor publishing from the English admin).
MAIL_LANGUAGE = settings.LANGUAGE_CODE
EXCERPT_WORDS = 40
DIGEST_HOUR = 7  # Monday morning, local time: the digest of the week that just ended


def article_published(sender, instance, **kwargs):
    """page_published: only the first publication of an article announces it (not a correction later)."""
    if instance.first_published_at is None or instance.first_published_at != instance.last_published_at:
        return
    article_id = instance.pk

    def enqueue():
        try:
            mail_new_article.enqueue(article_id)
        except Exception:  # publishing never fails because the mail could not be queued
            logger.exception("Could not queue the new-article mail for page %s", article_id)

    transaction.on_commit(enqueue)


def excerpt(page, user) -> str:
    """The opening words of the page's full text, only for someone the access policy lets read it."""
    if not can_read_full(user, page):
        return ""
    words = stream_text(page.body).split()
    return " ".join(words[:EXCERPT_WORDS]) + (" …" if len(words) > EXCERPT_WORDS else "")


def _entry(page, user) -> dict:
    return {
        "title": page.title,
        "teaser": page.teaser_text(),
        "is_pro": page.is_pro,
        "excerpt": excerpt(page, user),
        "url": absolute_url(page.url),
    }


@task()
def mail_new_article(article_id: int) -> int:
    """One mail to each member who follows one of the article's topics or authors and wants such mails."""
    article = ArticlePage.objects.live().public().filter(pk=article_id).first()
    if article is None:
        return 0
    topics = list(TopicPage.objects.live().filter(pk__in=article.topics.values("pk")).only("title"))
    author_ids = list(article.authors.values_list("pk", flat=True))
    followers = (
        get_user_model()
        .objects.filter(Q(follows__topic__in=topics) | Q(follows__author_id__in=author_ids), is_active=True)
        .filter(wants(MailCategory.NEW_ARTICLES))
        .exclude(author_profile__pk__in=author_ids)  # the writers know
        .exclude(pk__in=ArticleMail.objects.filter(article=article).values("user_id"))
        .distinct()
    )
    sent = 0
    for user in followers:
        try:
            with transaction.atomic():
                ArticleMail.objects.create(user=user, article=article)
                context = {"article": _entry(article, user), "authors": article.authors.all()}
                with translation.override(MAIL_LANGUAGE):
                    subject = render_to_string("articles/email/new_article_subject.txt", context)
                    body = render_to_string("articles/email/new_article_message.txt", context)
                    send_content_mail(user, MailCategory.NEW_ARTICLES, subject, body)
        except IntegrityError:
            continue  # another run of this task mailed this member already
        sent += 1
    return sent


def due_week(now=None) -> datetime.date:
    """The Monday that starts the latest week whose digest is due (from Monday 07:00 of the week after)."""
    local = timezone.localtime(now)
    this_monday = local.date() - datetime.timedelta(days=local.weekday())
    if local.weekday() == 0 and local.hour < DIGEST_HOUR:
        return this_monday - datetime.timedelta(days=14)
    return this_monday - datetime.timedelta(days=7)


def _week_bounds(week_start: datetime.date):
    start = timezone.make_aware(datetime.datetime.combine(week_start, datetime.time.min))
    return start, start + datetime.timedelta(days=7)


def members_awaiting_digest(week_start: datetime.date):
    """Members who want the digest, follow something, and have not had this week's."""
    return (
        get_user_model()
        .objects.filter(wants(MailCategory.DIGEST), is_active=True, follows__isnull=False)
        .exclude(pk__in=DigestMail.objects.filter(week_start=week_start).values("user_id"))
        .distinct()
    )


@task()
def send_weekly_digests(week_start_iso: str) -> int:
    """The digest of one week for every member awaiting it; a member with nothing new is recorded, not
    mailed. Safe to run again (or twice at once): each member's week is claimed by a unique row first."""
    week_start = datetime.date.fromisoformat(week_start_iso)
    start, end = _week_bounds(week_start)
    articles = list(
        ArticlePage.objects.live()
        .public()
        .filter(first_published_at__gte=start, first_published_at__lt=end)
        .order_by("first_published_at")
        .prefetch_related("topics", "authors")
    )
    updated_topics = list(
        TopicPage.objects.live().public().filter(last_published_at__gte=start, last_published_at__lt=end)
    )
    sent = 0
    for user in members_awaiting_digest(week_start):
        follows = list(Follow.objects.filter(user=user).values_list("topic_id", "author_id"))
        topic_ids = {topic_id for topic_id, _ in follows if topic_id}
        author_ids = {author_id for _, author_id in follows if author_id}
        new = [
            article
            for article in articles
            if topic_ids & {t.pk for t in article.topics.all()}
            or author_ids & {a.pk for a in article.authors.all()}
        ]
        topics = [topic for topic in updated_topics if topic.pk in topic_ids]
        try:
            with transaction.atomic():
                DigestMail.objects.create(user=user, week_start=week_start, article_count=len(new))
                if new or topics:
                    context = {
                        "week_start": week_start,
                        "week_end": week_start + datetime.timedelta(days=6),
                        "articles": [_entry(article, user) for article in new],
                        "topics": [_entry(topic, user) for topic in topics],
                    }
                    with translation.override(MAIL_LANGUAGE):
                        subject = render_to_string("articles/email/digest_subject.txt", context)
                        body = render_to_string("articles/email/digest_message.txt", context)
                        send_content_mail(user, MailCategory.DIGEST, subject, body)
                    sent += 1
        except IntegrityError:
            continue  # another run claimed this member's week
    return sent
