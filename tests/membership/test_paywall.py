"""Nobody without Pro receives Pro text, on any channel. One unique string is planted in every gated field;
every channel is crawled as every non-member persona. The crawl is first shown to catch a public plant."""

import datetime
import re

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.core.files.base import ContentFile
from django.test import Client
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from articles.follow_mail import due_week, mail_new_article, send_weekly_digests
from articles.models import ArticlePage, Follow, SiteDocument, TopicPage
from membership.access import PRO_STATUSES, has_pro_access
from membership.models import NotificationPreferences, SubscriptionStatus
from search import indexing
from search.models import PopularQuery
from tests.factories import (
    ArticlePageFactory,
    AuthorFactory,
    CommentFactory,
    SubscriptionFactory,
    TopicPageFactory,
    UserFactory,
    stream,
)

SECRET = "ZXQ-pro-geheim-3141"
# A word that occurs only in Pro text, for search: never searched, highlighted, meant ("Bedoelde u") or
# suggested for anyone without Pro. Queries near it (a typo, a prefix) must not reveal it.
PRO_WORD = "kwartsvlinder"
PRO_WORD_TYPO = "kwartsvlindr"
CRAWLER = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"
# Every status we know, and one that Stripe may add later (stored as it comes, giving no Pro).
ALL_STATUSES = [*SubscriptionStatus.values, "a_future_status"]


def with_subscription(status):
    return SubscriptionFactory(status=status).user


@pytest.mark.parametrize("status", ALL_STATUSES)
def test_status_to_access_table(db, status):
    user = with_subscription(status)
    assert user.subscriptions.get().status == status
    assert has_pro_access(user) is (status in {"trialing", "active", "past_due"})
    assert {"trialing", "active", "past_due"} == PRO_STATUSES


def test_no_subscription_no_pro_and_editors_have_pro(db):
    assert not has_pro_access(UserFactory())
    assert not has_pro_access(UserFactory(is_staff=True))
    editor = UserFactory(is_staff=True)
    editor.groups.add(Group.objects.get(name="Redacteuren"))
    assert has_pro_access(editor)


def test_newest_granting_subscription_counts(db):
    user = with_subscription("canceled")
    SubscriptionFactory(user=user, status="active")
    assert has_pro_access(type(user).objects.get(pk=user.pk))


@pytest.fixture
def planted(site_tree):
    """The secret in every gated field: Pro article body, topic body, a Pro document, an unpublished draft."""
    pro_article = ArticlePageFactory(
        parent=site_tree.article_index,
        title="Pro-artikel",
        lead="Openbare lead.",
        body=stream(("paragraph", f"<p>{SECRET} artikel {PRO_WORD}</p>")),
        is_pro=True,
    )
    topic = TopicPageFactory(
        parent=site_tree.knowledge_base,
        title="Pro-onderwerp",
        body=stream(
            ("what_works", f"<p>{SECRET} onderwerp {PRO_WORD}</p>"), ("key_questions", [f"{SECRET} vraag"])
        ),
    )
    pro_article.topics.add(topic)
    pro_article.save_revision().publish()
    # A draft revision of a free article containing the secret: only editors may see drafts.
    free_article = ArticlePageFactory(parent=site_tree.article_index, title="Gratis artikel", topics=[topic])
    free_article.body = stream(("paragraph", f"<p>{SECRET} concept</p>"))
    revision = free_article.save_revision()
    commenter = UserFactory(first_name="Lid")
    CommentFactory(page=topic, user=commenter, comment=f"{SECRET} reactie")
    document = SiteDocument.objects.create(title="Pro-werkblad", is_pro=True)
    document.file.save("werkblad.txt", ContentFile(f"{SECRET} document".encode()))
    indexing.rebuild()  # the search index, as the publish tasks would leave it
    # Pro members searched the Pro word often; editors promoted the Pro topic for "artikel".
    PopularQuery.objects.create(query=PRO_WORD, count=5)
    SearchPromotion.objects.create(query=Query.get("artikel"), page=topic, sort_order=0)
    return {
        "article": pro_article,
        "topic": topic,
        "free": free_article,
        "revision": revision,
        "document": document,
    }


def channels(planted):
    article, topic, free, document = (
        planted["article"],
        planted["topic"],
        planted["free"],
        planted["document"],
    )
    return [
        "/",
        "/artikelen/",
        f"/artikelen/?onderwerp={topic.slug}",
        article.url,
        f"{article.url}?format=json",
        f"{article.url}?amp=1",
        free.url,
        "/kennisbank/",
        topic.url,
        f"/auteurs/{article.authors.first().slug}/",
        "/feed/",
        "/sitemap.xml",
        "/sitemap-pages.xml",
        "/sitemap-authors.xml",
        "/robots.txt",
        "/pro/",
        document.url,
        f"/admin/pages/{free.pk}/view_draft/",
        f"/admin/pages/{free.pk}/revisions/{planted['revision'].pk}/view/",
        f"/admin/pages/{article.pk}/edit/preview/",
        "/api/v2/pages/",
        f"/api/v2/pages/{article.pk}/",
        # Search: results with snippets for words next to the secret (a word of the secret itself would be
        # echoed in the search box, and marked in a snippet), a promoted Pro topic ("artikel"), did-you-mean
        # for a typo of the Pro word, the popular searches on the empty search page, and autocomplete.
        # The crawl follows every search link these pages show (facets, pages, suggestions): see below.
        "/zoeken/?q=artikel",
        "/zoeken/?q=onderwerp+vraag",
        "/zoeken/?q=geheim",
        f"/zoeken/?q={PRO_WORD_TYPO}",
        "/zoeken/",
        "/zoeken/suggesties/?q=zxq",
        "/zoeken/suggesties/?q=geheim",
        f"/zoeken/suggesties/?q={PRO_WORD[:6]}",
    ]


