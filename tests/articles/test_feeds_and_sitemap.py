import datetime
import xml.etree.ElementTree as ET

import pytest
from django.db import connection
from django.template.loader import render_to_string
from django.test.utils import CaptureQueriesContext
from django.urls import resolve
from wagtail.contrib.sitemaps import Sitemap as WagtailSitemap
from wagtail.models import Page, PageViewRestriction, Site

from kennisbank.sitemaps import PageSitemap
from tests.factories import ArticlePageFactory, AuthorFactory, HomePageFactory, stream

SECRET = "pro-geheim-in-feed-91c2"


@pytest.fixture
def articles(site_tree):
    author = AuthorFactory(slug="jan-jansen", name="Jan Jansen")
    free = ArticlePageFactory(
        parent=site_tree.article_index,
        title="Gratis artikel",
        lead="Openbare lead gratis.",
        body=stream(("paragraph", "<p>Volledige gratis tekst.</p>")),
        authors=[author],
    )
    pro = ArticlePageFactory(
        parent=site_tree.article_index,
        title="Pro artikel",
        lead="Openbare lead pro.",
        body=stream(("paragraph", f"<p>{SECRET}</p>")),
        is_pro=True,
    )
    return free, pro


def test_feed_carries_full_free_articles_and_only_teasers_of_pro(client, articles, staff_user):
    client.force_login(staff_user)  # even staff get the public feed
    response = client.get("/feed/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    body = response.content.decode()
    assert SECRET not in body
    channel = ET.fromstring(response.content).find("channel")
    items = {item.findtext("title"): item for item in channel.findall("item")}
    assert set(items) == {"Gratis artikel", "Pro artikel"}
    assert "Volledige gratis tekst." in items["Gratis artikel"].findtext("description")
    assert "Openbare lead pro." in items["Pro artikel"].findtext("description")
    assert items["Pro artikel"].findtext("link") == "http://testserver/artikelen/pro-artikel/"
    assert channel.findtext("language") == "nl"


def test_feed_links_belong_to_their_own_request_when_requests_interleave(rf, articles, settings):
    """One feed object serves every request. Driven as Django drives it, for two requests whose steps
    interleave (as in two threads), each request's links are built for that request."""
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "andere.example"]
    other_home = HomePageFactory(parent=Page.get_first_root_node(), slug="andere-home")
    Site.objects.create(hostname="andere.example", port=80, root_page=other_home)
    feed = resolve("/feed/").func
    own_site = feed.get_object(rf.get("/feed/"))  # the articles' site: links relative to it
    other_site = feed.get_object(rf.get("/feed/", HTTP_HOST="andere.example"))  # links with the domain
    own_items = feed.items(own_site)
    other_items = feed.items(other_site)
    own_links = {feed.item_link(item) for item in own_items}
    other_links = {feed.item_link(item) for item in other_items}
    assert own_links == {"/artikelen/gratis-artikel/", "/artikelen/pro-artikel/"}
    assert other_links == {
        "http://testserver/artikelen/gratis-artikel/",
        "http://testserver/artikelen/pro-artikel/",
    }


