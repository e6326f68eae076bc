"""Django's Redis cache, made to survive Redis being down, and with one client per connection pool.

Django builds a new `redis.Redis` object for every get and set (about 160 response callbacks each): a tenth
of a millisecond per call, most of the time of a page served from the shared page cache. The client is
thread-safe (connections come from its pool), so one per pool serves every call.

A read that cannot reach Redis is a miss and a write is skipped, so every page still renders (sessions
live in the database, so members stay signed in). A counter is different: `incr` raises CacheUnavailable
(a ConnectionError), so a rate limit decides for itself. Posting refuses while it cannot count (fail
closed, discussion.service); allauth's login and signup limits read a miss as "no attempts yet" and let
people in (fail open): locking every member out during an outage would do more harm than the few guesses
it would stop.
"""

import logging
import time

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from redis.exceptions import RedisError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)
_WARN_EVERY_SECONDS = 30
SUBSCRIBE_TIMEOUT_SECONDS = 2


class CacheUnavailable(ConnectionError):
    """The cache could not be reached for an operation whose caller must know (a counter). The builtin
    ConnectionError as its base lets the apps catch it without importing the site package."""


class PooledClientRedisCacheClient(RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class ResilientRedisCache(RedisCache):
    _last_warning = 0.0

    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = PooledClientRedisCacheClient

    def _unavailable(self, operation: str, error: Exception) -> None:
        now = time.monotonic()
        if now - ResilientRedisCache._last_warning > _WARN_EVERY_SECONDS:  # one line, not one per request
            ResilientRedisCache._last_warning = now
            logger.warning("Cache unavailable (%s): %s; serving without it", operation, error)

    def _or(self, fallback, operation, *args, **kwargs):
        try:
            return getattr(super(), operation)(*args, **kwargs)
        except RedisError as error:
            self._unavailable(operation, error)
            return fallback

    def get(self, key, default=None, version=None):
        return self._or(default, "get", key, default, version)

    def get_many(self, keys, version=None):
        return self._or({}, "get_many", keys, version)

    def has_key(self, key, version=None):
        return self._or(False, "has_key", key, version)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._or(False, "add", key, value, timeout, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._or(None, "set", key, value, timeout, version)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._or(list(data), "set_many", data, timeout, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._or(False, "touch", key, timeout, version)

    def delete(self, key, version=None):
        return self._or(False, "delete", key, version)

    def delete_many(self, keys, version=None):
        return self._or(None, "delete_many", keys, version)

    def clear(self):
        return self._or(None, "clear")

    def incr(self, key, delta=1, version=None):
        try:
            return super().incr(key, delta, version)
        except RedisError as error:
            self._unavailable("incr", error)
            raise CacheUnavailable(str(error)) from error

    # Announcements to every process (kennisbank/watched_key.py): what one process changed, the others hear
    # of at once, instead of asking Redis for every request.
    def publish(self, channel: str) -> None:
        try:
            self._cache.get_client(write=True).publish(self.make_key(channel), b"")
        except RedisError as error:
            self._unavailable("publish", error)

    def subscribe(self, channel: str):
        """A PubSub listening on the channel, returned once Redis confirmed the subscription (whatever is
        published from then on reaches it); raises RedisError when Redis cannot be reached."""
        pubsub = self._cache.get_client(write=True).pubsub()
        pubsub.subscribe(self.make_key(channel))
        confirmation = pubsub.get_message(timeout=SUBSCRIBE_TIMEOUT_SECONDS)
        if confirmation is None or confirmation["type"] != "subscribe":
            pubsub.close()
            raise RedisTimeoutError("Redis did not confirm the subscription")
        return pubsub

    def get_or_raise(self, key, default=None, version=None):
        """get, raising RedisError rather than reading an outage as a miss (for those who must tell)."""
        return super().get(key, default, version)
