"""The database engine keeps the document table and term bitmaps between searches, until the index changes.

It keeps them only outside a transaction, as requests run (inside one, what it read may still be rolled
back); these tests run in the test's transaction and let it keep them, and forget them afterwards."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from search import service, state, title_index
from search.engines import database


def term_queries(captured):
    return [q for q in captured if "search_public_index" in q["sql"] or 'search_searchdocument"' in q["sql"]]


@pytest.fixture
def fresh_snapshot(monkeypatch):
    monkeypatch.setattr(state, "may_keep", lambda: True)
    monkeypatch.setattr(service, "PUBLIC_RESULTS_SECONDS", 0)  # the engine's own keeping, not the results'
    database._snapshot = None
    yield
    database._snapshot = None  # the rollback reuses generation numbers: nothing kept may outlive the test
    state.forget()


def test_a_repeated_search_asks_the_database_only_for_its_results(
    fresh_snapshot, make_article, rebuild, anonymous
):
    make_article("Borging na de training")
    rebuild()
    assert service.search("borging", user=anonymous).total == 1
    with CaptureQueriesContext(connection) as captured:
        assert service.search("borging", user=anonymous).total == 1
    sqls = [q["sql"] for q in captured]
    assert not any("search_public_index" in sql for sql in sqls), sqls  # the term's bitmap was kept
    assert not any("SELECT page_id, kind" in sql for sql in sqls), sqls  # and the document table


def test_a_change_to_the_index_is_seen_by_the_next_search(
    fresh_snapshot, make_article, rebuild, anonymous, django_capture_on_commit_callbacks
):
    make_article("Borging na de training")
    rebuild()
    assert service.search("borging", user=anonymous).total == 1
    kept = database._snapshot
    with django_capture_on_commit_callbacks(execute=True):  # the index task, run as after a commit
        make_article("Borging in het team").save_revision().publish()
    assert service.search("borging", user=anonymous).total == 2
    assert database._snapshot is not kept


@pytest.fixture
def fresh_titles(monkeypatch):
    monkeypatch.setattr(state, "may_keep", lambda: True)
    title_index._kept["index"] = None
    yield
    title_index._kept["index"] = None
    state.forget()


def test_autocomplete_reads_the_titles_once_per_index_change(
    fresh_titles, make_article, rebuild, anonymous, django_capture_on_commit_callbacks
):
    make_article("Borging na de training")
    rebuild()
    assert [s.label for s in service.suggest("borg", user=anonymous)] == ["Borging na de training"]
    with CaptureQueriesContext(connection) as captured:
        assert [s.label for s in service.suggest("borg", user=anonymous)] == ["Borging na de training"]
    assert not any("search_searchdocument" in q["sql"] for q in captured)  # only the generation was asked
    with django_capture_on_commit_callbacks(execute=True):
        make_article("Borging in het team").save_revision().publish()
    assert sorted(s.label for s in service.suggest("borg", user=anonymous)) == [
        "Borging in het team",
        "Borging na de training",
    ]


def test_a_witness_spares_the_generation_query_until_the_index_changes(
    fresh_titles, make_article, rebuild, anonymous, django_capture_on_commit_callbacks, monkeypatch
):
    token = {"value": 1}

    def renew(**kwargs):  # as the site renews the page cache's generation (kennisbank/apps.py)
        token["value"] += 1

    state.index_changed.connect(renew, dispatch_uid="test_witness")
    monkeypatch.setitem(state._witness, "read", lambda: token["value"])
    try:
        make_article("Borging na de training")
        with django_capture_on_commit_callbacks(execute=True):
            rebuild()
        assert token["value"] == 2  # the rebuild's change was announced after its commit
        assert [s.label for s in service.suggest("borg", user=anonymous)] == ["Borging na de training"]
        with CaptureQueriesContext(connection) as captured:
            assert [s.label for s in service.suggest("borg", user=anonymous)] == ["Borging na de training"]
        sqls = [q["sql"] for q in captured]
        assert not any("search_searchstate" in sql for sql in sqls), sqls  # the generation was not asked
        with django_capture_on_commit_callbacks(execute=True):
            make_article("Borging in het team").save_revision().publish()
        assert token["value"] > 2
        assert sorted(s.label for s in service.suggest("borg", user=anonymous)) == [
            "Borging in het team",
            "Borging na de training",
        ]
    finally:
        state.index_changed.disconnect(dispatch_uid="test_witness")


def test_without_a_token_the_generation_is_read_each_time(fresh_titles, make_article, rebuild, monkeypatch):
    monkeypatch.setitem(state._witness, "read", lambda: None)  # not told (no Redis, a lost connection)
    make_article("Borging na de training")
    rebuild()
    for _ in range(2):
        with CaptureQueriesContext(connection) as captured:
            state.generation()
        assert ["search_searchstate" in q["sql"] for q in captured] == [True]


def test_inside_the_index_transaction_the_generation_is_the_databases_own(
    fresh_titles, make_article, rebuild, monkeypatch
):
    monkeypatch.setitem(state._witness, "read", lambda: "unchanged")  # renewed only after a commit
    make_article("Borging na de training")
    rebuild()
    kept = state.generation()  # kept under the token, as outside a transaction
    monkeypatch.setattr(state, "may_keep", lambda: False)  # inside the index update's transaction
    state.bump_generation()
    assert state.generation() == kept + 1  # what the update's analysers are built for
