"""The bitmap ranking against the plain definition: every document scored on its own, then sorted."""

import datetime
import random
from collections import Counter

import pytest

from search.engines.base import FACETS, FULL_FIELDS, minimum_should_match
from search.engines.base import inverse_document_frequency as idf
from search.engines.ranking import DocumentTable, WordMatches, bits, date_ordinal, positions, rank, score_one

THEMES = [["leiderschap", "Leiderschap"], ["cultuur", "Cultuur"], ["strategie", "Strategie"]]
AUTHORS = [["an", "An de Vries"], ["bo", "Bo Jansen"]]


def random_corpus(seed, size=60):
    generator = random.Random(seed)
    rows = []
    for page_id in generator.sample(range(1, 1000), size):
        date = (
            None
            if generator.random() < 0.1
            else datetime.date(2026, 1, 1) + datetime.timedelta(days=generator.randrange(5))
        )
        rows.append(
            (
                page_id,
                generator.choice(["artikel", "onderwerp"]),
                generator.random() < 0.3,
                date,
                generator.choice(["Borging", "Cultuur", "Teams"]),  # many equal titles: ties go to the id
                generator.sample(THEMES, generator.randrange(3)),
                [],
                generator.sample(AUTHORS, generator.randrange(2)),
            )
        )
    # Where each word matches: word -> (exact, loose) -> field -> page ids.
    matches = []
    for _word in range(generator.randrange(1, 6)):
        word = ({}, {})
        for kind in (0, 1):
            for field in FULL_FIELDS:
                if kind == 1 and generator.random() < 0.6:
                    continue
                word[kind][field] = {row[0] for row in rows if generator.random() < 0.3}
        matches.append(word)
    return rows, matches


def plain_ranking(rows, matches, filters, offset, limit):
    """The definition, one document at a time."""
    matched_rows = []
    for row in rows:
        per_word = [
            (
                [f for f, ids in exact.items() if row[0] in ids],
                [f for f, ids in loose.items() if row[0] in ids],
            )
            for exact, loose in matches
        ]
        if any(e or lo for e, lo in per_word):
            matched_rows.append((row, per_word))
    frequencies = [sum(1 for _row, w in matched_rows if w[i][0] or w[i][1]) for i in range(len(matches))]
    weights = [idf(f, len(rows)) for f in frequencies]
    count = len(matches)
    hits = [(row, per_word, sum(1 for e, lo in per_word if e or lo)) for row, per_word in matched_rows]
    candidates = [h for h in hits if h[2] >= minimum_should_match(count)]
    if not candidates and count > 1:
        candidates = [h for h in hits if h[2]]
    relaxed = bool(candidates) and not any(h[2] == count for h in hits) and count > 1

    def facets_of(row):
        return {
            "kind": {row[1]},
            "access": {"pro" if row[2] else "gratis"},
            "theme": {slug for slug, _name in row[5]},
            "topic": {slug for slug, _name in row[6]},
            "author": {slug for slug, _name in row[7]},
        }

    def passes(row, ignore=None):
        return all(facets_of(row)[f] & set(v) for f, v in filters.items() if f != ignore and v)

    scored = [(round(score_one(weights, per_word), 6), row) for row, per_word, _n in candidates]
    selected = sorted(
        ((s, row) for s, row in scored if passes(row)),
        key=lambda item: (-item[0], -date_ordinal(item[1][3]), item[1][4], item[1][0]),
    )
    counts = {}
    for facet in FACETS:
        counter = Counter(v for _s, row in scored if passes(row, ignore=facet) for v in facets_of(row)[facet])
        counts[facet] = sorted(counter.items(), key=lambda item: (-item[1], item[0]))
    page = [row[0] for _s, row in selected[offset : offset + limit]]
    return page, len(selected), counts, relaxed


@pytest.mark.parametrize("seed", range(40))
def test_bitmap_ranking_equals_scoring_every_document(seed):
    rows, matches = random_corpus(seed)
    table = DocumentTable.build(rows)
    words = [
        WordMatches(
            exact={f: table.bitmap(ids) for f, ids in exact.items() if ids},
            loose={f: table.bitmap(ids) for f, ids in loose.items() if ids},
        )
        for exact, loose in matches
    ]
    generator = random.Random(seed)
    filters = {}
    if generator.random() < 0.5:
        filters["theme"] = [generator.choice(THEMES)[0]]
    if generator.random() < 0.3:
        filters["access"] = ["pro"]
    offset, limit = generator.choice([(0, 10), (0, 50), (5, 7), (40, 10)])

    ranking = rank(table, words, filters=filters, offset=offset, limit=limit)
    page, total, counts, relaxed = plain_ranking(rows, matches, filters, offset, limit)

    assert [table.ids[p] for p in ranking.positions] == page
    assert ranking.total == total
    assert ranking.relaxed == relaxed
    # Labels sort like slugs here (same words), so the order of equal counts agrees too.
    assert {f: [(c.value, c.count) for c in ranking.facets[f]] for f in FACETS} == counts


def test_positions_skip_and_limit():
    bitmap = bits([1, 4, 9, 30], 40)
    assert positions(bitmap) == [1, 4, 9, 30]
    assert positions(bitmap, skip=1, limit=2) == [4, 9]
    assert positions(bitmap, skip=4) == []
    assert positions(0) == []


def test_documents_are_numbered_newest_first_then_title_then_id():
    day = datetime.date(2026, 3, 1)
    rows = [
        (5, "artikel", False, day, "B", [], [], []),
        (7, "artikel", False, None, "A", [], [], []),
        (3, "artikel", False, day, "B", [], [], []),
        (9, "artikel", False, day + datetime.timedelta(days=1), "Z", [], [], []),
        (2, "artikel", False, "2026-03-01", "A", [], [], []),  # SQLite's text dates order the same
    ]
    assert DocumentTable.build(rows).ids == [9, 2, 3, 5, 7]
