"""Whole pages for anonymous visitors come from the shared cache (kennisbank/page_cache.py); nobody gets what
was rendered for someone else. Through the real cache, with different visitors in a row, never clearing it."""

import time

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.db import connection
from django.http import HttpResponse
from django.test import Client
from django.test.utils import CaptureQueriesContext

from articles.models import DailyReads
from discussion.service import post_comment
from kennisbank import page_cache
from kennisbank.cache_backend import ResilientRedisCache
from kennisbank.local_keep import GenerationKeep
from kennisbank.watched_key import WatchedKey
from search import indexing, title_index
from search import state as search_state
from tests.discussion.helpers import established, member
from tests.factories import ArticlePageFactory, SubscriptionFactory, ThemeFactory, TopicPageFactory, stream
from tests.kennisbank.test_redis_cache import redis_is_running
from tests.kennisbank.test_watched_key import eventually

BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36"
PRO_SECRET = "ZXQ-alleen-voor-pro-2718"


def visit(url, user=None, language=None, **headers):
    """A new visitor's response and the number of queries it took."""
    client = Client(**headers)
    if user is not None:
        client.force_login(user)
    if language:
        client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    return response, len(queries)


def html(response) -> str:
    return response.content.decode()


def pro_member():
    return SubscriptionFactory(status="active").user


def moderator():
    user = member(first_name="Mo")
    user.groups.add(Group.objects.get(name="Moderatoren"))
    return user


@pytest.fixture
def discussed(article):
    writer = established(member(first_name="Schrijver"), article)
    post_comment(user=writer, page=article, text="Plan de sessies een jaar vooruit.")
    return article


def test_article_with_its_discussion_for_visitors_in_a_row(discussed):
    url = discussed.url
    first, _ = visit(url)
    assert first.status_code == 200
    assert first["Cache-Control"] == f"public, max-age=0, s-maxage={settings.PAGE_CACHE_PROXY_SECONDS}"
    again, queries = visit(url)
    assert queries == 0  # from the shared cache
    assert html(again) == html(first)  # nothing of the first visitor's own in it
    assert "Log in om mee te praten" in html(again)

    reader = member(first_name="Lezer")
    as_member, queries = visit(url, reader)
    assert queries > 0
    assert "private" in as_member["Cache-Control"] and "public" not in as_member["Cache-Control"]
    assert "Mijn account" in html(as_member) and "Log in om mee te praten" not in html(as_member)
    assert 'id="new-comment"' in html(as_member)

    as_pro, _ = visit(url, pro_member())
    assert "Mijn account" in html(as_pro) and "Log in om mee te praten" not in html(as_pro)

    in_english, queries = visit(url, language="en")
    assert queries > 0  # another language is another page
    assert '<html lang="en">' in html(in_english) and "Log in to join the discussion" in html(in_english)

    as_moderator, _ = visit(url, moderator())
    assert "Verbergen" in html(as_moderator)

    back, queries = visit(url)
    assert queries == 0
    assert '<html lang="nl">' in html(back)
    for someone_elses in ("Mijn account", "Uitloggen", 'id="new-comment"', "Verbergen", "Log in to join"):
        assert someone_elses not in html(back)
    english_again, queries = visit(url, language="en")
    assert queries == 0 and "Log in to join the discussion" in html(english_again)


def test_a_cached_page_sets_no_cookie_and_its_language_switch_works_without_a_token(article):
    """Shared pages carry no CSRF token (a proxy keeps no page that sets a cookie); the footer's language
    switch needs none and refuses a post from another site instead (kennisbank.views.switch_language)."""
    visit(article.url)  # rendered and cached
    client = Client(enforce_csrf_checks=True)
    response = client.get(article.url)
    assert not response.cookies and "csrfmiddlewaretoken" not in html(response)
    assert "public" in response["Cache-Control"] and "s-maxage" in response["Cache-Control"]
    switched = client.post(
        "/taal/", {"language": "en", "next": article.url}, headers={"sec-fetch-site": "same-origin"}
    )
    assert switched.status_code == 302
    assert switched.cookies[settings.LANGUAGE_COOKIE_NAME].value == "en"


