"""Every process is told when the shared page cache's generation changes (kennisbank/watched_key.py), through
the Redis the project's machines run; without it, callers read the value themselves."""

import time

import pytest
from django.core.cache.backends.locmem import LocMemCache

from kennisbank import watched_key
from kennisbank.cache_backend import ResilientRedisCache
from kennisbank.watched_key import WatchedKey
from tests.kennisbank.test_redis_cache import redis_or_skip

KEY = "test-watched:generation"


def eventually(condition, seconds=10.0):
    """Waits for another thread's work; the bound only keeps a broken test from hanging."""
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.01)
    return True


@pytest.fixture
def redis_backend():
    backend = redis_or_skip("test-watched-key")
    yield backend
    backend.clear()


@pytest.fixture
def watchers():
    started = []

    def watcher(backend):
        started.append(WatchedKey(KEY, backend=backend))
        return started[-1]

    yield watcher
    for each in started:
        each.stop()


def test_a_change_reaches_every_process_by_announcement(redis_backend, watchers, monkeypatch):
    monkeypatch.setattr(watched_key, "CHECK_SECONDS", 60)  # only an announcement can tell them in time
    redis_backend.set(KEY, 1, timeout=None)
    here, elsewhere = watchers(redis_backend), watchers(redis_backend)
    assert here.value() is None  # not known before its thread has subscribed and read
    assert eventually(lambda: here.value() == 1 and elsewhere.value() == 1)

    redis_backend.set(KEY, 2, timeout=None)  # what page_cache.renew does
    here.forget()
    assert here.value() is None  # the process that changed it reads it itself until told
    here.announce()
    assert eventually(lambda: here.value() == 2 and elsewhere.value() == 2)
    assert elsewhere.value() == redis_backend.get(KEY)


def test_a_missing_value_is_not_known(redis_backend, watchers):
    told = watchers(redis_backend)
    told.value()
    assert told._thread is not None and told._thread.is_alive()
    redis_backend.set("something-else", 1)
    assert told.value() is None


def test_a_forked_process_knows_nothing_until_its_own_thread_has_read(redis_backend, watchers):
    redis_backend.set(KEY, 7, timeout=None)
    told = watchers(redis_backend)
    told.value()
    assert eventually(lambda: told.value() == 7)
    told._pid = -1  # as a child process sees it after fork: another pid, no thread of its own
    assert told.value() is None
    assert eventually(lambda: told.value() == 7)


def test_without_redis_nothing_is_known_and_nothing_fails(watchers, caplog):
    unreachable = ResilientRedisCache("redis://127.0.0.1:1/0", {"OPTIONS": {"socket_connect_timeout": 0.2}})
    told = watchers(unreachable)
    told.announce()  # a change still goes through without anyone to tell
    assert told.value() is None
    assert eventually(lambda: "Not told of changes" in caplog.text)
    assert told.value() is None


def test_a_cache_that_cannot_announce_starts_no_thread(watchers):
    told = watchers(LocMemCache("watched", {}))
    assert told.value() is None
    assert told._thread is None
    told.announce()
