"""The local Stripe stand-in, driven by the real stripe library the way the site drives it.

Its objects are checked against the schemas and example objects of stripe-python 16.1.0 kept in the
`shared/stripe` folder beside the repository (or $STRIPE_REFERENCE_DIR); without that folder those checks
are skipped. No database is used.
"""

import json
import os
import re
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import jsonschema
import pytest
import stripe

from devtools.stripe_standin import StripeStandIn
from devtools.stripe_standin.server import parse_params
from tests.membership.helpers import NoRedirect

SECRET = "whsec_standin_tests"
PRICE = "price_kennisbank_pro"
YEARLY_PRICE = "price_kennisbank_pro_yearly"
API_VERSION = "2026-10-28.endive"
DAY = 24 * 3600
REPOSITORY = Path(__file__).resolve().parents[2]


# Fixtures -----------------------------------------------------------------------------------------


class Receiver:
    """A tiny webhook endpoint: records every delivery and answers with `status`."""

    def __init__(self):
        self.deliveries = []
        self.status = 200
        self.on_event = None  # called with each event as it arrives, as the site reacts while it answers
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers["Content-Length"])).decode()
                receiver.deliveries.append({"headers": dict(self.headers), "body": body})
                if receiver.on_event and receiver.status == 200:
                    receiver.on_event(json.loads(body))
                self.send_response(receiver.status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/stripe/webhook/"
        threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True).start()

    def events(self):
        """Every delivery, verified exactly as the site verifies it."""
        return [
            stripe.Webhook.construct_event(d["body"], d["headers"]["Stripe-Signature"], SECRET)
            for d in self.deliveries
        ]

    def types(self):
        return [json.loads(delivery["body"])["type"] for delivery in self.deliveries]


@pytest.fixture
def receiver():
    receiver = Receiver()
    yield receiver
    receiver.server.shutdown()
    receiver.server.server_close()


@pytest.fixture
def standin(receiver):
    server = StripeStandIn(webhook_url=receiver.url, webhook_secret=SECRET, price_id=PRICE).start()
    yield server
    server.stop()


def make_client(standin, api_key="sk_test_standin"):
    return stripe.StripeClient(
        api_key, base_addresses={"api": standin.url}, stripe_version=API_VERSION, max_network_retries=0
    )


@pytest.fixture
def client(standin):
    return make_client(standin)


def http(url, data=None, headers=None, method=None):
    """(status, headers, body) without following redirects; data is form-encoded."""
    body = urllib.parse.urlencode(data).encode() if data is not None else None
    request = urllib.request.Request(url, data=body, headers=headers or {}, method=method)
    try:
        with urllib.request.build_opener(NoRedirect).open(request, timeout=10) as response:
            return response.status, response.headers, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read().decode()


def form_actions(page):
    """{button label: form action} of a hosted page."""
    forms = re.findall(r'<form[^>]*action="([^"]+)"[^>]*>.*?<button[^>]*>([^<]+)</button>', page, re.S)
    return {label: action for action, label in forms}


def checkout(client, customer_id, trial_days=30, price=PRICE, **extra):
    params = {
        "mode": "subscription",
        "customer": customer_id,
        "client_reference_id": "42",
        "line_items": [{"price": price, "quantity": 1}],
        "payment_method_collection": "always",
        "locale": "nl",
        "success_url": "http://testserver/pro/welkom/?session_id={CHECKOUT_SESSION_ID}",
        "cancel_url": "http://testserver/pro/",
        "metadata": {"user_id": "42"},
        "subscription_data": {"metadata": {"user_id": "42"}},
        **extra,
    }
    if trial_days:
        params["subscription_data"]["trial_period_days"] = trial_days
    return client.v1.checkout.sessions.create(params=params)


def subscribe(client, standin, trial_days=30, email="lid@example.com"):
    """Customer, checkout session, the visitor confirms; returns (customer, session id, subscription)."""
    customer = client.v1.customers.create(params={"email": email, "metadata": {"user_id": "42"}})
    session = checkout(client, customer.id, trial_days)
    status, _headers, page = http(f"{session.url}/confirm", data={})
    assert status == 303, page
    subscription = client.v1.subscriptions.retrieve(
        client.v1.checkout.sessions.retrieve(session.id).subscription
    )
    return customer, session.id, subscription


def types(events):
    return [event["type"] for event in events]


# Reference data (schemas.json, fixtures3.json) ----------------------------------------------------


