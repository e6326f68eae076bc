"""Articles and topics are found among their siblings in one query of their own type (ChildRoutingMixin);
everything else routes as Wagtail routes it."""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction

from kennisbank import site_lookups
from tests.factories import ArticlePageFactory, TopicPageFactory


@pytest.fixture(autouse=True)
def _rendered_not_from_the_shared_cache(settings):
    settings.PAGE_CACHE_SECONDS = 0


def page_queries(client, url):
    """The first request to the page: later ones find its route kept (below)."""
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


# Routes kept per process and generation (kennisbank/site_lookups.py): the second request reads the page once.


def all_queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    return response, [q["sql"] for q in captured.captured_queries]


def test_a_known_route_reads_the_page_once_and_no_view_restrictions(client, site_tree):
    article = ArticlePageFactory(parent=site_tree.article_index, slug="borging")
    client.get(article.url)
    response, queries = all_queries(client, article.url)
    assert response.status_code == 200 and response.context["page"] == article
    page_reads = [sql for sql in queries if f'"articles_articlepage"."page_ptr_id" = {article.pk}' in sql]
    assert len(page_reads) == 1, queries
    assert not [sql for sql in queries if 'FROM "wagtailcore_pageviewrestriction"' in sql], queries
    assert not [sql for sql in queries if f"\"slug\" = '{article.slug}'" in sql]  # not routed again


def page_reads(queries, page):
    return [sql for sql in queries if f'"articles_articlepage"."page_ptr_id" = {page.pk}' in sql]


def test_from_the_third_visit_the_page_is_not_read_and_every_request_gets_its_own_instance(client, site_tree):
    article = ArticlePageFactory(
        parent=site_tree.article_index, slug="borging", title="Drie tips voor borging"
    )
    client.get(article.url)  # routed
    client.get(article.url)  # read, and kept pickled
    first, queries = all_queries(client, article.url)
    second, _queries = all_queries(Client(), article.url)
    assert first.status_code == second.status_code == 200
    assert page_reads(queries, article) == [] and not [sql for sql in queries if "wagtailcore_page" in sql]
    assert first.context["page"] == second.context["page"] == article
    assert first.context["page"] is not second.context["page"]  # nothing one request sets reaches another
    assert "<h1>Drie tips voor borging</h1>" in second.content.decode()


def test_a_kept_page_gives_way_to_its_published_change_at_once(
    client, site_tree, django_capture_on_commit_callbacks
):
    article = ArticlePageFactory(
        parent=site_tree.article_index, slug="borging", title="Drie tips voor borging"
    )
    for _ in range(3):
        client.get(article.url)
    article.title = "Vier tips voor borging"
    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()
    for visitor in (client, Client()):
        assert "<h1>Vier tips voor borging</h1>" in visitor.get(article.url).content.decode()


def test_pages_beyond_the_byte_budget_are_read_for_each_request(client, site_tree, monkeypatch):
    monkeypatch.setattr(site_lookups, "MAX_PAGE_BYTES", 0)
    article = ArticlePageFactory(parent=site_tree.article_index, slug="borging")
    for _ in range(2):
        client.get(article.url)
    response, queries = all_queries(client, article.url)
    assert response.status_code == 200 and len(page_reads(queries, article)) == 1


def test_a_renamed_unpublished_or_moved_page_leaves_its_old_path(client, site_tree):
    renamed = ArticlePageFactory(parent=site_tree.article_index, slug="oud")
    gone = ArticlePageFactory(parent=site_tree.article_index, slug="weg")
    for page in (renamed, gone):
        assert client.get(page.url).status_code == 200
    # Changed behind the signals' back (the generation stays): the kept route is checked, not trusted.
    Page.objects.filter(pk=renamed.pk).update(slug="nieuw", url_path=renamed.url_path.replace("oud", "nieuw"))
    Page.objects.filter(pk=gone.pk).update(live=False)
    assert client.get("/artikelen/oud/").status_code == 404
    assert client.get("/artikelen/nieuw/").status_code == 200
    assert client.get("/artikelen/weg/").status_code == 404


def test_a_page_made_private_is_private_at_once_for_every_visitor(
    client, site_tree, django_capture_on_commit_callbacks
):
    article = ArticlePageFactory(parent=site_tree.article_index, slug="borging")
    assert client.get(article.url).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(page=site_tree.article_index, restriction_type="login")
    for _ in range(2):
        response = Client().get(article.url)
        assert response.status_code == 302 and "login/?next=/artikelen/borging/" in response["Location"]


def test_a_password_protected_page_asks_every_visitor_who_has_not_given_it(client, site_tree):
    article = ArticlePageFactory(parent=site_tree.article_index, slug="geheim", title="Geheim stuk")
    restriction = PageViewRestriction.objects.create(page=article, restriction_type="password", password="x")
    first = Client()
    first.post(
        f"/_util/authenticate_with_password/{restriction.pk}/{article.pk}/",
        {"password": "x", "return_url": article.url},
    )
    assert "Geheim stuk" in first.get(article.url).content.decode()  # the first visitor is let in ...
    for _ in range(2):  # ... and the next still gets the form
        response = Client().get(article.url)
        assert response.status_code == 200
        assert 'name="password"' in response.content.decode()
        assert "<h1>Geheim stuk</h1>" not in response.content.decode()
