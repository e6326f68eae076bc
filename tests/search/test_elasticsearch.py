"""What only the Elasticsearch engine does: versioned indexes behind an alias, a rebuild that swaps the
alias only when the new index is complete (searches meanwhile answered by the old one), writes through the
alias that never create an index, and drift checks against it."""

from io import StringIO

import pytest
from django.core.management import call_command
from elasticsearch import Elasticsearch

from search import indexing, service
from search.engines import elasticsearch as elasticsearch_engine
from search.models import FULL, PUBLIC


def test_a_rebuild_loads_a_new_version_and_moves_the_alias(elasticsearch, make_article):
    first = elasticsearch.versions()
    assert len(first) == 1 and first[0].startswith(f"{elasticsearch.alias}-")
    articles = {make_article("Feedback die landt").pk, make_article("Feedback in teams").pk}
    indexing.rebuild()
    second = elasticsearch.versions()
    assert len(second) == 1 and second != first
    assert not elasticsearch.writer.indices.exists(index=first[0])  # the old version is gone
    assert elasticsearch.indexed_ids(PUBLIC) == elasticsearch.indexed_ids(FULL) == articles
    assert service.search("feedback", user=None).total == 2


def test_searches_are_answered_by_the_old_index_during_a_rebuild(elasticsearch, make_article, monkeypatch):
    make_article("Feedback die landt")
    make_article("Feedback in teams")
    indexing.rebuild()
    make_article("Feedback als cadeau")
    during = []
    original_bulk = elasticsearch_engine.helpers.bulk

    def bulk_while_searching(client, actions, **options):
        during.append(service.search("feedback", user=None))
        return original_bulk(client, actions, **options)

    monkeypatch.setattr(elasticsearch_engine.helpers, "bulk", bulk_while_searching)
    indexing.rebuild()
    assert [(found.engine, found.total) for found in during] == [("elasticsearch", 2)]
    assert service.search("feedback", user=None).total == 3


def test_a_rebuild_with_the_wrong_count_keeps_the_old_index(elasticsearch, make_article, monkeypatch, caplog):
    make_article("Feedback die landt")
    indexing.rebuild()
    before = elasticsearch.versions()
    make_article("Feedback in teams")
    monkeypatch.setattr(Elasticsearch, "count", lambda self, **options: {"count": 0})
    indexing.rebuild()
    assert "holds 0 documents instead of 2" in caplog.text
    assert elasticsearch.versions() == before
    assert list(elasticsearch.writer.indices.get(index=f"{elasticsearch.alias}-*")) == before  # dropped
    monkeypatch.undo()
    assert service.search("feedback", user=None).total == 1  # still the old index


def test_writes_go_through_the_alias_and_never_create_an_index(
    elasticsearch, make_article, committed, caplog
):
    for version in elasticsearch.versions():  # as before the first `search_index --rebuild`
        elasticsearch.writer.indices.delete(index=version)
    article = make_article("Onboarding")
    with committed():
        article.save_revision().publish()
    article.refresh_from_db()
    assert article.live
    assert "Search engine elasticsearch could not update 1 documents" in caplog.text
    assert not elasticsearch.writer.indices.exists(index=elasticsearch.alias)
    found = service.search("onboarding", user=None)
    assert found.engine == "database" and found.total == 1  # Elasticsearch has no index: the database answers
    indexing.rebuild()
    assert service.search("onboarding", user=None).engine == "elasticsearch"


def test_search_index_check_and_rebuild_with_elasticsearch(elasticsearch, make_article, make_topic):
    article = make_article("Feedback die landt")
    make_topic("Feedback geven")
    out = StringIO()
    call_command("search_index", rebuild=True, stdout=out)
    assert "Building documents: 2/2 (100%)" in out.getvalue()
    assert "Search index rebuilt: 2 documents, count checked." in out.getvalue()
    out = StringIO()
    call_command("search_index", check=True, stdout=out)
    assert "elasticsearch/public: in step; elasticsearch/full: in step" in out.getvalue()

    elasticsearch.writer.delete(index=elasticsearch.alias, id=article.pk, refresh=True)
    out = StringIO()
    with pytest.raises(SystemExit) as exit_status:
        call_command("search_index", check=True, stdout=out)
    assert exit_status.value.code == 1
    assert "database/public: in step" in out.getvalue()
    assert (
        "elasticsearch/public: 1 missing, 0 extra; elasticsearch/full: 1 missing, 0 extra" in out.getvalue()
    )
    call_command("search_index", rebuild=True, stdout=StringIO())
    out = StringIO()
    call_command("search_index", check=True, stdout=out)
    assert "No drift" in out.getvalue()
