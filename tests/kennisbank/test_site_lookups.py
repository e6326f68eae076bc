"""The site, its settings and the main menu are read once per process and generation
(kennisbank/site_lookups.py), through the real cache, and a change shows on the next request."""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import Site

from kennisbank import page_cache, site_lookups
from kennisbank.models import SiteSettings
from tests.discussion.helpers import member
from tests.factories import ArticleIndexPageFactory, ArticlePageFactory

MENU_FILTER = '"wagtailcore_page"."show_in_menus" AND'  # the main menu's query


@pytest.fixture(autouse=True)
def _rendered_each_time(settings):
    settings.PAGE_CACHE_SECONDS = 0


def sql_of(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return response, " ".join(query["sql"] for query in captured)


@pytest.mark.parametrize("url", ["/", "/artikelen/", "/kennisbank/", "/auteurs/"])
def test_site_settings_and_menu_are_not_queried_again(site_tree, url):
    Client().get(url)
    for client in (Client(), Client()):
        _, sql = sql_of(client, url)
        assert "wagtailcore_site" not in sql and "kennisbank_sitesettings" not in sql
        assert MENU_FILTER not in sql


def test_an_article_with_its_discussion_asks_no_cache_for_the_sites_root_paths(site_tree, monkeypatch):
    article = ArticlePageFactory(parent=site_tree.article_index, title="Borging na de training")
    Client().get(article.url)
    asked = []
    original = Site.get_site_root_paths
    monkeypatch.setattr(Site, "get_site_root_paths", staticmethod(lambda: asked.append(1) or original()))
    response, _ = sql_of(Client(), article.url)
    # Page URLs use the paths kept for the request; the discussion's login link points back to the article.
    assert asked == []
    assert f"?next={article.url}%23reacties" in response.content.decode()


def test_an_edited_footer_and_a_new_menu_section_show_at_once(site_tree, django_capture_on_commit_callbacks):
    Client().get("/")
    settings_row = SiteSettings.for_site(site_tree.home.get_site())
    settings_row.footer_text = "Een nieuwe voettekst voor iedereen"
    with django_capture_on_commit_callbacks(execute=True):
        settings_row.save()
    with django_capture_on_commit_callbacks(execute=True):
        ArticleIndexPageFactory(
            parent=site_tree.home, title="Nieuwe rubriek", slug="rubriek", show_in_menus=True
        )
    for visitor in (None, member()):
        client = Client()
        if visitor is not None:
            client.force_login(visitor)
        html = client.get("/").content.decode()
        assert "Een nieuwe voettekst voor iedereen" in html and "Nieuwe rubriek" in html


def test_each_host_gets_its_own_site(site_tree):
    assert Client().get("/", SERVER_NAME="127.0.0.1").status_code == 200
    first = Client().get("/", SERVER_NAME="testserver").wsgi_request._wagtail_site
    second = Client().get("/", SERVER_NAME="testserver").wsgi_request._wagtail_site
    assert first.pk == second.pk and first is not second  # an instance of its own for every request


def test_without_the_cache_everything_is_read_from_the_database(site_tree, monkeypatch):
    class Unavailable:
        def __getattr__(self, name):
            raise ConnectionError("the cache is down")

    Client().get("/")
    monkeypatch.setattr(page_cache, "cache", Unavailable())
    _response, sql = sql_of(Client(), "/")
    assert "kennisbank_sitesettings" in sql and MENU_FILTER in sql


def test_a_host_outside_allowed_hosts_is_refused_and_nothing_is_kept_for_it(site_tree):
    kept = site_lookups._kept["values"]
    response = Client().get("/", SERVER_NAME="evil.example")
    assert response.status_code == 400
    assert not any("evil.example" in str(key) for key in kept)


def test_no_more_than_max_kept_lookups_per_generation(site_tree, monkeypatch):
    monkeypatch.setattr(site_lookups, "MAX_KEPT", 0)
    for _ in range(2):
        _response, sql = sql_of(Client(), "/")
        assert "kennisbank_sitesettings" in sql  # read every time, kept never