def reference_dir():
    configured = os.environ.get("STRIPE_REFERENCE_DIR")
    return Path(configured) if configured else REPOSITORY.parent / "shared" / "stripe"


def convert(schema):
    """JSON Schema from the SDK-derived schema: "nullable" allows null, every non-nullable property is
    required (that is how the SDK types mark fields Stripe always sends), open enums accept any string,
    x- keys are dropped."""
    if not isinstance(schema, dict):
        return schema
    result = {}
    for key, value in schema.items():
        if key.startswith("x-") or key in ("nullable", "description"):
            continue
        if key == "properties":
            result[key] = {name: convert(sub) for name, sub in value.items()}
        elif key in ("items", "additionalProperties"):
            result[key] = convert(value)
        elif key == "anyOf":
            result[key] = [convert(sub) for sub in value]
        else:
            result[key] = value
    if schema.get("x-open-enum"):
        result.pop("enum", None)
    if "properties" in schema:
        result["required"] = sorted(
            name for name, sub in schema["properties"].items() if not sub.get("nullable")
        )
    return {"anyOf": [result, {"type": "null"}]} if schema.get("nullable") else result


class Reference:
    def __init__(self, folder):
        self.raw = json.loads((folder / "schemas.json").read_text())
        self.examples = json.loads((folder / "fixtures3.json").read_text())["resources"]
        self.validators = {
            name: jsonschema.Draft202012Validator(convert(schema))
            for name, schema in self.raw.items()
            if not name.startswith("_")
        }
        self.checked = set()

    def check(self, obj):
        """Validate one object (and the objects nested or expanded in it) against its schema."""
        name = obj["object"]
        errors = sorted(self.validators[name].iter_errors(obj), key=lambda e: list(e.absolute_path))
        assert not errors, f"{name} {obj['id']}: " + "; ".join(
            f"{'.'.join(map(str, e.absolute_path))}: {e.message[:200]}" for e in errors[:5]
        )
        known = set(self.raw[name]["properties"])
        assert set(obj) <= known, f"{name} has fields the SDK does not know: {set(obj) - known}"
        # Example fields this API version dropped (invoice.subscription) are not expected.
        expected = set(self.examples[name]) & known
        assert set(obj) >= expected, f"{name} lacks fields of Stripe's example: {expected - set(obj)}"
        self.checked.add(name)
        if name == "subscription":
            for item in obj["items"]["data"]:
                self.check(item)
        if name == "event":
            self.check(obj["data"]["object"])
        for field in ("subscription", "customer", "latest_invoice"):
            if isinstance(obj.get(field), dict):
                self.check(obj[field])

    def check_price(self, obj):
        """schemas.json has no price schema: a price has exactly the fields of Stripe's example price, with
        values of the same types (custom_unit_amount and transform_quantity may be null)."""
        example = self.examples["price"]
        assert set(obj) == set(example), set(obj) ^ set(example)
        assert set(obj["recurring"]) == set(example["recurring"])
        for name, value in example.items():
            if value is not None and obj[name] is not None:
                assert type(obj[name]) is type(value), name
        assert obj["tax_behavior"] in ("exclusive", "inclusive", "unspecified")
        assert obj["recurring"]["interval"] in ("day", "week", "month", "year")


@pytest.fixture(scope="module")
def reference():
    folder = reference_dir()
    if not (folder / "schemas.json").exists() or not (folder / "fixtures3.json").exists():
        pytest.skip(
            f"Stripe reference data not found in {folder} (set STRIPE_REFERENCE_DIR to check schemas)"
        )
    return Reference(folder)


# Checkout -----------------------------------------------------------------------------------------


