"""Bookmarks ("Bewaard"): members save articles and topics, find them at /account/bewaard/ and on their
account; anonymous visitors get a link to log in, the same for all of them (the shared page cache)."""

import json
import re

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from articles.models import Bookmark
from membership import personal_data
from tests.discussion.helpers import member
from tests.factories import ArticlePageFactory, SubscriptionFactory, TopicPageFactory, stream

PRO_SECRET = "QZX-bewaard-alleen-pro-7781"


def signed_in(user):
    client = Client()
    client.force_login(user)
    return client


def save(client, page, saved="1", **extra):
    return client.post(f"/account/bewaard/{page.pk}/", {"saved": saved, "next": page.url, **extra})


def html(response) -> str:
    return response.content.decode()


def pressed(response) -> str | None:
    found = re.search(r'class="[^"]*bookmark-button[^"]*" aria-pressed="(true|false)"', html(response))
    return found.group(1) if found else None


@pytest.fixture
def pro_topic(site_tree):
    return TopicPageFactory(
        parent=site_tree.knowledge_base,
        title="Borging van verandering",
        summary="Waarom verbeteringen wegzakken.",
        is_pro=True,
        body=stream(("what_works", f"<p>{PRO_SECRET}</p>")),
    )


def test_a_member_saves_and_removes_an_article_without_javascript(article):
    reader = member()
    client = signed_in(reader)
    assert pressed(client.get(article.url)) == "false"

    response = save(client, article)
    assert response.status_code == 302 and response["Location"] == article.url
    assert Bookmark.objects.filter(user=reader, page=article).count() == 1
    page = client.get(article.url)
    assert pressed(page) == "true" and ">Bewaard</button>" in html(page)
    assert "Je vindt het terug onder Bewaard in je account." in html(page)  # the message after saving

    save(client, article)  # a second post (double click, another tab) keeps one bookmark
    assert Bookmark.objects.filter(user=reader, page=article).count() == 1

    response = save(client, article, saved="0")
    assert response.status_code == 302
    assert not Bookmark.objects.filter(user=reader).exists()
    assert pressed(client.get(article.url)) == "false"


def test_the_script_gets_the_new_state_as_json(article):
    client = signed_in(member())
    response = client.post(
        f"/account/bewaard/{article.pk}/", {"saved": "1"}, headers={"Accept": "application/json"}
    )
    assert response.status_code == 200 and json.loads(response.content) == {"saved": True}
    response = client.post(
        f"/account/bewaard/{article.pk}/", {"saved": "0"}, headers={"Accept": "application/json"}
    )
    assert json.loads(response.content) == {"saved": False}


def test_the_button_and_its_script_need_no_inline_code(article):
    page = html(signed_in(member()).get(article.url))
    assert '<script src="/static/js/bookmarks.js" defer></script>' in page
    form = re.search(r"<form[^>]+data-bookmark.*?</form>", page, re.S).group(0)
    assert 'name="csrfmiddlewaretoken"' in form and "onclick" not in form and "style=" not in form


def test_visitors_in_a_row_through_the_shared_cache(article):
    """Member A saved the page, member B did not, then anonymous visitors: nobody gets another's button."""
    a, b = member(first_name="Anna"), member(first_name="Bram")
    Bookmark.objects.create(user=a, page=article)

    first = Client().get(article.url)  # anonymous: rendered and stored in the shared cache
    assert pressed(first) is None
    login_link = f'href="/account/login/?next={article.url}"'
    assert login_link in html(first) and "Log in om dit te bewaren" in html(first)

    as_a = signed_in(a).get(article.url)
    assert pressed(as_a) == "true"
    as_b = signed_in(b).get(article.url)
    assert pressed(as_b) == "false"
    assert "public" not in as_a["Cache-Control"] and "public" not in as_b["Cache-Control"]

    with CaptureQueriesContext(connection) as queries:
        again = Client().get(article.url)
    assert len(queries) == 0  # from the shared cache
    assert pressed(again) is None and login_link in html(again)
    assert "Bewaard" not in html(again) and "Mijn account" not in html(again)

    as_a_again = signed_in(a).get(article.url)  # a member never reads the anonymous rendering
    assert pressed(as_a_again) == "true"


def test_a_pro_topic_can_be_saved_and_its_list_shows_only_the_public_teaser(pro_topic):
    reader, pro = member(), SubscriptionFactory(status="active").user
    for user in (reader, pro):
        assert save(signed_in(user), pro_topic).status_code == 302
    as_reader = html(signed_in(reader).get("/account/bewaard/"))
    assert pro_topic.title in as_reader and "Waarom verbeteringen wegzakken." in as_reader
    assert PRO_SECRET not in as_reader
    assert "Onderdeel van Pro: je kunt de inleiding lezen." in as_reader
    as_pro = html(signed_in(pro).get("/account/bewaard/"))
    assert pro_topic.title in as_pro and "Onderdeel van Pro" not in as_pro
    assert PRO_SECRET not in as_pro  # a list shows teasers, never a body


def test_the_list_is_newest_first_paginated_and_removes(site_tree, settings):
    settings.BOOKMARKS_PER_PAGE = 2
    reader = member()
    articles = [ArticlePageFactory(parent=site_tree.article_index, title=f"Stuk {n}") for n in range(3)]
    client = signed_in(reader)
    for article in articles:
        save(client, article)
    first = html(client.get("/account/bewaard/"))
    assert first.index("Stuk 2") < first.index("Stuk 1") and "Stuk 0" not in first
    assert "Je hebt 3 pagina's bewaard, de nieuwste eerst." in first
    second = client.get("/account/bewaard/?pagina=2")
    assert "Stuk 0" in html(second)
    assert "no-store" in second["Cache-Control"]
    assert "Stuk 0" in html(client.get("/account/bewaard/?pagina=999"))  # past the end: the last page
    assert "Stuk 2" in html(client.get("/account/bewaard/?pagina=x"))  # junk: the first page

    response = client.post(
        f"/account/bewaard/{articles[0].pk}/", {"saved": "0", "next": "/account/bewaard/?pagina=2"}
    )
    assert response["Location"] == "/account/bewaard/?pagina=2"
    assert list(Bookmark.objects.filter(user=reader).values_list("page_id", flat=True).order_by("pk")) == [
        articles[1].pk,
        articles[2].pk,
    ]


