"""Keeping the index true: edits reach the index after the commit, through background tasks, on every
engine; an engine failure never breaks publishing and is retried for that engine only; the search_index
command rebuilds and reports drift."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.db import connection
from django.utils import timezone
from django_tasks import default_task_backend

from search import service, tasks
from search.engines import index_engines
from search.engines.database import DatabaseEngine
from search.engines.elasticsearch import ElasticsearchEngine
from search.models import FULL, PUBLIC, SearchDocument, Synonym
from tests.factories import ArticleIndexPageFactory, AuthorFactory, ThemeFactory


def titles(query, user=None):
    return [result.title for result in service.search(query, user=user).results]


def test_publishing_indexes_the_page(engine, make_article, committed):
    article = make_article("Borging na de training")
    assert titles("borging") == []  # created without publishing: not indexed
    article.title = "Borging na de trainingsdag"
    with committed():
        article.save_revision().publish()
    assert titles("borging") == ["Borging na de trainingsdag"]
    assert titles("trainingsdag") == ["Borging na de trainingsdag"]


def test_unpublishing_and_deleting_remove_the_page(engine, make_article, committed):
    article = make_article("Weerstand is informatie")
    other = make_article("Weerstand in teams")
    with committed():
        article.save_revision().publish()
        other.save_revision().publish()
    assert sorted(titles("weerstand")) == ["Weerstand in teams", "Weerstand is informatie"]
    with committed():
        article.unpublish()
    assert titles("weerstand") == ["Weerstand in teams"]
    with committed():
        other.delete()
    assert titles("weerstand") == []
    assert SearchDocument.objects.count() == 0
    assert all(engine.indexed_ids(scope) == set() for engine in index_engines() for scope in (PUBLIC, FULL))


def test_moving_a_page_updates_its_url(engine, site_tree, make_article, committed):
    article = make_article("Hybride werken")
    with committed():
        article.save_revision().publish()
    archive = ArticleIndexPageFactory(parent=site_tree.knowledge_base, slug="archief", title="Archief")
    with committed():
        article.move(archive, pos="last-child")
    assert service.search("hybride", user=None).results[0].url == "/kennisbank/archief/hybride-werken/"


def test_editing_author_theme_and_topic_updates_the_articles(engine, make_article, make_topic, committed):
    theme = ThemeFactory(name="Teams", slug="teams")
    topic = make_topic("Conflicthantering", theme=theme)
    author = AuthorFactory(name="Ahmed El Amrani", slug="ahmed")
    article = make_article("Conflict in teams", authors=[author], topics=[topic])
    with committed():
        article.save_revision().publish()
        topic.save_revision().publish()
    with committed():
        author.name = "Ahmed El Amrani-de Vries"
        author.save()
    assert service.search("conflict", user=None).results[0].authors == ("Ahmed El Amrani-de Vries",)
    assert titles("vries") == ["Conflict in teams"]  # author names are searchable
    with committed():
        theme.name = "Samenwerking"
        theme.save()
    assert "Conflict in teams" in titles("samenwerking")
    with committed():
        topic.title = "Conflicten hanteren"
        topic.save_revision().publish()
    article_result = next(r for r in service.search("conflict", user=None).results if r.kind == "artikel")
    assert article_result.topics == ("Conflicten hanteren",)


def test_editing_a_synonym_rebuilds_the_index(engine, make_article, committed):
    make_article("Een goede teamdag organiseren")
    with committed():
        make_article("Iets anders").save_revision().publish()  # any task: the first index build
    assert titles("heidag") == []
    with committed():
        Synonym.objects.create(words="heidag, teamdag")
    assert titles("heidag") == ["Een goede teamdag organiseren"]
    with committed():
        Synonym.objects.filter(words="heidag, teamdag").delete()
    assert titles("heidag") == []


def test_an_engine_failure_never_breaks_publishing(make_article, committed, monkeypatch, caplog):
    def broken(self, documents):
        raise RuntimeError("engine down")

    monkeypatch.setattr(DatabaseEngine, "index", broken)
    article = make_article("Onboarding")
    with committed():
        revision = article.save_revision()
        revision.publish()
    article.refresh_from_db()
    assert article.live and article.live_revision_id == revision.pk
    assert "could not update" in caplog.text
    assert "Search engine database failed again (retry 1)" in caplog.text  # the immediate backend: once
    assert "gave up on pages" in caplog.text
    monkeypatch.undo()
    out = StringIO()
    with pytest.raises(SystemExit):
        call_command("search_index", check=True, stdout=out)
    assert "database/public: 1 missing, 0 extra" in out.getvalue()  # the drift shows; a rebuild repairs it


def fail_first(monkeypatch, engine_class, method, times=1):
    """Make `engine_class.method` fail its first `times` calls; returns the list of calls."""
    calls, original = [], getattr(engine_class, method)

    def flaky(self, *args):
        calls.append(args)
        if len(calls) <= times:
            raise RuntimeError("engine down")
        return original(self, *args)

    monkeypatch.setattr(engine_class, method, flaky)
    return calls


def test_a_failed_write_is_retried_for_that_engine_only(elasticsearch, make_article, committed, monkeypatch):
    written_to_database = []
    monkeypatch.setattr(
        DatabaseEngine, "index", lambda self, documents: written_to_database.append(documents)
    )
    calls = fail_first(monkeypatch, ElasticsearchEngine, "index")
    article = make_article("Onboarding")
    with committed():
        article.save_revision().publish()
    assert len(calls) == 2  # the failed write and its retry
    assert len(written_to_database) == 1  # the database engine was written once, not again
    assert elasticsearch.indexed_ids(PUBLIC) == {article.pk}


def test_a_failed_removal_is_retried(elasticsearch, make_article, committed, monkeypatch):
    article = make_article("Onboarding")
    with committed():
        article.save_revision().publish()
    calls = fail_first(monkeypatch, ElasticsearchEngine, "delete")
    with committed():
        article.unpublish()
    assert len(calls) == 2
    assert elasticsearch.indexed_ids(PUBLIC) == set()


def test_a_failed_rebuild_is_retried_as_a_rebuild(elasticsearch, make_article, committed, monkeypatch):
    make_article("Een goede teamdag organiseren")
    with committed():
        make_article("Iets anders").save_revision().publish()
    calls = fail_first(monkeypatch, ElasticsearchEngine, "rebuild")
    with committed():
        Synonym.objects.create(words="heidag, teamdag")  # a synonym: every document is analysed again
    assert len(calls) == 2
    assert [r.title for r in service.search("heidag", user=None).results] == ["Een goede teamdag organiseren"]
    assert service.search("heidag", user=None).engine == "elasticsearch"


@pytest.fixture
def waiting_backend(settings, db):
    """A task backend that can wait (run_after), as the database backend of production; it keeps what is
    queued instead of running it."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    return default_task_backend