@pytest.mark.parametrize(
    "browser_says",
    [{"sec-fetch-site": "cross-site"}, {"sec-fetch-site": "same-site"}, {"origin": "https://elders.example"}],
)
def test_a_language_switch_from_another_site_is_refused(article, browser_says):
    client = Client(enforce_csrf_checks=True)
    refused = client.post("/taal/", {"language": "en", "next": article.url}, headers=browser_says)
    assert refused.status_code == 403 and settings.LANGUAGE_COOKIE_NAME not in refused.cookies
    assert "De taal kan alleen op deze site zelf worden gewijzigd." in refused.content.decode()


def test_a_page_with_a_visitors_token_is_never_shared(rf):
    """A form of the visitor's own in a page (none of the site's shared pages has one) keeps it unshared."""
    request = rf.get("/artikelen/")
    page_cache.SharedPageCacheMiddleware(lambda r: None).store(
        request,
        HttpResponse('<form><input name="csrfmiddlewaretoken" value="abc"></form>'),
        "page-cache:test",
        "1",
    )
    assert cache.get("page-cache:test") is None
    page_cache.SharedPageCacheMiddleware(lambda r: None).store(
        request, HttpResponse("<p>Voor iedereen</p>"), "page-cache:test", "1"
    )
    assert cache.get("page-cache:test")["content"] == b"<p>Voor iedereen</p>"


def test_pro_topic_anonymous_then_pro_member_then_anonymous(site_tree):
    topic = TopicPageFactory(
        parent=site_tree.knowledge_base, is_pro=True, body=stream(("paragraph", PRO_SECRET))
    )
    anonymous, _ = visit(topic.url)
    assert PRO_SECRET not in html(anonymous)
    assert "private" in anonymous["Cache-Control"]  # a proxy cannot tell the visitors apart
    cached, queries = visit(topic.url)
    assert queries == 0 and PRO_SECRET not in html(cached) and "private" in cached["Cache-Control"]

    as_pro, _ = visit(topic.url, pro_member())
    assert PRO_SECRET in html(as_pro)
    as_member, _ = visit(topic.url, member())
    assert PRO_SECRET not in html(as_member)
    back, queries = visit(topic.url)
    assert queries == 0 and PRO_SECRET not in html(back) and "Mijn account" not in html(back)


def test_home_page_for_visitors_in_a_row(article):
    first, _ = visit("/")
    assert "public" in first["Cache-Control"] and article.title in html(first)
    as_member, queries = visit("/", member())
    assert queries > 0 and "Mijn account" in html(as_member) and "public" not in as_member["Cache-Control"]
    in_english, _ = visit("/", language="en")
    assert '<html lang="en">' in html(in_english)
    back, queries = visit("/")
    assert queries == 0 and "Mijn account" not in html(back) and '<html lang="nl">' in html(back)


def test_the_account_page_is_never_shared(db):
    first, second = member(email="een@example.org"), member(email="twee@example.org")
    for user in (first, second, first):
        response, _ = visit("/account/", user)
        assert response.status_code == 200
        assert user.email in html(response)
        assert "no-store" in response["Cache-Control"] and "public" not in response["Cache-Control"]
    anonymous, _ = visit("/account/")
    assert anonymous.status_code == 302


def test_signed_in_visitors_neither_read_nor_write_the_shared_pages(article):
    visit(article.url, member())  # a member first: nothing of theirs is stored
    _, queries = visit(article.url)
    assert queries > 0
    _, queries = visit(article.url, member())
    assert queries > 0  # a member never reads the anonymous rendering


def test_pending_messages_bypass_the_cache(article):
    visit(article.url)
    client = Client()
    client.cookies[getattr(settings, "MESSAGE_COOKIE_NAME", "messages")] = "anything"
    with CaptureQueriesContext(connection) as queries:
        client.get(article.url)
    assert len(queries) > 0


def test_reads_are_counted_for_pages_from_the_cache(article):
    for _ in range(3):
        visit(article.url, HTTP_USER_AGENT=BROWSER)
    assert DailyReads.objects.get(page=article).count == 3