def test_checkout_with_a_trial(client, standin, receiver):
    customer = client.v1.customers.create(params={"email": "lid@example.com", "metadata": {"user_id": "42"}})
    session = checkout(client, customer.id)
    assert session.status == "open" and session.mode == "subscription"
    assert session.url == f"{standin.url}/checkout/{session.id}"
    assert session.id.startswith("cs_test_") and session.client_reference_id == "42"

    status, _headers, page = http(session.url)
    assert status == 200
    assert '<html lang="nl">' in page
    assert "Gesimuleerde betaling (lokale Stripe stand-in)" in page
    assert "Kennisbank Pro" in page
    assert "30 dagen gratis, daarna € 12,10 per maand" in page
    assert '<a href="http://testserver/pro/">Annuleren</a>' in page
    actions = form_actions(page)
    assert list(actions) == ["Proefperiode starten"]

    status, headers, _body = http(urllib.parse.urljoin(session.url, actions["Proefperiode starten"]), data={})
    assert status == 303
    assert headers["Location"] == f"http://testserver/pro/welkom/?session_id={session.id}"

    done = client.v1.checkout.sessions.retrieve(session.id, params={"expand": ["subscription"]})
    assert done.status == "complete"
    assert done.payment_status == "no_payment_required"
    subscription = done.subscription
    assert subscription.status == "trialing"
    assert subscription.customer == customer.id
    assert subscription.metadata.to_dict() == {"user_id": "42"}
    assert subscription.trial_end - subscription.trial_start == 30 * DAY
    item = subscription["items"].data[0]
    assert item.price.id == PRICE and item.price.unit_amount == 1210 and item.price.currency == "eur"
    assert item.current_period_end == subscription.trial_end

    invoice = client.v1.invoices.retrieve(subscription.latest_invoice)
    assert (invoice.status, invoice.amount_due, invoice.billing_reason) == ("paid", 0, "subscription_create")
    assert invoice.parent.subscription_details.subscription == subscription.id

    expected = [
        "customer.subscription.created",
        "invoice.created",
        "invoice.finalized",
        "invoice.paid",
        "invoice.payment_succeeded",
        "checkout.session.completed",
    ]
    assert types(standin.events) == expected
    assert [event.type for event in receiver.events()] == expected  # every delivery is correctly signed
    assert all(delivery["status"] == 200 for delivery in standin.deliveries)
    assert all(event["pending_webhooks"] == 0 for event in standin.events)

    status, _headers, page = http(f"{session.url}/confirm", data={})
    assert status == 400 and "al afgerond" in page
    assert len(standin.events) == len(expected)


def test_both_prices_are_served_with_vat_included(client, standin):
    monthly, yearly = client.v1.prices.retrieve(PRICE), client.v1.prices.retrieve(YEARLY_PRICE)
    assert (monthly.unit_amount, monthly.currency, monthly.recurring.interval) == (1210, "eur", "month")
    assert (yearly.unit_amount, yearly.currency, yearly.recurring.interval) == (12100, "eur", "year")
    assert monthly.tax_behavior == yearly.tax_behavior == "inclusive"
    assert monthly.product == yearly.product
    assert client.v1.products.retrieve(monthly.product).default_price == PRICE


def test_the_yearly_price_checks_out_with_the_same_trial_and_renews_a_year_on(client, standin):
    customer = client.v1.customers.create(params={"email": "jaar@example.com"})
    session = checkout(client, customer.id, price=YEARLY_PRICE)
    page = http(session.url)[2]
    assert "30 dagen gratis, daarna € 121,00 per jaar" in page
    assert http(f"{session.url}/confirm", data={})[0] == 303

    subscription = client.v1.subscriptions.retrieve(
        client.v1.checkout.sessions.retrieve(session.id).subscription
    )
    assert subscription.status == "trialing"
    assert subscription.trial_end - subscription.trial_start == 30 * DAY
    assert subscription["items"].data[0].price.id == YEARLY_PRICE
    converted = standin.advance(31 * DAY)
    assert [e["data"]["object"]["amount_paid"] for e in converted if e["type"] == "invoice.paid"] == [12100]
    item = client.v1.subscriptions.retrieve(subscription.id)["items"].data[0]
    assert item.current_period_end - item.current_period_start == 365 * DAY


def test_checkout_without_trial_pays_at_once(client, standin):
    customer = client.v1.customers.create(params={"email": "lid@example.com"})
    session = checkout(client, customer.id, trial_days=None)
    page = http(session.url)[2]
    assert "Abonnement starten" in form_actions(page) and "Proefperiode" not in page
    assert http(f"{session.url}/confirm", data={})[0] == 303

    done = client.v1.checkout.sessions.retrieve(session.id)
    assert (done.status, done.payment_status, done.amount_total) == ("complete", "paid", 1210)
    subscription = client.v1.subscriptions.retrieve(done.subscription, params={"expand": ["latest_invoice"]})
    assert subscription.status == "active" and subscription.trial_end is None
    assert (subscription.latest_invoice.status, subscription.latest_invoice.amount_paid) == ("paid", 1210)


