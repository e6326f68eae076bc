"""The search pages run the same number of SQL queries for 1 matching document as for 30 (architecture
invariant 5), within a fixed budget: anonymous, Pro member, recorded with a promotion, and autocomplete."""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from tests.factories import AuthorFactory, ThemeFactory
from tests.search.conftest import member_with
from tests.search.test_analytics import PERSON

# Inside a test's transaction the per-process caches (the analysers, the engine's own) are built afresh
# on every request: a few queries a running site does not make, counted here.
BUDGET = {"anonymous": 15, "pro": 21, "recorded": 21, "suggestions": 6}


@pytest.fixture
def corpus(make_article, make_topic, rebuild):
    """ "alfa" is in one document, "feedback" in 30, each with its own author, topic and theme; both
    queries have a promoted page that neither finds by itself."""
    make_article("Alfa en omega", lead="Een enkel artikel.")
    for number in range(30):
        topic = make_topic(f"Feedback onderwerp {number}", theme=ThemeFactory(), body="Feedback, voor Pro.")
        make_article(
            f"Feedback artikel {number}",
            lead="Over feedback.",
            body="Feedback in de tekst.",
            authors=[AuthorFactory()],
            topics=[topic],
        )
    promoted = make_article("Aanbevolen door de redactie", lead="Een gids.")
    rebuild()
    for query in ("alfa", "feedback"):
        SearchPromotion.objects.create(query=Query.get(query), page=promoted, sort_order=0)


def client_for(persona):
    if persona == "recorded":
        return Client(headers={"user-agent": PERSON})
    client = Client()
    if persona == "pro":
        client.force_login(member_with("active"))
    return client


def queries_for(client, url, params):
    client.get(url, params)  # warm per-process caches (site root paths), as a running site has them
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, params)
    assert response.status_code == 200
    return len(captured)


@pytest.mark.parametrize("persona", ["anonymous", "pro", "recorded"])
def test_results_page_budget(corpus, persona, django_assert_max_num_queries):
    client = client_for(persona)
    one = queries_for(client, "/zoeken/", {"q": "alfa"})
    many = queries_for(client, "/zoeken/", {"q": "feedback"})
    assert one == many, f"{persona}: {one} queries for 1 result, {many} for 30"
    for query in ("alfa", "feedback"):
        with django_assert_max_num_queries(BUDGET[persona]):
            client.get("/zoeken/", {"q": query})


def test_suggestions_budget(corpus, client, django_assert_max_num_queries):
    """A prefix that 30 titles start with answers from the titles alone; one title needs the popular
    queries too: never more queries for more matches."""
    one = queries_for(client, "/zoeken/suggesties/", {"q": "alfa"})
    many = queries_for(client, "/zoeken/suggesties/", {"q": "feedback"})
    assert many <= one
    for prefix in ("alfa", "feedback"):
        with django_assert_max_num_queries(BUDGET["suggestions"]):
            client.get("/zoeken/suggesties/", {"q": prefix})