def test_publishing_shows_at_once_on_the_article_the_index_and_home(
    article, django_capture_on_commit_callbacks
):
    for url in (article.url, "/artikelen/", "/"):
        visit(url)
    article.title = "Vier tips voor borging"
    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()
    for url in (article.url, "/artikelen/", "/"):
        assert "Vier tips voor borging" in html(visit(url)[0]), url


def test_unpublishing_takes_the_page_away(article, django_capture_on_commit_callbacks):
    assert visit(article.url)[0].status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        article.unpublish()
    assert visit(article.url)[0].status_code == 404
    assert article.title not in html(visit("/artikelen/")[0])


def test_a_new_comment_shows_on_the_next_anonymous_visit(discussed, django_capture_on_commit_callbacks):
    visit(discussed.url)
    visit("/artikelen/")
    writer = member(first_name="Tweede")
    established(writer, discussed)
    with django_capture_on_commit_callbacks(execute=True):
        post_comment(user=writer, page=discussed, text="Een nieuwe gedachte over borging.")
    assert "Een nieuwe gedachte over borging." in html(visit(discussed.url)[0])


def test_an_edited_author_topic_or_theme_shows_at_once(site_tree, django_capture_on_commit_callbacks):
    theme = ThemeFactory(name="Leiderschap")
    topic = TopicPageFactory(parent=site_tree.knowledge_base, theme=theme, is_pro=False, title="Borging")
    article = ArticlePageFactory(parent=site_tree.article_index, topics=[topic])
    author = article.authors.first()
    for url in (article.url, topic.url, "/kennisbank/", author.get_absolute_url()):
        visit(url)

    author.name = "Annemarie Hernieuwd"
    with django_capture_on_commit_callbacks(execute=True):
        author.save()
    assert "Annemarie Hernieuwd" in html(visit(article.url)[0])
    assert "Annemarie Hernieuwd" in html(visit(author.get_absolute_url())[0])

    theme.name = "Leiderschap en sturing"
    with django_capture_on_commit_callbacks(execute=True):
        theme.save()
    assert "Leiderschap en sturing" in html(visit("/kennisbank/")[0])

    topic.title = "Borging in de praktijk"
    with django_capture_on_commit_callbacks(execute=True):
        topic.save_revision().publish()
    assert "Borging in de praktijk" in html(visit(article.url)[0])
    assert "Borging in de praktijk" in html(visit(topic.url)[0])


def test_pages_are_rendered_when_the_shared_cache_fails(article, monkeypatch):
    class Unavailable:
        def __getattr__(self, name):
            raise ConnectionError("the cache is down")

    monkeypatch.setattr(page_cache, "cache", Unavailable())  # this module's cache only
    response, queries = visit(article.url)
    assert response.status_code == 200 and queries > 0
    assert article.title in html(response)


def headers(response) -> dict:
    return {name: value for name, value in response.items() if name != "X-Request-ID"}


@pytest.mark.parametrize("language", [None, "en"])
def test_a_hit_is_answered_before_authentication_with_the_headers_of_a_rendered_page(article, language):
    rendered, _ = visit(article.url, language=language)
    hit, queries = visit(article.url, language=language)
    assert queries == 0
    assert not hasattr(hit.wsgi_request, "user")  # answered before the authentication middleware
    assert headers(hit) == headers(rendered)
    assert hit["X-Request-ID"] and hit["X-Request-ID"] != rendered["X-Request-ID"]
    assert hit["Content-Security-Policy"] and hit["X-Frame-Options"] == "DENY"
    assert hit["Content-Language"] == (language or "nl") and "Cookie" in hit["Vary"]
    assert int(hit["Content-Length"]) == len(hit.content)
    assert not hit.cookies and not rendered.cookies  # nothing of a visitor's own


@pytest.mark.parametrize("cookie", [settings.SESSION_COOKIE_NAME, "messages"])
def test_a_session_or_messages_cookie_never_gets_a_hit_even_an_invalid_one(article, cookie):
    visit(article.url)
    client = Client()
    client.cookies[cookie] = "not-a-real-one"
    with CaptureQueriesContext(connection) as queries:
        response = client.get(article.url)
    assert response.status_code == 200 and len(queries) > 0
    assert hasattr(response.wsgi_request, "user")  # went through the whole stack