def test_pages_no_longer_live_or_restricted_drop_out_and_come_back(site_tree):
    reader = member()
    gone, hidden, kept = (
        ArticlePageFactory(parent=site_tree.article_index, title=title)
        for title in ("Weg", "Dicht", "Blijft")
    )
    for page in (gone, hidden, kept):
        Bookmark.objects.create(user=reader, page=page)
    gone.unpublish()
    PageViewRestriction.objects.create(page=hidden, restriction_type=PageViewRestriction.LOGIN)
    client = signed_in(reader)
    for url in ("/account/bewaard/", "/account/"):
        page = html(client.get(url))
        assert "Blijft" in page and "Weg" not in page and "Dicht" not in page, url
    gone.save_revision().publish()
    assert "Weg" in html(client.get("/account/bewaard/"))


def test_the_account_page_shows_the_latest_three(site_tree):
    reader = member()
    client = signed_in(reader)
    assert "Je hebt nog niets bewaard." in html(client.get("/account/"))
    for n in range(4):
        save(client, ArticlePageFactory(parent=site_tree.article_index, title=f"Nummer {n}"))
    page = html(client.get("/account/"))
    assert all(f"Nummer {n}" in page for n in (1, 2, 3)) and "Nummer 0" not in page
    assert "Bekijk alle 4 bewaarde pagina's" in page


def test_the_list_costs_the_same_queries_for_1_and_30_bookmarks(site_tree):
    reader = SubscriptionFactory(status="active").user
    client = signed_in(reader)
    counts = []
    for number in (1, 30):
        Bookmark.objects.all().delete()
        for n in range(number):
            if n % 2:
                page = TopicPageFactory(parent=site_tree.knowledge_base, is_pro=True)
            else:
                page = ArticlePageFactory(parent=site_tree.article_index, is_pro=n % 4 == 0)
            Bookmark.objects.create(user=reader, page=page)
        for url in ("/account/bewaard/", "/account/"):
            client.get(url)  # per-process caches warmed, as on a running site
        with CaptureQueriesContext(connection) as on_list:
            assert client.get("/account/bewaard/").status_code == 200
        with CaptureQueriesContext(connection) as on_account:
            assert client.get("/account/").status_code == 200
        counts.append((len(on_list), len(on_account)))
    assert counts[0] == counts[1], counts


@pytest.mark.parametrize("page_id", ["999999", str(2**31), str(2**63), "1" + "0" * 30])
def test_unknown_and_huge_page_ids_are_404(site_tree, page_id):
    client = signed_in(member())
    for saved in ("1", "0"):
        response = client.post(f"/account/bewaard/{page_id}/", {"saved": saved})
        assert response.status_code in (302, 404) if saved == "0" else response.status_code == 404
    assert not Bookmark.objects.exists()


def test_bad_input_is_a_4xx_and_stores_nothing(article, site_tree):
    client = signed_in(member())
    assert save(client, site_tree.home).status_code == 404  # not an article or a topic
    assert save(client, site_tree.article_index).status_code == 404
    for value in ("", "2", "ja", "1" * 5000):
        response = save(client, article, saved=value)
        assert response.status_code == 400, value
        assert "Kies of je deze pagina wilt bewaren of weghalen." in html(response)
    assert client.post(f"/account/bewaard/{article.pk}/", {}).status_code == 400
    assert client.get(f"/account/bewaard/{article.pk}/").status_code == 405  # GET never changes state
    assert client.post("/account/bewaard/", {"saved": "1"}).status_code == 405
    assert not Bookmark.objects.exists()


def test_an_unsafe_next_goes_to_the_list(article):
    response = save(signed_in(member()), article, next="https://evil.example/")
    assert response["Location"] == "/account/bewaard/"


def test_anonymous_visitors_cannot_save(article):
    response = Client().post(f"/account/bewaard/{article.pk}/", {"saved": "1"})
    assert response.status_code == 302 and response["Location"].startswith("/account/login/")
    assert Client().get("/account/bewaard/").status_code == 302
    assert not Bookmark.objects.exists()


def test_posting_needs_a_csrf_token(article):
    client = Client(enforce_csrf_checks=True)
    client.force_login(member())
    assert client.post(f"/account/bewaard/{article.pk}/", {"saved": "1"}).status_code == 403
    assert not Bookmark.objects.exists()


def test_the_data_download_lists_bookmarks_and_deleting_the_account_removes_them(article, pro_topic):
    reader = member()
    Bookmark.objects.create(user=reader, page=article)
    Bookmark.objects.create(user=reader, page=pro_topic)
    Bookmark.objects.create(user=member(), page=article)  # someone else's stays
    exported = personal_data.export(reader)["bookmarks"]
    assert [item["title"] for item in exported] == [article.title, pro_topic.title]
    download = json.loads(signed_in(reader).get("/account/gegevens/").content)
    assert [item["page_id"] for item in download["bookmarks"]] == [article.pk, pro_topic.pk]
    personal_data.erase(reader)
    assert not Bookmark.objects.filter(user=reader).exists()
    assert Bookmark.objects.count() == 1