def test_a_declined_first_payment_shows_on_the_page_and_creates_nothing(client, standin):
    customer = client.v1.customers.create(params={"email": "lid@example.com"})
    session = checkout(client, customer.id, trial_days=None)
    standin.set_payment_failure(customer.id)
    status, _headers, page = http(f"{session.url}/confirm", data={})
    assert status == 402 and "geweigerd" in page and 'role="alert"' in page
    assert client.v1.checkout.sessions.retrieve(session.id).status == "open"
    assert not client.v1.subscriptions.list(params={"customer": customer.id, "status": "all"}).data

    standin.set_payment_failure(customer.id, fail=False)
    assert http(f"{session.url}/confirm", data={})[0] == 303
    assert client.v1.checkout.sessions.retrieve(session.id).payment_status == "paid"


def test_an_expired_session_cannot_be_confirmed(client, standin):
    customer = client.v1.customers.create(params={"email": "lid@example.com"})
    session = checkout(client, customer.id)
    assert types(standin.advance(DAY + 1)) == ["checkout.session.expired"]
    status, _headers, page = http(f"{session.url}/confirm", data={})
    assert status == 400 and "verlopen" in page
    assert client.v1.checkout.sessions.retrieve(session.id).status == "expired"


def test_checkout_parameters_are_checked(client, standin):
    customer = client.v1.customers.create(params={})
    with pytest.raises(stripe.InvalidRequestError) as missing:
        checkout(client, customer.id, line_items=[{"price": "price_nope", "quantity": 1}])
    assert (missing.value.http_status, missing.value.param) == (400, "line_items[0][price]")
    with pytest.raises(stripe.InvalidRequestError) as unknown:
        checkout(client, customer.id, trial_period_days=30)  # belongs in subscription_data
    assert unknown.value.param == "trial_period_days"
    with pytest.raises(stripe.InvalidRequestError, match="No such customer"):
        checkout(client, "cus_nope")


# Billing portal -----------------------------------------------------------------------------------


def test_billing_portal_cancel_at_period_end_resume_and_cancel_now(client, standin, receiver):
    customer, _session_id, subscription = subscribe(client, standin)
    portal = client.v1.billing_portal.sessions.create(
        params={"customer": customer.id, "return_url": "http://testserver/account/"}
    )
    assert portal.id.startswith("bps_") and portal.url == f"{standin.url}/portal/{portal.id}"
    seen = len(standin.events)

    status, _headers, page = http(portal.url)
    assert status == 200 and '<html lang="nl">' in page and "Proefperiode" in page
    assert '<a href="http://testserver/account/">' in page
    actions = form_actions(page)
    assert set(actions) == {"Opzeggen aan het einde van de periode", "Direct opzeggen"}

    status, headers, _body = http(
        urllib.parse.urljoin(portal.url, actions["Opzeggen aan het einde van de periode"]), {}
    )
    assert (status, headers["Location"]) == (303, portal.url)
    updated = client.v1.subscriptions.retrieve(subscription.id)
    assert updated.cancel_at_period_end is True and updated.status == "trialing"
    assert updated.cancel_at == updated["items"].data[0].current_period_end
    event = standin.events[seen]
    assert event["type"] == "customer.subscription.updated"
    assert event["data"]["previous_attributes"]["cancel_at_period_end"] is False

    actions = form_actions(http(portal.url)[2])
    assert set(actions) == {"Opzegging intrekken", "Direct opzeggen"}
    http(urllib.parse.urljoin(portal.url, actions["Opzegging intrekken"]), {})
    assert client.v1.subscriptions.retrieve(subscription.id).cancel_at_period_end is False

    http(urllib.parse.urljoin(portal.url, actions["Direct opzeggen"]), {})
    ended = client.v1.subscriptions.retrieve(subscription.id)
    assert ended.status == "canceled" and ended.ended_at and ended.canceled_at
    assert types(standin.events[seen:]) == [
        "customer.subscription.updated",
        "customer.subscription.updated",
        "customer.subscription.deleted",
    ]
    assert "Opgezegd" in http(portal.url)[2] and not form_actions(http(portal.url)[2])
    assert len(receiver.events()) == len(standin.events)


def test_portal_refuses_someone_elses_subscription(client, standin):
    _customer, _session, subscription = subscribe(client, standin)
    other = client.v1.customers.create(params={"email": "ander@example.com"})
    portal = client.v1.billing_portal.sessions.create(params={"customer": other.id})
    status, _headers, _page = http(f"{portal.url}/subscriptions/{subscription.id}/cancel", {})
    assert status == 404
    assert client.v1.subscriptions.retrieve(subscription.id).status == "trialing"


