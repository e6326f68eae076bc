"""Ranking and facet counting over bitmaps: the database engine's scoring, fast enough for common words.

The database answers only "which documents contain this term in this field"; each answer becomes a bitmap
(a Python int, bit i for the i-th document). Documents are numbered in tie-break order (newest first, then
title, then id), so within equal scores the lowest bits come first and a page of results is read off the
bitmap without sorting.

A document's score depends only on which fields each query word matched in, so documents fall into a few
classes of equal score. Classes are refined word by word with bitmap operations, and every class's score is
accumulated in the same order as a per-document loop would (`score_one` is that loop, kept as the
definition the tests compare against). A query on a word in eight thousand of ten thousand documents
costs a few hundred bitmap operations instead of eight thousand Python rows.

Score: for each query word, the best field it matches (title 3, summary 2, body 1) plus a quarter of the
other fields it matches, times the word's inverse document frequency; summed over the words. A typo's
correction or a compound's last part (a "loose" alternative) counts half. A document must match every word
of a short query and most words of a longer one (`minimum_should_match`); when no document has them, any
word will do, and the result is "relaxed". Equal scores are ordered by date, newest first.
"""

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from .base import (
    FACETS,
    FIELD_WEIGHTS,
    FREE,
    LOOSE_SHARE,
    OTHER_FIELDS_SHARE,
    PRO,
    FacetCount,
    inverse_document_frequency,
    minimum_should_match,
)

SCORE_DIGITS = 6  # scores equal to six digits are ties, whatever the order of float additions


def field_score(fields: Iterable[str]) -> float:
    """The best field a word matches in, plus a share of the other fields it also matches in."""
    values = sorted((FIELD_WEIGHTS[f] for f in fields), reverse=True)
    if not values:
        return 0.0
    return values[0] + OTHER_FIELDS_SHARE * sum(values[1:])


def word_score(exact: Iterable[str], loose: Iterable[str]) -> float:
    return max(field_score(exact), LOOSE_SHARE * field_score(loose))


def score_one(weights, matches) -> float:
    """One document's score: `matches` holds, per query word, (exact fields, loose fields)."""
    score = 0.0
    for weight, (exact, loose) in zip(weights, matches, strict=True):
        score += weight * word_score(exact, loose)
    return score


def date_ordinal(value) -> int:
    if not value:
        return 0
    if isinstance(value, str):  # SQLite returns dates as ISO text
        return int(value[:10].replace("-", ""))
    return int(value.strftime("%Y%m%d"))


def bits(positions: Iterable[int], size: int) -> int:
    """A bitmap with these bits set. Written as a string of binary digits and parsed at once: setting bits
    one by one on an int copies it every time."""
    digits = bytearray(b"0") * size
    for position in positions:
        digits[position] = 49  # "1"
    digits.reverse()  # the lowest bit is the last digit
    return int(digits, 2) if size else 0


def positions(bitmap: int, skip: int = 0, limit: int | None = None) -> list[int]:
    """The set bits of a bitmap, lowest first, after skipping `skip` of them, at most `limit`."""
    found = []
    while bitmap and (limit is None or len(found) < limit):
        lowest = bitmap & -bitmap
        if skip:
            skip -= 1
        else:
            found.append(lowest.bit_length() - 1)
        bitmap ^= lowest
    return found


@dataclass
class DocumentTable:
    """Every indexed document, numbered in tie-break order, with a bitmap per facet value."""

    ids: list  # position -> page id
    position: dict  # page id -> position
    facets: dict  # facet -> {value: bitmap}
    labels: dict  # facet -> {value: label}

    @classmethod
    def build(cls, rows) -> "DocumentTable":
        """rows: (page id, kind, is Pro, date, title, themes, topics, authors), facets as [[slug, name]]."""
        rows = sorted(rows, key=lambda row: (-date_ordinal(row[3]), row[4], row[0]))
        members = {facet: defaultdict(list) for facet in FACETS}
        labels = {facet: {} for facet in FACETS}
        for position, (_id, kind, is_pro, _date, _title, themes, topics, authors) in enumerate(rows):
            access = PRO if is_pro else FREE
            values = {
                "kind": [(kind, kind)],
                "access": [(access, access)],
                "theme": themes,
                "topic": topics,
                "author": authors,
            }
            for facet, pairs in values.items():
                for value, label in pairs:
                    members[facet][value].append(position)
                    labels[facet][value] = label
        size = len(rows)
        return cls(
            ids=[row[0] for row in rows],
            position={row[0]: position for position, row in enumerate(rows)},
            facets={f: {v: bits(p, size) for v, p in members[f].items()} for f in FACETS},
            labels=labels,
        )

    @property
    def size(self) -> int:
        return len(self.ids)

    def bitmap(self, page_ids: Iterable[int]) -> int:
        """The documents among these page ids (ids of pages no longer indexed are left out)."""
        get = self.position.get
        return bits((p for p in map(get, page_ids) if p is not None), self.size)

    def filter(self, filters: dict, ignore: str | None = None) -> int:
        """The documents that pass the filters: all facets must agree, any value within one facet."""
        passing = (1 << self.size) - 1
        for facet, values in filters.items():
            if facet == ignore or not values:
                continue
            chosen = 0
            for value in values:
                chosen |= self.facets[facet].get(value, 0)
            passing &= chosen
        return passing


