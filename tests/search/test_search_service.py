"""The search service on the database engine (SQLite here, PostgreSQL in .ci/run): ranking, facets,
snippets, relaxed queries, suggestions, bad input and the fallback when an engine fails."""

import datetime

import pytest
from django.utils.safestring import SafeString

from search import service
from search.engines import FallbackEngine, get_engine
from search.engines.base import Engine, EngineError
from search.engines.database import DatabaseEngine
from search.models import PopularQuery
from tests.factories import AuthorFactory, ThemeFactory


def titles(results):
    return [result.title for result in results.results]


@pytest.fixture
def ranking_corpus(make_article, make_topic):
    """The word "borging" in a title, a lead and a body; the rest of each page says nothing about it."""
    in_body = make_article("Praktijk uit de zorg", body="Over borging van afspraken in het team.")
    in_lead = make_article("Een verslag", lead="Wat borging vraagt van leidinggevenden.")
    in_title = make_article("Borging na de training")
    return in_title, in_lead, in_body


def test_title_above_lead_above_body(engine, ranking_corpus, rebuild, anonymous):
    rebuild()
    results = service.search("borging", user=anonymous)
    assert titles(results) == ["Borging na de training", "Een verslag", "Praktijk uit de zorg"]
    assert results.total == 3
    assert results.engine == engine
    assert not results.relaxed


def test_recency_only_breaks_ties(engine, make_article, rebuild, anonymous):
    make_article("Coaching in de praktijk", publication_date=datetime.date(2025, 1, 1))
    make_article("Coaching op de werkvloer", publication_date=datetime.date(2026, 6, 1))
    make_article("Iets anders", lead="Over coaching.", publication_date=datetime.date(2026, 9, 1))
    rebuild()
    assert titles(service.search("coaching", user=anonymous)) == [
        "Coaching op de werkvloer",  # newer of the two title matches
        "Coaching in de praktijk",
        "Iets anders",  # newest of all, but only in the lead
    ]


def test_topics_and_articles_in_one_list(engine, make_article, make_topic, rebuild, anonymous):
    make_topic("Feedback geven", summary="Feedback die tot verandering leidt.")
    make_article("Feedback die landt", lead="Feedback komt vaak niet aan.")
    rebuild()
    results = service.search("feedback", user=anonymous)
    assert {(r.kind, r.is_pro) for r in results.results} == {("onderwerp", True), ("artikel", False)}
    topic = next(r for r in results.results if r.kind == "onderwerp")
    assert topic.url.startswith("/kennisbank/") and topic.topics == ("Feedback geven",)


def test_results_are_plain_objects_with_safe_snippets(engine, make_article, rebuild, anonymous):
    author = AuthorFactory(name="Ahmed El Amrani")
    make_article(
        "Weerstand als informatie",
        lead="Weerstand <script>alert(1)</script> & meer.",
        body="Wie weerstand ziet als iets om te overwinnen, mist informatie.",
        authors=[author],
        publication_date=datetime.date(2026, 4, 2),
    )
    rebuild()
    result = service.search("weerstand", user=anonymous).results[0]
    assert result.url == "/artikelen/weerstand-als-informatie/"
    assert result.authors == ("Ahmed El Amrani",)
    assert result.date == datetime.date(2026, 4, 2)
    assert isinstance(result.snippet, SafeString)
    assert "<mark>Weerstand</mark>" in result.snippet
    assert "<script>" not in result.snippet and "&lt;script&gt;" in result.snippet
    assert "&amp;" in result.snippet
    assert result.snippet.replace("<mark>", "").replace("</mark>", "").count("<") == 0


def test_every_word_must_match_else_the_query_is_relaxed(engine, make_article, rebuild, anonymous):
    make_article("Feedback in teams")
    make_article("Onboarding van nieuwe collega's")
    rebuild()
    both = service.search("feedback onboarding", user=anonymous)
    assert both.relaxed and set(titles(both)) == {"Feedback in teams", "Onboarding van nieuwe collega's"}
    strict = service.search("feedback teams", user=anonymous)
    assert not strict.relaxed and titles(strict) == ["Feedback in teams"]


