"""A browser keeps no copy of Pro text or account pages on disk: `Cache-Control: private, no-store` there
(issue 10, finding 8). Public pages for anonymous visitors stay cacheable as before."""

import pytest
from django.test import Client

from search import indexing
from tests.discussion.helpers import verified
from tests.factories import ArticlePageFactory, SubscriptionFactory, TopicPageFactory, UserFactory, stream
from tests.helpers import with_two_factor


def directives(response):
    return {
        part.strip().split("=")[0] for part in response.get("Cache-Control", "").split(",") if part.strip()
    }


@pytest.fixture
def pages(site_tree):
    return {
        "pro_article": ArticlePageFactory(
            parent=site_tree.article_index,
            title="Pro-artikel",
            is_pro=True,
            body=stream(("paragraph", "<p>Pro</p>")),
        ),
        "topic": TopicPageFactory(parent=site_tree.knowledge_base, title="Borging"),
        "free_article": ArticlePageFactory(parent=site_tree.article_index, title="Gratis artikel"),
    }


def pro_member():
    return verified(SubscriptionFactory(status="active").user)


@pytest.mark.parametrize("who", ["pro", "staff"])
def test_pro_text_is_private_and_not_stored(client, pages, staff_user, who):
    client.force_login(pro_member() if who == "pro" else staff_user)
    for name in ("pro_article", "topic"):
        response = client.get(pages[name].url)
        assert response.status_code == 200
        assert {"private", "no-store"} <= directives(response), name


def test_search_results_for_a_pro_member_are_not_stored(client, pages):
    indexing.rebuild()
    client.force_login(pro_member())
    response = client.get("/zoeken/", {"q": "borging"})
    assert {"private", "no-store"} <= directives(response)


def test_public_pages_for_anonymous_visitors_are_unchanged(client, pages):
    assert "no-store" not in directives(client.get(pages["free_article"].url))
    assert "private" not in directives(client.get(pages["free_article"].url))
    teaser = client.get(pages["topic"].url)  # no Pro text in it: only private, as before
    assert directives(teaser) == {"private"}
    assert "no-store" not in directives(client.get("/zoeken/", {"q": "borging"}))


@pytest.mark.parametrize(
    "url",
    [
        "/account/",
        "/account/email/",
        "/account/password/change/",
        "/account/2fa/",
        "/account/verwijderen/",
    ],
)
def test_account_pages_are_private_and_not_stored(url, db, site_tree):
    client = Client()
    client.force_login(with_two_factor(verified(UserFactory())))
    response = client.get(url)
    assert response.status_code == 200, url
    assert {"private", "no-store"} <= directives(response)