@dataclass
class WordMatches:
    """Where one query word matched: field -> bitmap, for its exact and its loose alternatives."""

    exact: dict = field(default_factory=dict)
    loose: dict = field(default_factory=dict)

    @property
    def anywhere(self) -> int:
        found = 0
        for bitmap in (*self.exact.values(), *self.loose.values()):
            found |= bitmap
        return found

    def parts(self) -> dict[float, int]:
        """word score -> the documents matching this word with that score (those without it left out)."""
        classes = [((), (), self.anywhere)]
        splitters = [(False, f, b) for f, b in self.exact.items()]
        splitters += [(True, f, b) for f, b in self.loose.items()]
        for loose, name, bitmap in splitters:
            refined = []
            for exact_fields, loose_fields, members in classes:
                inside = members & bitmap
                if inside:
                    if loose:
                        refined.append((exact_fields, (*loose_fields, name), inside))
                    else:
                        refined.append(((*exact_fields, name), loose_fields, inside))
                if members ^ inside:
                    refined.append((exact_fields, loose_fields, members ^ inside))
            classes = refined
        scores = defaultdict(int)
        for exact_fields, loose_fields, members in classes:
            scores[word_score(exact_fields, loose_fields)] |= members
        return scores


@dataclass
class Ranking:
    total: int
    positions: list  # the requested slice, best first
    facets: dict  # facet -> [FacetCount, ...]
    relaxed: bool


def rank(table: DocumentTable, words: list[WordMatches], *, filters, offset, limit) -> Ranking:
    anywhere = [word.anywhere for word in words]
    candidates_any = 0
    for bitmap in anywhere:
        candidates_any |= bitmap
    weights = [
        inverse_document_frequency((bitmap & candidates_any).bit_count(), table.size) for bitmap in anywhere
    ]

    # (score so far, words matched) -> documents, refined one word at a time in the order of `score_one`.
    classes = {(0.0, 0): candidates_any}
    for weight, word, bitmap in zip(weights, words, anywhere, strict=True):
        parts = [(score, members, 1) for score, members in word.parts().items()]
        parts.append((0.0, candidates_any & ~bitmap, 0))
        refined = defaultdict(int)
        for (score, matched), members in classes.items():
            for word_score_, part, hit in parts:
                inside = members & part
                if inside:
                    refined[(score + weight * word_score_, matched + hit)] |= inside
        classes = refined

    count = len(words)
    required = minimum_should_match(count)
    every_word = any(matched == count for _score, matched in classes)
    chosen = {key: members for key, members in classes.items() if key[1] >= required}
    if not chosen and count > 1:
        chosen = {key: members for key, members in classes.items() if key[1]}
    relaxed = bool(chosen) and not every_word and count > 1

    candidates = 0
    by_score = defaultdict(int)
    for (score, _matched), members in chosen.items():
        candidates |= members
        by_score[round(score, SCORE_DIGITS)] |= members

    passing = table.filter(filters)
    total, found, skip = 0, [], offset
    for score in sorted(by_score, reverse=True):
        members = by_score[score] & passing
        size = members.bit_count()
        total += size
        if skip >= size:
            skip -= size
            continue
        if len(found) < limit:
            found.extend(positions(members, skip=skip, limit=limit - len(found)))
        skip = 0
    return Ranking(
        total=total, positions=found, facets=facet_counts(table, candidates, filters), relaxed=relaxed
    )


def facet_counts(table: DocumentTable, candidates: int, filters: dict) -> dict:
    """Counts per facet value; each facet is counted with the other facets' filters applied, so choosing a
    second value within one facet stays possible."""
    facets = {}
    for facet in FACETS:
        base = candidates & table.filter(filters, ignore=facet)
        labels = table.labels[facet]
        counts = []
        if base:
            for value, members in table.facets[facet].items():
                number = (base & members).bit_count()
                if number:
                    counts.append(FacetCount(value=value, label=labels[value], count=number))
        counts.sort(key=lambda c: (-c.count, c.label))
        facets[facet] = counts
    return facets
