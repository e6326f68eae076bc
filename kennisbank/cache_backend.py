"""Django's Redis cache, made to survive Redis being down: pages are served without their cache.

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
from django.core.cache.backends.redis import RedisCache
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)
_WARN_EVERY_SECONDS = 30


class CacheUnavailable(ConnectionError):
    """The cache could not be reached for an operation whose caller must know (a counter). The builtin
    ConnectionError as its base lets the apps catch it without importing the site package."""


class ResilientRedisCache(RedisCache):
    _last_warning = 0.0

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
