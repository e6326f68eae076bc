"""What a process keeps in its own memory of the shared cache, for one generation of the shared page cache
(kennisbank/page_cache.py): a new generation drops everything kept under the one before. The entries used
last stay, up to max_bytes; an entry larger than a quarter of that is not kept."""

import threading
from collections import OrderedDict


class GenerationKeep:
    def __init__(self, max_bytes: int):
        self.max_bytes = max_bytes
        self._generation = None
        self._entries = OrderedDict()  # key -> (value, size)
        self._bytes = 0
        self._lock = threading.Lock()

    def get(self, generation, key):
        with self._lock:
            if generation != self._generation or (found := self._entries.get(key)) is None:
                return None
            self._entries.move_to_end(key)
            return found[0]

    def keep(self, generation, key, value, size: int) -> None:
        if size > self.max_bytes // 4:
            return
        with self._lock:
            if generation != self._generation:
                self._generation, self._entries, self._bytes = generation, OrderedDict(), 0
            if (old := self._entries.pop(key, None)) is not None:
                self._bytes -= old[1]
            self._entries[key] = (value, size)
            self._bytes += size
            while self._bytes > self.max_bytes:
                _key, (_value, dropped) = self._entries.popitem(last=False)
                self._bytes -= dropped
