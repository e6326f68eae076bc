"""nDCG@10 over the judged Dutch queries (judged_queries.toml) on the demo content, on every engine, as an
anonymous reader (public text only) and as a Pro member (everything). Prints the figures; fails below 0.80.
On Elasticsearch, every judged query must be answered exactly as the database engine answers it."""

from io import StringIO

from django.contrib.auth.models import AnonymousUser
from django.core.management import call_command

from search import service
from search.models import SearchDocument
from tests.search.conftest import member_with
from tests.search.relevance import evaluate, judged_queries

THRESHOLD = 0.80
FILTERS = ({}, {"kind": ["artikel"]}, {"access": ["gratis"], "kind": ["artikel", "onderwerp"]})


def test_the_judged_set_is_large_and_varied():
    queries = judged_queries()
    assert len(queries) >= 40
    kinds = {query["kind"] for query in queries}
    assert kinds >= {"head", "tail", "typo", "compound", "synonym", "question", "diacritics", "inflection"}
    for query in queries:
        assert query["relevant"] and set(query["relevant"].values()) <= {1, 2, 3}, query["q"]


def answer(query, user, filters):
    """What an engine decides for a query: the ranking (50 deep), the count, relaxed or not, the facets."""
    found = service.search(query, user=user, filters=filters, per_page=service.MAX_PER_PAGE)
    facets = {facet: [(v.value, v.count) for v in values] for facet, values in found.facets.items()}
    return found.engine, ([r.url for r in found.results], found.total, found.relaxed, facets)


def differences_from_the_database_engine(user, settings):
    """(query, filters) for each judged query that Elasticsearch answers otherwise than the database."""
    different = []
    for judged in judged_queries():
        for filters in FILTERS:
            engine, elasticsearch = answer(judged["q"], user, filters)
            assert engine == "elasticsearch"
            settings.SEARCH_ENGINE, configured = "database", settings.SEARCH_ENGINE
            _engine, database = answer(judged["q"], user, filters)
            settings.SEARCH_ENGINE = configured
            if elasticsearch != database:
                different.append((judged["q"], filters))
    return different


def test_ndcg_at_10_on_the_demo_content(engine, settings, capsys):
    call_command("load_demo_content", stdout=StringIO())  # builds the search index at its end
    assert SearchDocument.objects.count() >= 44
    slugs = {
        url.rstrip("/").rsplit("/", 1)[-1] for url in SearchDocument.objects.values_list("url", flat=True)
    }
    assert {slug for query in judged_queries() for slug in query["relevant"]} <= slugs
    figures = {}
    for persona, user in (("anonymous", AnonymousUser()), ("Pro member", member_with("active"))):
        mean, by_kind, rows = evaluate(user)
        figures[persona] = mean
        with capsys.disabled():
            kinds = ", ".join(f"{kind} {score:.2f}" for kind, score in by_kind.items())
            print(f"\nSearch nDCG@10 ({persona}, {engine} engine): {mean:.3f}  [{kinds}]")
            for query, score, ranked in rows:
                if score < 0.5:
                    print(f"  weak: {query!r} {score:.2f} -> {ranked[:5]}")
        if engine != "database":
            assert differences_from_the_database_engine(user, settings) == [], persona
    assert min(figures.values()) >= THRESHOLD, figures
