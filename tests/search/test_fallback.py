"""Elasticsearch down or slow never turns a search into an error: the database engine answers, the failure
is logged, and after a few failures in a row the circuit breaker skips Elasticsearch for a while."""

import socket
import time

import pytest

from search import service
from search.engines import breaker
from search.engines.elasticsearch import ElasticsearchEngine


class FakeClock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


def test_the_breaker_opens_after_failures_in_a_row_and_tries_again_after_the_pause(caplog):
    clock = FakeClock()
    circuit = breaker.CircuitBreaker("elasticsearch", failures=3, pause=30, clock=clock)
    circuit.failed()
    circuit.failed()
    circuit.succeeded()  # a success in between: the count starts again
    circuit.failed()
    circuit.failed()
    assert circuit.allows()
    circuit.failed()
    assert not circuit.allows()
    assert "Search engine elasticsearch failed 3 times in a row" in caplog.text
    clock.now += 29.9
    assert not circuit.allows()
    clock.now += 0.1
    assert circuit.allows()  # one try after the pause
    circuit.failed()
    assert not circuit.allows()  # failed again: another pause at once
    clock.now += 30
    circuit.succeeded()
    circuit.failed()
    assert circuit.allows()  # closed again: one failure is not enough


@pytest.fixture
def closed_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def elasticsearch_at(settings):
    def point(url, timeout=1.0):
        settings.ELASTICSEARCH_URL = url
        settings.ELASTICSEARCH_TIMEOUT = timeout
        settings.SEARCH_ENGINE = "elasticsearch"

    return point


@pytest.fixture
def feedback_article(make_article, rebuild):
    article = make_article("Feedback in teams")
    rebuild()  # the database engine's index (Elasticsearch is not there)
    return article


def test_elasticsearch_down_the_database_answers_and_the_breaker_skips_it(
    feedback_article, elasticsearch_at, closed_port, monkeypatch, caplog
):
    elasticsearch_at(f"http://127.0.0.1:{closed_port}")
    clock = FakeClock()
    monkeypatch.setattr(breaker.breaker_for("elasticsearch"), "clock", clock)
    attempts = []
    search = ElasticsearchEngine.search
    monkeypatch.setattr(
        ElasticsearchEngine, "search", lambda self, *a, **o: attempts.append(1) or search(self, *a, **o)
    )

    for _ in range(breaker.FAILURES):
        found = service.search("feedback", user=None)
        assert (found.engine, [r.title for r in found.results]) == ("database", ["Feedback in teams"])
    assert len(attempts) == breaker.FAILURES
    assert "Search engine elasticsearch failed; answering from database" in caplog.text
    assert "ConnectionError" in caplog.text
    assert f"failed {breaker.FAILURES} times in a row" in caplog.text

    assert service.search("feedback", user=None).engine == "database"
    assert len(attempts) == breaker.FAILURES  # skipped: the database answered at once
    clock.now += breaker.PAUSE_SECONDS
    assert service.search("feedback", user=None).engine == "database"
    assert len(attempts) == breaker.FAILURES + 1  # tried again after the pause, and failed again
    assert service.search("feedback", user=None).engine == "database"
    assert len(attempts) == breaker.FAILURES + 1


def test_the_search_page_answers_while_elasticsearch_is_down(
    feedback_article, elasticsearch_at, closed_port, client
):
    elasticsearch_at(f"http://127.0.0.1:{closed_port}")
    for _ in range(breaker.FAILURES + 1):
        response = client.get("/zoeken/", {"q": "feedback"})
        assert response.status_code == 200
        assert "Feedback in teams" in response.content.decode()


def test_a_slow_elasticsearch_is_given_up_after_the_timeout(feedback_article, elasticsearch_at, caplog):
    with socket.socket() as silent:  # accepts connections (the backlog) and never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)
        elasticsearch_at(f"http://127.0.0.1:{silent.getsockname()[1]}", timeout=0.3)
        started = time.monotonic()
        found = service.search("feedback", user=None)
        waited = time.monotonic() - started
    assert found.engine == "database" and found.total == 1
    assert "ConnectionTimeout" in caplog.text
    assert waited < 5  # the client's own default would wait 10 s


def test_elasticsearch_without_a_url_leaves_the_database_engine(settings, feedback_article, caplog):
    settings.SEARCH_ENGINE = "elasticsearch"
    settings.ELASTICSEARCH_URL = None
    found = service.search("feedback", user=None)
    assert found.engine == "database" and found.total == 1
    assert "Search engine 'elasticsearch' is not available" in caplog.text
