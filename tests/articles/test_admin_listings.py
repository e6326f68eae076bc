"""The admin's flat listings of articles and topics, reachable from the menu, with columns and filters."""

import datetime
import re

from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import ArticlePageFactory, AuthorFactory, ThemeFactory, TopicPageFactory, UserFactory
from tests.helpers import with_two_factor

ARTICLES = "/admin/artikelen/"
TOPICS = "/admin/onderwerpen/"


def rows(response) -> list[str]:
    assert response.status_code == 200
    html = response.content.decode()
    body = html[html.index('<table class="listing') :].split("<tbody>", 1)[1].split("</tbody>", 1)[0]
    return re.findall(r"<tr[^>]*>.*?</tr>", body, re.S)


def test_menu_leads_to_new_article_articles_and_topics(client, editor, site_tree):
    client.force_login(editor)
    html = client.get("/admin/").content.decode()
    for label in ("Nieuw artikel", "Artikelen", "Kennisbank"):
        assert label in html
    assert ARTICLES in html and TOPICS in html
    new_article = client.get(f"{ARTICLES}choose_parent/")
    # One article index: straight to the form under it, no parent to choose.
    assert new_article.status_code == 302
    assert new_article["Location"] == f"/admin/pages/add/articles/articlepage/{site_tree.article_index.pk}/"


def test_article_listing_shows_pro_date_authors_and_topics(client, editor, site_tree):
    topic = TopicPageFactory(parent=site_tree.knowledge_base, title="Borging")
    ArticlePageFactory(
        parent=site_tree.article_index,
        title="Drie tips voor borging",
        is_pro=True,
        publication_date=datetime.date(2026, 3, 14),
        authors=[AuthorFactory(name="Anouk de Vries"), AuthorFactory(name="Bram Bakker")],
        topics=[topic],
    )
    client.force_login(editor)
    [row] = rows(client.get(ARTICLES))
    assert "Drie tips voor borging" in row
    assert "Pro" in row
    assert "Anouk de Vries, Bram Bakker" in row
    assert "Borging" in row
    assert "14 maart 2026" in row


def test_article_listing_filters(client, editor, site_tree):
    anouk = AuthorFactory(name="Anouk de Vries")
    topic = TopicPageFactory(parent=site_tree.knowledge_base, title="Borging")
    ArticlePageFactory(parent=site_tree.article_index, title="Alleen voor Pro", is_pro=True, authors=[anouk])
    ArticlePageFactory(parent=site_tree.article_index, title="Voor iedereen", topics=[topic])
    client.force_login(editor)

    def titles(**params):
        return [
            row
            for row in rows(client.get(ARTICLES, params))
            if "Alleen voor Pro" in row or "Voor iedereen" in row
        ]

    assert [("Alleen voor Pro" in row) for row in titles(is_pro="true")] == [True]
    assert [("Voor iedereen" in row) for row in titles(is_pro="false")] == [True]
    assert [("Alleen voor Pro" in row) for row in titles(authors=anouk.pk)] == [True]
    assert [("Voor iedereen" in row) for row in titles(topics=topic.pk)] == [True]
    assert titles(publication_date_from="2999-01-01") == []


def test_topic_listing_queries_do_not_grow_with_rows(client, site_tree):
    client.force_login(with_two_factor(UserFactory(is_staff=True, is_superuser=True)))
    counts = []
    for number in (1, 20):
        topics = [TopicPageFactory(parent=site_tree.knowledge_base) for _ in range(number)]
        client.get(TOPICS)
        with CaptureQueriesContext(connection) as captured:
            assert len(rows(client.get(TOPICS))) == number
        counts.append(len(captured))
        for topic in topics:
            topic.delete()
    assert counts[0] == counts[1], counts


def test_topic_listing_shows_pro_and_theme_and_filters_by_theme(client, editor, site_tree):
    leadership = ThemeFactory(name="Leiderschap")
    TopicPageFactory(parent=site_tree.knowledge_base, title="Feedback geven", theme=leadership)
    TopicPageFactory(parent=site_tree.knowledge_base, title="Borging", is_pro=False)
    client.force_login(editor)
    listed = rows(client.get(TOPICS))
    assert len(listed) == 2
    [feedback] = [row for row in listed if "Feedback geven" in row]
    assert "Pro" in feedback and "Leiderschap" in feedback
    [filtered] = rows(client.get(TOPICS, {"theme": leadership.pk}))
    assert "Feedback geven" in filtered


def test_bad_filter_values_do_not_break_the_listing(client, editor, site_tree):
    client.force_login(editor)
    for params in (
        {"authors": "x"},
        {"topics": "99999"},
        {"is_pro": "<b>"},
        {"publication_date_from": "gisteren"},
    ):
        assert client.get(ARTICLES, params).status_code == 200


def test_readers_do_not_get_the_listings(client, reader, site_tree):
    client.force_login(reader)
    assert client.get(ARTICLES).status_code == 302


def test_article_listing_queries_do_not_grow_with_rows(client, site_tree):
    # A superuser: for editors without publish permission Wagtail itself checks each row's live
    # descendants (PagePermissionTester.can_delete, at most 50 rows a page); our columns add nothing per row.
    client.force_login(with_two_factor(UserFactory(is_staff=True, is_superuser=True)))
    counts = []
    for number in (1, 20):
        topics = [TopicPageFactory(parent=site_tree.knowledge_base) for _ in range(3)]
        articles = [
            ArticlePageFactory(
                parent=site_tree.article_index, authors=[AuthorFactory(), AuthorFactory()], topics=topics
            )
            for _ in range(number)
        ]
        client.get(ARTICLES)
        with CaptureQueriesContext(connection) as captured:
            assert len(rows(client.get(ARTICLES))) == number
        counts.append(len(captured))
        for article in articles:
            article.delete()
    assert counts[0] == counts[1], counts


def test_article_listing_search(client, editor, site_tree):
    ArticlePageFactory(parent=site_tree.article_index, title="Drie tips voor borging")
    ArticlePageFactory(parent=site_tree.article_index, title="Feedback die landt")
    client.force_login(editor)
    [row] = rows(client.get(ARTICLES, {"q": "borging"}))
    assert "Drie tips voor borging" in row
