"""Parallel likes and reports on the embedded default, SQLite, give no 500 (issue 10, finding 7).

The test database on SQLite lives in memory and every test runs inside one transaction that threads cannot
see, so the threads here work on a copy: the test's database (schema and the rows this test made) is copied
into a temporary file, and each thread's `default` connection points at that file
with the OPTIONS our settings give SQLite. The requests go through the whole stack (middleware, sessions,
views, the service). No transactional test: those flush the tables that later tests rely on.
"""

import json
import os
import sqlite3
import subprocess
import sys
import threading

import pytest
from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, connection, connections
from django.db.utils import load_backend
from django.test import Client
from django.test.utils import CaptureQueriesContext

from discussion.service import post_comment, toggle_like
from tests.discussion.helpers import established, member

PARALLEL = 10

sqlite_only = pytest.mark.skipif(
    connection.vendor != "sqlite",
    reason="needs SQLite as the default database: the threads use a file copy of the in-memory test database",
)


def file_copy_of_the_test_database(path):
    """The in-memory test database, rows of this test included, as a file: dumped as SQL through the test's
    own connection (which sees its uncommitted rows; SQLite's backup API would wait for the transaction)."""
    connection.ensure_connection()
    target = sqlite3.connect(path)
    # Wagtail's full-text index (a virtual table) is left out: nothing here searches.
    statements = [sql for sql in connection.connection.iterdump() if "_fts" not in sql]
    target.executescript("\n".join(statements))
    target.close()
    return {**connection.settings_dict, "NAME": str(path)}


def signed_in(users):
    """Clients with a session each, made before the copy so that the sessions are in it."""
    clients = []
    for user in users:
        client = Client(raise_request_exception=False)  # an error is a 500, as a visitor would get
        client.force_login(user)
        clients.append(client)
    return clients


def in_parallel(database, requests):
    """Each request in its own thread (its own connection to the file), all released at once; returns the
    status codes, or the exception a thread met."""
    barrier = threading.Barrier(len(requests))
    outcomes = [None] * len(requests)

    def run(index, client, url, data):
        connections[DEFAULT_DB_ALIAS] = load_backend(database["ENGINE"]).DatabaseWrapper(database)
        try:
            barrier.wait(timeout=30)
            outcomes[index] = client.post(url, data).status_code
        except Exception as error:  # reported in the assertion
            outcomes[index] = repr(error)
        finally:
            connections[DEFAULT_DB_ALIAS].close()

    threads = [threading.Thread(target=run, args=(i, *request)) for i, request in enumerate(requests)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return outcomes


def rows(path, sql, *params):
    with sqlite3.connect(path) as db:
        return db.execute(sql, params).fetchall()


@sqlite_only
def test_parallel_likes_by_one_member_all_answer_and_count_right(article, tmp_path):
    writer = established(member(), article)
    comment = post_comment(user=writer, page=article, text="Veel gewaardeerd")
    clients = signed_in([member()] * PARALLEL)  # one member, ten tabs or a frantic double click
    path = tmp_path / "parallel.sqlite3"
    database = file_copy_of_the_test_database(path)
    url = f"/reacties/{comment.pk}/waarderen/"
    statuses = in_parallel(database, [(client, url, {}) for client in clients])
    assert statuses == [302] * PARALLEL
    likes = rows(path, "SELECT COUNT(*) FROM discussion_commentlike WHERE comment_id = ?", comment.pk)
    [(like_count,)] = rows(
        path, "SELECT like_count FROM discussion_discussioncomment WHERE xtdcomment_ptr_id = ?", comment.pk
    )
    assert likes[0][0] == like_count == PARALLEL % 2  # ten toggles: not liked


@sqlite_only
def test_parallel_reports_by_many_members_all_answer_and_count_right(article, tmp_path, settings):
    # Hidden only by the last report: a report that arrives after the comment is hidden gets a 404, and the
    # threads start in any order.
    settings.DISCUSSION_REPORTS_TO_HIDE = PARALLEL
    writer = established(member(), article)
    comment = post_comment(user=writer, page=article, text="Omstreden")
    clients = signed_in([member() for _n in range(PARALLEL)])
    path = tmp_path / "parallel.sqlite3"
    database = file_copy_of_the_test_database(path)
    url = f"/reacties/{comment.pk}/melden/"
    statuses = in_parallel(database, [(client, url, {"reason": "spam"}) for client in clients])
    assert statuses == [302] * PARALLEL
    [(reports,)] = rows(
        path, "SELECT COUNT(*) FROM discussion_commentreport WHERE comment_id = ?", comment.pk
    )
    [(report_count, hidden)] = rows(
        path,
        "SELECT report_count, hidden_by_reports FROM discussion_discussioncomment"
        " WHERE xtdcomment_ptr_id = ?",
        comment.pk,
    )
    assert reports == report_count == PARALLEL
    assert hidden


def database_settings_for(url):
    """The DATABASES our settings make of a DATABASE_URL, read in a fresh process."""
    code = "import json; from kennisbank.settings import base; print(json.dumps(base.DATABASES['default']))"
    environment = {**os.environ, "DATABASE_URL": url}
    result = subprocess.run(
        [sys.executable, "-c", code],
        env=environment,
        capture_output=True,
        text=True,
        check=True,
        cwd=settings.BASE_DIR,
    )
    return json.loads(result.stdout)


def test_sqlite_is_configured_for_a_web_server(tmp_path):
    options = database_settings_for(f"sqlite:///{tmp_path}/db.sqlite3")["OPTIONS"]
    assert options["transaction_mode"] == "IMMEDIATE"  # writers queue for the lock instead of failing
    assert options["timeout"] >= 10  # seconds a writer waits for the lock
    assert "journal_mode=WAL" in options["init_command"]  # readers do not block the writer


def test_postgresql_gets_no_sqlite_options():
    options = database_settings_for("postgres://postgres@127.0.0.1:5432/kennisbank").get("OPTIONS", {})
    assert "transaction_mode" not in options and "init_command" not in options


def test_a_like_waits_for_other_toggles_of_the_same_comment(article):
    """On PostgreSQL the threads above cannot run (they would need committed rows, that is a transactional
    test); what keeps parallel likes by one member apart there is the row lock, checked here."""
    writer = established(member(), article)
    comment = post_comment(user=writer, page=article, text="Vergrendeld")
    fan = member()
    with CaptureQueriesContext(connection) as queries:
        assert toggle_like(user=fan, comment=comment) is True
    if connection.features.has_select_for_update:
        statements = [query["sql"] for query in queries.captured_queries if "SAVEPOINT" not in query["sql"]]
        assert "FOR UPDATE" in statements[0]  # before the like is looked at
    assert toggle_like(user=fan, comment=comment) is False
    comment.refresh_from_db()
    assert comment.like_count == 0
