"""Mails about what members follow: one mail when an article first appears, and the weekly digest."""

import datetime

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import TestCase
from django.utils import timezone, translation

from articles.follow_mail import due_week, mail_new_article, send_weekly_digests
from articles.models import ArticlePage, DigestMail, Follow, TopicPage
from kennisbank.management.commands import run_scheduler
from membership.models import NotificationPreferences
from tests.factories import (
    ArticlePageFactory,
    AuthorFactory,
    SubscriptionFactory,
    TopicPageFactory,
    UserFactory,
    stream,
)

pytestmark = pytest.mark.django_db

BODY_SECRET = "ZXQ-volledige-tekst-7731"


@pytest.fixture
def topic(site_tree):
    return TopicPageFactory(parent=site_tree.knowledge_base, title="Borging", is_pro=False)


def publish_new_article(site_tree, **fields):
    article = ArticlePageFactory(parent=site_tree.article_index, live=False, **fields)
    with TestCase.captureOnCommitCallbacks(execute=True):
        article.save_revision().publish()
    article.refresh_from_db()
    return article


def mails_to(user):
    return [message for message in mail.outbox if message.to == [user.email]]


def test_the_first_publication_mails_each_follower_once(site_tree, topic):
    author = AuthorFactory(name="Anne de Vries")
    by_topic, by_author, both, opted_out = (UserFactory() for _ in range(4))
    UserFactory()  # follows nothing: no mail
    Follow.objects.create(user=by_topic, topic=topic)
    Follow.objects.create(user=by_author, author=author)
    Follow.objects.create(user=both, topic=topic)
    Follow.objects.create(user=both, author=author)
    Follow.objects.create(user=opted_out, topic=topic)
    NotificationPreferences.objects.create(user=opted_out, new_articles=False)
    article = publish_new_article(site_tree, title="Drie tips voor borging", topics=[topic], authors=[author])
    assert sorted(m.to[0] for m in mail.outbox) == sorted([by_topic.email, by_author.email, both.email])
    (message,) = mails_to(both)
    assert message.subject == "Nieuw artikel: Drie tips voor borging"
    assert (
        "Een korte, openbare inleiding." in message.body and f"http://testserver{article.url}" in message.body
    )
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert message.extra_headers["List-Unsubscribe"][1:-1] in message.body
    mail.outbox.clear()
    with TestCase.captureOnCommitCallbacks(execute=True):
        article.save_revision().publish()  # a correction: no new mail
    assert mail.outbox == []
    assert mail_new_article.call(article.pk) == 0  # the task again (a retry): nobody twice
    assert mail.outbox == []


def test_the_mail_speaks_dutch_whoever_published_the_article(site_tree, topic):
    Follow.objects.create(user=UserFactory(), topic=topic)
    with translation.override("en"):  # an editor in the English admin
        publish_new_article(site_tree, title="Borgen", topics=[topic])
    (message,) = mail.outbox
    assert message.subject == "Nieuw artikel: Borgen"
    assert "Afmelden voor deze e-mails met één klik:" in message.body


def test_a_pro_article_mail_gives_non_members_the_title_and_teaser_only(site_tree, topic):
    free_member, pro_member = UserFactory(), SubscriptionFactory(status="active").user
    for user in (free_member, pro_member):
        Follow.objects.create(user=user, topic=topic)
    publish_new_article(
        site_tree,
        title="Pro-artikel",
        lead="Openbare lead.",
        body=stream(("paragraph", f"<p>{BODY_SECRET} en meer</p>")),
        is_pro=True,
        topics=[topic],
    )
    (free_mail,) = mails_to(free_member)
    assert "Pro-artikel" in free_mail.body and "Openbare lead." in free_mail.body
    assert BODY_SECRET not in free_mail.body and BODY_SECRET not in free_mail.subject
    assert "Met Pro lees je het helemaal." in free_mail.body
    (pro_mail,) = mails_to(pro_member)
    assert BODY_SECRET in pro_mail.body  # proof that the mail would carry the text if the policy allowed


def test_due_week_is_the_week_that_ended_from_monday_morning():
    amsterdam = timezone.get_default_timezone()
    monday_early = datetime.datetime(2026, 11, 30, 6, 59, tzinfo=amsterdam)
    monday_later = datetime.datetime(2026, 11, 30, 7, 0, tzinfo=amsterdam)
    sunday = datetime.datetime(2026, 12, 6, 23, 0, tzinfo=amsterdam)
    assert due_week(monday_early) == datetime.date(2026, 11, 16)
    assert due_week(monday_later) == datetime.date(2026, 11, 23)
    assert due_week(sunday) == datetime.date(2026, 11, 23)


