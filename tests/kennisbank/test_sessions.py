"""Sessions are Django's cached_db store: kept in the database, read from the cache (Redis in production).
These go through the real cache with visitors in a row: a signed-in page reads no session row, and signing
out (or a session that expired) ends the session for the cookie that carried it."""

from datetime import timedelta

from django.conf import settings
from django.contrib.sessions.backends.cached_db import SessionStore
from django.contrib.sessions.models import Session
from django.core.cache import caches
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from tests.discussion.helpers import member


def signed_in_client(person):
    client = Client()
    client.force_login(person)
    return client


def test_a_signed_in_page_reads_the_session_from_the_cache(db):
    first, second = member(first_name="Anna"), member(first_name="Bram")
    clients = [signed_in_client(first), signed_in_client(second)]
    for client in clients:
        client.get("/account/")  # the first request after the login may read the row into the cache
    for client, person in zip(clients, (first, second), strict=True):
        with CaptureQueriesContext(connection) as captured:
            response = client.get("/account/")
        assert response.status_code == 200 and response.wsgi_request.user == person
        assert not [query for query in captured.captured_queries if "django_session" in query["sql"]]


def test_signing_out_ends_the_session_for_its_cookie(db):
    person = member()
    client = signed_in_client(person)
    assert client.get("/account/").status_code == 200
    cookie = client.cookies[settings.SESSION_COOKIE_NAME].value
    client.post("/account/logout/")
    thief = Client()
    thief.cookies[settings.SESSION_COOKIE_NAME] = cookie
    response = thief.get("/account/")
    assert response.status_code == 302 and "/account/login/" in response["Location"]
    assert not Session.objects.filter(session_key=cookie).exists()


def test_an_expired_unknown_or_forged_session_is_a_new_one(db):
    expired = SessionStore()
    expired["_auth_user_id"] = "7"
    expired.set_expiry(timedelta(seconds=-1))
    expired.create()
    forged = SessionStore()
    forged["_auth_user_id"] = "7"
    forged.create()
    caches[settings.SESSION_CACHE_ALIAS].delete(forged.cache_key)  # read from the database: forged there
    Session.objects.filter(session_key=forged.session_key).update(session_data="bm90LXNpZ25lZA:forged")
    for key in (expired.session_key, forged.session_key, "onbekend-maar-lang-genoeg"):
        assert SessionStore(key).load() == {}, key
    assert Session.objects.filter(session_key=expired.session_key, expire_date__lt=timezone.now()).exists()


def test_the_site_uses_it(settings, client, db):
    assert settings.SESSION_ENGINE == "django.contrib.sessions.backends.cached_db"
    assert client.session.__class__ is SessionStore
