"""The production cache backend (kennisbank/cache_backend.py) against the Redis the project's machines run."""

import socket

import pytest
from django.core.cache.backends.redis import RedisCache as DjangoRedisCache

from kennisbank.cache_backend import ResilientRedisCache as RedisCache


def redis_is_running() -> bool:
    try:
        with socket.create_connection(("127.0.0.1", 6379), timeout=0.5):
            return True
    except OSError:
        return False


def redis_or_skip(prefix: str) -> RedisCache:
    """The production backend on a test database of the local Redis, its keys under a prefix of their own."""
    if not redis_is_running():
        pytest.skip("No Redis at 127.0.0.1:6379 (the project's machines run one)")
    return RedisCache("redis://127.0.0.1:6379/9", {"KEY_PREFIX": prefix})


@pytest.fixture
def backend():
    cache = redis_or_skip("test-redis-cache")
    yield cache
    cache.clear()


def test_one_client_serves_every_call_and_behaves_as_djangos(backend):
    backend.set("a", {"x": 1}, 30)
    assert backend.get("a") == {"x": 1}
    assert backend.get_many(["a", "b"]) == {"a": {"x": 1}}
    assert backend.add("a", 2) is False
    assert backend._cache.get_client() is backend._cache.get_client(write=True)
    django_backend = DjangoRedisCache("redis://127.0.0.1:6379/9", {"KEY_PREFIX": "test-redis-cache"})
    assert django_backend.get("a") == {"x": 1}  # the same keys and values as Django's own backend
