"""The search pages: /zoeken/?q= (results, facets, pagination, empty states, accessibility markers), the
search boxes in the header and on the knowledge base, and /zoeken/suggesties/?q= (JSON)."""

import datetime
from urllib.parse import parse_qs, urlsplit

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group

from search import service
from search.models import PopularQuery, Synonym
from tests.factories import AuthorFactory, ThemeFactory, UserFactory
from tests.helpers import with_two_factor
from tests.search.test_search_service import HOSTILE


def html(response):
    return BeautifulSoup(response.content, "html.parser")


def params(url):
    return parse_qs(urlsplit(url).query)


@pytest.fixture
def corpus(make_article, make_topic, rebuild):
    theme = ThemeFactory(name="Leiderschap", slug="leiderschap")
    topic = make_topic("Feedback geven", summary="Feedback die tot verandering leidt.", theme=theme)
    author = AuthorFactory(name="Marieke van Dijk", slug="marieke-van-dijk")
    for number in range(12):
        make_article(
            f"Feedback in de praktijk {number}",
            lead="Over feedback <b>vet</b>.",
            publication_date=datetime.date(2026, 1, 1) + datetime.timedelta(number),
            authors=[author] if number % 2 else None,
            topics=[topic] if number >= 9 else [],
        )
    rebuild()


def test_results_page(corpus, client):
    response = client.get("/zoeken/", {"q": "feedback"})
    assert response.status_code == 200
    soup = html(response)
    assert soup.title.get_text() == "feedback: zoekresultaten | Kennisbank"
    main = soup.select_one("main")
    assert main.h1.get_text() == "Zoekresultaten voor “feedback”"
    results = main.select("ol.search-results > li.search-result")
    assert len(results) == 10
    first = results[0]
    assert first.select_one("h3 a").get_text() == "Feedback geven"  # the topic: in its title and summary
    assert first.select_one("h3 a")["href"] == "/kennisbank/feedback-geven/"
    assert "Onderwerp" in first.select_one(".search-result__meta").get_text()
    assert first.select_one(".badge--pro").get_text() == "Pro"
    article = main.find("a", string="Feedback in de praktijk 11").find_parent("li")
    meta = article.select_one(".search-result__meta").get_text()
    assert "Artikel" in meta and "Marieke van Dijk" in meta and "12 januari 2026" in meta
    assert article.select_one("time")["datetime"] == "2026-01-12"
    assert "Feedback geven" in article.select_one(".search-result__topics").get_text()
    assert not article.select(".badge--pro")
    assert article.select_one(".search-result__snippet mark").get_text() == "feedback"
    page = response.content.decode()
    assert "&lt;b&gt;vet" in page and "<b>vet" not in page  # typed markup in a lead stays text


def test_accessibility_markers(corpus, client):
    soup = html(client.get("/zoeken/", {"q": "feedback"}))
    main = soup.select_one("main#main")
    form = main.select_one("form[role=search]")
    label = form.select_one("label")
    assert label["for"] == form.select_one("input[name=q]")["id"]
    assert "visually-hidden" not in label.get("class", [])  # a visible label on the search page
    assert form["aria-labelledby"] == label["id"]
    status = main.select_one(".search-count[role=status]")
    assert status.get_text(strip=True) == "13 resultaten voor “feedback” · pagina 1 van 2"
    assert [h.name for h in main.select("h1")] == ["h1"]
    # Every result is a heading that links to its page, under the (visually hidden) "Resultaten" heading.
    assert main.select_one("#search-results-heading").get_text() == "Resultaten"
    assert all(li.select_one("h3 > a[href]") for li in main.select("li.search-result"))
    assert main.select_one("aside.search-facets[aria-labelledby=search-facets-heading]")
    assert soup.select_one("meta[name=robots]")["content"] == "noindex"
    # The page has one search box: the header's is left out where the page has its own.
    assert len(soup.select("form[role=search]")) == 1


def test_noindex_and_private(corpus, client):
    response = client.get("/zoeken/", {"q": "feedback"})
    assert response["X-Robots-Tag"] == "noindex"
    assert "private" in response["Cache-Control"]
    assert client.head("/zoeken/", {"q": "feedback"}).status_code == 200


