"""Mail settings on the account page, and the one-click unsubscribe in every content mail (RFC 8058)."""

import re

import pytest
from django.core import mail, signing
from django.test import Client

from membership.models import MailCategory, NotificationPreferences
from membership.notification_settings import (
    UNSUBSCRIBE_SALT,
    preferences_for,
    send_content_mail,
    unsubscribe_token,
    unsubscribe_url,
    wants,
)
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def path_of(url):
    return re.sub(r"^https?://[^/]+", "", url)


def test_defaults_replies_threads_and_new_articles_on_digest_off(member):
    preferences = preferences_for(member)
    assert (preferences.replies, preferences.threads, preferences.new_articles) == (True, True, True)
    assert preferences.digest is False
    User = type(member)
    assert list(User.objects.filter(wants("replies"))) == [member]
    assert list(User.objects.filter(wants("digest"))) == []


def test_the_account_page_saves_the_settings(client, member):
    client.force_login(member)
    html = client.get("/account/").content.decode()
    assert 'id="account-notifications"' in html
    assert '<input type="checkbox" name="replies" id="id_replies" checked>' in html
    assert '<input type="checkbox" name="digest" id="id_digest">' in html
    response = client.post("/account/meldingen/", {"replies": "on", "digest": "on"})
    assert response.status_code == 302
    stored = NotificationPreferences.objects.get(user=member)
    assert (stored.replies, stored.threads, stored.new_articles, stored.digest) == (True, False, False, True)
    User = type(member)
    assert list(User.objects.filter(wants("digest"))) == [member]
    assert list(User.objects.filter(wants("threads"))) == []
    assert "Je mailinstellingen zijn opgeslagen." in client.get("/account/").content.decode()


def test_the_settings_need_a_signed_in_post(client, member):
    assert client.post("/account/meldingen/", {"digest": "on"}).status_code == 302  # to the login page
    assert not NotificationPreferences.objects.exists()
    client.force_login(member)
    assert client.get("/account/meldingen/").status_code == 405


def test_the_export_holds_the_settings(client, member):
    client.force_login(member)
    client.post("/account/meldingen/", {"digest": "on"})
    data = client.get("/account/gegevens/").json()
    assert data["notification_preferences"] == {
        "replies": False,
        "threads": False,
        "new_articles": False,
        "digest": True,
    }


def test_content_mails_carry_the_one_click_headers_and_a_link_in_the_body(member, settings):
    settings.WAGTAILADMIN_BASE_URL = "https://kennisbank.example"
    send_content_mail(member, "digest", "Je weekoverzicht\nmet een regel", "Nieuw deze week.")
    (message,) = mail.outbox
    assert message.subject == "Je weekoverzicht met een regel"
    header = message.extra_headers["List-Unsubscribe"]
    assert re.fullmatch(r"<https://kennisbank\.example/afmelden/[^/>]+/>", header)
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert header[1:-1] in message.body
    assert "https://kennisbank.example/account/#account-notifications" in message.body
    assert "List-Unsubscribe-Post: List-Unsubscribe=One-Click" in message.message().as_string()


def test_account_mails_have_no_unsubscribe_header(client, member):
    client.post("/account/password/reset/", {"email": member.email})
    client.post(
        "/account/signup/",
        {
            "email": "nieuw@example.com",
            "password1": "een-lang-wachtwoord-42",
            "password2": "een-lang-wachtwoord-42",
        },
    )
    assert len(mail.outbox) == 2
    for message in mail.outbox:
        assert "List-Unsubscribe" not in message.message().as_string()


def test_get_only_asks_and_post_without_session_or_csrf_unsubscribes(member):
    client = Client(enforce_csrf_checks=True)
    url = path_of(unsubscribe_url(member.pk, "threads"))
    response = client.get(url)
    assert response.status_code == 200
    assert "Afmelden" in response.content.decode() and '<form method="post">' in response.content.decode()
    assert not NotificationPreferences.objects.exists()  # a GET changes nothing
    response = client.post(url, {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    assert "Je bent afgemeld" in response.content.decode()
    stored = NotificationPreferences.objects.get(user=member)
    assert stored.threads is False and stored.replies is True and stored.new_articles is True
    assert client.post(url).status_code == 200  # once more: still off, no error


@pytest.mark.parametrize(
    "token",
    [
        "niet-ondertekend",
        signing.dumps({"u": 1, "c": "threads"}, salt="another.salt"),
        signing.dumps({"u": 1, "c": "everything"}, salt=UNSUBSCRIBE_SALT),
        signing.dumps({"u": "x", "c": "threads"}, salt=UNSUBSCRIBE_SALT),
        signing.dumps([1, 2], salt=UNSUBSCRIBE_SALT),
    ],
)
def test_forged_links_get_a_dutch_400_and_change_nothing(client, member, token):
    for method in (client.get, client.post):
        response = method(f"/afmelden/{token}/")
        assert response.status_code == 400
        assert "Deze afmeldlink is niet geldig." in response.content.decode()
    assert not NotificationPreferences.objects.exists()


def test_an_expired_link_gets_a_dutch_400(client, member, monkeypatch):
    token = unsubscribe_token(member.pk, "replies")
    monkeypatch.setattr("membership.notification_settings.UNSUBSCRIBE_MAX_AGE", -1)
    response = client.post(f"/afmelden/{token}/")
    assert response.status_code == 400
    assert "Deze afmeldlink is verlopen." in response.content.decode()
    assert not NotificationPreferences.objects.exists()


def test_a_link_for_a_deleted_account_is_a_404(client):
    gone = UserFactory()
    token = unsubscribe_token(gone.pk, "replies")
    gone.delete()
    assert client.post(f"/afmelden/{token}/").status_code == 404


def test_every_category_has_a_setting():
    assert {field.name for field in NotificationPreferences._meta.fields} >= set(MailCategory.values)