def test_retries_wait_longer_each_time_and_stop(waiting_backend, django_capture_on_commit_callbacks, caplog):
    assert tasks.retries() == len(tasks.RETRY_DELAYS) > 1
    before = timezone.now()
    with django_capture_on_commit_callbacks(execute=True):
        for attempt in range(1, len(tasks.RETRY_DELAYS) + 2):
            tasks.schedule_retry("elasticsearch", [7, 8], attempt)
    queued = waiting_backend.results
    assert [result.args for result in queued] == [
        ["elasticsearch", [7, 8], attempt] for attempt in range(1, len(tasks.RETRY_DELAYS) + 1)
    ]
    delays = [round((result.task.run_after - before).total_seconds()) for result in queued]
    assert delays == list(tasks.RETRY_DELAYS) == sorted(set(delays))
    assert "gave up on pages [7, 8] after 4 retries" in caplog.text


def test_a_retry_that_fails_queues_the_next(waiting_backend, django_capture_on_commit_callbacks, settings):
    settings.ELASTICSEARCH_URL = "http://127.0.0.1:9"  # nothing listens there
    settings.SEARCH_ENGINE = "elasticsearch"
    with django_capture_on_commit_callbacks(execute=True):
        assert tasks.retry_engine.call("elasticsearch", [7], 2) == 0
    (queued,) = waiting_backend.results
    assert queued.args == ["elasticsearch", [7], 3]


def test_search_index_rebuild_and_check(make_article, make_topic):
    make_article("Feedback die landt")
    make_topic("Feedback geven")
    out = StringIO()
    call_command("search_index", rebuild=True, stdout=out)
    assert "Building documents: 2/2 (100%)" in out.getvalue()
    assert "Search index rebuilt: 2 documents, count checked." in out.getvalue()
    out = StringIO()
    call_command("search_index", check=True, stdout=out)
    assert "No drift" in out.getvalue()

    make_article("Nieuw en nog niet geïndexeerd")  # a live page the index does not know
    with connection.cursor() as cursor:
        table, key = "search_public_index", "document_id" if connection.vendor == "postgresql" else "rowid"
        cursor.execute(f"DELETE FROM {table} WHERE {key} = %s", [SearchDocument.objects.first().pk])  # noqa: S608
    out = StringIO()
    with pytest.raises(SystemExit) as exit_status:
        call_command("search_index", check=True, stdout=out)
    assert exit_status.value.code == 1
    report = out.getvalue()
    assert "1 live pages missing from the index" in report
    assert "database/public: 1 missing, 0 extra" in report
    assert "Drift found" in report