def test_pagination_keeps_the_query_and_filters(corpus, client):
    first = html(client.get("/zoeken/", {"q": "feedback", "soort": "artikel"}))
    assert len(first.select("ol.search-results > li")) == 10
    next_url = first.select_one("a[rel=next]")["href"]
    assert params(next_url) == {"q": ["feedback"], "soort": ["artikel"], "pagina": ["2"]}
    assert first.select_one(".search-pagination a[aria-current=page]").get_text(strip=True) == "Pagina1"
    second = html(client.get(next_url))
    assert second.select_one("main ol.search-results")["start"] == "11"
    assert len(second.select("main ol.search-results > li")) == 2
    assert params(second.select_one("a[rel=prev]")["href"]) == {"q": ["feedback"], "soort": ["artikel"]}
    assert second.title.get_text() == "feedback: zoekresultaten (pagina 2) | Kennisbank"


def test_facets_are_links_with_counts_that_combine(corpus, client):
    soup = html(client.get("/zoeken/", {"q": "feedback"}))
    facets = {
        section.h3.get_text(): {
            link.select_one(".facet__label").get_text(strip=True): (
                link.select_one(".facet__count").get_text(),
                link["href"],
            )
            for link in section.select("a.facet__link")
        }
        for section in soup.select("aside.search-facets section.facet")
    }
    assert set(facets) == {"Soort", "Gratis of Pro", "Thema", "Onderwerp", "Auteur"}
    assert facets["Soort"]["Artikel"][0] == "12" and facets["Soort"]["Onderwerp"][0] == "1"
    assert facets["Gratis of Pro"]["Gratis"][0] == "12" and facets["Gratis of Pro"]["Pro"][0] == "1"
    assert facets["Thema"]["Leiderschap"][0] == "4"  # the topic and the three articles on it
    assert facets["Auteur"]["Marieke van Dijk"][0] == "6"
    author_url = facets["Auteur"]["Marieke van Dijk"][1]
    assert params(author_url) == {"q": ["feedback"], "auteur": ["marieke-van-dijk"]}

    chosen = html(client.get(author_url))
    assert chosen.select_one(".search-count").get_text(strip=True).startswith("6 resultaten")
    selected = chosen.select_one("a.facet__link[aria-current=true]")
    assert "Marieke van Dijk" in selected.get_text()
    assert params(selected["href"]) == {"q": ["feedback"]}  # choosing it again removes it
    # A second facet combines with the first; the chosen ones are listed above the results.
    theme_url = next(a["href"] for a in chosen.select("a.facet__link") if "Leiderschap" in a.get_text())
    assert params(theme_url) == {"q": ["feedback"], "thema": ["leiderschap"], "auteur": ["marieke-van-dijk"]}
    both = html(client.get(theme_url))
    assert both.select_one(".search-count").get_text(strip=True).startswith("2 resultaten")
    chips = [a.get_text(" ", strip=True).rstrip(" \u00d7") for a in both.select(".search-chosen__filter")]
    assert chips == ["Filter verwijderen Thema: Leiderschap", "Filter verwijderen Auteur: Marieke van Dijk"]
    assert params(both.select_one(".search-chosen__clear")["href"]) == {"q": ["feedback"]}


def test_did_you_mean_and_the_query_kept_escaped(corpus, client):
    response = client.get("/zoeken/", {"q": 'feedbak "><script>x</script>'})
    page = response.content.decode()
    assert response.status_code == 200
    assert "<script>x</script>" not in page
    soup = html(response)
    assert soup.select_one("input[name=q]")["value"] == 'feedbak "><script>x</script>'
    assert "Bedoelde u" in soup.select_one(".search-suggestion").get_text()
    suggestion = soup.select_one(".search-suggestion a")
    assert suggestion.get_text().startswith("feedback")
    assert params(suggestion["href"])["q"] == [suggestion.get_text()]


def test_a_relaxed_query_says_so(corpus, client):
    soup = html(client.get("/zoeken/", {"q": "feedback olifantenpaadje"}))
    assert soup.select("ol.search-results > li")
    assert soup.select_one(".search-relaxed").get_text() == (
        "Geen pagina bevat alle woorden; dit zijn pagina's met een deel ervan."
    )


def test_zero_results_are_no_dead_end(corpus, client):
    soup = html(client.get("/zoeken/", {"q": "olifantenpaadje"}))
    main = soup.select_one("main")
    assert main.select_one(".search-count").get_text(strip=True) == "0 resultaten voor “olifantenpaadje”"
    empty = main.select_one(".search-empty")
    assert empty.h2.get_text() == "Niets gevonden voor “olifantenpaadje”"
    assert "Controleer de spelling" in empty.get_text()
    themes = empty.select(".theme-links a.tag")
    assert [(a.get_text(), a["href"]) for a in themes] == [("Leiderschap", "/kennisbank/#theme-leiderschap")]
    assert empty.find("a", href="/kennisbank/")
    assert not main.select("aside.search-facets")