def test_cancel_through_the_api(client, standin):
    _customer, _session, subscription = subscribe(client, standin)
    updated = client.v1.subscriptions.update(subscription.id, params={"cancel_at_period_end": True})
    assert updated.cancel_at_period_end is True
    canceled = client.v1.subscriptions.cancel(subscription.id)
    assert canceled.status == "canceled"
    assert standin.events[-1]["type"] == "customer.subscription.deleted"
    with pytest.raises(stripe.InvalidRequestError):
        client.v1.subscriptions.cancel(subscription.id)
    with pytest.raises(stripe.InvalidRequestError):
        client.v1.subscriptions.update(subscription.id, params={"cancel_at_period_end": True})


# The clock ----------------------------------------------------------------------------------------


def test_trial_end_renewal_payment_failure_and_cancellation(client, standin, receiver):
    customer, _session, subscription = subscribe(client, standin)
    trial_end = subscription.trial_end

    assert types(standin.advance(26 * DAY)) == []
    warned = standin.advance(2 * DAY)
    assert types(warned) == ["customer.subscription.trial_will_end"]
    assert warned[0]["created"] == trial_end - 3 * DAY
    assert types(standin.advance(DAY)) == []  # only once

    converted = standin.advance(2 * DAY)
    assert types(converted) == [
        "invoice.created",
        "invoice.finalized",
        "invoice.paid",
        "invoice.payment_succeeded",
        "customer.subscription.updated",
    ]
    assert converted[2]["data"]["object"]["amount_paid"] == 1210
    assert converted[-1]["data"]["previous_attributes"]["status"] == "trialing"
    active = client.v1.subscriptions.retrieve(subscription.id)
    assert active.status == "active"
    assert active["items"].data[0].current_period_start == trial_end
    assert active["items"].data[0].current_period_end == trial_end + 30 * DAY

    standin.set_payment_failure(customer.id)
    failed = standin.advance(30 * DAY)
    assert types(failed) == [
        "invoice.created",
        "invoice.finalized",
        "invoice.payment_failed",
        "customer.subscription.updated",
    ]
    assert failed[2]["data"]["object"]["status"] == "open"
    assert client.v1.subscriptions.retrieve(subscription.id).status == "past_due"
    assert client.v1.customers.retrieve(customer.id).delinquent is True

    standin.set_payment_failure(customer.id, fail=False)
    assert "invoice.paid" in types(standin.advance(30 * DAY))
    assert client.v1.subscriptions.retrieve(subscription.id).status == "active"

    ending = client.v1.subscriptions.update(subscription.id, params={"cancel_at_period_end": True})
    period_end = ending["items"].data[0].current_period_end
    assert ending.cancel_at == period_end
    ended = standin.advance(30 * DAY)
    assert types(ended) == ["customer.subscription.deleted"]
    canceled = client.v1.subscriptions.retrieve(subscription.id)
    assert (canceled.status, canceled.ended_at) == ("canceled", period_end)
    assert standin.advance(60 * DAY) == []
    assert [event.id for event in receiver.events()] == [event["id"] for event in standin.events]


# API conventions ----------------------------------------------------------------------------------


def test_idempotency_keys(client, standin):
    options = {"idempotency_key": "kennisbank-customer-42"}
    first = client.v1.customers.create(params={"email": "lid@example.com"}, options=options)
    again = client.v1.customers.create(params={"email": "lid@example.com"}, options=options)
    assert again.id == first.id
    assert again.last_response.headers["Idempotent-Replayed"] == "true"
    assert len(client.v1.customers.list().data) == 1
    with pytest.raises(stripe.IdempotencyError):
        client.v1.customers.create(params={"email": "ander@example.com"}, options=options)

    customer = client.v1.customers.create(params={})
    params = {"mode": "subscription", "customer": customer.id, "line_items": [{"price": PRICE}]}
    params["success_url"] = "http://testserver/"
    key = {"idempotency_key": "kennisbank-checkout-42"}
    session = client.v1.checkout.sessions.create(params=params, options=key)
    assert client.v1.checkout.sessions.create(params=params, options=key).id == session.id
    assert len(client.v1.checkout.sessions.list().data) == 1


