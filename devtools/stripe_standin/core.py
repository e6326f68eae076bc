"""The stand-in's state and the billing rules it simulates.

All state sits in one JSON-able dict behind one lock. Every operation runs through `execute`, which
takes the lock, lets the clock catch up, runs the operation, saves the state and only then (with the lock
released) delivers the new webhooks: the site's webhook handler calls back into the API, and must not
wait for the lock the stand-in would otherwise still hold.
"""

import copy
import hashlib
import hmac
import json
import logging
import os
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections import OrderedDict
from pathlib import Path

from . import objects, pages
from .objects import DAY_SECONDS, ApiError, PageError, period_seconds
from .server import make_server

logger = logging.getLogger("devtools.stripe_standin")

STATE_VERSION = 1
TRIAL_WILL_END_NOTICE = 3 * DAY_SECONDS
IDEMPOTENCY_CACHE_SIZE = 2000
PRO_MONTHLY_AMOUNT = 1210  # cents, VAT included
PRO_YEARLY_AMOUNT = 12100
WEBHOOK_TIMEOUT_SECONDS = 10
# Stripe retries a failed delivery for three days with growing waits; `make run` uses these seconds, so a
# site that starts after the stand-in (or restarts) still gets every event. Off unless asked for.
DEVELOPMENT_RETRY_DELAYS = (2, 5, 15, 60, 300, 900)
KINDS = (
    "customer",
    "price",
    "product",
    "checkout.session",
    "subscription",
    "invoice",
    "billing_portal.session",
)
LIVE_STATUSES = ("trialing", "active", "past_due")
SUBSCRIPTION_STATUSES = (
    "active",
    "canceled",
    "ended",
    "incomplete",
    "incomplete_expired",
    "past_due",
    "paused",
    "trialing",
    "unpaid",
    "all",
)
CHECKOUT_PARAMS = {
    # what the stand-in uses
    "mode",
    "customer",
    "customer_email",
    "client_reference_id",
    "line_items",
    "subscription_data",
    "payment_method_collection",
    "locale",
    "success_url",
    "cancel_url",
    "metadata",
    # accepted and ignored: they only change the look of Stripe's page
    "allow_promotion_codes",
    "automatic_tax",
    "billing_address_collection",
    "consent_collection",
    "custom_text",
    "customer_update",
    "payment_method_types",
    "submit_type",
    "tax_id_collection",
    "ui_mode",
}


def _int(value, param, minimum=None):
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise ApiError(f"Invalid integer: {value}", param=param) from None
    if minimum is not None and number < minimum:
        raise ApiError(f"This value must be greater than or equal to {minimum}.", param=param)
    return number


def _bool(value, param):
    if value in (True, "true"):
        return True
    if value in (False, "false"):
        return False
    raise ApiError(f"Invalid boolean: {value}", param=param)


def _allow(params, allowed):
    """Stripe refuses parameters it does not know; so does the stand-in, to catch typos early."""
    for name in params:
        if name not in allowed and name != "expand":
            raise ApiError(f"Received unknown parameter: {name}", param=name)


def _metadata(value, current=None, param="metadata"):
    """Merge metadata as Stripe does: an empty value removes a key, metadata="" clears all."""
    if value is None:
        return dict(current or {})
    if value == "":
        return {}
    if not isinstance(value, dict) or any(not isinstance(v, str) for v in value.values()):
        raise ApiError("Invalid metadata: give metadata[key]=value pairs.", param=param)
    merged = dict(current or {})
    for key, item in value.items():
        if item == "":
            merged.pop(key, None)
        else:
            merged[key] = item
    return merged


def _diff(before, after):
    """previous_attributes of an *.updated event: the old values of the top-level fields that changed."""
    return {key: before.get(key) for key, value in after.items() if before.get(key) != value}


def sign(payload, secret, timestamp):
    """The Stripe-Signature header: t=<unix>,v1=<HMAC-SHA256 of "t.payload" keyed with the secret>."""
    mac = hmac.new(secret.encode(), f"{timestamp}.{payload}".encode(), hashlib.sha256).hexdigest()
    return f"t={timestamp},v1={mac}"