def test_zero_results_with_filters_offers_to_drop_them(corpus, client):
    soup = html(client.get("/zoeken/", {"q": "feedback", "auteur": "niemand"}))
    empty = soup.select_one(".search-empty")
    assert "Niets past bij deze filters" in empty.get_text()
    assert params(empty.find("a", string="Zoek zonder filters")["href"]) == {"q": ["feedback"]}
    # The unknown value is shown as chosen, so it can be removed.
    assert "Auteur: niemand" in soup.select_one(".search-chosen__filter").get_text()


def test_an_empty_query_shows_a_helpful_search_page(corpus, client):
    PopularQuery.objects.create(query="feedback geven", count=5)
    PopularQuery.objects.create(query="zelden gezocht", count=1)
    response = client.get("/zoeken/")
    assert response.status_code == 200
    soup = html(response)
    assert soup.h1.get_text() == "Zoeken"
    assert soup.title.get_text() == "Zoeken | Kennisbank"
    assert soup.select_one("input[name=q]")["value"] == ""
    popular = soup.select_one("#search-popular-heading").find_parent("section")
    assert [(a.get_text(), a["href"]) for a in popular.select("a")] == [
        ("feedback geven", "/zoeken/?q=feedback+geven")
    ]
    assert soup.select_one(".theme-links a.tag")["href"] == "/kennisbank/#theme-leiderschap"
    assert not soup.select("ol.search-results")
    assert html(client.get("/zoeken/", {"q": "   "})).h1.get_text() == "Zoeken"


def test_the_header_has_a_search_box_on_every_page(corpus, client):
    for url in ("/", "/artikelen/", "/kennisbank/feedback-geven/"):
        header = html(client.get(url)).select_one("header.site-header")
        form = header.select_one("form[role=search]")
        assert form["action"] == "/zoeken/" and form["method"] == "get", url
        label = form.select_one("label")
        assert label.get_text() == "Zoeken op de site" and form.select_one(f"input#{label['for']}[name=q]")
        assert form["data-autocomplete"] == "/zoeken/suggesties/"


def test_the_knowledge_base_searches_its_topics(corpus, client):
    soup = html(client.get("/kennisbank/"))
    form = soup.select_one("main form[role=search]")
    assert form["action"] == "/zoeken/"
    assert form.select_one("label").get_text() == "Zoeken in de kennisbank"
    assert form.select_one("input[type=hidden]")["name"] == "soort"
    ids = [element["id"] for element in soup.select("[id]")]
    assert len(ids) == len(set(ids))  # two search boxes on one page, no id twice
    topics = html(client.get("/zoeken/", {"q": "feedback", "soort": "onderwerp"}))
    assert [a.get_text() for a in topics.select("ol.search-results h3 a")] == ["Feedback geven"]


@pytest.mark.parametrize("query", [q for q in HOSTILE if isinstance(q, str) and "\ud800" not in q])
def test_bad_input_gives_a_page(corpus, client, query):
    response = client.get("/zoeken/", {"q": query, "pagina": query, "soort": query, "thema": query})
    assert response.status_code == 200
    assert html(response).h1
    response = client.get("/zoeken/suggesties/", {"q": query})
    assert response.status_code == 200 and "suggestions" in response.json()


@pytest.mark.parametrize(
    "query_string",
    [
        "q=%ED%A0%80",  # a lone surrogate
        "q=feed%00back&pagina=%00",  # NUL bytes
        "q=%FF%FE",  # not UTF-8 at all
        "q=%E2%80%AEkcabdeef",  # right-to-left override
        "q=feedback&q=team",  # the parameter twice
        "q=feedback&pagina=-3",
        "q=feedback&pagina=99999999999999999999999",
        "q=feedback&pagina=1e3",
        "q=feedback&pagina=",
        "q=feedback&soort=" + "x" * 5000,
        "q=feedback&thema=%00&onderwerp=%0A&auteur=%20",
        "q=" + "feedback%20" * 100,
        "q[]=feedback",
        "soort=artikel",  # filters without a query
    ],
)
def test_hostile_query_strings_give_a_dutch_page(corpus, client, query_string):
    response = client.get(f"/zoeken/?{query_string}")
    assert response.status_code == 200
    soup = html(response)
    assert soup.html["lang"] == "nl"
    assert len(soup.select_one("input[name=q]")["value"]) <= 200
    assert "\x00" not in response.content.decode()
    assert client.get(f"/zoeken/suggesties/?{query_string}").status_code == 200


