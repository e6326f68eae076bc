"""A small circuit breaker for the engine that answers searches (Elasticsearch).

A search that waits for a timeout on every request while the engine is down makes every search page slow.
After FAILURES failures in a row the breaker opens: for PAUSE_SECONDS the engine is not asked at all and
the database engine answers at once. Then one search is let through to try again; a success closes the
breaker, a failure opens it for another pause.
"""

import logging
import threading
import time

logger = logging.getLogger(__name__)

FAILURES = 3
PAUSE_SECONDS = 30.0


class CircuitBreaker:
    def __init__(self, name: str, *, failures=FAILURES, pause=PAUSE_SECONDS, clock=time.monotonic):
        self.name = name
        self.failures = failures
        self.pause = pause
        self.clock = clock
        self._lock = threading.Lock()
        self._in_a_row = 0
        self._open_until = None

    def allows(self) -> bool:
        with self._lock:
            return self._open_until is None or self.clock() >= self._open_until

    def succeeded(self) -> None:
        with self._lock:
            self._in_a_row = 0
            self._open_until = None

    def failed(self) -> None:
        with self._lock:
            self._in_a_row += 1
            if self._in_a_row >= self.failures:
                self._open_until = self.clock() + self.pause
                logger.warning(
                    "Search engine %s failed %s times in a row; the database engine answers for %.0f s",
                    self.name,
                    self._in_a_row,
                    self.pause,
                )


_breakers: dict[str, CircuitBreaker] = {}
_breakers_lock = threading.Lock()


def breaker_for(name: str) -> CircuitBreaker:
    """One breaker per engine per process: engines are made per search, their failures are counted here."""
    with _breakers_lock:
        if name not in _breakers:
            _breakers[name] = CircuitBreaker(name)
        return _breakers[name]


def reset() -> None:
    """Forget every failure (tests start closed)."""
    with _breakers_lock:
        _breakers.clear()
