"""The database engine: SQLite FTS5 on the embedded default, PostgreSQL full-text search otherwise.

Both databases only answer one question: which documents contain these analysed terms, in which field
(one SQL statement per search). Scoring, filters and facet counts are computed here in Python from those
answers, so SQLite and PostgreSQL return the same results in the same order.

Score: for each query word, the best field it matches (title 3, summary 2, body 1) plus a quarter of the
other fields it matches, times the word's inverse document frequency; summed over the words. A document
must match every word of a short query and most words of a longer one (`minimum_should_match`); when no
document has them, any word will do. Either way the query is "relaxed" when no document matched every
word. Equal scores are ordered by date, newest first: recency only breaks ties.
"""

import json
from collections import Counter

from django.db import connection, transaction

from search.analysis import AnalysedQuery, Group
from search.models import FULL, PUBLIC

from .base import (
    FACETS,
    FIELD_WEIGHTS,
    FREE,
    FULL_FIELDS,
    LOOSE_SHARE,
    OTHER_FIELDS_SHARE,
    PRO,
    PUBLIC_FIELDS,
    AnalysedDocument,
    Engine,
    EngineResults,
    FacetCount,
    inverse_document_frequency,
    minimum_should_match,
)

TABLES = {PUBLIC: "search_public_index", FULL: "search_full_index"}
FIELDS = {PUBLIC: PUBLIC_FIELDS, FULL: FULL_FIELDS}
DOCUMENTS = "search_searchdocument"


class SQLiteBackend:
    """FTS5 tables, one column per field; terms are quoted, so nothing in them is FTS5 syntax."""

    def match(self, scope, expression):
        table = TABLES[scope]
        return f"SELECT rowid FROM {table} WHERE {table} MATCH %s", [expression]  # noqa: S608

    def expression(self, alternatives, field=None):
        def phrase(term):
            return f'{{{field}}} : "{term}"' if field else f'"{term}"'

        return " OR ".join("(" + " AND ".join(phrase(t) for t in terms) + ")" for terms in alternatives)

    def write(self, scope, document: AnalysedDocument):
        table = TABLES[scope]
        fields = FIELDS[scope]
        values = getattr(document, scope)
        with connection.cursor() as cursor:
            cursor.execute(f"DELETE FROM {table} WHERE rowid = %s", [document.id])  # noqa: S608
            cursor.execute(
                f"INSERT INTO {table} (rowid, {', '.join(fields)}) "  # noqa: S608
                f"VALUES (%s, {', '.join('%s' for _ in fields)})",
                [document.id, *(values.get(f, "") for f in fields)],
            )

    def delete(self, scope, ids):
        table = TABLES[scope]
        with connection.cursor() as cursor:
            cursor.executemany(f"DELETE FROM {table} WHERE rowid = %s", [[i] for i in ids])  # noqa: S608

    def clear(self, scope):
        with connection.cursor() as cursor:
            cursor.execute(f"DELETE FROM {TABLES[scope]}")  # noqa: S608

    def ids(self, scope):
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT rowid FROM {TABLES[scope]}")  # noqa: S608
            return {row[0] for row in cursor.fetchall()}


class PostgreSQLBackend:
    """One tsvector per document ('simple' configuration over the analysed terms, GIN index), each field
    with its own weight label, so a field is matched with `term:A`."""

    LABELS = {"title": "A", "summary": "B", "body": "C", "pro": "D"}

    def match(self, scope, expression):
        table = TABLES[scope]
        return (
            f"SELECT document_id FROM {table} WHERE vector @@ to_tsquery('simple', %s)",  # noqa: S608
            [expression],
        )

    def expression(self, alternatives, field=None):
        label = f":{self.LABELS[field]}" if field else ""
        return " | ".join("(" + " & ".join(f"'{t}'{label}" for t in terms) + ")" for terms in alternatives)

    def write(self, scope, document: AnalysedDocument):
        table = TABLES[scope]
        fields = FIELDS[scope]
        values = getattr(document, scope)
        vector = " || ".join(f"setweight(to_tsvector('simple', %s), '{self.LABELS[f]}')" for f in fields)
        with connection.cursor() as cursor:
            cursor.execute(
                f"INSERT INTO {table} (document_id, vector) VALUES (%s, {vector}) "  # noqa: S608
                "ON CONFLICT (document_id) DO UPDATE SET vector = EXCLUDED.vector",
                [document.id, *(values.get(f, "") for f in fields)],
            )

    def delete(self, scope, ids):
        with connection.cursor() as cursor:
            cursor.execute(f"DELETE FROM {TABLES[scope]} WHERE document_id = ANY(%s)", [list(ids)])  # noqa: S608

    def clear(self, scope):
        with connection.cursor() as cursor:
            cursor.execute(f"DELETE FROM {TABLES[scope]}")  # noqa: S608

    def ids(self, scope):
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT document_id FROM {TABLES[scope]}")  # noqa: S608
            return {row[0] for row in cursor.fetchall()}


def backend():
    return PostgreSQLBackend() if connection.vendor == "postgresql" else SQLiteBackend()


def _json(value):
    return json.loads(value) if isinstance(value, str | bytes) else (value or [])


