"""What a page's head tells social media and search engines: the sharing image (the page's own or the
site's default), the card type, the canonical address and noindex; editors set them on the promote tab."""

import re

import wagtail_factories
from wagtail.models import Site

from articles.models import SharingSettings
from tests.factories import ArticlePageFactory, TopicPageFactory


def head(client, page) -> str:
    response = client.get(page.url)
    assert response.status_code == 200
    html = response.content.decode()
    return html[: html.index("</head>")]


def meta(html, attribute, name) -> list[str]:
    return re.findall(rf'<meta {attribute}="{re.escape(name)}" content="([^"]*)">', html)


def set_default_image(image):
    sharing = SharingSettings.for_site(Site.objects.get(is_default_site=True))
    sharing.default_social_image = image
    sharing.save()


def test_own_social_image_gives_a_large_card(client, site_tree):
    image = wagtail_factories.ImageFactory(title="Grafiek")
    set_default_image(wagtail_factories.ImageFactory(title="Standaard"))
    article = ArticlePageFactory(parent=site_tree.article_index, social_image=image)
    html = head(client, article)
    [og_image] = meta(html, "property", "og:image")
    rendition = image.get_rendition("fill-1200x630")
    assert og_image == f"http://testserver{rendition.url}"
    assert meta(html, "property", "og:image:width") == ["1200"] or rendition.width < 1200
    assert meta(html, "name", "twitter:card") == ["summary_large_image"]
    assert meta(html, "name", "twitter:image") == [og_image]


def test_without_own_image_the_site_default_is_shared(client, site_tree):
    default = wagtail_factories.ImageFactory(title="Standaard")
    set_default_image(default)
    topic = TopicPageFactory(parent=site_tree.knowledge_base)
    html = head(client, topic)
    assert meta(html, "property", "og:image") == [
        f"http://testserver{default.get_rendition('fill-1200x630').url}"
    ]
    assert meta(html, "name", "twitter:card") == ["summary_large_image"]
    home_html = head(client, site_tree.home)  # pages without a field of their own get the default too
    assert meta(home_html, "name", "twitter:card") == ["summary_large_image"]


def test_without_any_image_a_small_card_and_no_og_image(client, site_tree):
    article = ArticlePageFactory(parent=site_tree.article_index)
    html = head(client, article)
    assert meta(html, "property", "og:image") == []
    assert meta(html, "name", "twitter:card") == ["summary"]


def test_canonical_is_the_page_unless_the_editor_names_the_original(client, site_tree):
    article = ArticlePageFactory(parent=site_tree.article_index, slug="borging")
    html = head(client, article)
    assert '<link rel="canonical" href="http://testserver/artikelen/borging/">' in html
    assert meta(html, "property", "og:url") == ["http://testserver/artikelen/borging/"]

    article.canonical_url = "https://example.org/origineel?a=1&b=2"
    article.save_revision().publish()
    html = head(client, article)
    assert '<link rel="canonical" href="https://example.org/origineel?a=1&amp;b=2">' in html
    assert meta(html, "property", "og:url") == ["https://example.org/origineel?a=1&amp;b=2"]


def test_noindex_pages_say_so_and_leave_the_sitemap(client, site_tree):
    listed = ArticlePageFactory(parent=site_tree.article_index, slug="wel-vindbaar")
    hidden = ArticlePageFactory(parent=site_tree.article_index, slug="niet-vindbaar", noindex=True)
    copied = ArticlePageFactory(
        parent=site_tree.article_index, slug="overgenomen", canonical_url="https://example.org/origineel"
    )
    assert meta(head(client, listed), "name", "robots") == []
    assert meta(head(client, hidden), "name", "robots") == ["noindex"]
    sitemap = client.get("/sitemap-pages.xml").content.decode()
    assert listed.url in sitemap
    assert hidden.url not in sitemap and copied.url not in sitemap


def test_editors_set_them_on_the_promote_tab_and_read_what_pro_means(client, editor, site_tree):
    article = ArticlePageFactory(parent=site_tree.article_index)
    client.force_login(editor)
    html = client.get(f"/admin/pages/{article.pk}/edit/").content.decode()
    for field in ("social_image", "canonical_url", "noindex"):
        assert f'name="{field}"' in html
    assert "Iedereen ziet de titel en de openbare introductie" in html
    assert "Alleen Pro-leden, redacteuren en moderatoren lezen de rest" in html


def test_a_changed_default_image_is_shared_at_once(client, site_tree):
    article = ArticlePageFactory(parent=site_tree.article_index)
    assert meta(head(client, article), "name", "twitter:card") == ["summary"]  # "no default" is cached
    first = wagtail_factories.ImageFactory(title="Eerste")
    set_default_image(first)
    assert meta(head(client, article), "property", "og:image") == [
        f"http://testserver{first.get_rendition('fill-1200x630').url}"
    ]
    second = wagtail_factories.ImageFactory(title="Tweede")
    set_default_image(second)
    assert meta(head(client, article), "property", "og:image") == [
        f"http://testserver{second.get_rendition('fill-1200x630').url}"
    ]
    second.delete()
    assert meta(head(client, article), "property", "og:image") == []
