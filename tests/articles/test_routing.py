"""Articles and topics are found among their siblings in one query of their own type (ChildRoutingMixin);
everything else routes as Wagtail routes it."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from tests.factories import ArticlePageFactory, TopicPageFactory


@pytest.fixture(autouse=True)
def _rendered_not_from_the_shared_cache(settings):
    settings.PAGE_CACHE_SECONDS = 0


def page_queries(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    return response, [q["sql"] for q in captured.captured_queries if '"wagtailcore_page"' in q["sql"]]


def test_an_article_and_a_topic_are_read_once_each(client, site_tree):
    article = ArticlePageFactory(parent=site_tree.article_index, slug="borging")
    topic = TopicPageFactory(parent=site_tree.knowledge_base, slug="feedback", is_pro=False)
    for page in (article, topic):
        response, queries = page_queries(client, page.url)
        assert response.status_code == 200
        assert response.context["page"] == page
        slug_lookups = [sql for sql in queries if f"\"slug\" = '{page.slug}'" in sql]
        assert len(slug_lookups) == 1, slug_lookups
        assert f'FROM "{page._meta.db_table}"' in slug_lookups[0]  # read as its own type at once


def test_unknown_unpublished_and_deeper_paths_are_not_found(client, site_tree):
    article = ArticlePageFactory(parent=site_tree.article_index, slug="borging")
    assert client.get("/artikelen/bestaat-niet/").status_code == 404
    assert client.get("/artikelen/borging/dieper/").status_code == 404
    article.unpublish()
    assert client.get("/artikelen/borging/").status_code == 404


def test_a_child_of_another_type_still_routes(client, site_tree):
    other = site_tree.article_index.add_child(instance=Page(title="Over ons", slug="over-ons"))
    other.save_revision().publish()
    response = client.get("/artikelen/over-ons/")
    assert response.status_code == 200
