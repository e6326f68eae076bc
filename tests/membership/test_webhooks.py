"""The webhook: every case in quality.md, with signed payloads from the stand-in."""

import json
import logging
import threading
import time
import urllib.parse

import pytest
from django.db import connection
from django.test import Client

from membership import billing
from membership.models import BillingCustomer, ProcessedStripeEvent, Subscription
from tests.membership.helpers import confirm_hosted_checkout, deliver_event, signed_headers


@pytest.fixture
def trial(client, settings, standin, member):
    """A member who went through checkout; the events are not delivered yet."""
    client.force_login(member)
    checkout_url = client.post("/pro/abonneren/")["Location"]
    confirm_hosted_checkout(checkout_url)
    client.logout()
    return member


def event_of_type(standin, event_type):
    return next(event for event in standin.events if event["type"] == event_type)


def test_forged_missing_and_stale_signatures_are_refused(client, settings, standin, trial):
    event = event_of_type(standin, "checkout.session.completed")
    payload = json.dumps(event)
    forged = signed_headers(payload, "whsec_not_ours")
    assert client.post("/stripe/webhook/", payload, "application/json", **forged).status_code == 400
    assert client.post("/stripe/webhook/", payload, "application/json").status_code == 400
    stale = deliver_event(client, settings, event, timestamp=int(time.time()) - 600)
    assert stale.status_code == 400
    tampered = payload.replace(event["id"], event["id"] + "x")
    headers = signed_headers(payload, settings.STRIPE_WEBHOOK_SECRET)
    assert client.post("/stripe/webhook/", tampered, "application/json", **headers).status_code == 400
    assert client.post("/stripe/webhook/", "not json", "application/json").status_code == 400
    assert client.get("/stripe/webhook/").status_code == 405
    assert not Subscription.objects.exists()
    assert not ProcessedStripeEvent.objects.exists()


def test_each_handled_event_type_applies(client, settings, standin, trial):
    for event in standin.events:
        response = deliver_event(client, settings, event)
        assert response.status_code == 200
    assert Subscription.objects.get(user=trial).status == "trialing"
    handled = set(ProcessedStripeEvent.objects.values_list("event_type", flat=True))
    assert {"checkout.session.completed", "customer.subscription.created"} <= handled