def test_api_keys_are_required(standin):
    status, headers, body = http(f"{standin.url}/v1/customers")
    assert status == 401 and headers["Request-Id"].startswith("req_")
    error = json.loads(body)["error"]
    assert error["type"] == "invalid_request_error" and "API key" in error["message"]
    with pytest.raises(stripe.AuthenticationError):
        make_client(standin, api_key="sk_live_realkey1234567890").v1.customers.list()
    assert make_client(standin, api_key="rk_test_restricted").v1.customers.list().data == []


def test_unknown_ids_give_stripe_style_404s(client, standin):
    with pytest.raises(stripe.InvalidRequestError) as error:
        client.v1.subscriptions.retrieve("sub_doesnotexist")
    assert error.value.http_status == 404
    assert error.value.code == "resource_missing"
    status, _headers, body = http(
        f"{standin.url}/v1/customers/cus_nope", headers={"Authorization": "Bearer sk_test_x"}
    )
    assert status == 404
    assert json.loads(body)["error"] == {
        "type": "invalid_request_error",
        "message": "No such customer: 'cus_nope'",
        "param": "id",
        "code": "resource_missing",
        "doc_url": "https://docs.stripe.com/error-codes/resource-missing",
    }
    for unknown in ("/v1/nothing", "/v1/charges/ch_1"):
        status, _headers, body = http(standin.url + unknown, headers={"Authorization": "Bearer sk_test_x"})
        assert status == 404 and "Unrecognized request URL" in json.loads(body)["error"]["message"]
    assert http(f"{standin.url}/checkout/cs_test_nope")[0] == 404


def test_customers_and_lists(client, standin):
    first = client.v1.customers.create(params={"email": "een@example.com", "name": "Een"})
    second = client.v1.customers.create(params={"email": "twee@example.com", "metadata": {"a": "1"}})
    assert [c.id for c in client.v1.customers.list(params={"email": "twee@example.com"}).data] == [second.id]
    assert [c.id for c in client.v1.customers.list().data] == [second.id, first.id]  # newest first
    assert [c.id for c in client.v1.customers.list(params={"limit": 1}).auto_paging_iter()] == [
        second.id,
        first.id,
    ]
    updated = client.v1.customers.update(second.id, params={"name": "Twee", "metadata": {"a": "", "b": "2"}})
    assert (updated.name, updated.metadata.to_dict()) == ("Twee", {"b": "2"})
    assert client.v1.prices.retrieve(PRICE).recurring.interval == "month"

    subscribe(client, standin, email="drie@example.com")
    customer_id = client.v1.subscriptions.list().data[0].customer
    assert client.v1.customers.delete(customer_id).deleted is True
    assert client.v1.customers.retrieve(customer_id).deleted is True
    assert client.v1.subscriptions.list().data == []
    assert [s.status for s in client.v1.subscriptions.list(params={"status": "all"}).data] == ["canceled"]

    events = client.v1.events.list(params={"type": "invoice.paid"}).data
    assert [event.type for event in events] == ["invoice.paid"]
    newest = client.v1.events.list(params={"limit": 1}).data[0]
    assert newest.id == standin.events[-1]["id"]
    assert client.v1.events.retrieve(newest.id).type == newest.type


def test_nested_form_parameters_are_decoded_as_the_library_encodes_them():
    encoded = (
        "line_items[0][price]=price_x&line_items[0][quantity]=1&subscription_data[trial_period_days]=30"
        "&subscription_data[metadata][user_id]=42&expand[0]=subscription&expand[]=customer&metadata[0]=zero"
    )
    assert parse_params(encoded) == {
        "line_items": [{"price": "price_x", "quantity": "1"}],
        "subscription_data": {"trial_period_days": "30", "metadata": {"user_id": "42"}},
        "expand": ["subscription", "customer"],
        "metadata": {"0": "zero"},
    }


# Webhooks -----------------------------------------------------------------------------------------


def test_webhook_failures_are_recorded_and_redelivered(client, standin, receiver):
    receiver.status = 500
    subscribe(client, standin)
    assert {delivery["status"] for delivery in standin.deliveries} == {500}
    assert all(event["pending_webhooks"] == 1 for event in standin.events)

    receiver.status = 200
    completed = next(e for e in standin.events if e["type"] == "checkout.session.completed")
    assert standin.deliver(completed["id"]) == 200
    resent = receiver.events()[-1]
    assert resent.id == completed["id"] and resent.type == "checkout.session.completed"


