"""Autocomplete's titles, kept in each process until the index changes (`SearchState.generation`).

Autocomplete offers the titles in which a word starts with what was typed ("bor" finds "Borging na de
training" and "Waarom borging faalt"). Asked of the database that is a scan of every title for each key
typed (LIKE '% bor%' cannot use an index), about 10 ms with 10 000 articles; here it is a binary search
over the places where a title's words start, sorted by what follows them, plus a sort of the titles found.
"""

import threading
from array import array
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from django.db.models import F

from . import state
from .models import SearchDocument

MAX_MATCHES = 200  # the newest titles considered for ranking, as the database query took them
_kept = {"index": None}
_lock = threading.Lock()


@dataclass(frozen=True)
class TitleIndex:
    rows: list  # (title, title_folded, url, kind): newest first, undated last, then by title
    row_of: array  # for every place where a word starts in a folded title, sorted by the text from there:
    start_of: array  # the row and the offset of that place

    @classmethod
    def build(cls, rows) -> "TitleIndex":
        rows = list(rows)
        places = [
            (row, offset)
            for row, (_title, folded, _url, _kind) in enumerate(rows)
            for offset in _word_starts(folded)
        ]
        places.sort(key=lambda place: rows[place[0]][1][place[1] :])
        return cls(rows, array("i", (row for row, _ in places)), array("i", (offset for _, offset in places)))

    def _text_at(self, place: int, length: int) -> str:
        start = self.start_of[place]
        return self.rows[self.row_of[place]][1][start : start + length]

    def matching(self, text: str, limit: int = MAX_MATCHES) -> list:
        """The rows with a word where `text` starts (the folded title starts with it, or has it right after
        a space), in the index's order, at most `limit`."""
        places = range(len(self.row_of))

        def key(place):
            return self._text_at(place, len(text))

        first, last = bisect_left(places, text, key=key), bisect_right(places, text, key=key)
        found = sorted({self.row_of[place] for place in range(first, last)})[:limit]
        return [self.rows[row] for row in found]


def _word_starts(folded: str):
    yield 0
    offset = folded.find(" ")
    while offset != -1:
        yield offset + 1
        offset = folded.find(" ", offset + 1)


def _read() -> TitleIndex:
    return TitleIndex.build(
        SearchDocument.objects.order_by(F("date").desc(nulls_last=True), "title").values_list(
            "title", "title_folded", "url", "kind"
        )
    )


def current() -> TitleIndex:
    """The titles as indexed now: kept per process for the index's generation; inside a transaction (an index
    update, a test) read afresh and not kept, as what it wrote may be rolled back."""
    generation = state.generation()
    kept = _kept["index"]
    if kept is not None and kept[0] == generation:
        return kept[1]
    index = _read()
    if state.may_keep():
        with _lock:
            _kept["index"] = (generation, index)
    return index
