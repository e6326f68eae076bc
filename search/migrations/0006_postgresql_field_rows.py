"""PostgreSQL: a row per document and field instead of one weighted vector per document.

A query for a term in one field (`'term':A`) on a weighted vector makes PostgreSQL read every candidate's
vector again (the GIN index does not keep weights); with a row per field, one index lookup per term says
which documents have it in which fields. The existing index is carried over, so no rebuild is needed.
SQLite (FTS5, a column per field) is unchanged.
"""

from django.db import migrations

TABLES = {
    "search_public_index": {"title": ("a", 1), "summary": ("b", 2), "body": ("c", 3)},
    "search_full_index": {"title": ("a", 1), "summary": ("b", 2), "body": ("c", 3), "pro": ("d", 4)},
}


def split_fields(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for table, fields in TABLES.items():
        schema_editor.execute(
            f"CREATE TABLE {table}_rows (document_id bigint NOT NULL, field smallint NOT NULL, "
            "terms tsvector NOT NULL, PRIMARY KEY (document_id, field))"
        )
        for weight, code in fields.values():
            schema_editor.execute(
                f"INSERT INTO {table}_rows SELECT document_id, {code}, strip(ts_filter(vector, '{{{weight}}}')) "  # noqa: S608
                f"FROM {table} WHERE {code} = 1 OR length(ts_filter(vector, '{{{weight}}}')) > 0"
            )
        schema_editor.execute(f"DROP TABLE {table}")
        schema_editor.execute(f"ALTER TABLE {table}_rows RENAME TO {table}")
        schema_editor.execute(f"ALTER INDEX {table}_rows_pkey RENAME TO {table}_pkey")
        schema_editor.execute(f"CREATE INDEX {table}_terms ON {table} USING gin (terms)")


def join_fields(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for table, fields in TABLES.items():
        vector = " || ".join(
            f"coalesce((SELECT setweight(r.terms, '{weight.upper()}') FROM {table} r "
            f"WHERE r.document_id = d.document_id AND r.field = {code}), '')"
            for weight, code in fields.values()
        )
        schema_editor.execute(
            f"CREATE TABLE {table}_vectors (document_id bigint PRIMARY KEY, vector tsvector NOT NULL)"
        )
        schema_editor.execute(
            f"INSERT INTO {table}_vectors SELECT d.document_id, {vector} "  # noqa: S608
            f"FROM (SELECT DISTINCT document_id FROM {table}) d"
        )
        schema_editor.execute(f"DROP TABLE {table}")
        schema_editor.execute(f"ALTER TABLE {table}_vectors RENAME TO {table}")
        schema_editor.execute(f"ALTER INDEX {table}_vectors_pkey RENAME TO {table}_pkey")
        schema_editor.execute(f"CREATE INDEX {table}_vector ON {table} USING gin (vector)")


class Migration(migrations.Migration):
    dependencies = [("search", "0005_search_analytics")]

    operations = [migrations.RunPython(split_fields, join_fields)]
