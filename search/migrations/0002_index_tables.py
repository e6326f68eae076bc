"""The database engine's index tables: FTS5 on SQLite, tsvector with a GIN index on PostgreSQL.

Both hold the analysed terms (search/analysis.py), one table for what everyone may read and one for Pro
members; Pro text is only ever written to the second. Rows are keyed by the page id of their
search document; there is no foreign key, so that flushing the document table is never refused, and a row
without a document is never read (the engine joins on the documents).
"""

from django.db import migrations

SQLITE = [
    "CREATE VIRTUAL TABLE search_public_index USING fts5("
    "title, summary, body, tokenize = 'unicode61 remove_diacritics 0', detail = column)",
    "CREATE VIRTUAL TABLE search_full_index USING fts5("
    "title, summary, body, pro, tokenize = 'unicode61 remove_diacritics 0', detail = column)",
]
POSTGRESQL = [
    "CREATE TABLE search_public_index (document_id bigint PRIMARY KEY, vector tsvector NOT NULL)",
    "CREATE INDEX search_public_index_vector ON search_public_index USING gin (vector)",
    "CREATE TABLE search_full_index (document_id bigint PRIMARY KEY, vector tsvector NOT NULL)",
    "CREATE INDEX search_full_index_vector ON search_full_index USING gin (vector)",
]
DROP = ["DROP TABLE IF EXISTS search_public_index", "DROP TABLE IF EXISTS search_full_index"]


def create(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor not in {"sqlite", "postgresql"}:
        raise RuntimeError(f"The database search engine supports SQLite and PostgreSQL, not {vendor}.")
    for statement in SQLITE if vendor == "sqlite" else POSTGRESQL:
        schema_editor.execute(statement)


def drop(apps, schema_editor):
    for statement in DROP:
        schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [migrations.RunPython(create, drop)]
