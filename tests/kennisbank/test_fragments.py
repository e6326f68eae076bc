"""Parts of pages rendered once for everyone (kennisbank/fragments.py): every visitor still gets what is
theirs. Through the real cache, with different visitors in a row, never clearing it; the shared page cache
is off, so that every page is rendered (as for signed-in visitors)."""

import pytest
from bs4 import BeautifulSoup
from django.test import RequestFactory

from discussion.service import post_comment
from kennisbank import fragments, page_cache
from kennisbank.models import InformationPage, SiteSettings
from tests.discussion.helpers import established, member, verified
from tests.factories import ArticlePageFactory, ThemeFactory, TopicPageFactory, stream
from tests.kennisbank.test_page_cache import PRO_SECRET, html, moderator, pro_member, visit

ORDERS = [("pro", "member", None), (None, "member", "pro"), ("member", "pro", None)]


@pytest.fixture(autouse=True)
def _rendered_for_every_request(settings):
    settings.PAGE_CACHE_SECONDS = 0


def visitor(kind):
    return {None: lambda: None, "member": member, "pro": pro_member, "moderator": moderator}[kind]()


@pytest.mark.parametrize("order", ORDERS)
def test_pro_article_with_its_discussion_for_visitors_in_a_row(site_tree, order):
    article = ArticlePageFactory(
        parent=site_tree.article_index, is_pro=True, body=stream(("paragraph", PRO_SECRET))
    )
    writer = established(verified(pro_member()), article)
    post_comment(user=writer, page=article, text="Plan de sessies een jaar vooruit.")
    for kind in (*order, *order):
        user = visitor(kind)
        page = html(visit(article.url, user)[0])
        assert article.title in page
        assert (PRO_SECRET in page) is (kind == "pro"), kind
        assert ("pro-invitation" in page) is (kind != "pro"), kind
        if user is not None:
            assert user.email in page  # their own header
        else:
            assert "Mijn account" not in page


@pytest.mark.parametrize("order", ORDERS)
def test_pro_topic_for_visitors_in_a_row(site_tree, order):
    topic = TopicPageFactory(
        parent=site_tree.knowledge_base, is_pro=True, body=stream(("paragraph", PRO_SECRET))
    )
    ArticlePageFactory(parent=site_tree.article_index, topics=[topic], title="Een artikel bij het onderwerp")
    for kind in (*order, *order):
        page = html(visit(topic.url, visitor(kind))[0])
        assert "Een artikel bij het onderwerp" in page
        assert (PRO_SECRET in page) is (kind == "pro"), kind


def test_home_index_and_knowledge_base_for_visitors_in_a_row(article):
    for url in ("/", "/artikelen/", "/kennisbank/"):
        for kind in (None, "pro", "member", "moderator", None):
            user = visitor(kind)
            page = html(visit(url, user)[0])
            assert article.title in page or url == "/kennisbank/"
            assert (user is None) is ("Mijn account" not in page), (url, kind)
            if user is not None:
                assert user.email in page
            if url == "/":  # the invitation follows the visitor: none for someone who reads Pro
                assert ("pro-invitation" in page) is (kind not in ("pro", "moderator")), kind


def test_each_language_gets_its_own_fragments(article):
    assert 'lang="nl"' in html(visit(article.url)[0])
    english = html(visit(article.url, language="en")[0])
    assert "min read" in english and "min lezen" not in english
    assert "min lezen" in html(visit(article.url)[0])


def test_the_account_page_is_each_members_own(db):
    first, second = member(email="een@example.org"), member(email="twee@example.org")
    for user, other in ((first, second), (second, first), (first, second)):
        page = html(visit("/account/", user)[0])
        assert user.email in page and other.email not in page