class DatabaseEngine(Engine):
    name = "database"

    # Indexing ----------------------------------------------------------------------------------------

    def index(self, documents):
        db = backend()
        with transaction.atomic():
            for document in documents:
                db.write(PUBLIC, document)
                db.write(FULL, document)

    def delete(self, ids):
        ids = list(ids)
        if ids:
            db = backend()
            with transaction.atomic():
                db.delete(PUBLIC, ids)
                db.delete(FULL, ids)

    def clear(self):
        db = backend()
        with transaction.atomic():
            db.clear(PUBLIC)
            db.clear(FULL)

    def indexed_ids(self, scope):
        return backend().ids(scope)

    # Searching ---------------------------------------------------------------------------------------

    def search(self, query: AnalysedQuery, *, scope, filters, offset, limit):
        if not query.groups:
            return EngineResults(ids=[], total=0, engine=self.name)
        rows, total_documents = self._match(query.groups, scope)
        count = len(query.groups)
        required = minimum_should_match(count)
        weights = self._idf(rows, count, total_documents)
        every_word = [row for row in rows if row["matched"] == count]
        candidates = [row for row in rows if row["matched"] >= required]
        relaxed = False
        if not candidates and count > 1:
            candidates = [row for row in rows if row["matched"]]
        relaxed = bool(candidates) and not every_word and count > 1
        scored = [(round(self._score(row, weights), 6), row) for row in candidates]
        facets = facet_counts([row for _score, row in scored], filters)
        selected = [(score, row) for score, row in scored if passes(row, filters)]
        selected.sort(key=lambda item: (-item[0], -item[1]["date_ordinal"], item[1]["title"], item[1]["id"]))
        return EngineResults(
            ids=[row["id"] for _score, row in selected[offset : offset + limit]],
            total=len(selected),
            facets=facets,
            relaxed=relaxed,
            engine=self.name,
        )

    @staticmethod
    def _score(row, weights):
        score = 0.0
        for weight, (exact, loose) in zip(weights, row["groups"], strict=True):
            score += weight * max(field_score(exact), LOOSE_SHARE * field_score(loose))
        return score

    @staticmethod
    def _idf(rows, group_count, total_documents):
        frequencies = Counter()
        for row in rows:
            for i, (exact, loose) in enumerate(row["groups"]):
                if exact or loose:
                    frequencies[i] += 1
        return [inverse_document_frequency(frequencies[i], total_documents) for i in range(group_count)]

    def _match(self, groups: tuple[Group, ...], scope):
        """Every document that matches any word of the query, with the fields each word matches in."""
        db = backend()
        fields = FIELDS[scope]
        clauses, selects, params = [], [], []
        for index, group in enumerate(groups):
            for loose, alternatives in ((False, group.alternatives), (True, group.loose)):
                if not alternatives:
                    continue
                for f in fields:
                    sql, values = db.match(scope, db.expression(alternatives, f))
                    clauses.append((index, loose, f))
                    selects.append(f"d.page_id IN ({sql})")
                    params.extend(values)
        every = [alt for group in groups for alt in group.alternatives + group.loose]
        any_sql, any_params = db.match(scope, db.expression(every))
        sql = (
            "SELECT d.page_id, d.kind, d.is_pro, d.date, d.title, d.themes, d.topics, d.authors, "  # noqa: S608
            + ", ".join(selects)
            + f" FROM {DOCUMENTS} d WHERE d.page_id IN ({any_sql})"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [*params, *any_params])
            result = cursor.fetchall()
            cursor.execute(f"SELECT COUNT(*) FROM {DOCUMENTS}")  # noqa: S608
            total_documents = cursor.fetchone()[0]
        rows = []
        for page_id, kind, is_pro, date, title, themes, topics, authors, *flags in result:
            matched = [([], []) for _group in groups]
            for (index, loose, f), flag in zip(clauses, flags, strict=True):
                if flag:
                    matched[index][1 if loose else 0].append(f)
            facets = document_facets(kind, bool(is_pro), _json(themes), _json(topics), _json(authors))
            rows.append(
                {
                    "id": page_id,
                    "title": title,
                    "date_ordinal": date_ordinal(date),
                    "groups": matched,
                    "matched": sum(1 for exact, loose in matched if exact or loose),
                    "facets": facets,
                }
            )
        return rows, total_documents


def field_score(fields) -> float:
    """The best field a word matches in, plus a share of the other fields it also matches in."""
    if not fields:
        return 0.0
    values = sorted((FIELD_WEIGHTS[f] for f in fields), reverse=True)
    return values[0] + OTHER_FIELDS_SHARE * sum(values[1:])


def date_ordinal(value) -> int:
    if not value:
        return 0
    if isinstance(value, str):  # SQLite returns dates as ISO text
        return int(value[:10].replace("-", ""))
    return int(value.strftime("%Y%m%d"))


def document_facets(kind, is_pro, themes, topics, authors):
    """facet name -> {value: label} for one document."""
    return {
        "kind": {kind: kind},
        "access": {PRO if is_pro else FREE: PRO if is_pro else FREE},
        "theme": dict(map(tuple, themes)),
        "topic": dict(map(tuple, topics)),
        "author": dict(map(tuple, authors)),
    }


def passes(row, filters, ignore=None):
    """Whether a document passes the filters: all facets must agree, any value within one facet."""
    for facet, values in filters.items():
        if facet != ignore and values and not (set(row["facets"][facet]) & set(values)):
            return False
    return True


def facet_counts(rows, filters):
    """Counts per facet value; each facet is counted with the other facets' filters applied, so choosing a
    second value within one facet stays possible."""
    facets = {}
    for facet in FACETS:
        counts, labels = Counter(), {}
        for row in rows:
            if passes(row, filters, ignore=facet):
                for value, label in row["facets"][facet].items():
                    counts[value] += 1
                    labels[value] = label
        facets[facet] = [
            FacetCount(value=value, label=labels[value], count=count)
            for value, count in sorted(counts.items(), key=lambda item: (-item[1], labels[item[0]]))
        ]
    return facets
