"""The database engine: SQLite FTS5 on the embedded default, PostgreSQL full-text search otherwise.

Both databases only answer one question: which documents contain these analysed terms, in which field
(one SQL statement per search). Scoring, filters and facet counts are computed here in Python from those
answers, so SQLite and PostgreSQL return the same results in the same order.

Score: for each query word, the best field it matches (title 3, summary 2, body 1) plus a quarter of the
other fields it matches, times the word's inverse document frequency; summed over the words. All words
must match; when that finds nothing, any word may (the query is then "relaxed"). Equal scores are ordered
by date, newest first: recency only breaks ties.
"""

import json
import math
from collections import Counter

from django.db import connection, transaction

from search.analysis import AnalysedQuery, Group
from search.models import FULL, PUBLIC

from .base import (
    FACETS,
    FIELD_WEIGHTS,
    FREE,
    FULL_FIELDS,
    PRO,
    PUBLIC_FIELDS,
    AnalysedDocument,
    Engine,
    EngineResults,
    FacetCount,
)

TABLES = {PUBLIC: "search_public_index", FULL: "search_full_index"}
FIELDS = {PUBLIC: PUBLIC_FIELDS, FULL: FULL_FIELDS}
DOCUMENTS = "search_searchdocument"
OTHER_FIELDS_SHARE = 0.25


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
        fields = FIELDS[scope]
        matches = []  # (row, per-group matched fields)
        for row in rows:
            flags = row["flags"]
            per_group = [
                [f for j, f in enumerate(fields) if flags[i * len(fields) + j]]
                for i in range(len(query.groups))
            ]
            matches.append((row, per_group))
        candidates = [(row, groups) for row, groups in matches if all(groups)]
        relaxed = False
        if not candidates and len(query.groups) > 1:
            candidates = [(row, groups) for row, groups in matches if any(groups)]
            relaxed = bool(candidates)
        weights = self._idf(matches, len(query.groups), total_documents)
        scored = []
        for row, groups in candidates:
            score = 0.0
            for weight, matched in zip(weights, groups, strict=True):
                if matched:
                    values = sorted((FIELD_WEIGHTS[f] for f in matched), reverse=True)
                    score += weight * (values[0] + OTHER_FIELDS_SHARE * sum(values[1:]))
            scored.append((round(score, 6), row))
        facets = facet_counts([row for _score, row in scored], filters)
        selected = [(score, row) for score, row in scored if passes(row, filters)]
        selected.sort(
            key=lambda item: (-item[0], -(item[1]["date_ordinal"]), item[1]["title"], item[1]["id"])
        )
        return EngineResults(
            ids=[row["id"] for _score, row in selected[offset : offset + limit]],
            total=len(selected),
            facets=facets,
            relaxed=relaxed,
            engine=self.name,
        )

    def _idf(self, matches, group_count, total_documents):
        frequencies = Counter()
        for _row, groups in matches:
            for i, matched in enumerate(groups):
                if matched:
                    frequencies[i] += 1
        n = max(total_documents, 1)
        return [math.log(1 + (n - frequencies[i] + 0.5) / (frequencies[i] + 0.5)) for i in range(group_count)]

    def _match(self, groups: tuple[Group, ...], scope):
        """Every document that matches any word of the query, with a flag per word and field."""
        db = backend()
        fields = FIELDS[scope]
        selects, params = [], []
        for group in groups:
            for f in fields:
                sql, values = db.match(scope, db.expression(group.alternatives, f))
                selects.append(f"d.page_id IN ({sql})")
                params.extend(values)
        any_sql, any_params = db.match(
            scope, db.expression([alt for group in groups for alt in group.alternatives])
        )
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
            if isinstance(date, str):
                from_iso = date
                date_ordinal = int(from_iso.replace("-", "")) if from_iso else 0
            else:
                date_ordinal = int(date.strftime("%Y%m%d")) if date else 0
            rows.append(
                {
                    "id": page_id,
                    "title": title,
                    "date_ordinal": date_ordinal,
                    "flags": [bool(flag) for flag in flags],
                    "facets": document_facets(
                        kind, bool(is_pro), _json(themes), _json(topics), _json(authors)
                    ),
                }
            )
        return rows, total_documents


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