class StripeStandIn:
    """A small, stateful imitation of Stripe's API, hosted pages and webhooks for development and tests."""

    def __init__(
        self,
        webhook_url=None,
        webhook_secret="whsec_test",  # noqa: S107 -- a test-mode signing secret, not a credential
        price_id="price_kennisbank_pro",
        yearly_price_id="price_kennisbank_pro_yearly",
        state_file=None,
        auto_deliver=True,
        host="127.0.0.1",
        port=0,
        public_url=None,
        retry_delays=(),
    ):
        if webhook_url and not webhook_url.startswith(("http://", "https://")):
            raise ValueError("webhook_url must be an http(s) URL")
        self.webhook_url = webhook_url
        self.webhook_secret = webhook_secret
        self.price_id = price_id
        self.yearly_price_id = yearly_price_id
        self.state_file = Path(state_file) if state_file else None
        self.auto_deliver = auto_deliver
        self.host, self.port, self.public_url = host, port, public_url
        self.deliveries = []  # one {"event", "type", "status", "error", "at"} per webhook attempt
        self.retry_delays = tuple(retry_delays)
        self._retries = []  # timers of failed deliveries waiting for their next attempt
        self._lock = threading.RLock()
        self._idempotency = OrderedDict()
        self._request = threading.local()
        self._server = self._thread = None
        self._state = self._load() or self._empty_state()
        self._ensure_prices()

    # Lifecycle ------------------------------------------------------------------------------------

    def start(self):
        self._server = make_server(self, self.host, self.port)
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.1},
            name="stripe-standin",
            daemon=True,
        )
        self._thread.start()
        logger.info("Stripe stand-in listening on %s", self.url)
        return self

    def stop(self):
        for timer in self._retries:
            timer.cancel()
        self._retries.clear()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._thread.join(timeout=5)
            self._server = self._thread = None

    @property
    def url(self):
        return (self.public_url or f"http://{self.host}:{self.port}").rstrip("/")

    # Test helpers ---------------------------------------------------------------------------------

    def now(self):
        """The stand-in's clock: real time plus however far advance() has moved it."""
        return int(time.time()) + self._state["clock_offset"]

    @property
    def events(self):
        with self._lock:
            return copy.deepcopy(self._state["events"])

    def advance(self, seconds):
        """Move the clock forward; trials end, periods renew, cancellations happen. Returns the new events.

        The clock stops at every moment something falls due and that moment's webhooks go out before it
        moves on, as they would over real time: the site, which reads Stripe's current state when an event
        arrives, sees a trial that ends in three days as still running when the reminder comes."""
        target = self.now() + _int(seconds, "seconds", minimum=0)
        events = []
        while True:
            new, reached = self.execute(self._advance_to_next_moment, target, mutating=True)[0]
            events += new
            if reached:
                return events

    def set_payment_failure(self, customer_id, fail=True):
        """From now on, charges of this customer fail (or succeed again with fail=False)."""
        return self.execute(self._set_payment_failure, customer_id, fail, mutating=True)[0]

    def add_price(self, price_id, unit_amount, interval="month", tax_behavior="inclusive"):
        """One more price of the Pro product, in euros (at Stripe a new amount is a new price)."""
        return self.execute(self._add_price, price_id, unit_amount, interval, tax_behavior, mutating=True)[0]

    def _add_price(self, price_id, unit_amount, interval, tax_behavior):
        prices = self._state["objects"]["price"]
        if price_id in prices:
            raise ApiError(f"A price with id '{price_id}' already exists.", param="id")
        product_id = prices[self.price_id]["product"]
        price = objects.price(price_id, product_id, unit_amount, "eur", interval, self.now(), tax_behavior)
        return copy.deepcopy(self._store(price))

    def deliver(self, event_id, attempt=0):
        """Send one event to webhook_url now; returns the site's HTTP status (None if unreachable).
        A failed automatic delivery is tried again after each of `retry_delays` (as Stripe does)."""
        with self._lock:
            event = self._events_by_id.get(event_id)
            if event is None:
                raise ApiError(f"No such event: '{event_id}'", status=404, code="resource_missing")
            if attempt and not event["pending_webhooks"]:
                return None  # delivered meanwhile (by hand, or by an earlier retry)
            payload = json.dumps(event, indent=2)
        if not self.webhook_url:
            logger.warning("No webhook URL configured; event %s not sent", event_id)
            return None
        header = sign(payload, self.webhook_secret, int(time.time()))  # real time: the site checks it
        request = urllib.request.Request(  # noqa: S310 -- the scheme is checked in __init__
            self.webhook_url,
            data=payload.encode(),
            method="POST",
            headers={
                "Content-Type": "application/json; charset=utf-8",
                "Stripe-Signature": header,
                "User-Agent": "Stripe/1.0 (+https://stripe.com/docs/webhooks; local stand-in)",
            },
        )
        status, error = None, None
        try:
            with urllib.request.urlopen(request, timeout=WEBHOOK_TIMEOUT_SECONDS) as response:  # noqa: S310
                status = response.status
        except urllib.error.HTTPError as failure:
            status = failure.code
        except (OSError, ValueError) as failure:
            error = str(failure)
        self.deliveries.append(
            {"event": event_id, "type": event["type"], "status": status, "error": error, "at": time.time()}
        )
        if status is not None and 200 <= status < 300:
            logger.info("Delivered %s (%s): %s", event_id, event["type"], status)
            with self._lock:
                event["pending_webhooks"] = 0
                self._save()
        else:
            logger.warning("Webhook %s (%s) failed: %s", event_id, event["type"], error or status)
            self._retry_later(event_id, attempt)
        return status

    def _retry_later(self, event_id, attempt):
        if attempt >= len(self.retry_delays) or self._server is None:
            return
        delay = self.retry_delays[attempt]
        logger.info("Retrying %s in %s s (attempt %d)", event_id, delay, attempt + 2)
        timer = threading.Timer(delay, self.deliver, args=(event_id, attempt + 1))
        timer.daemon = True
        self._retries = [waiting for waiting in self._retries if waiting.is_alive()] + [timer]
        timer.start()

    # The one entry point ---------------------------------------------------------------------------

    def execute(
        self, operation, *args, mutating=False, idempotency_key=None, fingerprint=None, request_id=None
    ):
        """Run one operation atomically; returns (result, replayed). Webhooks go out once the lock is free."""
        new_events = []
        try:
            with self._lock:
                start = len(self._state["events"])
                try:
                    if self._run_clock():
                        self._save()
                    if idempotency_key is not None and idempotency_key in self._idempotency:
                        cached_fingerprint, cached = self._idempotency[idempotency_key]
                        if cached_fingerprint != fingerprint:
                            raise ApiError(
                                "Keys for idempotent requests can only be used with the same parameters "
                                "they were first used with. Try using a key other than "
                                f"'{idempotency_key}' if you meant to execute a different request.",
                                type="idempotency_error",
                            )
                        return cached, True
                    self._request.info = (request_id, idempotency_key) if request_id else None
                    result = operation(*args)
                    if mutating:
                        self._save()
                        if idempotency_key is not None:
                            self._idempotency[idempotency_key] = (fingerprint, result)
                            while len(self._idempotency) > IDEMPOTENCY_CACHE_SIZE:
                                self._idempotency.popitem(last=False)
                    return result, False
                finally:
                    self._request.info = None
                    new_events = [event["id"] for event in self._state["events"][start:]]
        finally:
            if self.auto_deliver and self.webhook_url:
                for event_id in new_events:
                    self.deliver(event_id)

    # State ------------------------------------------------------------------------------------------

    def _empty_state(self):
        return {
            "version": STATE_VERSION,
            "clock_offset": 0,
            "objects": {kind: {} for kind in KINDS},
            "events": [],
            "failing_customers": [],
            "checkout_details": {},  # per session: what to subscribe to once the visitor confirms
            "trial_will_end_sent": [],
        }

    def _load(self):
        self._events_by_id = {}
        if not self.state_file or not self.state_file.exists():
            return None
        state = json.loads(self.state_file.read_text(encoding="utf-8"))
        if state.get("version") != STATE_VERSION:
            raise ValueError(f"{self.state_file} was written by another version of the stand-in; remove it")
        self._events_by_id = {event["id"]: event for event in state["events"]}
        logger.info("Loaded Stripe stand-in state from %s", self.state_file)
        return state

    def _save(self):
        """Write the whole state atomically (temp file + rename), so a restart never sees half a file."""
        if not self.state_file:
            return
        self.state_file.parent.mkdir(parents=True, exist_ok=True)
        folder, name = self.state_file.parent, self.state_file.name
        handle, temp = tempfile.mkstemp(dir=folder, prefix=f".{name}.", suffix=".tmp")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as file:
                json.dump(self._state, file)
            os.replace(temp, self.state_file)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise

    def _ensure_prices(self):
        """The configured prices exist from the start: Kennisbank Pro, monthly and yearly, with Dutch VAT
        (21%) included as for consumers: EUR 12.10 a month (10.00 + 2.10) or EUR 121.00 a year."""
        prices = self._state["objects"]["price"]
        wanted = [
            (self.price_id, PRO_MONTHLY_AMOUNT, "month"),
            (self.yearly_price_id, PRO_YEARLY_AMOUNT, "year"),
        ]
        missing = [entry for entry in wanted if entry[0] and entry[0] not in prices]
        if not missing:
            return
        created = self.now()
        products = self._state["objects"]["product"]
        product = next(iter(products.values()), None)
        if product is None:
            product = objects.product(objects.new_id("prod_", 14), "Kennisbank Pro", created)
            products[product["id"]] = product
        for price_id, amount, interval in missing:
            price = objects.price(price_id, product["id"], amount, "eur", interval, created, "inclusive")
            prices[price["id"]] = price
        product["default_price"] = product["default_price"] or self.price_id
        self._save()

    def _store(self, obj):
        self._state["objects"][obj["object"]][obj["id"]] = obj
        return obj

    def _get(self, kind, object_id, param="id", status=404):
        obj = self._state["objects"][kind].get(object_id) if isinstance(object_id, str) else None
        if obj is None or obj.get("deleted"):
            message = f"No such {kind}: '{object_id}'"
            raise ApiError(message, status=status, param=param, code="resource_missing")
        return obj

    def _find(self, object_id):
        for kind in KINDS:
            if object_id in self._state["objects"][kind]:
                return self._state["objects"][kind][object_id]
        return None

    def _event(self, event_type, obj, at, previous_attributes=None):
        event = objects.event(
            at,
            event_type,
            copy.deepcopy(obj),
            previous_attributes,
            getattr(self._request, "info", None),
            1 if self.webhook_url else 0,
        )
        self._state["events"].append(event)
        self._events_by_id[event["id"]] = event
        return event

    # Rendering --------------------------------------------------------------------------------------

    def _render(self, obj, params):
        """A detached copy of `obj` with the requested `expand[]` paths replaced by the objects they name."""
        result = copy.deepcopy(obj)
        expand = params.get("expand") or []
        for path in expand if isinstance(expand, list) else [expand]:
            self._expand(result, path.split("."), path)
        return result

    def _expand(self, node, parts, path):
        if not parts or not isinstance(node, dict):
            return
        head, rest = parts[0], parts[1:]
        if head == "data" and isinstance(node.get("data"), list):
            for item in node["data"]:
                self._expand(item, rest, path)
            return
        if head not in node:
            raise ApiError(f"This property cannot be expanded ({path}).", param="expand")
        if isinstance(node[head], str):
            target = self._find(node[head])
            if target is None:
                raise ApiError(f"This property cannot be expanded ({path}).", param="expand")
            node[head] = copy.deepcopy(target)
        self._expand(node[head], rest, path)

    def _list(self, kind, url, params, filters, items=None):
        """Newest first, with limit and starting_after, like Stripe's list endpoints."""
        _allow(params, set(filters) | {"limit", "starting_after", "ending_before"})
        if items is None:
            items = [obj for obj in self._state["objects"][kind].values() if not obj.get("deleted")]
        items = sorted(items, key=lambda obj: obj["created"])[::-1]  # newest first, ties by insertion
        for name, keep in filters.items():
            if params.get(name) is not None:
                items = [obj for obj in items if keep(obj, params[name])]
        if params.get("starting_after"):
            ids = [obj["id"] for obj in items]
            after = params["starting_after"]
            items = items[ids.index(after) + 1 :] if after in ids else []
        limit = _int(params.get("limit", 10), "limit", minimum=1)
        if limit > 100:
            raise ApiError("This value must be less than or equal to 100.", param="limit")
        listing = objects.list_object(items[:limit], url)
        listing["has_more"] = len(items) > limit
        return self._render(listing, params)

    def _retrieve(self, kind, object_id, params):
        _allow(params, set())
        obj = self._state["objects"][kind].get(object_id)
        if obj is None:
            raise ApiError(f"No such {kind}: '{object_id}'", status=404, param="id", code="resource_missing")
        return self._render(obj, params)

    # API: customers, prices, products -----------------------------------------------------------

    def api_create_customer(self, params):
        _allow(params, {"email", "name", "description", "phone", "metadata", "preferred_locales"})
        customer = objects.customer(
            self.now(),
            email=params.get("email"),
            name=params.get("name"),
            description=params.get("description"),
            phone=params.get("phone"),
            metadata=_metadata(params.get("metadata")),
        )
        if isinstance(params.get("preferred_locales"), list):
            customer["preferred_locales"] = params["preferred_locales"]
        return self._render(self._store(customer), params)

    def api_list_customers(self, params):
        by_email = {"email": lambda customer, email: customer["email"] == email}
        return self._list("customer", "/v1/customers", params, by_email)

    def api_retrieve_customer(self, customer_id, params):
        return self._retrieve("customer", customer_id, params)

    def api_update_customer(self, customer_id, params):
        _allow(params, {"email", "name", "description", "phone", "metadata", "preferred_locales"})
        customer = self._get("customer", customer_id)
        for field in ("email", "name", "description", "phone"):
            if field in params:
                customer[field] = params[field] or None
        if isinstance(params.get("preferred_locales"), list):
            customer["preferred_locales"] = params["preferred_locales"]
        customer["metadata"] = _metadata(params.get("metadata"), customer["metadata"])
        return self._render(customer, params)

    def api_delete_customer(self, customer_id, params):
        """Deleting a customer ends their subscriptions at once, as at Stripe."""
        _allow(params, set())
        self._get("customer", customer_id)
        for subscription in list(self._state["objects"]["subscription"].values()):
            if subscription["customer"] == customer_id and subscription["status"] in LIVE_STATUSES:
                self._cancel_now(subscription, self.now())
        deleted = {"id": customer_id, "object": "customer", "deleted": True}
        self._state["objects"]["customer"][customer_id] = deleted
        return dict(deleted)

    def api_retrieve_price(self, price_id, params):
        return self._retrieve("price", price_id, params)

    def api_retrieve_product(self, product_id, params):
        return self._retrieve("product", product_id, params)

    # API: checkout ----------------------------------------------------------------------------------

    def api_create_checkout_session(self, params):
        _allow(params, CHECKOUT_PARAMS)
        if params.get("mode") != "subscription":
            if not params.get("mode"):
                raise ApiError("Missing required param: mode.", param="mode", code="parameter_missing")
            raise ApiError("The local Stripe stand-in only simulates mode=subscription.", param="mode")
        if not params.get("success_url"):
            raise ApiError(
                "Missing required param: success_url.", param="success_url", code="parameter_missing"
            )
        if params.get("customer") and params.get("customer_email"):
            raise ApiError("You may only specify one of these parameters: customer, customer_email.")
        customer_id = params.get("customer")
        if customer_id:
            self._get("customer", customer_id, param="customer", status=400)
        line_items = params.get("line_items")
        if not isinstance(line_items, list) or not line_items:
            raise ApiError(
                "Missing required param: line_items.", param="line_items", code="parameter_missing"
            )
        items = []
        for index, line in enumerate(line_items):
            param = f"line_items[{index}]"
            if not isinstance(line, dict) or not line.get("price"):
                raise ApiError(
                    "Each line item needs a price.", param=f"{param}[price]", code="parameter_missing"
                )
            price = self._get("price", line["price"], param=f"{param}[price]", status=400)
            items.append([price["id"], _int(line.get("quantity", 1), f"{param}[quantity]", minimum=1)])
        data = params.get("subscription_data") or {}
        if not isinstance(data, dict):
            raise ApiError("Invalid subscription_data.", param="subscription_data")
        trial_days = data.get("trial_period_days")
        if trial_days is not None:
            trial_days = _int(trial_days, "subscription_data[trial_period_days]", minimum=1)
        collection = params.get("payment_method_collection", "always")
        if collection not in ("always", "if_required"):
            raise ApiError(
                f"Invalid payment_method_collection: {collection}", param="payment_method_collection"
            )
        amount = 0 if trial_days else self._amount(items)
        cleaned = dict(
            params, metadata=_metadata(params.get("metadata")), payment_method_collection=collection
        )
        session = self._store(objects.checkout_session(self.now(), self.url, cleaned, customer_id, amount))
        self._state["checkout_details"][session["id"]] = {
            "items": items,
            "trial_period_days": trial_days,
            "metadata": _metadata(data.get("metadata"), param="subscription_data[metadata]"),
            "description": data.get("description"),
        }
        return self._render(session, params)

    def api_list_checkout_sessions(self, params):
        return self._list(
            "checkout.session",
            "/v1/checkout/sessions",
            params,
            {
                "customer": lambda s, value: s["customer"] == value,
                "status": lambda s, value: s["status"] == value,
                "subscription": lambda s, value: s["subscription"] == value,
            },
        )

    def api_retrieve_checkout_session(self, session_id, params):
        return self._retrieve("checkout.session", session_id, params)

    def api_expire_checkout_session(self, session_id, params):
        _allow(params, set())
        session = self._get("checkout.session", session_id)
        if session["status"] != "open":
            raise ApiError('Only Checkout Sessions with a status in ["open"] can be expired.')
        self._expire_session(session, self.now())
        return self._render(session, params)

    def _amount(self, items):
        prices = self._state["objects"]["price"]
        return sum(prices[price_id]["unit_amount"] * quantity for price_id, quantity in items)

    def _expire_session(self, session, at):
        session["status"] = "expired"
        session["url"] = None
        self._event("checkout.session.expired", session, at)

    # API: billing portal, subscriptions, invoices, events -----------------------------------------

    def api_create_portal_session(self, params):
        _allow(params, {"customer", "return_url", "locale", "configuration"})
        if not params.get("customer"):
            raise ApiError("Missing required param: customer.", param="customer", code="parameter_missing")
        customer = self._get("customer", params["customer"], param="customer", status=400)
        session = objects.portal_session(
            self.now(), self.url, customer["id"], params.get("return_url"), params.get("locale")
        )
        return self._render(self._store(session), params)

    def api_list_subscriptions(self, params):
        status = params.get("status")
        if status is not None and status not in SUBSCRIPTION_STATUSES:
            raise ApiError(
                f"Invalid status: must be one of {', '.join(SUBSCRIPTION_STATUSES)}", param="status"
            )

        def keep_status(subscription, wanted):
            if wanted == "all":
                return True
            if wanted == "ended":
                return subscription["status"] in ("canceled", "incomplete_expired")
            return subscription["status"] == wanted

        items = list(self._state["objects"]["subscription"].values())
        if status is None:  # Stripe's default: everything that has not ended
            items = [sub for sub in items if sub["status"] not in ("canceled", "incomplete_expired")]
        return self._list(
            "subscription",
            "/v1/subscriptions",
            params,
            {
                "customer": lambda sub, value: sub["customer"] == value,
                "price": lambda sub, value: any(i["price"]["id"] == value for i in sub["items"]["data"]),
                "status": keep_status,
            },
            items=items,
        )

    def api_retrieve_subscription(self, subscription_id, params):
        return self._retrieve("subscription", subscription_id, params)

    def api_create_subscription(self, params):
        """Subscriptions made directly (without Checkout), as the demo content does for its Pro member."""
        _allow(params, {"customer", "items", "trial_period_days", "metadata", "description"})
        customer = self._get("customer", params.get("customer") or "", param="customer", status=400)
        line_items = params.get("items")
        if not isinstance(line_items, list) or not line_items:
            raise ApiError("Missing required param: items.", param="items", code="parameter_missing")
        items = []
        for index, line in enumerate(line_items):
            if not isinstance(line, dict) or not line.get("price"):
                raise ApiError(
                    "Each item needs a price.", param=f"items[{index}][price]", code="parameter_missing"
                )
            price = self._get("price", line["price"], param=f"items[{index}][price]", status=400)
            items.append([price["id"], _int(line.get("quantity", 1), f"items[{index}][quantity]", minimum=1)])
        trial_days = params.get("trial_period_days")
        trial_days = _int(trial_days, "trial_period_days", minimum=1) if trial_days is not None else None
        now = self.now()
        if not trial_days and not self._charge_succeeds(customer["id"], self._amount(items)):
            raise ApiError("Your card was declined.", code="card_declined", status=402, type="card_error")
        subscription = self._start_subscription(
            customer, items, trial_days, _metadata(params.get("metadata")), params.get("description"), now
        )
        return self._render(subscription, params)

    def _start_subscription(self, customer, items, trial_days, metadata, description, now):
        """A new subscription with its first invoice (nothing to pay during a trial)."""
        prices = self._state["objects"]["price"]
        subscription = objects.subscription(
            now,
            customer["id"],
            "eur",
            [(copy.deepcopy(prices[price_id]), quantity) for price_id, quantity in items],
            dict(metadata),
            trial_end=now + trial_days * DAY_SECONDS if trial_days else None,
            description=description,
        )
        self._store(subscription)
        customer["currency"] = "eur"
        period_end = subscription["items"]["data"][0]["current_period_end"]
        invoice = self._new_invoice(
            subscription, "subscription_create", (now, period_end), (now, now), trial_days, now
        )
        self._event("customer.subscription.created", subscription, now)
        self._finalize(invoice, now)
        self._collect(invoice, now)
        return subscription

    def api_update_subscription(self, subscription_id, params):
        _allow(params, {"cancel_at_period_end", "metadata", "description"})
        subscription = self._get("subscription", subscription_id)
        if subscription["status"] in ("canceled", "incomplete_expired") and "cancel_at_period_end" in params:
            raise ApiError("A canceled subscription can only update its cancellation_details and metadata.")
        before = copy.deepcopy(subscription)
        if "cancel_at_period_end" in params:
            self._set_cancel_at_period_end(
                subscription, _bool(params["cancel_at_period_end"], "cancel_at_period_end"), self.now()
            )
        if "description" in params:
            subscription["description"] = params["description"] or None
        subscription["metadata"] = _metadata(params.get("metadata"), subscription["metadata"])
        if previous := _diff(before, subscription):
            self._event("customer.subscription.updated", subscription, self.now(), previous)
        return self._render(subscription, params)

    def api_cancel_subscription(self, subscription_id, params):
        _allow(params, {"invoice_now", "prorate", "cancellation_details"})
        subscription = self._get("subscription", subscription_id)
        if subscription["status"] == "canceled":
            raise ApiError("This subscription has already been canceled.", param="subscription")
        self._cancel_now(subscription, self.now())
        return self._render(subscription, params)

    def api_list_invoices(self, params):
        def subscription_of(invoice):
            return ((invoice["parent"] or {}).get("subscription_details") or {}).get("subscription")

        return self._list(
            "invoice",
            "/v1/invoices",
            params,
            {
                "customer": lambda inv, value: inv["customer"] == value,
                "subscription": lambda inv, value: subscription_of(inv) == value,
                "status": lambda inv, value: inv["status"] == value,
            },
        )

    def api_retrieve_invoice(self, invoice_id, params):
        return self._retrieve("invoice", invoice_id, params)

    def api_list_events(self, params):
        def matches(event, wanted):
            return event["type"] == wanted or (wanted.endswith("*") and event["type"].startswith(wanted[:-1]))

        return self._list("event", "/v1/events", params, {"type": matches}, items=self._state["events"])

    def api_retrieve_event(self, event_id, params):
        _allow(params, set())
        if event_id not in self._events_by_id:
            raise ApiError(f"No such event: '{event_id}'", status=404, param="id", code="resource_missing")
        return copy.deepcopy(self._events_by_id[event_id])

    # Billing rules ----------------------------------------------------------------------------------

    def _charge_succeeds(self, customer_id, amount):
        return amount == 0 or customer_id not in self._state["failing_customers"]

    def _new_invoice(self, subscription, reason, period, invoice_period, trial, at):
        """A draft invoice for the next period of the subscription; it becomes its latest_invoice."""
        customer = self._state["objects"]["customer"][subscription["customer"]]
        names = {p["id"]: p["name"] for p in self._state["objects"]["product"].values()}
        invoice = objects.invoice(at, customer, subscription, reason, period, invoice_period, trial, names)
        subscription["latest_invoice"] = invoice["id"]
        return self._store(invoice)

    def _finalize(self, invoice, at):
        """invoice.created (as a draft), then number it and open it: invoice.finalized."""
        customer = self._state["objects"]["customer"][invoice["customer"]]
        self._event("invoice.created", invoice, at)
        invoice.update(status="open", effective_at=at, ending_balance=0)
        invoice["number"] = f"{customer['invoice_prefix']}-{customer['next_invoice_sequence']:04d}"
        customer["next_invoice_sequence"] += 1
        invoice["status_transitions"]["finalized_at"] = at
        self._event("invoice.finalized", invoice, at)

    def _collect(self, invoice, at):
        """Charge the invoice: invoice.paid + invoice.payment_succeeded, or invoice.payment_failed."""
        customer = self._state["objects"]["customer"][invoice["customer"]]
        if invoice["amount_due"] > 0:
            invoice["attempted"] = True
            invoice["attempt_count"] += 1
        if not self._charge_succeeds(customer["id"], invoice["amount_due"]):
            customer["delinquent"] = True
            self._event("invoice.payment_failed", invoice, at)
            return False
        invoice.update(status="paid", amount_paid=invoice["amount_due"], amount_remaining=0, attempted=True)
        invoice["status_transitions"]["paid_at"] = at
        customer["delinquent"] = False
        self._event("invoice.paid", invoice, at)
        self._event("invoice.payment_succeeded", invoice, at)
        return True

    def _set_cancel_at_period_end(self, subscription, cancel, at):
        period_end = subscription["items"]["data"][0]["current_period_end"]
        subscription["cancel_at_period_end"] = cancel
        subscription["cancel_at"] = period_end if cancel else None
        subscription["canceled_at"] = at if cancel else None
        subscription["cancellation_details"]["reason"] = "cancellation_requested" if cancel else None

    def _cancel_now(self, subscription, at):
        subscription.update(status="canceled", canceled_at=at, ended_at=at, cancel_at_period_end=False)
        subscription["cancellation_details"]["reason"] = "cancellation_requested"
        self._event("customer.subscription.deleted", subscription, at)

    def _renew(self, subscription, at):
        """A period (or the trial) ends: end the subscription if so asked, else invoice the next period."""
        if subscription["cancel_at_period_end"]:
            subscription.update(status="canceled", ended_at=at)
            self._event("customer.subscription.deleted", subscription, at)
            return
        before = copy.deepcopy(subscription)
        period_end = at + period_seconds(subscription["items"]["data"][0]["price"])
        for item in subscription["items"]["data"]:
            previous_start = item["current_period_start"]
            item.update(current_period_start=at, current_period_end=period_end)
        invoice = self._new_invoice(
            subscription, "subscription_cycle", (at, period_end), (previous_start, at), False, at
        )
        self._finalize(invoice, at)
        subscription["status"] = "active" if self._collect(invoice, at) else "past_due"
        self._event("customer.subscription.updated", subscription, at, _diff(before, subscription))

    def _due(self, until):
        """What falls due on the clock up to `until`: (time, order, action, object), unordered."""
        due = []
        for session in self._state["objects"]["checkout.session"].values():
            if session["status"] == "open" and session["expires_at"] <= until:
                due.append((session["expires_at"], 0, "expire", session))
        for sub in self._state["objects"]["subscription"].values():
            if sub["status"] not in LIVE_STATUSES:
                continue
            notice = max(sub["created"], (sub["trial_end"] or 0) - TRIAL_WILL_END_NOTICE)
            if (
                sub["status"] == "trialing"
                and sub["id"] not in self._state["trial_will_end_sent"]
                and notice <= until
            ):
                due.append((notice, 1, "trial_will_end", sub))
            period_end = sub["items"]["data"][0]["current_period_end"]
            if period_end <= until:
                due.append((period_end, 2, "renew", sub))
        return due

    def _run_clock(self):
        """Process, in time order, everything that has fallen due on the stand-in's clock."""
        now, handled = self.now(), False
        while True:
            due = self._due(now)
            if not due:
                return handled
            at, _order, action, obj = min(due, key=lambda entry: entry[:2])
            handled = True
            if action == "expire":
                self._expire_session(obj, at)
            elif action == "trial_will_end":
                self._state["trial_will_end_sent"].append(obj["id"])
                self._event("customer.subscription.trial_will_end", obj, at)
            else:
                self._renew(obj, at)

    def _advance_to_next_moment(self, target):
        """One step of advance(): to the first moment something falls due before `target`, or to it."""
        start = len(self._state["events"])
        upcoming = [at for at, *_rest in self._due(target)]
        moment = min(upcoming, default=target)
        self._state["clock_offset"] += max(0, moment - self.now())
        self._run_clock()
        return copy.deepcopy(self._state["events"][start:]), moment >= target

    def _set_payment_failure(self, customer_id, fail):
        self._get("customer", customer_id)
        failing = self._state["failing_customers"]
        if fail and customer_id not in failing:
            failing.append(customer_id)
        elif not fail and customer_id in failing:
            failing.remove(customer_id)
        return {"customer": customer_id, "fail_payments": bool(fail)}

    # Hosted pages -----------------------------------------------------------------------------------

    def _checkout(self, session_id):
        session = self._state["objects"]["checkout.session"].get(session_id)
        if session is None:
            raise PageError("Onbekende betaalsessie", "Deze betaalsessie bestaat niet.", status=404)
        return session, self._state["checkout_details"][session_id]

    def _checkout_page(self, session, details, error=None, status=200):
        prices = self._state["objects"]["price"]
        products = self._state["objects"]["product"]
        lines = [
            (products[prices[price_id]["product"]]["name"], prices[price_id], quantity)
            for price_id, quantity in details["items"]
        ]
        customer = self._state["objects"]["customer"].get(session["customer"] or "")
        email = (customer or {}).get("email") or session["customer_email"]
        html = pages.checkout(session, lines, details["trial_period_days"], email, error)
        return status, html

    def page_checkout(self, session_id):
        session, details = self._checkout(session_id)
        if session["status"] != "open":
            return 200, pages.closed_checkout(session)
        return self._checkout_page(session, details)

    def page_confirm_checkout(self, session_id):
        """The visitor confirms: start the trial or pay, then send them to success_url (303)."""
        session, details = self._checkout(session_id)
        if session["status"] == "complete":
            raise PageError("Al afgerond", "Deze betaalsessie is al afgerond; je abonnement bestaat al.")
        if session["status"] == "expired":
            raise PageError("Verlopen", "Deze betaalsessie is verlopen. Begin opnieuw vanaf de website.")
        now = self.now()
        if session["customer"] is None:
            customer = self._store(objects.customer(now, email=session["customer_email"]))
            session["customer"] = customer["id"]
        customer = self._get("customer", session["customer"])
        trial_days = details["trial_period_days"]
        if not trial_days and not self._charge_succeeds(customer["id"], self._amount(details["items"])):
            message = "De betaling is geweigerd (gesimuleerd: betalingen van deze klant mislukken)."
            return self._checkout_page(session, details, error=message, status=402)
        subscription = self._start_subscription(
            customer, details["items"], trial_days, details["metadata"], details["description"], now
        )
        session.update(
            status="complete",
            payment_status="no_payment_required" if trial_days else "paid",
            subscription=subscription["id"],
            url=None,
            customer_details={
                "address": None,
                "business_name": None,
                "email": customer["email"],
                "individual_name": None,
                "name": customer["name"],
                "phone": None,
                "tax_exempt": "none",
                "tax_ids": [],
            },
        )
        self._event("checkout.session.completed", session, now)
        return 303, session["success_url"].replace("{CHECKOUT_SESSION_ID}", session["id"])

    def _portal(self, portal_id):
        portal = self._state["objects"]["billing_portal.session"].get(portal_id)
        if portal is None:
            raise PageError("Onbekende sessie", "Deze portaalsessie bestaat niet.", status=404)
        return portal

    def page_portal(self, portal_id):
        portal = self._portal(portal_id)
        customer = self._state["objects"]["customer"].get(portal["customer"], {})
        subscriptions = [
            sub
            for sub in self._state["objects"]["subscription"].values()
            if sub["customer"] == portal["customer"]
        ]
        products = self._state["objects"]["product"]
        names = {
            sub["id"]: products[sub["items"]["data"][0]["price"]["product"]]["name"] for sub in subscriptions
        }
        return 200, pages.portal(portal, customer, list(reversed(subscriptions)), names)

    def page_portal_action(self, portal_id, subscription_id, action):
        """The three buttons of the portal page; each one is an ordinary subscription change."""
        portal = self._portal(portal_id)
        subscription = self._state["objects"]["subscription"].get(subscription_id)
        if subscription is None or subscription["customer"] != portal["customer"]:
            raise PageError("Onbekend abonnement", "Dit abonnement hoort niet bij deze klant.", status=404)
        if subscription["status"] not in LIVE_STATUSES:
            raise PageError("Al beëindigd", "Dit abonnement is al beëindigd.")
        now = self.now()
        if action == "cancel":
            self._cancel_now(subscription, now)
        elif action in ("cancel_at_period_end", "resume"):
            before = copy.deepcopy(subscription)
            self._set_cancel_at_period_end(subscription, action == "cancel_at_period_end", now)
            if previous := _diff(before, subscription):
                self._event("customer.subscription.updated", subscription, now, previous)
        else:
            raise PageError("Onbekende actie", "Deze actie bestaat niet.", status=404)
        return 303, portal["url"]
