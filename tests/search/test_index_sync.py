"""Keeping the index true: edits reach the index after the commit, through background tasks; an engine
failure never breaks publishing; the search_index command rebuilds and reports drift."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.db import connection

from search import service
from search.engines.database import DatabaseEngine
from search.models import PUBLIC, SearchDocument, Synonym
from tests.factories import ArticleIndexPageFactory, AuthorFactory, ThemeFactory


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Run what an edit schedules for after its commit (the index task), as production would."""

    def run():
        return django_capture_on_commit_callbacks(execute=True)

    return run


def titles(query, user=None):
    return [result.title for result in service.search(query, user=user).results]


def test_publishing_indexes_the_page(make_article, committed):
    article = make_article("Borging na de training")
    assert titles("borging") == []  # created without publishing: not indexed
    article.title = "Borging na de trainingsdag"
    with committed():
        article.save_revision().publish()
    assert titles("borging") == ["Borging na de trainingsdag"]
    assert titles("trainingsdag") == ["Borging na de trainingsdag"]


def test_unpublishing_and_deleting_remove_the_page(make_article, committed):
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
    assert DatabaseEngine().indexed_ids(PUBLIC) == set()


def test_moving_a_page_updates_its_url(site_tree, make_article, committed):
    article = make_article("Hybride werken")
    with committed():
        article.save_revision().publish()
    archive = ArticleIndexPageFactory(parent=site_tree.knowledge_base, slug="archief", title="Archief")
    with committed():
        article.move(archive, pos="last-child")
    assert service.search("hybride", user=None).results[0].url == "/kennisbank/archief/hybride-werken/"


def test_editing_author_theme_and_topic_updates_the_articles(make_article, make_topic, committed):
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


def test_editing_a_synonym_rebuilds_the_index(make_article, committed):
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
    monkeypatch.undo()
    out = StringIO()
    with pytest.raises(SystemExit):
        call_command("search_index", check=True, stdout=out)
    assert "database/public: 1 missing, 0 extra" in out.getvalue()  # the drift shows; a rebuild repairs it


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
