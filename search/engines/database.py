"""The database engine: SQLite FTS5 on the embedded default, PostgreSQL full-text search otherwise.

The database answers one question: which documents contain this analysed term in this field (FTS5 column
filters on SQLite, a weighted tsvector on PostgreSQL). Scoring, filters and facet counts are computed from
those answers as bitmaps (search/engines/ranking.py), so SQLite and PostgreSQL return the same results in
the same order. The answers and the table of documents are kept per process until the index changes
(`SearchState.generation`), so a common word costs its database query once, not on every search.
"""

import json
import threading

from django.db import connection, transaction

from search import state
from search.analysis import AnalysedQuery
from search.models import FULL, PUBLIC

from .base import FULL_FIELDS, PUBLIC_FIELDS, AnalysedDocument, Engine, EngineResults
from .ranking import DocumentTable, WordMatches, rank

TABLES = {PUBLIC: "search_public_index", FULL: "search_full_index"}
FIELDS = {PUBLIC: PUBLIC_FIELDS, FULL: FULL_FIELDS}
DOCUMENTS = "search_searchdocument"


class SQLiteBackend:
    """FTS5 tables, one column per field; a term is quoted, so nothing in it is FTS5 syntax."""

    def term_query(self, scope, field, term):
        """The documents with this analysed term in this field."""
        table = TABLES[scope]
        return f"SELECT rowid FROM {table} WHERE {table} MATCH %s", [f'{{{field}}} : "{term}"']  # noqa: S608

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
    """One tsvector column per field ('simple' configuration over the analysed terms), each with a GIN
    index: a term in a field is answered from its index alone, without reading the vectors again."""

    def term_query(self, scope, field, term):
        """The documents with this analysed term in this field."""
        table = TABLES[scope]
        return (
            f"SELECT document_id FROM {table} WHERE {field} @@ to_tsquery('simple', %s)",  # noqa: S608
            [f"'{term}'"],
        )

    def write(self, scope, document: AnalysedDocument):
        table = TABLES[scope]
        fields = FIELDS[scope]
        values = getattr(document, scope)
        vectors = ", ".join("to_tsvector('simple', %s)" for _field in fields)
        updates = ", ".join(f"{f} = EXCLUDED.{f}" for f in fields)
        with connection.cursor() as cursor:
            cursor.execute(
                f"INSERT INTO {table} (document_id, {', '.join(fields)}) VALUES (%s, {vectors}) "  # noqa: S608
                f"ON CONFLICT (document_id) DO UPDATE SET {updates}",
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


class Snapshot:
    """The document table and the term bitmaps of one index generation, for one process."""

    MAX_TERMS = 20_000  # term bitmaps kept; about a kilobyte each at ten thousand documents

    def __init__(self, generation):
        self.generation = generation
        self.alias = connection.alias
        self.table = DocumentTable.build(self._document_rows())
        self.terms = {}  # (scope, field, term) -> bitmap; dicts keep insertion order, the oldest go first
        self.lock = threading.Lock()

    @staticmethod
    def _document_rows():
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT page_id, kind, is_pro, date, title, themes, topics, authors FROM {DOCUMENTS}"  # noqa: S608
            )
            return [
                (page_id, kind, bool(is_pro), date, title, *map(_json, (themes, topics, authors)))
                for page_id, kind, is_pro, date, title, themes, topics, authors in cursor.fetchall()
            ]

    def term_bitmaps(self, scope, wanted) -> dict:
        """(field, term) -> bitmap of the documents with the term in the field; one query for the missing."""
        found = {key: self.terms.get((scope, *key)) for key in wanted}
        missing = [key for key, bitmap in found.items() if bitmap is None]
        if missing:
            db = backend()
            statements, params = [], []
            for number, (name, term) in enumerate(missing):
                sql, values = db.term_query(scope, name, term)
                statements.append(sql.replace("SELECT ", f"SELECT {number}, ", 1))
                params.extend(values)
            ids = [[] for _key in missing]
            with connection.cursor() as cursor:
                cursor.execute(" UNION ALL ".join(statements), params)
                for number, page_id in cursor.fetchall():
                    ids[number].append(page_id)
            with self.lock:
                for key, page_ids in zip(missing, ids, strict=True):
                    found[key] = self.terms[(scope, *key)] = self.table.bitmap(page_ids)
                while len(self.terms) > self.MAX_TERMS:
                    del self.terms[next(iter(self.terms))]
        return found


_snapshot = None
_snapshot_lock = threading.Lock()


def snapshot() -> Snapshot:
    """The current snapshot. Inside a transaction (an index update, a test) it is built afresh and not
    kept: what the transaction wrote may still be rolled back."""
    global _snapshot
    current = state.generation()
    kept = _snapshot
    if kept is not None and kept.generation == current and connection.alias == kept.alias:
        return kept
    fresh = Snapshot(current)
    if may_keep():
        with _snapshot_lock:
            _snapshot = fresh
    return fresh


def may_keep() -> bool:
    return not transaction.get_connection().in_atomic_block


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
        current = snapshot()
        fields = FIELDS[scope]
        wanted = {(f, term) for group in query.groups for term in group.terms for f in fields}
        terms = current.term_bitmaps(scope, wanted)
        words = [
            WordMatches(
                exact=_field_bitmaps(group.alternatives, fields, terms),
                loose=_field_bitmaps(group.loose, fields, terms),
            )
            for group in query.groups
        ]
        ranking = rank(current.table, words, filters=filters, offset=offset, limit=limit)
        return EngineResults(
            ids=[current.table.ids[position] for position in ranking.positions],
            total=ranking.total,
            facets=ranking.facets,
            relaxed=ranking.relaxed,
            engine=self.name,
        )


def _field_bitmaps(alternatives, fields, terms) -> dict:
    """field -> the documents where one of the alternatives has all its terms in that field."""
    found = {}
    for name in fields:
        bitmap = 0
        for alternative in alternatives:
            both = -1
            for term in alternative:
                both &= terms[(name, term)]
            bitmap |= both if alternative else 0
        if bitmap:
            found[name] = bitmap
    return found
