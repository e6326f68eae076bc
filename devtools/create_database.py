"""Create a PostgreSQL database if it does not exist yet: `python -m devtools.create_database URL`.

For the benchmarks, which run on a database of their own beside the development one."""

import sys
from urllib.parse import urlsplit, urlunsplit

import psycopg
from psycopg import sql


def create_database(url: str) -> bool:
    """True when it was created, False when it was there already."""
    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    server = urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(server, autocommit=True) as connection:
        if connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            return False
        connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        return True


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python -m devtools.create_database postgres://user@host:port/name")
    created = create_database(sys.argv[1])
    print(f"{'Created' if created else 'Using'} the database {urlsplit(sys.argv[1]).path.lstrip('/')}")
