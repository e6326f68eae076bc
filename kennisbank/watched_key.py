"""A value in the cache that every process knows without asking: Redis tells each process when it changes.

The shared page cache's generation (kennisbank/page_cache.py) is needed for every request: by the page
cache, the kept routes and pages, the shared fragments and the discussion's numbers. Asking Redis costs a
round trip each time, on some machines as much as the rest of a page from the cache. So each process runs
one thread subscribed to a channel; whoever changes the value announces it there, and the thread reads the
value again. The announcement carries nothing: reading after hearing means the last read comes after the
last change, in whatever order announcements arrive. The thread also reads every CHECK_SECONDS, in case an
announcement was lost (Redis restarted, the connection dropped and was made again).

`value()` is None until the thread has subscribed and read, after a lost connection, right after this
process changed the value itself (`forget`), and with a cache that cannot announce (the local memory cache
of development and tests): callers then read the cache themselves.
"""

import logging
import os
import threading

from django.core.cache import cache

logger = logging.getLogger(__name__)

CHECK_SECONDS = 5
RETRY_SECONDS = (0.1, 0.5, 1, 5)  # between attempts to subscribe again, the last repeated


class WatchedKey:
    def __init__(self, key: str, backend=None):
        self.key = key
        self.channel = f"{key}:changed"
        self._backend = backend  # None: the default cache (each thread has its own client of it)
        self._state = (0, None)  # (epoch, value): a read begun in an older epoch is not kept
        self._lock = threading.Lock()
        self._pid = None
        self._stopping = threading.Event()
        self._thread = None

    @property
    def backend(self):
        return self._backend if self._backend is not None else cache

    def can_announce(self) -> bool:
        return hasattr(self.backend, "subscribe")

    def value(self):
        """The value as last heard, or None when this process does not know it (see the module)."""
        if self._pid != os.getpid():
            self._start()
        return self._state[1]

    def forget(self) -> None:
        """This process changed the value: until the thread has read it again, callers read it themselves."""
        with self._lock:
            self._state = (self._state[0] + 1, None)

    def announce(self) -> None:
        if self.can_announce():
            self.backend.publish(self.channel)

    def stop(self) -> None:
        """For tests: the thread ends once woken by an announcement."""
        self._stopping.set()
        if self._thread is not None:
            self.announce()
            self._thread.join(CHECK_SECONDS + 1)

    def _start(self) -> None:
        with self._lock:
            if self._pid == os.getpid():
                return
            self._pid = os.getpid()
            # A forked process inherits its parent's value but not its thread: it knows nothing until its own.
            self._state = (self._state[0] + 1, None)
            if not self.can_announce():
                return
            self._thread = threading.Thread(target=self._listen, name=f"watch {self.key}", daemon=True)
            self._thread.start()

    def _listen(self) -> None:
        attempt = 0
        while not self._stopping.is_set():
            pubsub = None
            try:
                pubsub = self.backend.subscribe(self.channel)
                attempt = 0
                while not self._stopping.is_set():
                    self._read()
                    pubsub.get_message(timeout=CHECK_SECONDS)  # an announcement, or time to check anyway
            except Exception as error:
                self.forget()
                if attempt == 0:
                    logger.warning("Not told of changes to %s (%s): read for each request", self.key, error)
                self._stopping.wait(RETRY_SECONDS[min(attempt, len(RETRY_SECONDS) - 1)])
                attempt += 1
            finally:
                if pubsub is not None:
                    pubsub.close()

    def _read(self) -> None:
        epoch = self._state[0]
        value = self.backend.get_or_raise(self.key)
        with self._lock:
            if self._state[0] == epoch:
                self._state = (epoch, value)
