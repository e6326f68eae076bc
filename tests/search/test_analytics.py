"""Search analytics: what is recorded (and what not), clicks through `ping`, the editors' report in the
Wagtail admin, retention, and searching in parallel on SQLite."""

import datetime
import threading

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.db import OperationalError, connection
from django.test import Client, RequestFactory
from django.utils import timezone
from wagtail.admin.menu import reports_menu

from search import analytics
from search.models import PopularQuery, SearchEvent
from tests.factories import UserFactory
from tests.helpers import with_two_factor
from tests.search.conftest import member_with

PERSON = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0"


@pytest.fixture
def corpus(make_article, make_topic, rebuild):
    make_topic("Feedback geven", summary="Feedback die tot verandering leidt.")
    for number in range(3):
        make_article(f"Feedback in de praktijk {number}")
    rebuild()


@pytest.fixture
def person():
    return Client(headers={"user-agent": PERSON})


def search(client, **params):
    return client.get("/zoeken/", params)


def pings(response):
    links = BeautifulSoup(response.content, "html.parser").select(".search-result a[ping]")
    return [a["ping"] for a in links]


def test_a_search_is_recorded_without_personal_data(corpus, person):
    person.force_login(UserFactory())
    search(person, q="  Coöperatie   FEEDBACK ")
    event = SearchEvent.objects.get()
    assert event.query == "cooperatie feedback"  # folded, whitespace collapsed
    assert event.results == 4 and event.relaxed  # no page has "coöperatie": some of the words
    assert event.engine == "database"
    assert event.pro is False and event.filtered is False and event.promotions == 0
    assert event.clicked_rank is None
    assert event.week == timezone.localdate() - datetime.timedelta(days=timezone.localdate().weekday())
    assert event.week.isoweekday() == 1
    # Nothing that could say who searched, or when exactly.
    assert {f.name for f in SearchEvent._meta.get_fields()} == {
        "id",
        "week",
        "query",
        "results",
        "relaxed",
        "engine",
        "pro",
        "filtered",
        "promotions",
        "clicked_rank",
    }


def test_pro_and_filtered_searches_are_marked(corpus, person):
    person.force_login(member_with("active"))
    search(person, q="feedback", soort="artikel")
    event = SearchEvent.objects.get()
    assert event.pro and event.filtered and event.results == 3


def test_queries_are_cut_at_200_characters(corpus, person):
    search(person, q="feedback " + "x" * 500)
    assert len(SearchEvent.objects.get().query) == 200


@pytest.mark.parametrize(
    "params, headers",
    [
        ({"q": ""}, {}),
        ({"q": "   "}, {}),
        ({"q": "feedback", "pagina": "2"}, {}),  # paging on is not searching again
        ({"q": "feedback"}, {"user-agent": "Mozilla/5.0 (compatible; Googlebot/2.1)"}),
        ({"q": "feedback"}, {"user-agent": "Mozilla/5.0 (compatible; bingbot/2.0)"}),
        ({"q": "feedback"}, {"user-agent": "curl/8.5.0"}),
        ({"q": "feedback"}, {"user-agent": "python-requests/2.32"}),
        ({"q": "feedback"}, {"user-agent": "Slackbot-LinkExpanding 1.0"}),
        ({"q": "feedback"}, {"user-agent": ""}),
        ({"q": "feedback"}, {"sec-purpose": "prefetch"}),
        ({"q": "feedback"}, {"sec-purpose": "prefetch;prerender"}),
        ({"q": "feedback"}, {"purpose": "prefetch"}),
        ({"q": "feedback"}, {"x-moz": "prefetch"}),
    ],
)
def test_what_is_not_recorded(corpus, make_article, rebuild, params, headers):
    for number in range(12):  # a second page
        make_article(f"Meer feedback {number}")
    rebuild()
    response = Client(headers={"user-agent": PERSON, **headers}).get("/zoeken/", params)
    assert response.status_code == 200
    assert not SearchEvent.objects.exists()
    assert pings(response) == []
    assert not PopularQuery.objects.exists()


def test_a_head_request_is_not_recorded(corpus, person):
    assert person.head("/zoeken/", {"q": "feedback"}).status_code == 200
    assert not SearchEvent.objects.exists()


