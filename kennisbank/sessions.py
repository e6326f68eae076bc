"""Django's database sessions, with the session read by a query written once.

Every signed-in request loads its session first, and the ORM compiled the same SELECT anew each time (about
half of the load). The query here is Django's own (the key, and an expiry date still ahead); saving, keys,
expiry and clearing stay Django's.
"""

from django.contrib.sessions.backends import db
from django.db import connections, router
from django.utils import timezone


class SessionStore(db.SessionStore):
    def load(self):
        database = router.db_for_read(self.model)
        connection = connections[database]
        quote = connection.ops.quote_name
        # Only our own table and column names, quoted by the backend; the values are parameters.
        table, data, key, expiry = (
            quote(name) for name in (self.model._meta.db_table, "session_data", "session_key", "expire_date")
        )
        sql = f"SELECT {data} FROM {table} WHERE {key} = %s AND {expiry} > %s"  # noqa: S608
        now = connection.ops.adapt_datetimefield_value(timezone.now())
        with connection.cursor() as cursor:
            cursor.execute(sql, [self.session_key, now])
            row = cursor.fetchone()
        if row is None:  # unknown or expired: as Django does, a new session starts
            self._session_key = None
            return {}
        return self.decode(row[0])