def test_duplicate_delivery_changes_nothing(client, settings, standin, trial):
    event = event_of_type(standin, "checkout.session.completed")
    assert deliver_event(client, settings, event).content == b"processed"
    row = Subscription.objects.values().get()
    assert deliver_event(client, settings, event).content == b"duplicate"
    assert Subscription.objects.values().get() == row
    assert ProcessedStripeEvent.objects.filter(event_id=event["id"]).count() == 1


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_concurrent_duplicate_deliveries_apply_once(settings, standin, member):
    client = Client()
    client.force_login(member)
    confirm_hosted_checkout(client.post("/pro/abonneren/")["Location"])
    event = event_of_type(standin, "checkout.session.completed")
    barrier = threading.Barrier(2)
    outcomes = []

    def deliver():
        barrier.wait()
        try:
            outcomes.append(deliver_event(Client(), settings, event).status_code)
        finally:
            connection.close()

    threads = [threading.Thread(target=deliver) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    # A loser may get a 500 (SQLite serialises writers); Stripe retries it and the retry is a duplicate.
    if 500 in outcomes:
        assert deliver_event(Client(), settings, event).content == b"duplicate"
    assert 200 in outcomes
    assert ProcessedStripeEvent.objects.filter(event_id=event["id"]).count() == 1
    assert Subscription.objects.filter(user=member).count() == 1


def test_out_of_order_delivery_cannot_revive_a_cancelled_subscription(client, settings, standin, trial):
    created = event_of_type(standin, "customer.subscription.created")
    subscription_id = created["data"]["object"]["id"]
    billing.client().v1.subscriptions.cancel(subscription_id)
    deleted = event_of_type(standin, "customer.subscription.deleted")
    assert deliver_event(client, settings, deleted).status_code == 200
    assert deliver_event(client, settings, created).status_code == 200  # old news, arriving late
    assert Subscription.objects.get(stripe_subscription_id=subscription_id).status == "canceled"


def test_unknown_customer_gets_200_and_a_warning(client, settings, standin, trial, caplog):
    BillingCustomer.objects.all().delete()
    with caplog.at_level(logging.WARNING, logger="membership.billing"):
        response = deliver_event(client, settings, event_of_type(standin, "customer.subscription.created"))
    assert response.status_code == 200
    assert "unknown customer" in caplog.text
    assert not Subscription.objects.exists()


def test_unknown_event_type_is_ignored_with_200(client, settings, standin, db):
    event = {
        "id": "evt_unknown_type",
        "object": "event",
        "type": "payout.paid",
        "api_version": settings.STRIPE_API_VERSION,
        "created": int(time.time()),
        "livemode": False,
        "pending_webhooks": 1,
        "request": {"id": None, "idempotency_key": None},
        "data": {"object": {"id": "po_1", "object": "payout"}},
    }
    response = deliver_event(client, settings, event)
    assert response.status_code == 200
    assert response.content == b"ignored"


def test_failure_inside_the_handler_rolls_back_so_the_retry_succeeds(
    client, settings, standin, trial, monkeypatch
):
    event = event_of_type(standin, "customer.subscription.created")
    real_store = billing.store_subscription

    def broken_store(remote):
        real_store(remote)  # the row is written...
        raise RuntimeError("database went away")  # ...and then something fails

    monkeypatch.setattr(billing, "store_subscription", broken_store)
    assert deliver_event(client, settings, event).status_code == 500
    assert not Subscription.objects.exists()
    assert not ProcessedStripeEvent.objects.exists()
    monkeypatch.setattr(billing, "store_subscription", real_store)
    assert deliver_event(client, settings, event).status_code == 200
    assert Subscription.objects.get(user=trial).status == "trialing"


def test_stripe_down_while_handling_gives_500_for_a_retry(client, settings, standin, trial):
    event = event_of_type(standin, "customer.subscription.created")
    settings.STRIPE_API_BASE = "http://127.0.0.1:9"
    assert deliver_event(client, settings, event).status_code == 500
    assert not ProcessedStripeEvent.objects.exists()
    # Stripe is back and delivers again: processed now, and once only however often it comes.
    settings.STRIPE_API_BASE = standin.url
    assert deliver_event(client, settings, event).status_code == 200
    assert deliver_event(client, settings, event).content == b"duplicate"
    assert ProcessedStripeEvent.objects.filter(event_id=event["id"]).count() == 1


def test_success_url_carries_the_session_id(client, standin, member):
    client.force_login(member)
    success_url = confirm_hosted_checkout(client.post("/pro/abonneren/")["Location"])
    query = urllib.parse.parse_qs(urllib.parse.urlsplit(success_url).query)
    assert query["session_id"][0].startswith("cs_")


# Events that can never be processed (issue 10, finding 5) ----------------------------------------------


def stripe_event(settings, event_type, obj, event_id="evt_never_processable"):
    return {
        "id": event_id,
        "object": "event",
        "type": event_type,
        "api_version": settings.STRIPE_API_VERSION,
        "created": int(time.time()),
        "livemode": False,
        "pending_webhooks": 1,
        "request": {"id": None, "idempotency_key": None},
        "data": {"object": obj},
    }


UNKNOWN_OBJECTS = [
    ("customer.subscription.updated", {"id": "sub_unknown", "object": "subscription", "customer": "cus_x"}),
    ("customer.subscription.trial_will_end", {"id": "sub_unknown", "object": "subscription"}),
    ("checkout.session.completed", {"id": "cs_test_unknown", "object": "checkout.session"}),
    (
        "invoice.paid",
        {
            "id": "in_unknown",
            "object": "invoice",
            "parent": {
                "type": "subscription_details",
                "quote_details": None,
                "subscription_details": {"metadata": {}, "subscription": "sub_unknown"},
            },
        },
    ),
    (
        "invoice.payment_failed",
        {
            "id": "in_unknown",
            "object": "invoice",
            "parent": {
                "type": "subscription_details",
                "quote_details": None,
                "subscription_details": {"metadata": {}, "subscription": "sub_unknown"},
            },
        },
    ),
]


@pytest.mark.parametrize(("event_type", "obj"), UNKNOWN_OBJECTS)
def test_an_event_about_an_object_stripe_does_not_have_gets_200_and_a_log_line(
    client, settings, standin, db, caplog, event_type, obj
):
    event = stripe_event(settings, event_type, obj)
    with caplog.at_level(logging.WARNING, logger="membership.billing"):
        response = deliver_event(client, settings, event)
    assert response.status_code == 200
    assert response.content == b"no such object"
    assert "no such object" in caplog.text
    assert not Subscription.objects.exists()
    # Recorded, so that Stripe's next delivery of it is a quiet duplicate.
    assert deliver_event(client, settings, event).content == b"duplicate"


@pytest.mark.parametrize(
    "body",
    [
        "[]",
        '[{"id": "evt_1", "type": "invoice.paid"}]',
        '"evt_1"',
        "42",
        "null",
        '{"object": "event", "type": "invoice.paid", "data": {"object": {"id": "in_1"}}}',
        '{"id": 12, "object": "event", "type": "invoice.paid", "data": {"object": {"id": "in_1"}}}',
        '{"id": "evt_1", "object": "event", "data": {"object": {"id": "in_1"}}}',
        '{"id": "evt_1", "object": "event", "type": "invoice.paid"}',
        '{"id": "evt_1", "object": "event", "type": "invoice.paid", "data": []}',
        '{"id": "evt_1", "object": "event", "type": "invoice.paid", "data": {"object": "in_1"}}',
    ],
)
def test_a_malformed_but_signed_event_gets_400(client, settings, db, body):
    headers = signed_headers(body, settings.STRIPE_WEBHOOK_SECRET)
    client.raise_request_exception = True
    response = client.post("/stripe/webhook/", body, "application/json", **headers)
    assert response.status_code == 400
    assert not ProcessedStripeEvent.objects.exists()


def test_database_down_while_handling_still_gives_500_for_a_retry(
    client, settings, standin, trial, monkeypatch
):
    from django.db import OperationalError

    def down(*args, **kwargs):
        raise OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr(billing.Subscription.objects, "update_or_create", down)
    event = event_of_type(standin, "customer.subscription.created")
    assert deliver_event(client, settings, event).status_code == 500
    assert not ProcessedStripeEvent.objects.exists()
