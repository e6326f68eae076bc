"""/.well-known/security.txt (RFC 9116): where to report a vulnerability, and until when that holds."""

import datetime

from django.conf import settings

RENEW_DAYS_BEFORE = 30


def fields(response):
    lines = response.content.decode().splitlines()
    return dict(line.split(": ", 1) for line in lines if line and not line.startswith("#"))


def test_security_txt_names_a_contact_and_an_expiry(client, db):
    response = client.get("/.well-known/security.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    found = fields(response)
    assert found["Contact"].startswith(("mailto:", "https://"))
    assert found["Preferred-Languages"] == "nl, en"
    assert found["Canonical"] == "http://testserver/.well-known/security.txt"
    assert datetime.datetime.fromisoformat(found["Expires"]).tzinfo is not None


def test_security_txt_is_renewed_well_before_it_expires(client, db):
    """Fails 30 days before the Expires date: time to set SECURITY_TXT_EXPIRES a year further on."""
    expires = datetime.datetime.fromisoformat(fields(client.get("/.well-known/security.txt"))["Expires"])
    left = expires - datetime.datetime.now(datetime.UTC)
    assert left > datetime.timedelta(days=RENEW_DAYS_BEFORE), (
        f"security.txt expires on {expires:%Y-%m-%d}: move SECURITY_TXT_EXPIRES (settings/base.py) on"
    )
    assert left < datetime.timedelta(days=366)  # RFC 9116: less than a year ahead
    assert settings.SECURITY_TXT_EXPIRES