def test_advance_stops_at_every_moment_so_the_site_reads_the_state_of_that_moment(client, standin, receiver):
    """The site reads Stripe's current state when an event arrives (membership.billing): a 31-day jump must
    deliver the trial reminder while the trial still runs, then the renewal."""
    seen = []
    receiver.on_event = lambda event: seen.append(
        (event["type"], client.v1.subscriptions.retrieve(event["data"]["object"]["id"]).status)
        if event["data"]["object"]["object"] == "subscription"
        else (event["type"], None)
    )
    subscribe(client, standin)
    events = standin.advance(31 * DAY)
    assert ("customer.subscription.trial_will_end", "trialing") in seen
    renewed = seen.index(("customer.subscription.updated", "active"))
    assert seen.index(("customer.subscription.trial_will_end", "trialing")) < renewed
    assert events[0]["type"] == "customer.subscription.trial_will_end"
    assert [e["created"] for e in events] == sorted(e["created"] for e in events)


def test_failed_deliveries_are_retried_until_the_site_answers(receiver):
    receiver.status = 503  # the site is not up yet
    standin = StripeStandIn(
        webhook_url=receiver.url, webhook_secret=SECRET, price_id=PRICE, retry_delays=(0.2, 0.2, 0.2, 5)
    ).start()
    try:
        subscribe(make_client(standin), standin)
        failed = {delivery["event"] for delivery in standin.deliveries}
        receiver.status = 200
        for _ in range(100):  # waiting for the retries, not timing them
            if all(event["pending_webhooks"] == 0 for event in standin.events):
                break
            time.sleep(0.05)
        assert all(event["pending_webhooks"] == 0 for event in standin.events)
        delivered = {d["event"] for d in standin.deliveries if d["status"] == 200}
        assert delivered == failed
        assert sum(d["status"] == 200 for d in standin.deliveries) == len(failed)  # each once
    finally:
        standin.stop()


def test_an_unreachable_site_does_not_stop_the_standin(client):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed_port = probe.getsockname()[1]  # nothing listens here once the socket closes
    standin = StripeStandIn(
        webhook_url=f"http://127.0.0.1:{closed_port}/hook/", webhook_secret=SECRET
    ).start()
    try:
        client = make_client(standin)
        subscribe(client, standin)
        assert standin.deliveries and all(d["status"] is None and d["error"] for d in standin.deliveries)
        assert client.v1.subscriptions.list().data[0].status == "trialing"
    finally:
        standin.stop()


def test_without_auto_delivery_nothing_is_sent_until_asked(receiver):
    standin = StripeStandIn(webhook_url=receiver.url, webhook_secret=SECRET, auto_deliver=False).start()
    try:
        subscribe(make_client(standin), standin)
        assert receiver.deliveries == []
        for event in standin.events:
            assert standin.deliver(event["id"]) == 200
        assert receiver.types() == types(standin.events)
        receiver.events()  # all signatures valid
    finally:
        standin.stop()


def test_test_helpers_over_http(client, standin):
    customer, _session, subscription = subscribe(client, standin)
    status, _headers, body = http(
        f"{standin.url}/_standin/customers/{customer.id}/fail_payments", {"fail": "true"}
    )
    assert status == 200 and json.loads(body) == {"customer": customer.id, "fail_payments": True}
    before = standin.now()
    status, _headers, body = http(f"{standin.url}/_standin/advance", {"seconds": str(31 * DAY)})
    assert status == 200
    result = json.loads(body)
    assert result["now"] >= before + 31 * DAY
    assert "invoice.payment_failed" in types(result["events"])
    assert client.v1.subscriptions.retrieve(subscription.id).status == "past_due"
    event_id = result["events"][0]["id"]
    status, _headers, body = http(f"{standin.url}/_standin/events/{event_id}/deliver", {})
    assert json.loads(body) == {"event": event_id, "status": 200}
    assert http(f"{standin.url}/_standin/events/evt_nope/deliver", {})[0] == 404


# Persistence --------------------------------------------------------------------------------------


