"""kennisbank/sessions.py reads a session with a query written once; it must answer what Django's database
store answers (on SQLite and, in .ci/run, on PostgreSQL: each stores the expiry date its own way)."""

from datetime import timedelta

from django.contrib.sessions.backends.db import SessionStore as DjangoStore
from django.contrib.sessions.models import Session
from django.utils import timezone

from kennisbank.sessions import SessionStore


def stored(data, expires_in):
    session = DjangoStore()
    session.update(data)
    session.create()
    Session.objects.filter(session_key=session.session_key).update(expire_date=timezone.now() + expires_in)
    return session.session_key


def test_a_live_session_loads_what_djangos_store_loads(db):
    key = stored({"_auth_user_id": "7", "taal": "nl"}, timedelta(minutes=5))
    assert SessionStore(key).load() == DjangoStore(key).load() == {"_auth_user_id": "7", "taal": "nl"}


def test_an_expired_unknown_or_forged_session_is_a_new_one(db):
    expired = stored({"_auth_user_id": "7"}, timedelta(seconds=-1))
    forged = stored({"_auth_user_id": "7"}, timedelta(minutes=5))
    Session.objects.filter(session_key=forged).update(session_data="bm90LXNpZ25lZA:forged")
    for key in (expired, forged, "onbekend-maar-lang-genoeg", None):
        ours, django = SessionStore(key), DjangoStore(key)
        assert ours.load() == django.load() == {}, key
        if key != forged:  # a bad signature keeps the key, as Django's store does
            assert ours.session_key is None and django.session_key is None, key


def test_the_site_uses_it(settings, client, db):
    assert settings.SESSION_ENGINE == "kennisbank.sessions"
    assert client.session.__class__ is SessionStore