def sitemap_locations(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return [
        loc.text
        for loc in ET.fromstring(response.content).iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")
    ]


def test_sitemap_index_lists_sections_with_pages_and_authors_without_text(client, articles):
    sections = sitemap_locations(client, "/sitemap.xml")
    assert sections == ["http://testserver/sitemap-pages.xml", "http://testserver/sitemap-authors.xml"]
    locations = [
        loc
        for section in sections
        for loc in sitemap_locations(client, section.replace("http://testserver", ""))
    ]
    for path in (
        "/artikelen/gratis-artikel/",
        "/artikelen/pro-artikel/",
        "/kennisbank/",
        "/auteurs/jan-jansen/",
    ):
        assert f"http://testserver{path}" in locations
    for section in sections:
        assert SECRET not in client.get(section.replace("http://testserver", "")).content.decode()


def test_large_sitemaps_are_split_into_pages(client, articles, monkeypatch):
    monkeypatch.setattr(PageSitemap, "limit", 2)
    sections = sitemap_locations(client, "/sitemap.xml")
    page_sections = [s for s in sections if "sitemap-pages.xml" in s]
    assert len(page_sections) >= 2
    assert client.get("/sitemap-pages.xml?p=999").status_code == 404
    assert client.get("/sitemap-nope.xml").status_code == 404


def test_robots_txt_points_at_the_sitemap(client, site_tree):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "Disallow: /admin/" in lines
    assert "Sitemap: http://testserver/sitemap.xml" in lines


def test_the_pages_sitemap_lists_what_wagtails_own_sitemap_lists(client, rf, site_tree):
    """kennisbank.sitemaps.PageSitemap reads a few columns instead of specific pages: same entries."""
    ArticlePageFactory(parent=site_tree.article_index, title="Gewoon", slug="gewoon")
    ArticlePageFactory(parent=site_tree.article_index, title="Verborgen", slug="verborgen", noindex=True)
    ArticlePageFactory(
        parent=site_tree.article_index, slug="elders", canonical_url="https://example.org/origineel/"
    )
    restricted = ArticlePageFactory(parent=site_tree.article_index, slug="besloten")
    PageViewRestriction.objects.create(page=restricted, restriction_type="login")
    ArticlePageFactory(parent=site_tree.article_index, slug="concept", live=False)

    def entries(sitemap_class):
        sitemap = sitemap_class(rf.get("/sitemap-pages.xml"))
        urls = sitemap.get_urls(page=1, protocol="http")
        return [(url["location"], url["lastmod"]) for url in urls], sitemap.get_latest_lastmod()

    ours, wagtails = entries(PageSitemap), entries(WagtailSitemap)
    assert ours == wagtails
    locations = [location for location, _lastmod in ours[0]]
    assert any(location.endswith("/artikelen/gewoon/") for location in locations)
    for slug in ("verborgen", "elders", "besloten", "concept"):
        assert not any(f"/{slug}/" in location for location in locations), slug
    assert sitemap_locations(client, "/sitemap-pages.xml") == locations


@pytest.mark.parametrize("url", ["/sitemap.xml", "/sitemap-pages.xml"])
def test_the_sitemap_query_count_does_not_grow_with_pages(client, site_tree, settings, url):
    settings.PAGE_CACHE_SECONDS = 0
    counts = []
    for number in (1, 30):
        while site_tree.article_index.get_children().count() < number:
            ArticlePageFactory(parent=site_tree.article_index)
        client.get(url)
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        counts.append(len(captured))
    assert counts[0] == counts[1] <= 8, counts


def test_the_sitemap_template_writes_what_djangos_own_writes():
    """templates/kennisbank/sitemap.xml builds its <url> elements in Python (site_tags.sitemap_urls)."""
    late_evening_utc = datetime.datetime(2026, 3, 1, 23, 30, tzinfo=datetime.UTC)  # 2 March in Amsterdam
    urlset = [
        {"location": "http://testserver/a/?x=1&y=<2>", "lastmod": late_evening_utc},
        {"location": "http://testserver/b/", "lastmod": datetime.date(2025, 1, 2), "changefreq": "monthly"},
        {
            "location": "http://testserver/c/",
            "lastmod": None,
            "priority": "0.5",
            "alternates": [{"lang_code": "en", "location": "http://testserver/en/c/"}],
        },
    ]

    def elements(template_name):
        xml = render_to_string(template_name, {"urlset": urlset})
        return [(element.tag, element.attrib, element.text) for element in ET.fromstring(xml).iter()]

    assert elements("kennisbank/sitemap.xml") == elements("sitemap.xml")
    assert ("{http://www.sitemaps.org/schemas/sitemap/0.9}lastmod", {}, "2026-03-02") in elements(
        "kennisbank/sitemap.xml"
    )


@pytest.mark.parametrize("fragments_kept", [0, 600])
def test_the_feeds_queries_do_not_grow_with_its_items(client, site_tree, settings, fragments_kept):
    """Rendered anew (no shared fragment kept) or not, the feed reads its items in a fixed number of
    queries."""
    settings.PAGE_CACHE_SECONDS = 0
    settings.FRAGMENT_CACHE_SECONDS = fragments_kept
    author = AuthorFactory()
    counts = []
    for total in (1, 6):
        while site_tree.article_index.get_children().count() < total:
            ArticlePageFactory(
                parent=site_tree.article_index, body=stream(("paragraph", "<p>Tekst.</p>")), authors=[author]
            )
        client.get("/feed/")  # warm per-process caches (and, when kept, the fragments: a new item misses)
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/feed/").status_code == 200
        counts.append(len(captured))
    assert counts[0] == counts[1], counts
