"""nDCG@10 of the database engine over the judged Dutch queries (judged_queries.toml) on the demo content,
as an anonymous reader (public text only) and as a Pro member (everything). Prints the figures; fails
below 0.80."""

from io import StringIO

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.management import call_command

from search.models import SearchDocument
from tests.search.conftest import member_with
from tests.search.relevance import evaluate, judged_queries

THRESHOLD = 0.80


def test_the_judged_set_is_large_and_varied():
    queries = judged_queries()
    assert len(queries) >= 40
    kinds = {query["kind"] for query in queries}
    assert kinds >= {"head", "tail", "typo", "compound", "synonym", "question", "diacritics", "inflection"}
    for query in queries:
        assert query["relevant"] and set(query["relevant"].values()) <= {1, 2, 3}, query["q"]


@pytest.mark.django_db
def test_ndcg_at_10_on_the_demo_content(capsys):
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
            print(f"\nSearch nDCG@10 ({persona}, database engine): {mean:.3f}  [{kinds}]")
            for query, score, ranked in rows:
                if score < 0.5:
                    print(f"  weak: {query!r} {score:.2f} -> {ranked[:5]}")
    assert min(figures.values()) >= THRESHOLD, figures