def test_state_survives_a_restart(tmp_path, receiver):
    state_file = tmp_path / ".stripe-standin.json"
    first = StripeStandIn(webhook_url=receiver.url, webhook_secret=SECRET, state_file=state_file).start()
    try:
        customer, session_id, subscription = subscribe(make_client(first), first)
        first.advance(5 * DAY)
    finally:
        first.stop()
    assert json.loads(state_file.read_text())["clock_offset"] == 5 * DAY
    assert [path.name for path in tmp_path.iterdir()] == [state_file.name]  # no temp files left behind

    second = StripeStandIn(webhook_url=receiver.url, webhook_secret=SECRET, state_file=state_file).start()
    try:
        client = make_client(second)
        assert client.v1.subscriptions.retrieve(subscription.id).status == "trialing"
        assert client.v1.customers.retrieve(customer.id).email == "lid@example.com"
        assert client.v1.checkout.sessions.retrieve(session_id).status == "complete"
        assert len(second.events) == 6
        assert second.now() - time.time() >= 5 * DAY - 2
        assert "customer.subscription.trial_will_end" in types(second.advance(23 * DAY))
    finally:
        second.stop()


def test_command_line(tmp_path):
    process = subprocess.Popen(
        [sys.executable, "-m", "devtools.stripe_standin", "--port", "0", "--state-file", "state.json"],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(REPOSITORY)},
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        lines = (process.stderr.readline() for _ in range(5))
        url = next(
            found.group(1) for line in lines if (found := re.search(r"listening on (http://\S+)", line))
        )
        assert json.loads(http(f"{url}/_standin")[2])["webhook_url"] is None
        client = stripe.StripeClient("sk_test_x", base_addresses={"api": url}, max_network_retries=0)
        assert client.v1.prices.retrieve(PRICE).unit_amount == 1210
    finally:
        process.terminate()
        process.wait(timeout=10)
        process.stderr.close()
    assert process.returncode == 0
    assert (tmp_path / "state.json").exists()


# Shapes -------------------------------------------------------------------------------------------


def test_every_object_matches_the_stripe_schemas(client, standin, reference):
    customer, session_id, subscription = subscribe(client, standin)
    client.v1.subscriptions.update(subscription.id, params={"cancel_at_period_end": True})
    standin.advance(31 * DAY)
    _other_customer, _other_session, paying = subscribe(client, standin, trial_days=None)
    standin.set_payment_failure(paying.customer)
    standin.advance(30 * DAY)
    open_session = checkout(client, customer.id)
    portal = client.v1.billing_portal.sessions.create(
        params={"customer": customer.id, "return_url": "http://x/"}
    )

    reference.check(client.v1.customers.retrieve(customer.id).to_dict())
    for session in (session_id, open_session.id):
        expanded = client.v1.checkout.sessions.retrieve(
            session, params={"expand": ["subscription", "customer"]}
        )
        reference.check(expanded.to_dict())
    for sub in (subscription.id, paying.id):
        expanded = client.v1.subscriptions.retrieve(sub, params={"expand": ["latest_invoice", "customer"]})
        reference.check(expanded.to_dict())
    for invoice in client.v1.invoices.list(params={"limit": 100}).data:
        reference.check(invoice.to_dict())
    reference.check(portal.to_dict())
    for price_id in (PRICE, YEARLY_PRICE):  # as sent: the library turns unit_amount_decimal into a Decimal
        raw = http(f"{standin.url}/v1/prices/{price_id}", headers={"Authorization": "Bearer sk_test_x"})
        reference.check_price(json.loads(raw[2]))
    events = client.v1.events.list(params={"limit": 100}).data
    for event in events:
        reference.check(event.to_dict())
    assert {
        "invoice.payment_failed",
        "customer.subscription.deleted",
        "customer.subscription.trial_will_end",
    } <= {event.type for event in events}
    assert reference.checked == {
        "checkout.session",
        "subscription",
        "subscription_item",
        "customer",
        "invoice",
        "event",
        "billing_portal.session",
    }


def test_direct_subscription_with_trial(client, standin):
    stripe_client = client
    customer = stripe_client.v1.customers.create(params={"email": "direct@example.com"})
    subscription = stripe_client.v1.subscriptions.create(
        params={"customer": customer.id, "items": [{"price": PRICE}], "trial_period_days": 30},
        options={"idempotency_key": "direct-trial"},
    )
    assert subscription.status == "trialing"
    assert subscription.trial_end - subscription.created == 30 * 24 * 3600
    again = stripe_client.v1.subscriptions.create(
        params={"customer": customer.id, "items": [{"price": PRICE}], "trial_period_days": 30},
        options={"idempotency_key": "direct-trial"},
    )
    assert again.id == subscription.id
    assert standin.events[0]["type"] == "customer.subscription.created"