def search_links(client, urls, **headers):
    """The search pages linked from these search pages: facet values, pages, "Bedoelde u", popular
    searches. Followed by the crawl, so each of them is checked too."""
    found = set()
    for url in urls:
        if url.startswith("/zoeken/?") or url == "/zoeken/":
            body = client.get(url, **headers).content.decode()
            found |= {href.replace("&amp;", "&") for href in re.findall(r'href="(/zoeken/\?[^"]*)"', body)}
    return sorted(found - set(urls))


def crawl(client, urls, **headers):
    """Every response body, following redirects; returns the URLs whose responses carry the secret or the
    Pro word."""
    leaks = []
    for url in urls:
        response = client.get(url, follow=True, **headers)
        body = b"".join(response.streaming_content) if response.streaming else response.content
        if SECRET.encode() in body or PRO_WORD.encode() in body:
            leaks.append(url)
    return leaks


def personas():
    return {
        "anonymous": None,
        "registered_free": lambda: UserFactory(),
        "cancelled": lambda: with_subscription("canceled"),
        "incomplete": lambda: with_subscription("incomplete"),
        "unpaid": lambda: with_subscription("unpaid"),
        "staff_without_pro_permission": lambda: UserFactory(is_staff=True),
        # Verified experts read Pro (articles/experts.py); an author the editors have not verified does not.
        "unverified_author": lambda: AuthorFactory(user=UserFactory(), is_verified_expert=False).user,
    }


@pytest.mark.parametrize("persona", [*personas(), "crawler"])
def test_no_channel_leaks_pro_text_to_non_members(planted, persona):
    client = Client()
    make_user = personas().get(persona)
    if make_user is not None:
        client.force_login(make_user())
    headers = {"HTTP_USER_AGENT": CRAWLER} if persona == "crawler" else {}
    urls = channels(planted)
    followed = search_links(client, urls, **headers)
    assert any("soort=" in url for url in followed) and any("toegang=pro" in url for url in followed)
    assert crawl(client, [*urls, *followed], **headers) == []


def test_pro_pages_are_private_for_every_persona(planted):
    client = Client()
    for url in (planted["article"].url, planted["topic"].url):
        assert "private" in client.get(url)["Cache-Control"]
    client.force_login(UserFactory())
    assert "private" in client.get("/artikelen/")["Cache-Control"]


def test_members_do_get_the_pro_text(planted):
    client = Client()
    client.force_login(with_subscription("active"))
    leaks = crawl(client, channels(planted))
    assert planted["article"].url in leaks
    assert planted["topic"].url in leaks
    assert planted["document"].url in leaks
    assert "/zoeken/?q=artikel" in leaks  # Pro members search the Pro text, snippets included
    assert f"/zoeken/?q={PRO_WORD_TYPO}" in leaks  # a typo of a word in Pro text finds it
    assert "/zoeken/" in leaks  # the popular Pro word, among the popular searches
    assert f"/zoeken/suggesties/?q={PRO_WORD[:6]}" in leaks
    assert "/feed/" not in leaks  # the feed is public: never Pro text, not even for members


def test_the_crawl_catches_a_secret_planted_in_a_public_field(planted):
    """Proof that the crawl can fail: the same secret in a public field is found."""
    article = planted["article"]
    article.lead = f"Openbare lead met {SECRET}"
    article.save_revision().publish()
    leaks = crawl(Client(), channels(planted))
    assert article.url in leaks
    assert "/feed/" in leaks


def mails_about_followed_pro_content(planted, user):
    """The new-article mail and the weekly digest this person gets after following the Pro topic and the Pro
    article's author (with the digest switched on), the Pro article new and the topic updated that week."""
    article, topic = planted["article"], planted["topic"]
    Follow.objects.create(user=user, topic=topic)
    Follow.objects.create(user=user, author=article.authors.first())
    NotificationPreferences.objects.create(user=user, digest=True)
    in_week = timezone.make_aware(datetime.datetime.combine(due_week(), datetime.time(12)))
    ArticlePage.objects.filter(pk=article.pk).update(first_published_at=in_week)
    TopicPage.objects.filter(pk=topic.pk).update(last_published_at=in_week)
    mail.outbox.clear()
    mail_new_article.call(article.pk)
    send_weekly_digests.call(due_week().isoformat())
    mails = [message for message in mail.outbox if message.to == [user.email]]
    assert len(mails) == 2  # both channels reached this person: the check below looked at something
    return "".join(message.subject + message.body for message in mails)


@pytest.mark.parametrize("persona", [name for name in personas() if name != "anonymous"])
def test_no_mail_about_followed_content_leaks_pro_text_to_non_members(planted, persona):
    text = mails_about_followed_pro_content(planted, personas()[persona]())
    assert planted["article"].title in text and planted["article"].lead in text  # the public teaser is fine
    assert SECRET not in text and PRO_WORD not in text


def test_members_do_get_pro_text_in_mails_about_followed_content(planted):
    text = mails_about_followed_pro_content(planted, with_subscription("active"))
    assert SECRET in text and PRO_WORD in text