def test_the_frame_marks_each_page_for_each_visitor_and_language(
    site_tree, article, django_capture_on_commit_callbacks
):
    """The header and footer are shared fragments: the current menu section, the current footer page, the
    language switch's way back and the chosen language still follow the page and the visitor."""
    privacy = InformationPage(title="Privacyverklaring", slug="privacyverklaring")
    site_tree.home.add_child(instance=privacy)
    privacy.save_revision().publish()
    site_settings = SiteSettings.for_site(site_tree.home.get_site())
    site_settings.privacy_page = privacy
    with django_capture_on_commit_callbacks(execute=True):
        site_settings.save()
    marked = {  # the page, and the links marked as the current page on it
        "/": set(),
        f"{article.url}?sorteer=nieuw": {"/artikelen/"},
        "/privacyverklaring/": {"/privacyverklaring/"},
        "/auteurs/": {"/auteurs/"},
        "/kennisbank/": {"/kennisbank/"},
    }
    for kind in (None, "member", None, "pro"):
        for language in ("nl", "en"):
            user = visitor(kind)
            for url, expected in marked.items():
                soup = BeautifulSoup(html(visit(url, user, language=language)[0]), "html.parser")
                current = {link["href"] for link in soup.select("a[aria-current]")}
                assert current == expected, (url, kind, language)
                assert soup.select_one(".language-switch input[name=next]")["value"] == url
                assert soup.select_one("#language-select option[selected]")["value"] == language
                assert (soup.select_one(".user-nav a[title]") is not None) is (user is not None)
                assert soup.select_one(".skip-link").get_text() == (
                    "Naar de inhoud" if language == "nl" else "Skip to content"
                )


def test_publishing_a_comment_and_edits_show_at_once(site_tree, django_capture_on_commit_callbacks):
    theme = ThemeFactory(name="Leiderschap")
    topic = TopicPageFactory(parent=site_tree.knowledge_base, theme=theme, is_pro=False, title="Borging")
    article = ArticlePageFactory(parent=site_tree.article_index, topics=[topic], title="Eerste stuk")
    author = article.authors.first()
    urls = (article.url, topic.url, "/kennisbank/", "/artikelen/", "/")
    for url in urls:
        visit(url, member())

    with django_capture_on_commit_callbacks(execute=True):
        ArticlePageFactory(parent=site_tree.article_index, title="Net gepubliceerd")
    for url in ("/artikelen/", "/"):
        assert "Net gepubliceerd" in html(visit(url, member())[0]), url

    writer = established(member(first_name="Schrijver"), article)
    with django_capture_on_commit_callbacks(execute=True):
        post_comment(user=writer, page=article, text="Een nieuwe gedachte over borging.")
    assert "Een nieuwe gedachte over borging." in html(visit(article.url, member())[0])
    assert "2 reacties" in html(visit("/artikelen/", member())[0])

    author.name = "Annemarie Hernieuwd"
    with django_capture_on_commit_callbacks(execute=True):
        author.save()
    assert "Annemarie Hernieuwd" in html(visit(article.url, member())[0])

    theme.name = "Leiderschap en sturing"
    with django_capture_on_commit_callbacks(execute=True):
        theme.save()
    assert "Leiderschap en sturing" in html(visit("/kennisbank/", member())[0])
    assert "Leiderschap en sturing" in html(visit(topic.url, member())[0])

    topic.title = "Borging in de praktijk"
    with django_capture_on_commit_callbacks(execute=True):
        topic.save_revision().publish()
    for url in (article.url, topic.url, "/kennisbank/"):
        assert "Borging in de praktijk" in html(visit(url, member())[0]), url


def test_a_preview_a_form_or_a_junk_value_is_never_kept(site_tree):
    rendered = []

    def render(text):
        def inner():
            rendered.append(text)
            return text

        return inner

    request = RequestFactory().get("/")
    preview = RequestFactory().get("/")
    preview.is_preview = True
    assert fragments.shared(preview, "body", [1], render("concept")) == "concept"
    assert fragments.shared(request, "body", [1], render("gepubliceerd")) == "gepubliceerd"
    assert fragments.shared(preview, "body", [1], render("concept 2")) == "concept 2"
    assert fragments.shared(request, "body", [1], render("anders")) == "gepubliceerd"  # kept once
    form = '<input name="csrfmiddlewaretoken" value="geheim">'
    for _ in range(2):
        fragments.shared(request, "form", [], render(form))
        fragments.shared(request, "junk", ["x" * 500], render("junk"))
    assert rendered == ["concept", "gepubliceerd", "concept 2", form, "junk", form, "junk"]


def test_without_the_cache_fragments_are_rendered(article, monkeypatch):
    class Unavailable:
        def __getattr__(self, name):
            raise ConnectionError("the cache is down")

    monkeypatch.setattr(page_cache, "cache", Unavailable())  # no generation: nothing kept or reused
    for _ in range(2):
        response, _queries = visit(article.url)
        assert response.status_code == 200 and article.title in html(response)
