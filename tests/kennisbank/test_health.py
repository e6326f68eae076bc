"""/healthz/ (the process answers; nothing else is asked) and /readyz/ (the database, the cache and the
search engine, each with its state and time)."""

from unittest import mock

import pytest
from django.db import OperationalError, connection


def test_healthz_asks_no_database(client):
    """No `db` fixture: a query here would fail the test."""
    response = client.get("/healthz/")
    assert response.status_code == 200
    assert response.content == b"ok\n"
    assert "no-cache" in response["Cache-Control"]


def test_readyz_reports_every_dependency(client, db):
    response = client.get("/readyz/")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok" and body["degraded"] is False
    assert set(body["checks"]) == {"database", "cache", "search"}
    for check in body["checks"].values():
        assert check["state"] == "ok"
        assert isinstance(check["ms"], float) and check["ms"] >= 0
    assert body["checks"]["search"]["engine"] == "database"
    assert "no-cache" in response["Cache-Control"]


def test_readyz_is_503_when_the_database_is_down(client, db):
    refused = OperationalError("connection refused")
    with mock.patch.object(connection, "cursor", side_effect=refused):
        response = client.get("/readyz/")
    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "down"
    assert body["checks"]["database"]["state"] == "down"


def test_readyz_is_degraded_but_200_when_the_cache_is_down(client, db, settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:9/0",  # nothing listens there
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        }
    }
    response = client.get("/readyz/")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "degraded" and body["degraded"] is True
    assert body["checks"]["cache"]["state"] == "down"
    assert body["checks"]["database"]["state"] == "ok"


@pytest.mark.filterwarnings("ignore")
def test_readyz_is_degraded_but_200_when_elasticsearch_is_down(client, db, settings):
    settings.SEARCH_ENGINE = "elasticsearch"
    settings.ELASTICSEARCH_URL = "http://127.0.0.1:9"  # nothing listens there
    response = client.get("/readyz/")
    assert response.status_code == 200
    body = response.json()
    assert body["degraded"] is True
    assert body["checks"]["search"] == {
        **body["checks"]["search"],
        "state": "down",
        "engine": "elasticsearch",
    }