def test_recorded_searches_feed_autocomplete(corpus, person):
    for _ in range(3):
        search(person, q="Feedback  Praktijk")
    Client(headers={"user-agent": "Googlebot/2.1"}).get("/zoeken/", {"q": "feedback praktijk"})
    search(person, q="feedback praktijk", soort="artikel")  # a refinement is not another search
    assert PopularQuery.objects.get().count == 3
    suggestions = person.get("/zoeken/suggesties/", {"q": "feedback p"}).json()["suggestions"]
    assert [s["label"] for s in suggestions] == ["feedback praktijk"]
    search(person, q="olifantenpaadje")  # found nothing: counted for editors, never suggested
    assert not PopularQuery.objects.filter(query="olifantenpaadje").exists()
    assert SearchEvent.objects.filter(query="olifantenpaadje", results=0).exists()


def test_a_click_is_recorded_once_through_ping(corpus, person):
    response = search(person, q="feedback")
    event = SearchEvent.objects.get()
    urls = pings(response)
    assert len(urls) == 4
    assert urls[1].startswith("/zoeken/klik/") and urls[1].endswith("/2/")
    # Links keep the page URL itself: nothing to follow through us, nothing broken without the ping.
    link = BeautifulSoup(response.content, "html.parser").select(".search-result a")[1]
    assert link["href"].startswith("/artikelen/")
    strict = Client(enforce_csrf_checks=True)  # `ping` carries no CSRF token
    clicked = strict.post(urls[1], data="PING", content_type="text/ping")
    assert clicked.status_code == 204
    event.refresh_from_db()
    assert event.clicked_rank == 2
    assert strict.post(urls[3]).status_code == 204  # a second click: accepted, not counted
    event.refresh_from_db()
    assert event.clicked_rank == 2


def test_bad_clicks_are_refused_with_a_4xx(corpus, person):
    search(person, q="feedback")
    event = SearchEvent.objects.get()
    good = analytics.click_url(event, 1)
    token = good.split("/")[3]
    event_id, signature = token.split(":")
    client = Client()
    assert client.get(good).status_code == 405  # a GET never changes anything
    assert client.post(analytics.click_url(event, 5)).status_code == 400  # it showed 4 results
    assert client.post(analytics.click_url(event, 0)).status_code == 400  # no promoted result shown
    assert client.post(f"/zoeken/klik/{int(event_id) + 1}:{signature}/1/").status_code == 404  # forged
    assert client.post(f"/zoeken/klik/{event_id}/1/").status_code == 404  # unsigned
    assert client.post(f"/zoeken/klik/{token}/-1/").status_code == 404
    assert client.post(f"/zoeken/klik/{token}/99999999999999999999999/").status_code == 400
    assert client.post(f"/zoeken/klik/{token}/een/").status_code == 404
    assert client.post("/zoeken/klik/%ED%A0%80/1/").status_code == 404
    SearchEvent.objects.all().delete()
    assert client.post(good).status_code == 404  # an event that is gone (pruned)
    assert not SearchEvent.objects.exists()


def test_a_busy_database_costs_a_click_not_a_500(corpus, person, monkeypatch):
    search(person, q="feedback")
    event = SearchEvent.objects.get()

    def busy(*args, **kwargs):
        raise OperationalError("database is locked")

    with monkeypatch.context() as patched:
        patched.setattr(SearchEvent.objects, "filter", busy)
        assert Client().post(analytics.click_url(event, 1)).status_code == 503
    with monkeypatch.context() as patched:
        patched.setattr(SearchEvent.objects, "create", busy)
        response = search(person, q="feedback team")  # the search is shown, unrecorded
    assert response.status_code == 200 and pings(response) == []
    assert SearchEvent.objects.count() == 1


def in_threads(actions):
    """Run the actions at the same moment, one thread each; their results in the order they finished."""
    barrier = threading.Barrier(len(actions))
    results = []

    def run(action):
        barrier.wait()
        try:
            results.append(action())
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(action,)) for action in actions]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_parallel_searches_and_clicks_on_sqlite(make_article, rebuild):
    """A search writes (its event, the popular query): several at once must all get their results, and of
    several clicks at once on one search exactly one is kept."""
    for number in range(3):
        make_article(f"Feedback in de praktijk {number}")
    rebuild()
    Client().get("/")  # a site that has served a page before (Wagtail creates its settings row then)

    def searching():
        return Client(headers={"user-agent": PERSON}).get("/zoeken/", {"q": "feedback"}).status_code

    assert in_threads([searching] * 4) == [200] * 4
    assert 1 <= SearchEvent.objects.count() <= 4
    event = SearchEvent.objects.first()
    clicks = [
        lambda rank=rank: Client().post(analytics.click_url(event, rank)).status_code for rank in (1, 2, 3)
    ]
    # SQLite refuses a writer while another writes (in tests at once, on a file after its timeout): a
    # click may go uncounted (503), never a 500; of those counted, the first is kept.
    statuses = in_threads(clicks)
    assert len(statuses) == 3 and set(statuses) <= {204, 503} and 204 in statuses
    event.refresh_from_db()
    assert event.clicked_rank in {1, 2, 3}