def test_longer_queries_need_most_words(engine, make_article, rebuild, anonymous):
    make_article("Betere besluiten in groepen")
    make_article("Een groep zonder plan")
    rebuild()
    results = service.search("hoe neem je betere besluiten in een groep", user=anonymous)
    assert titles(results) == ["Betere besluiten in groepen"]  # three of four words; the other has one
    assert results.relaxed


@pytest.fixture
def faceted(site_tree, make_article, make_topic):
    change = ThemeFactory(name="Verandermanagement", slug="verandermanagement")
    teams = ThemeFactory(name="Teams", slug="teams")
    borging = make_topic("Borging van verandering", theme=change, summary="Vasthouden van verbetering.")
    conflict = make_topic("Conflicthantering", theme=teams, summary="Conflict en verbetering in teams.")
    marieke, ahmed = AuthorFactory(name="Marieke", slug="marieke"), AuthorFactory(name="Ahmed", slug="ahmed")
    make_article("Verbetering een", authors=[marieke], topics=[borging])
    make_article("Verbetering twee", authors=[ahmed], topics=[conflict], is_pro=True)
    make_article("Verbetering drie", authors=[marieke], topics=[conflict])
    return {"change": change, "teams": teams}


def counts(results, facet):
    return {value.value: value.count for value in results.facets[facet]}


def test_facet_counts_and_combinable_filters(engine, faceted, rebuild, anonymous):
    rebuild()
    everything = service.search("verbetering", user=anonymous)
    assert everything.total == 5
    assert counts(everything, "kind") == {"artikel": 3, "onderwerp": 2}
    assert counts(everything, "access") == {"gratis": 2, "pro": 3}
    assert counts(everything, "theme") == {"verandermanagement": 2, "teams": 3}
    assert counts(everything, "author") == {"marieke": 2, "ahmed": 1}
    assert counts(everything, "topic") == {"borging-van-verandering": 2, "conflicthantering": 3}
    assert {v.label for v in everything.facets["kind"]} == {"Artikel", "Onderwerp"}

    filtered = service.search("verbetering", user=anonymous, filters={"kind": "artikel", "theme": ["teams"]})
    assert set(titles(filtered)) == {"Verbetering twee", "Verbetering drie"}
    # A facet is counted with the other facets' filters, so a second kind or theme can still be chosen.
    assert counts(filtered, "kind") == {"artikel": 2, "onderwerp": 1}
    assert counts(filtered, "theme") == {"verandermanagement": 1, "teams": 2}
    assert [v.value for v in filtered.facets["kind"] if v.selected] == ["artikel"]
    either = service.search("verbetering", user=anonymous, filters={"theme": ["teams", "verandermanagement"]})
    assert either.total == 5
    pro_only = service.search("verbetering", user=anonymous, filters={"access": "pro", "author": "ahmed"})
    assert titles(pro_only) == ["Verbetering twee"]
    nonsense = service.search("verbetering", user=anonymous, filters={"kind": ["x" * 500], "colour": "red"})
    assert nonsense.total == 5


def test_pagination(engine, make_article, rebuild, anonymous):
    for number in range(23):
        make_article(
            f"Vergadering {number}", publication_date=datetime.date(2026, 1, 1) + datetime.timedelta(number)
        )
    rebuild()
    first = service.search("vergadering", user=anonymous)
    assert first.total == 23 and len(first.results) == 10 and first.num_pages == 3 and first.has_next
    third = service.search("vergadering", user=anonymous, page=3)
    assert len(third.results) == 3 and not third.has_next
    assert service.search("vergadering", user=anonymous, page=99).page == 3  # past the end: the last page
    assert service.search("vergadering", user=anonymous, page=5000).page == 3  # past any result window
    assert service.search("vergadering", user=anonymous, page="x").page == 1
    assert set(titles(first)).isdisjoint(titles(third))


def test_did_you_mean_and_typos(engine, make_article, rebuild, anonymous):
    make_article("Weerstand tegen verandering")
    rebuild()
    results = service.search("weerstnd", user=anonymous)
    assert titles(results) == ["Weerstand tegen verandering"]  # one edit tolerated
    assert results.suggestion == "weerstand"
    assert service.search("weerstand", user=anonymous).suggestion is None


