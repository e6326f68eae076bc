"""The database engine: SQLite FTS5 on the embedded default, PostgreSQL full-text search otherwise.

The database answers one question: which documents contain this analysed term, in which fields (FTS5
column filters on SQLite; on PostgreSQL a row per document and field with a tsvector, one GIN index).
Scoring, filters and facet counts are computed from those answers as bitmaps (search/engines/ranking.py),
so SQLite and PostgreSQL return the same results in the same order. The answers and the table of
documents are kept per process until the index changes (`SearchState.generation`), so a common word
costs its database query once, not on every search.
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

    def term_documents(self, scope, terms):
        """(term's number, field, page ids) for every field each term occurs in; one statement."""
        table = TABLES[scope]
        statements, params = [], []
        for number, term in enumerate(terms):
            for name in FIELDS[scope]:
                statements.append(f"SELECT {number}, '{name}', rowid FROM {table} WHERE {table} MATCH %s")  # noqa: S608
                params.append(f'{{{name}}} : "{term}"')
        found = {}
        with connection.cursor() as cursor:
            cursor.execute(" UNION ALL ".join(statements), params)
            for number, name, page_id in cursor.fetchall():
                found.setdefault((number, name), []).append(page_id)
        return [(number, name, ids) for (number, name), ids in found.items()]

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
    """A row per document and field with the field's tsvector ('simple' configuration over the analysed
    terms) and one GIN index: a term is looked up once for all fields, and never needs a vector re-read
    (as a weighted vector's `'term':A` would)."""

    FIELD_CODES = {"title": 1, "summary": 2, "body": 3, "pro": 4}
    FIELD_NAMES = {code: name for name, code in FIELD_CODES.items()}

    def term_documents(self, scope, terms):
        """(term's number, field, page ids) for every field each term occurs in; one statement."""
        table = TABLES[scope]
        statement = (
            f"SELECT %s, field, array_agg(document_id) FROM {table} "  # noqa: S608
            "WHERE terms @@ to_tsquery('simple', %s) GROUP BY field"
        )
        params = [value for number, term in enumerate(terms) for value in (number, f"'{term}'")]
        with connection.cursor() as cursor:
            cursor.execute(" UNION ALL ".join([statement] * len(terms)), params)
            return [(number, self.FIELD_NAMES[code], ids) for number, code, ids in cursor.fetchall()]

    def write(self, scope, document: AnalysedDocument):
        table = TABLES[scope]
        values = getattr(document, scope)
        # The title row is always written, so every indexed document has a row (`ids` counts them).
        rows = [(f, values.get(f, "")) for f in FIELDS[scope] if f == "title" or values.get(f)]
        with connection.cursor() as cursor:
            cursor.execute(f"DELETE FROM {table} WHERE document_id = %s", [document.id])  # noqa: S608
            cursor.execute(
                f"INSERT INTO {table} (document_id, field, terms) VALUES "  # noqa: S608
                + ", ".join("(%s, %s, to_tsvector('simple', %s))" for _row in rows),
                [value for name, text in rows for value in (document.id, self.FIELD_CODES[name], text)],
            )

    def delete(self, scope, ids):
        with connection.cursor() as cursor:
            cursor.execute(f"DELETE FROM {TABLES[scope]} WHERE document_id = ANY(%s)", [list(ids)])  # noqa: S608

    def clear(self, scope):
        with connection.cursor() as cursor:
            cursor.execute(f"DELETE FROM {TABLES[scope]}")  # noqa: S608

    def ids(self, scope):
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT DISTINCT document_id FROM {TABLES[scope]}")  # noqa: S608
            return {row[0] for row in cursor.fetchall()}


def backend():
    return PostgreSQLBackend() if connection.vendor == "postgresql" else SQLiteBackend()


class Snapshot:
    """The document table and the term bitmaps of one index generation, for one process."""

    MAX_TERMS = 5_000  # terms kept, a bitmap per field each; about a kilobyte a bitmap at 10 000 documents

    def __init__(self, generation):
        self.generation = generation
        self.alias = connection.alias
        self.table = DocumentTable.build(self._document_rows())
        self.terms = {}  # (scope, term) -> {field: bitmap}; dicts keep insertion order, the oldest go first
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

    def term_bitmaps(self, scope, terms) -> dict:
        """term -> {field: bitmap of the documents with the term in that field}; one query for the missing."""
        found = {term: self.terms.get((scope, term)) for term in terms}
        missing = [term for term, fields in found.items() if fields is None]
        if missing:
            ids = {
                (missing[number], name): page_ids
                for number, name, page_ids in backend().term_documents(scope, missing)
            }
            with self.lock:
                for term in missing:
                    fields = {name: self.table.bitmap(ids.get((term, name), ())) for name in FIELDS[scope]}
                    found[term] = self.terms[(scope, term)] = fields
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
    if state.may_keep():
        with _snapshot_lock:
            _snapshot = fresh
    return fresh


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
        terms = current.term_bitmaps(scope, sorted(query.terms))
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
                both &= terms[term][name]
            bitmap |= both if alternative else 0
        if bitmap:
            found[name] = bitmap
    return found