def record(query, *, results=3, clicked=None, week=None, count=1):
    for _ in range(count):
        SearchEvent.objects.create(
            week=week or analytics.this_week(),
            query=query,
            results=results,
            engine="database",
            clicked_rank=clicked,
        )


@pytest.fixture
def editor(db):
    user = with_two_factor(UserFactory(is_staff=True))
    user.groups.add(Group.objects.get(name="Redacteuren"))
    return user


def table(soup, name):
    return [
        [cell.get_text(strip=True) for cell in row.select("td")]
        for row in soup.select(f"#search-report-{name} tbody tr")
    ]


def test_editors_see_the_weekly_report(client, editor):
    record("feedback", count=3, clicked=1)
    record("feedback", count=1)
    record("onboarding", count=2)
    record("olifantenpaadje", results=0, count=2)
    last_week = analytics.this_week() - datetime.timedelta(weeks=1)
    record("vorige week", week=last_week, count=5)
    client.force_login(editor)
    response = client.get("/admin/zoekopdrachten/")
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.h1.get_text(strip=True) == "Zoekopdrachten"
    assert table(soup, "top") == [
        ["feedback", "4", "3", "75%"],
        ["olifantenpaadje", "2", "0", "0%"],
        ["onboarding", "2", "0", "0%"],
    ]
    assert table(soup, "zero") == [["olifantenpaadje", "2", "0", "0%"]]
    summary = soup.select_one(".search-report__summary").get_text(" ", strip=True)
    assert summary == "8 zoekopdrachten deze week, 2 zonder resultaat (25%). Doorklikratio: 38%."
    weeks = [option["value"] for option in soup.select("select[name=week] option")]
    assert weeks == [analytics.this_week().isoformat(), last_week.isoformat()]
    assert soup.select_one("select[name=week] option[selected]")["value"] == analytics.this_week().isoformat()

    # Another week, chosen by any day in it.
    wednesday = (last_week + datetime.timedelta(days=2)).isoformat()
    other = BeautifulSoup(client.get("/admin/zoekopdrachten/", {"week": wednesday}).content, "html.parser")
    assert table(other, "top") == [["vorige week", "5", "0", "0%"]]
    assert "Geen zoekopdrachten in deze week." in other.get_text()
    for nonsense in ("2026-13-45", "volgende", "\x00", "9" * 400):
        assert client.get("/admin/zoekopdrachten/", {"week": nonsense}).status_code == 200


def test_the_report_is_for_editors_and_administrators(client, editor):
    factory = RequestFactory()

    def menu_names(user):
        request = factory.get("/admin/")
        request.user = user
        return [item.name for item in reports_menu.menu_items_for_request(request)]

    assert "search-queries" in menu_names(editor)
    admin = with_two_factor(UserFactory(is_staff=True, is_superuser=True))
    assert "search-queries" in menu_names(admin)
    assert "search-terms" not in menu_names(admin)  # Wagtail's own, which counts only promoted queries
    staff = with_two_factor(UserFactory(is_staff=True))
    staff.groups.add(Group.objects.get(name="Moderatoren"))
    assert "search-queries" not in menu_names(staff)
    client.force_login(staff)
    assert client.get("/admin/zoekopdrachten/").status_code == 403
    client.force_login(admin)
    assert client.get("/admin/zoekopdrachten/").status_code == 200
    client.force_login(UserFactory())
    assert client.get("/admin/zoekopdrachten/").status_code == 302  # not staff: to the admin login


def test_old_searches_are_pruned_after_two_years(db, capsys):
    this_week = analytics.this_week()
    record("recent", week=this_week - datetime.timedelta(weeks=103))
    record("te oud", week=this_week - datetime.timedelta(weeks=105))
    PopularQuery.objects.create(query="recent", count=3)
    PopularQuery.objects.create(query="vergeten", count=3)
    PopularQuery.objects.filter(query="vergeten").update(
        last_searched=timezone.now() - datetime.timedelta(weeks=105)
    )
    call_command("search_analytics_prune")
    assert list(SearchEvent.objects.values_list("query", flat=True)) == ["recent"]
    assert list(PopularQuery.objects.values_list("query", flat=True)) == ["recent"]
    assert "1 searches, 1 popular queries" in capsys.readouterr().out
