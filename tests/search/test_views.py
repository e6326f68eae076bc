"""The minimal search pages: /zoeken/?q= and /zoeken/suggesties/?q=."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group

from search import service
from search.models import Synonym
from tests.factories import UserFactory
from tests.helpers import with_two_factor
from tests.search.test_search_service import HOSTILE


@pytest.fixture
def corpus(make_article, make_topic, rebuild):
    make_topic("Feedback geven", summary="Feedback die tot verandering leidt.")
    for number in range(12):
        make_article(
            f"Feedback in de praktijk {number}",
            lead="Over feedback <b>vet</b>.",
            publication_date=datetime.date(2026, 1, 1) + datetime.timedelta(number),
        )
    rebuild()


def test_results_page(corpus, client):
    response = client.get("/zoeken/", {"q": "feedback"})
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    main = soup.select_one("main")
    headings = main.select("ol.search-results h2 a")
    assert len(headings) == 10
    assert headings[0].get_text() == "Feedback geven"  # the topic: the word in its title and summary
    assert main.select_one("input[name=q]")["value"] == "feedback"
    assert "13 resultaten" in main.select_one(".search-count").get_text()
    assert main.select_one("form[role=search]")
    assert main.select("mark")
    html = response.content.decode()
    assert "&lt;b&gt;vet" in html and "<b>vet" not in html  # typed markup in a lead stays text
    second = BeautifulSoup(client.get("/zoeken/", {"q": "feedback", "pagina": 2}).content, "html.parser")
    assert len(second.select("main ol.search-results h2 a")) == 3
    assert second.select_one("main ol.search-results")["start"] == "11"
    assert second.select_one("a[rel=prev]")["href"] == "?q=feedback&pagina=1"


def test_query_is_kept_escaped_and_suggestion_offered(corpus, client):
    response = client.get("/zoeken/", {"q": 'feedbak "><script>x</script>'})
    html = response.content.decode()
    assert response.status_code == 200
    assert "<script>x</script>" not in html
    soup = BeautifulSoup(html, "html.parser")
    assert soup.select_one("input[name=q]")["value"] == 'feedbak "><script>x</script>'
    assert "Bedoelde u" in soup.select_one(".search-suggestion").get_text()
    assert soup.select_one(".search-suggestion a").get_text().startswith("feedback")


@pytest.mark.parametrize("query", [q for q in HOSTILE if isinstance(q, str) and "\ud800" not in q])
def test_bad_input_gives_a_page(corpus, client, query):
    assert client.get("/zoeken/", {"q": query, "pagina": query, "soort": query}).status_code == 200
    response = client.get("/zoeken/suggesties/", {"q": query})
    assert response.status_code == 200 and "suggestions" in response.json()


def test_suggestions_endpoint(corpus, client):
    response = client.get("/zoeken/suggesties/", {"q": "feedb"})
    assert response["Content-Type"] == "application/json"
    suggestions = response.json()["suggestions"]
    assert suggestions[0] == {
        "label": "Feedback geven",
        "url": "/kennisbank/feedback-geven/",
        "kind": "onderwerp",
    }
    assert len(suggestions) == 8
    assert client.post("/zoeken/suggesties/", {"q": "feedb"}).status_code == 405


def test_editors_keep_the_synonyms_in_the_admin(client, django_capture_on_commit_callbacks, make_article):
    make_article("Een goede teamdag organiseren").save_revision().publish()
    editor = with_two_factor(UserFactory(is_staff=True))
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    listing = client.get("/admin/snippets/search/synonym/")
    assert listing.status_code == 200
    assert "KPI, prestatie-indicator" in listing.content.decode()  # seeded by the migration
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/admin/snippets/search/synonym/add/", {"words": "heidag, teamdag"})
    assert response.status_code == 302
    assert Synonym.objects.filter(words="heidag, teamdag").exists()
    assert [r.title for r in service.search("heidag", user=None).results] == ["Een goede teamdag organiseren"]