@pytest.fixture
def redis_pages(settings, monkeypatch):
    """The production cache (Redis), with this process told of the generation as a web process is."""
    if not redis_is_running():
        pytest.skip("No Redis at 127.0.0.1:6379 (the project's machines run one)")
    settings.CACHES = {
        "default": {
            "BACKEND": "kennisbank.cache_backend.ResilientRedisCache",
            "LOCATION": "redis://127.0.0.1:6379/9",
            "KEY_PREFIX": "test-page-cache",
        }
    }
    cache.clear()
    told = WatchedKey(page_cache.GENERATION_KEY)
    monkeypatch.setattr(page_cache, "_generation", told)
    monkeypatch.setattr(page_cache, "_kept", GenerationKeep(page_cache.MAX_KEPT_BYTES))
    yield told
    told.stop()
    cache.clear()


def count_cache_reads(monkeypatch) -> list:
    reads = []
    for name in ("get", "get_many"):
        original = getattr(ResilientRedisCache, name)

        def counted(self, *args, _original=original, _name=name, **kwargs):
            reads.append(_name)
            return _original(self, *args, **kwargs)

        monkeypatch.setattr(ResilientRedisCache, name, counted)
    return reads


def test_a_process_told_of_the_generation_answers_from_its_own_memory(
    redis_pages, discussed, monkeypatch, django_capture_on_commit_callbacks
):
    first, _ = visit(discussed.url)
    assert eventually(lambda: redis_pages.value() is not None)  # announced when the generation was made
    reads = count_cache_reads(monkeypatch)
    again, queries = visit(discussed.url)
    assert queries == 0 and reads == []  # neither the database nor Redis
    assert html(again) == html(first)

    writer = established(member(first_name="Tweede"), discussed)
    with django_capture_on_commit_callbacks(execute=True):
        post_comment(user=writer, page=discussed, text="Een gedachte die meteen zichtbaar is.")
    assert "Een gedachte die meteen zichtbaar is." in html(visit(discussed.url)[0])


def test_a_page_kept_in_memory_goes_when_its_time_is_up(redis_pages, article, monkeypatch):
    visit(article.url)
    assert eventually(lambda: redis_pages.value() is not None)
    assert visit(article.url)[1] == 0
    later = time.time() + settings.PAGE_CACHE_SECONDS + 1
    monkeypatch.setattr(page_cache.time, "time", lambda: later)
    assert visit(article.url)[1] > 0  # rendered again, as Redis would have let it expire


def test_autocomplete_in_a_process_told_of_the_generation_asks_nothing_and_sees_the_index_change(
    redis_pages, site_tree, settings, monkeypatch, django_capture_on_commit_callbacks
):
    settings.PAGE_CACHE_SECONDS = 0  # the view itself each time, not its answer from the page cache
    monkeypatch.setattr(search_state, "may_keep", lambda: True)  # as outside the test's transaction
    monkeypatch.setitem(title_index._kept, "index", None)
    search_state.forget()
    try:
        for number in range(8):  # a full list of titles: no popular queries asked to fill it
            ArticlePageFactory(parent=site_tree.article_index, title=f"Borging, deel {number + 1}")
        with django_capture_on_commit_callbacks(execute=True):
            indexing.rebuild()
        assert eventually(lambda: redis_pages.value() is not None)
        url = "/zoeken/suggesties/?q=borging"
        first, _ = visit(url)
        assert len(first.json()["suggestions"]) == 8
        again, queries = visit(url)
        assert queries == 0 and again.json() == first.json()  # not even the search generation
        ArticlePageFactory(parent=site_tree.article_index, title="Borging van kleine successen")
        assert visit("/zoeken/suggesties/?q=succes")[0].json()["suggestions"] == []  # not indexed yet

        with django_capture_on_commit_callbacks(execute=True):
            indexing.rebuild()  # only the index changes: its announcement renews the generation
        labels = [s["label"] for s in visit("/zoeken/suggesties/?q=succes")[0].json()["suggestions"]]
        assert labels == ["Borging van kleine successen"]
    finally:
        search_state.forget()
