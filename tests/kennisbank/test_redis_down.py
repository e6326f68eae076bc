"""Redis down (kennisbank/cache_backend.py, the production cache): pages are served, members stay signed in,
and counters say they cannot count. Against a real Redis (127.0.0.1:6379) the same backend just works."""

import socket

import pytest
import redis
from django.core.cache import cache

from kennisbank.cache_backend import CacheUnavailable
from tests.factories import UserFactory

BACKEND = "kennisbank.cache_backend.ResilientRedisCache"
OPTIONS = {"socket_connect_timeout": 1, "socket_timeout": 1}


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def take_redis_down(settings):
    location = f"redis://127.0.0.1:{closed_port()}/0"
    settings.CACHES = {"default": {"BACKEND": BACKEND, "LOCATION": location, "OPTIONS": OPTIONS}}


@pytest.fixture
def redis_down(settings):
    take_redis_down(settings)


@pytest.fixture
def redis_up(settings):
    try:
        redis.Redis.from_url("redis://127.0.0.1:6379/0", socket_connect_timeout=1).ping()
    except redis.RedisError:
        pytest.skip("no Redis at 127.0.0.1:6379 (.ci/run starts one)")
    settings.CACHES = {
        "default": {
            "BACKEND": BACKEND,
            "LOCATION": "redis://127.0.0.1:6379/0",
            "KEY_PREFIX": f"kennisbank-test-{closed_port()}",
            "OPTIONS": OPTIONS,
        }
    }
    yield
    cache.clear()


def test_reads_miss_writes_are_skipped_and_counters_say_so(redis_down):
    assert cache.get("sleutel", "standaard") == "standaard"
    assert cache.get_many(["a", "b"]) == {}
    assert cache.add("sleutel", 1) is False
    cache.set("sleutel", 1)
    cache.delete("sleutel")
    cache.set_many({"a": 1})
    cache.delete_many(["a"])
    with pytest.raises(CacheUnavailable):
        cache.incr("teller")
    assert issubclass(CacheUnavailable, ConnectionError)


def test_pages_are_served_and_members_stay_signed_in(client, article, redis_down):
    anonymous = client.get(article.url)
    assert anonymous.status_code == 200
    member = UserFactory(first_name="Marieke")
    client.force_login(member)
    for url in ("/", article.url, "/artikelen/", "/kennisbank/", "/account/"):
        response = client.get(url)
        assert response.status_code == 200, url
        assert response.wsgi_request.user == member  # the session is in the database, not in Redis


def test_the_same_backend_works_against_a_real_redis(redis_up):
    cache.set("sleutel", {"waarde": 1}, 30)
    assert cache.get("sleutel") == {"waarde": 1}
    assert cache.add("teller", 0, 30) is True
    assert cache.incr("teller") == 1
    cache.delete("sleutel")
    assert cache.get("sleutel") is None


def test_posting_fails_closed_with_a_dutch_503_and_keeps_the_text(client, article, settings):
    from discussion.models import DiscussionComment
    from tests.discussion.helpers import established, member
    from tests.discussion.test_discussion import post

    writer = established(member(), article)
    take_redis_down(settings)
    before = DiscussionComment.objects.count()
    client.force_login(writer)
    response = post(client, article, "Een reactie terwijl Redis plat ligt")
    assert response.status_code == 503
    html = response.content.decode()
    assert "Reageren kan even niet" in html and "Een reactie terwijl Redis plat ligt" in html
    assert DiscussionComment.objects.count() == before
    assert client.get(article.url).status_code == 200  # reading goes on
