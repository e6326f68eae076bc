"""PostgreSQL: one tsvector column per field instead of one weighted vector.

A query for a term in one field (`'term':A`) on a weighted vector makes PostgreSQL read every candidate's
vector again (the GIN index does not keep weights); a column per field is answered from its index alone.
The existing index is carried over field by field, so no rebuild is needed. SQLite is unchanged.
"""

from django.db import migrations

FIELDS = {
    "search_public_index": {"title": "a", "summary": "b", "body": "c"},
    "search_full_index": {"title": "a", "summary": "b", "body": "c", "pro": "d"},
}


def split_fields(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for table, fields in FIELDS.items():
        for field, weight in fields.items():
            schema_editor.execute(f"ALTER TABLE {table} ADD COLUMN {field} tsvector NOT NULL DEFAULT ''")
        assignments = ", ".join(f"{field} = strip(ts_filter(vector, '{{{w}}}'))" for field, w in fields.items())
        schema_editor.execute(f"UPDATE {table} SET {assignments}")  # noqa: S608
        schema_editor.execute(f"ALTER TABLE {table} DROP COLUMN vector")  # its GIN index goes with it
        for field in fields:
            schema_editor.execute(f"CREATE INDEX {table}_{field} ON {table} USING gin ({field})")


def join_fields(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for table, fields in FIELDS.items():
        vector = " || ".join(f"setweight({field}, '{w.upper()}')" for field, w in fields.items())
        schema_editor.execute(f"ALTER TABLE {table} ADD COLUMN vector tsvector NOT NULL DEFAULT ''")
        schema_editor.execute(f"UPDATE {table} SET vector = {vector}")  # noqa: S608
        for field in fields:
            schema_editor.execute(f"ALTER TABLE {table} DROP COLUMN {field}")
        schema_editor.execute(f"CREATE INDEX {table}_vector ON {table} USING gin (vector)")


class Migration(migrations.Migration):
    dependencies = [("search", "0005_search_analytics")]

    operations = [migrations.RunPython(split_fields, join_fields)]
