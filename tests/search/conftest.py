import datetime
import os
import uuid

import pytest
from django.contrib.auth.models import AnonymousUser
from osmem_server import OsmemServer

from membership.models import Subscription
from search import indexing, service
from search.engines import breaker, configured_engine
from tests.factories import (
    ArticlePageFactory,
    AuthorFactory,
    ThemeFactory,
    TopicPageFactory,
    UserFactory,
    stream,
)


def member_with(status):
    user = UserFactory()
    Subscription.objects.create(
        user=user, stripe_subscription_id=f"sub_{user.pk}", stripe_customer_id=f"cus_{user.pk}", status=status
    )
    return user


@pytest.fixture
def anonymous():
    return AnonymousUser()


@pytest.fixture
def free_member(db):
    return UserFactory()


@pytest.fixture
def pro_member(db):
    return member_with("active")


def paragraph(text):
    return stream(("paragraph", f"<p>{text}</p>"))


def topic_body(text):
    return stream(("what_works", f"<p>{text}</p>"))


@pytest.fixture
def make_article(site_tree):
    def make(title, lead="Een korte inleiding.", body="Tekst van het artikel.", **fields):
        fields.setdefault("publication_date", datetime.date(2026, 1, 1))
        return ArticlePageFactory(
            parent=site_tree.article_index, title=title, lead=lead, body=paragraph(body), **fields
        )

    return make


@pytest.fixture
def make_topic(site_tree):
    def make(
        title, summary="Een samenvatting.", teaser="Een openbare inleiding.", body="Pro-tekst.", **fields
    ):
        return TopicPageFactory(
            parent=site_tree.knowledge_base,
            title=title,
            summary=summary,
            teaser=teaser,
            body=topic_body(body),
            **fields,
        )

    return make


@pytest.fixture
def rebuild(db):
    return indexing.rebuild


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Run what an edit schedules for after its commit (the index task), as production would."""

    def run():
        return django_capture_on_commit_callbacks(execute=True)

    return run


@pytest.fixture
def theme(db):
    return ThemeFactory(name="Verandermanagement", slug="verandermanagement")


@pytest.fixture
def author(db):
    return AuthorFactory(name="Marieke van Dijk", slug="marieke-van-dijk")


# The behavioural suite runs against every engine: the database engine, the Elasticsearch engine over
# osmem-server, and a real Elasticsearch when ELASTICSEARCH_URL is set in the environment (without it,
# those runs are not made, and the summary says so once instead of skipping each test).
REAL_ELASTICSEARCH = bool(os.environ.get("ELASTICSEARCH_URL"))
ELASTICSEARCH_SERVERS = ("osmem", "real") if REAL_ELASTICSEARCH else ("osmem",)


def pytest_terminal_summary(terminalreporter):
    if not REAL_ELASTICSEARCH:
        terminalreporter.write_line(
            "Search: the Elasticsearch engine ran against osmem-server only; "
            "set ELASTICSEARCH_URL to run the same tests against a real Elasticsearch too."
        )


@pytest.fixture(autouse=True)
def _closed_breakers():
    """Every test starts with the engines' circuit breakers closed (they live as long as the process)."""
    breaker.reset()


@pytest.fixture(scope="session")
def osmem():
    """One osmem-server for the whole session; each test works in its own clone of it."""
    server = OsmemServer.start(japanese=False)
    yield server
    server.close()


def use_elasticsearch(request, settings, server):
    """Make the Elasticsearch engine the one that answers, on osmem (a fresh clone: an empty cluster) or
    on the real Elasticsearch of ELASTICSEARCH_URL (under an index name of this test only)."""
    if server == "osmem":
        clone = request.getfixturevalue("osmem").clone()
        request.addfinalizer(clone.close)
        settings.ELASTICSEARCH_URL = clone.url
        settings.SEARCH_ENGINE = "tests.search.osmem.OsmemEngine"
    else:
        settings.ELASTICSEARCH_URL = os.environ["ELASTICSEARCH_URL"]
        settings.ELASTICSEARCH_INDEX = f"kennisbank-test-{uuid.uuid4().hex[:12]}"
        settings.SEARCH_ENGINE = "elasticsearch"
    engine = configured_engine()
    if server == "real":
        request.addfinalizer(lambda: drop_indexes(engine))
    return engine


def drop_indexes(engine):
    """Every index of this test's alias (a real server forbids deleting by wildcard)."""
    for name in engine.writer.indices.get(index=f"{engine.alias}-*", ignore_unavailable=True):
        engine.writer.indices.delete(index=name)


@pytest.fixture(params=("database", *(f"elasticsearch-{server}" for server in ELASTICSEARCH_SERVERS)))
def engine(request, settings, monkeypatch, db):
    """The engine that answers searches in this test; its name, as search results report it. Elasticsearch
    starts with an empty index, as after a deploy's first rebuild, and answers without the database engine
    behind it: a failure of the engine under test fails the test instead of being answered by the other."""
    if request.param == "database":
        settings.SEARCH_ENGINE = "database"
        return "database"
    engine = use_elasticsearch(request, settings, request.param.removeprefix("elasticsearch-"))
    engine.rebuild([])
    monkeypatch.setattr(service, "get_engine", configured_engine)
    return engine.name


@pytest.fixture(params=ELASTICSEARCH_SERVERS, ids=lambda server: f"elasticsearch-{server}")
def elasticsearch(request, settings, db):
    """The Elasticsearch engine with an empty index, for the tests of what only it does; the database
    engine stands behind it, as in production."""
    engine = use_elasticsearch(request, settings, request.param)
    engine.rebuild([])
    return engine
