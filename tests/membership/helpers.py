"""Shared by the membership tests: Stripe's hosted checkout as a visitor uses it, and signed webhooks."""

import json
import re
import urllib.error
import urllib.parse
import urllib.request

import stripe
from django.test import TestCase


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def confirm_hosted_checkout(checkout_url: str) -> str:
    """Do what the visitor does on Stripe's hosted page; returns the success URL it redirects to."""
    page = urllib.request.urlopen(checkout_url, timeout=5).read().decode()
    action = re.search(r'<form[^>]*action="([^"]+)"', page).group(1)
    opener = urllib.request.build_opener(NoRedirect)
    try:
        opener.open(urllib.parse.urljoin(checkout_url, action), data=b"", timeout=5)
    except urllib.error.HTTPError as redirect:
        assert redirect.code in (302, 303), redirect.code
        return redirect.headers["Location"]
    raise AssertionError("The hosted checkout page did not redirect")


def signed_headers(payload: str, secret: str, timestamp=None) -> dict:
    header = stripe.WebhookSignature.generate_signature_header(payload, secret, timestamp=timestamp)
    return {"HTTP_STRIPE_SIGNATURE": header}


def deliver_event(client, settings, event: dict, **kwargs):
    payload = json.dumps(event)
    # Tests run inside a transaction; run what the handler schedules for after its commit (emails).
    with TestCase.captureOnCommitCallbacks(execute=True):
        return client.post(
            "/stripe/webhook/",
            data=payload,
            content_type="application/json",
            **signed_headers(payload, settings.STRIPE_WEBHOOK_SECRET, **kwargs),
        )


def deliver_all(client, settings, standin, since=0):
    """Hand every event the stand-in created (from index `since`) to the site, in order."""
    responses = [deliver_event(client, settings, event) for event in standin.events[since:]]
    assert all(response.status_code == 200 for response in responses), [r.status_code for r in responses]
    return len(standin.events)