def in_due_week(page, field):
    moment = timezone.make_aware(
        datetime.datetime.combine(due_week(), datetime.time(12))
    ) + datetime.timedelta(days=2)
    type(page).objects.filter(pk=page.pk).update(**{field: moment})


@pytest.fixture
def week(site_tree, topic):
    """A week with a new free article and a new Pro article in a topic, and a Pro topic that was updated."""
    pro_topic = TopicPageFactory(
        parent=site_tree.knowledge_base,
        title="Pro-onderwerp",
        summary="Openbare samenvatting.",
        body=stream(("what_works", f"<p>{BODY_SECRET} onderwerp</p>")),
    )
    free = ArticlePageFactory(parent=site_tree.article_index, title="Gratis nieuws", topics=[topic])
    pro = ArticlePageFactory(
        parent=site_tree.article_index,
        title="Pro-nieuws",
        lead="Openbare lead.",
        body=stream(("paragraph", f"<p>{BODY_SECRET} artikel</p>")),
        is_pro=True,
        topics=[topic],
    )
    old = ArticlePageFactory(parent=site_tree.article_index, title="Oud nieuws", topics=[topic])
    for article in (free, pro):
        in_due_week(article, "first_published_at")
    ArticlePage.objects.filter(pk=old.pk).update(
        first_published_at=timezone.now() - datetime.timedelta(days=60)
    )
    in_due_week(pro_topic, "last_published_at")
    return {"topic": topic, "pro_topic": pro_topic}


def digest_reader(week, **subscription):
    user = SubscriptionFactory(**subscription).user if subscription else UserFactory()
    NotificationPreferences.objects.create(user=user, digest=True)
    Follow.objects.create(user=user, topic=week["topic"])
    Follow.objects.create(user=user, topic=week["pro_topic"])
    return user


def test_the_scheduler_sends_each_member_the_weeks_digest_once(week):
    reader = digest_reader(week)
    no_digest = UserFactory()
    Follow.objects.create(user=no_digest, topic=week["topic"])  # the digest is off by default
    nothing_followed = UserFactory()
    NotificationPreferences.objects.create(user=nothing_followed, digest=True)
    assert "send_weekly_digest" in run_scheduler.JOBS
    call_command("run_scheduler", "--once")
    (digest,) = mail.outbox
    assert digest.to == [reader.email]
    assert "Gratis nieuws" in digest.body and "Pro-nieuws" in digest.body and "Pro-onderwerp" in digest.body
    assert "Oud nieuws" not in digest.body
    assert digest.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert digest.extra_headers["List-Unsubscribe"][1:-1] in digest.body
    assert DigestMail.objects.get(user=reader, week_start=due_week()).article_count == 2
    call_command("run_scheduler", "--once")
    assert send_weekly_digests.call(due_week().isoformat()) == 0  # the task itself, run again
    assert len(mail.outbox) == 1


def test_a_member_with_nothing_new_is_recorded_but_not_mailed(week, site_tree):
    quiet_topic = TopicPageFactory(parent=site_tree.knowledge_base, title="Stil onderwerp")
    TopicPage.objects.filter(pk=quiet_topic.pk).update(last_published_at=None)
    member = UserFactory()
    NotificationPreferences.objects.create(user=member, digest=True)
    Follow.objects.create(user=member, topic=quiet_topic)
    call_command("send_weekly_digest")
    assert mail.outbox == []
    assert DigestMail.objects.filter(user=member, week_start=due_week(), article_count=0).exists()


def test_the_digest_follows_the_access_policy(week):
    free_reader = digest_reader(week)
    pro_reader = digest_reader(week, status="active")
    call_command("send_weekly_digest")
    (free_digest,) = mails_to(free_reader)
    assert "Openbare lead." in free_digest.body and "Openbare samenvatting." in free_digest.body
    assert BODY_SECRET not in free_digest.body
    (pro_digest,) = mails_to(pro_reader)
    assert f"{BODY_SECRET} artikel" in pro_digest.body and f"{BODY_SECRET} onderwerp" in pro_digest.body