def test_a_page_past_the_end_shows_the_last_page(corpus, client):
    soup = html(client.get("/zoeken/", {"q": "feedback", "pagina": "40"}))
    assert soup.select_one("ol.search-results")["start"] == "11"
    assert soup.select_one(".search-pagination a[aria-current=page]").get_text(strip=True) == "Pagina2"


def test_long_queries_are_cut_at_200_characters(corpus, client):
    soup = html(client.get("/zoeken/", {"q": "feedback " + "x" * 500}))
    assert len(soup.select_one("input[name=q]")["value"]) == 200
    assert soup.select("ol.search-results > li")


def test_suggestions_endpoint(corpus, client):
    response = client.get("/zoeken/suggesties/", {"q": "feedb"})
    assert response["Content-Type"] == "application/json"
    assert response["X-Robots-Tag"] == "noindex"
    suggestions = response.json()["suggestions"]
    assert suggestions[0] == {
        "label": "Feedback geven",
        "url": "/kennisbank/feedback-geven/",
        "kind": "onderwerp",
        "kind_label": "Onderwerp",
    }
    assert len(suggestions) == 8
    assert client.post("/zoeken/suggesties/", {"q": "feedb"}).status_code == 405


def test_suggestions_offer_topic_names_and_popular_searches(corpus, client):
    PopularQuery.objects.create(query="feedback voor leiderschap", count=4)
    found = client.get("/zoeken/suggesties/", {"q": "Feedback v"}).json()["suggestions"]
    assert found == [
        {
            "label": "feedback voor leiderschap",
            "url": None,
            "kind": "zoekopdracht",
            "kind_label": "Veelgezocht",
        }
    ]
    topic = client.get("/zoeken/suggesties/", {"q": "gev"}).json()["suggestions"]
    assert topic[0]["label"] == "Feedback geven" and topic[0]["kind"] == "onderwerp"  # a word inside the name


def test_pages_work_in_english_too(corpus, client):
    client.post("/taal/", {"language": "en", "next": "/"})
    soup = html(client.get("/zoeken/", {"q": "feedback"}))
    assert soup.h1.get_text() == "Search results for “feedback”"
    assert soup.select_one(".search-count").get_text(strip=True).startswith("13 results")


def test_editors_keep_the_synonyms_in_the_admin(client, django_capture_on_commit_callbacks, make_article):
    make_article("Een goede teamdag organiseren").save_revision().publish()
    editor = with_two_factor(UserFactory(is_staff=True))
    editor.groups.add(Group.objects.get(name="Redacteuren"))
    client.force_login(editor)
    listing = client.get("/admin/snippets/search/synonym/")
    assert listing.status_code == 200
    assert "KPI, prestatie-indicator" in listing.content.decode()  # seeded by the migration
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/admin/snippets/search/synonym/add/", {"words": "heidag, teamdag"})
    assert response.status_code == 302
    assert Synonym.objects.filter(words="heidag, teamdag").exists()
    assert [r.title for r in service.search("heidag", user=None).results] == ["Een goede teamdag organiseren"]


def facet_counts(response) -> dict:
    soup = html(response)
    return {
        link.select_one(".facet__label").get_text(strip=True): link.select_one(".facet__count").get_text()
        for link in soup.select("aside.search-facets a.facet__link")
    }


def test_facets_kept_for_who_searches_the_same_and_no_one_else(
    corpus, make_topic, rebuild, client, pro_member, settings
):
    """The facets are rendered once per query, filters, counts and language (a shared fragment): a Pro
    member's counts, another filter or another language never get someone else's."""
    make_topic("Borging", body="Feedback staat alleen in de Pro-tekst.")
    rebuild()
    anonymous_counts = facet_counts(client.get("/zoeken/", {"q": "feedback"}))
    assert facet_counts(client.get("/zoeken/", {"q": "feedback"})) == anonymous_counts
    assert anonymous_counts["Onderwerp"] == "1"

    filtered = html(client.get("/zoeken/", {"q": "feedback", "auteur": "marieke-van-dijk"}))
    assert filtered.select_one("aside.search-facets a.facet__link[aria-current=true]")
    assert not html(client.get("/zoeken/", {"q": "feedback"})).select("aside.search-facets [aria-current]")

    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    english = html(client.get("/zoeken/", {"q": "feedback"}))
    assert "Free or Pro" in english.select_one("aside.search-facets").get_text()
    del client.cookies[settings.LANGUAGE_COOKIE_NAME]

    client.force_login(pro_member)
    assert facet_counts(client.get("/zoeken/", {"q": "feedback"}))["Onderwerp"] == "2"  # Pro text too
    client.logout()
    assert facet_counts(client.get("/zoeken/", {"q": "feedback"})) == anonymous_counts