def test_compounds_and_synonyms_in_search(engine, make_article, rebuild, anonymous):
    make_article("Verandermanagement in de zorg")
    make_article("Tips voor het managementteam")
    rebuild()
    assert titles(service.search("management", user=anonymous)) != []
    assert "Verandermanagement in de zorg" in titles(service.search("veranderingen", user=anonymous))
    assert titles(service.search("MT", user=anonymous)) == ["Tips voor het managementteam"]


def test_diacritics_fold_both_ways(engine, make_article, rebuild, anonymous):
    make_article("Coöperatie en één visie")
    make_article("Ideeen zonder accenten")
    rebuild()
    assert titles(service.search("cooperatie", user=anonymous)) == ["Coöperatie en één visie"]
    assert titles(service.search("COÖPERATIE", user=anonymous)) == ["Coöperatie en één visie"]
    assert titles(service.search("ideeën", user=anonymous)) == ["Ideeen zonder accenten"]


HOSTILE = [
    "",
    "   ",
    None,
    '"',
    '"feedback',
    "feedback*",
    "*",
    "NEAR(feedback team)",
    "feedback AND team OR NOT",
    "AND",
    "((team",
    "-feedback",
    "team:feedback {title}: ^",
    "'; DROP TABLE search_searchdocument; --",
    "\x00team\x1b[31m\u200b",
    "日本語のテキスト",
    "🙂" * 300,
    "feedback " * 400,
    "\ud800\udfff",
    "%s %% ?",
    "a",
]


@pytest.mark.parametrize("query", HOSTILE)
def test_bad_input_never_raises(engine, make_article, rebuild, anonymous, pro_member, query):
    make_article("Feedback in teams")
    rebuild()
    for user in (anonymous, pro_member):
        results = service.search(query, user=user, page=query, per_page=query, filters={"kind": query})
        assert len(results.query) <= 200
        assert isinstance(service.suggest(query, user=user), list)


def test_a_long_query_is_cut_at_200_characters(engine, make_article, rebuild, anonymous):
    make_article("Feedback in teams")
    rebuild()
    results = service.search("feedback " + "x" * 500, user=anonymous)
    assert len(results.query) == 200
    assert titles(results) == ["Feedback in teams"]  # the cut-off nonsense word relaxes the query


def test_other_scripts_are_searchable(engine, make_article, rebuild, anonymous):
    make_article("Samenwerken met 日本語 collega's")
    rebuild()
    assert titles(service.search("日本語", user=anonymous)) == ["Samenwerken met 日本語 collega's"]


def test_autocomplete_titles_topics_and_popular_queries(make_article, make_topic, rebuild, anonymous):
    make_topic("Onboarding")
    make_article("De eerste negentig dagen: onboarding als gedeelde verantwoordelijkheid")
    make_article("Feedback die landt", lead="Over onboarding en feedback.")
    rebuild()
    labels = [s.label for s in service.suggest("onbo", user=anonymous)]
    assert labels[0] == "Onboarding"  # a title that starts with it, topics first
    assert "De eerste negentig dagen: onboarding als gedeelde verantwoordelijkheid" in labels
    assert service.suggest("o", user=anonymous) == []
    for _ in range(3):
        service.record_query(service.search("feedback onboarding", user=anonymous))
    assert "feedback onboarding" in [s.label for s in service.suggest("feedback", user=anonymous)]
    PopularQuery.objects.create(query="onboarding zonder resultaat", count=1)  # too rare to suggest
    assert "onboarding zonder resultaat" not in [
        s.label for s in service.suggest("onboarding", user=anonymous)
    ]


def test_an_empty_query_gives_no_results_and_no_error(engine, rebuild, anonymous):
    rebuild()
    results = service.search("", user=anonymous)
    assert results.total == 0 and results.results == () and results.suggestion is None


class BrokenEngine(Engine):
    name = "broken"

    def search(self, query, **options):
        raise EngineError("down")


def test_a_failing_engine_falls_back_to_the_database(make_article, rebuild, anonymous, settings, caplog):
    make_article("Feedback in teams")
    rebuild()
    settings.SEARCH_ENGINE = "tests.search.test_search_service.BrokenEngine"
    engine = get_engine()
    assert isinstance(engine, FallbackEngine) and isinstance(engine.fallback, DatabaseEngine)
    results = service.search("feedback", user=anonymous)
    assert titles(results) == ["Feedback in teams"]
    assert results.engine == "database"
    assert "Search engine broken failed" in caplog.text
