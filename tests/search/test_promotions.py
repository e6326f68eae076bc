"""Editors' promoted results (wagtail.contrib.search_promotions): above the results on the first page of an
unfiltered search, not listed twice, matched as Wagtail normalises queries, and under the Pro rule."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.test import Client
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits, SearchPromotion
from wagtail.models import PageViewRestriction

from search import service
from search.models import SearchEvent
from tests.factories import UserFactory
from tests.helpers import with_two_factor
from tests.search.conftest import member_with
from tests.search.test_analytics import PERSON

SECRET = "zwavelkwartier"  # only in the Pro body of the promoted topic


@pytest.fixture
def pages(make_article, make_topic, rebuild, site_tree):
    articles = [make_article(f"Feedback in de praktijk {number}") for number in range(12)]
    topic = make_topic(
        "Lastige gesprekken",
        summary="Openbare samenvatting over lastige gesprekken.",
        body=f"Alleen voor Pro: {SECRET}.",
    )
    rebuild()
    return {"articles": articles, "topic": topic, "home": site_tree.home}


def promote(query, page=None, *, description="", url="", text="", order=0):
    return SearchPromotion.objects.create(
        query=Query.get(query),
        page=page,
        description=description,
        external_link_url=url,
        external_link_text=text,
        sort_order=order,
    )


def soup_of(response):
    return BeautifulSoup(response.content, "html.parser")


def promoted(soup):
    return [
        (li.select_one("h3 a").get_text(), li.select_one("h3 a")["href"])
        for li in soup.select(".search-promotions li.search-result")
    ]


def organic(soup):
    return [a.get_text() for a in soup.select("ol.search-results h3 a")]


def test_promoted_results_open_the_first_page(pages, client):
    first = pages["articles"][0]  # equal dates: first among the results by its title
    promote("feedback", first, description="De klassieker, door de redactie gekozen.")
    promote("feedback", pages["topic"], order=1)
    soup = soup_of(client.get("/zoeken/", {"q": "feedback"}))
    section = soup.select_one("section.search-promotions")
    assert section.h2.get_text() == "Aanbevolen"
    assert promoted(soup) == [(first.title, first.url), ("Lastige gesprekken", pages["topic"].url)]
    assert "De klassieker, door de redactie gekozen." in section.get_text()
    # Shown before the results, and not listed again among them on this page.
    assert soup.find(string="Aanbevolen").find_next("ol", class_="search-results")
    assert soup.select_one("#search-results-heading").get_text() == "Resultaten"
    assert first.title not in organic(soup)
    # It keeps its place among the first ten, so the second page repeats and skips nothing.
    assert organic(soup) == [f"Feedback in de praktijk {n}" for n in (1, 10, 11, 2, 3, 4, 5, 6, 7)]
    second = soup_of(client.get("/zoeken/", {"q": "feedback", "pagina": 2}))
    assert promoted(second) == []
    assert organic(second) == ["Feedback in de praktijk 8", "Feedback in de praktijk 9"]
    filtered = soup_of(client.get("/zoeken/", {"q": "feedback", "soort": "artikel"}))
    assert promoted(filtered) == []


def test_promotions_match_as_wagtail_normalises_queries(pages, client):
    promote("Lastige  Gesprekken", pages["topic"])
    promote("coöperatie", pages["articles"][1])
    for typed in ("lastige gesprekken", "  LASTIGE gesprekken "):
        assert promoted(soup_of(client.get("/zoeken/", {"q": typed})))[0][0] == "Lastige gesprekken"
    assert promoted(soup_of(client.get("/zoeken/", {"q": "lastige"}))) == []  # the whole query, not a part
    # A promotion for a query that finds nothing by itself is still shown: no dead end.
    soup = soup_of(client.get("/zoeken/", {"q": "Coöperatie"}))
    assert promoted(soup) == [("Feedback in de praktijk 1", pages["articles"][1].url)]
    assert soup.select_one(".search-empty")
    assert Query.objects.count() == 2  # searching created no Query rows


@pytest.mark.parametrize("persona", ["anonymous", "free", "cancelled"])
def test_a_promoted_pro_page_shows_only_public_text(pages, client, persona):
    promote("pro-onderwerp", pages["topic"])
    user = {"anonymous": None, "free": UserFactory, "cancelled": lambda: member_with("canceled")}[persona]
    if user is not None:
        client.force_login(user())
    response = client.get("/zoeken/", {"q": "pro-onderwerp"})
    item = soup_of(response).select_one(".search-promotions li")
    assert item.select_one(".badge--pro").get_text() == "Pro"
    assert "Openbare samenvatting over lastige gesprekken." in item.get_text()
    assert SECRET not in response.content.decode()


def test_service_promotions_carry_no_pro_text(pages):
    promote("lastige gesprekken", pages["topic"])
    pro = member_with("active")
    for user in (None, pro):
        (promotion,) = service.search("lastige gesprekken", user=user).promotions
        assert promotion.is_pro and promotion.description == "Openbare samenvatting over lastige gesprekken."
    assert SECRET in str(service.search(SECRET, user=pro).results[0].snippet)  # Pro members still find it


def test_external_links_and_unindexed_pages(pages, client):
    promote("feedback", url="https://example.org/gids", text="Gids over feedback", description="Extern.")
    promote("feedback", pages["home"], description="De voorpagina.", order=1)
    soup = soup_of(client.get("/zoeken/", {"q": "feedback"}))
    assert promoted(soup) == [("Gids over feedback", "https://example.org/gids"), (pages["home"].title, "/")]


def test_pages_not_everyone_may_open_are_not_promoted(pages, client):
    draft, restricted = pages["articles"][2], pages["articles"][3]
    draft.unpublish()
    PageViewRestriction.objects.create(page=restricted, restriction_type="login")
    promote("feedback", draft)
    promote("feedback", restricted, order=1)
    assert promoted(soup_of(client.get("/zoeken/", {"q": "feedback"}))) == []


def test_shown_promotions_count_hits_and_clicks(pages):
    promotion = promote("feedback", pages["topic"])
    person = Client(headers={"user-agent": PERSON})
    response = person.get("/zoeken/", {"q": "Feedback"})
    ping = soup_of(response).select_one(".search-promotions a")["ping"]
    assert ping.endswith("/0/")
    event = SearchEvent.objects.get()
    assert event.promotions == 1
    assert QueryDailyHits.objects.get(query=promotion.query).hits == 1  # the "Views" in Wagtail's list
    Client(headers={"user-agent": "Googlebot/2.1"}).get("/zoeken/", {"q": "feedback"})
    person.get("/zoeken/", {"q": "onboarding"})  # no promotion: no hit, no Query row
    assert QueryDailyHits.objects.get(query=promotion.query).hits == 1
    assert Query.objects.count() == 1
    assert Client().post(ping).status_code == 204
    event.refresh_from_db()
    assert event.clicked_rank == 0


def test_editors_manage_promotions_in_the_admin(pages, client):
    editor = with_two_factor(UserFactory(is_staff=True))
    editor.groups.add(Group.objects.get(name="Redacteuren"))
    client.force_login(editor)
    assert client.get("/admin/searchpicks/").status_code == 200
    response = client.post(
        "/admin/searchpicks/add/",
        {
            "query_string": "Gesprekken",
            "editors_picks-TOTAL_FORMS": 1,
            "editors_picks-INITIAL_FORMS": 0,
            "editors_picks-MAX_NUM_FORMS": 1000,
            "editors_picks-0-DELETE": "",
            "editors_picks-0-ORDER": 0,
            "editors_picks-0-page": pages["topic"].pk,
            "editors_picks-0-description": "",
        },
    )
    assert response.status_code == 302
    (promotion,) = service.search("gesprekken", user=None).promotions
    assert promotion.title == "Lastige gesprekken"
    client.force_login(with_two_factor(UserFactory(is_staff=True)))
    assert client.get("/admin/searchpicks/").status_code in (302, 403)
