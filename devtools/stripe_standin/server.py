"""HTTP for the stand-in: Stripe's v1 API (form-encoded in, JSON out), hosted pages and /_standin/ helpers.

Requests are decoded exactly as the stripe library encodes them (line_items[0][price]=..., expand[0]=...)
and answered in Stripe's shapes, including its error bodies, so the library raises its usual exceptions.
"""

import hashlib
import json
import logging
import re
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, urlsplit

from . import pages
from .objects import API_VERSION, ApiError, PageError, new_id

logger = logging.getLogger("devtools.stripe_standin")

_ID = r"([^/]+)"
API_ROUTES = [
    ("POST", "/v1/customers", "api_create_customer"),
    ("GET", "/v1/customers", "api_list_customers"),
    ("GET", f"/v1/customers/{_ID}", "api_retrieve_customer"),
    ("POST", f"/v1/customers/{_ID}", "api_update_customer"),
    ("DELETE", f"/v1/customers/{_ID}", "api_delete_customer"),
    ("GET", f"/v1/prices/{_ID}", "api_retrieve_price"),
    ("GET", f"/v1/products/{_ID}", "api_retrieve_product"),
    ("POST", "/v1/checkout/sessions", "api_create_checkout_session"),
    ("GET", "/v1/checkout/sessions", "api_list_checkout_sessions"),
    ("GET", f"/v1/checkout/sessions/{_ID}", "api_retrieve_checkout_session"),
    ("POST", f"/v1/checkout/sessions/{_ID}/expire", "api_expire_checkout_session"),
    ("POST", "/v1/billing_portal/sessions", "api_create_portal_session"),
    ("POST", "/v1/subscriptions", "api_create_subscription"),
    ("GET", "/v1/subscriptions", "api_list_subscriptions"),
    ("GET", f"/v1/subscriptions/{_ID}", "api_retrieve_subscription"),
    ("POST", f"/v1/subscriptions/{_ID}", "api_update_subscription"),
    ("DELETE", f"/v1/subscriptions/{_ID}", "api_cancel_subscription"),
    ("GET", "/v1/invoices", "api_list_invoices"),
    ("GET", f"/v1/invoices/{_ID}", "api_retrieve_invoice"),
    ("GET", "/v1/events", "api_list_events"),
    ("GET", f"/v1/events/{_ID}", "api_retrieve_event"),
]
PAGE_ROUTES = [
    ("GET", f"/checkout/{_ID}", "page_checkout"),
    ("POST", f"/checkout/{_ID}/confirm", "page_confirm_checkout"),
    ("GET", f"/portal/{_ID}", "page_portal"),
    ("POST", f"/portal/{_ID}/subscriptions/{_ID}/([a-z_]+)", "page_portal_action"),
]


def _match(routes, method, path):
    for route_method, pattern, name in routes:
        if route_method == method and (found := re.fullmatch(pattern, path)):
            return name, found.groups()
    return None, ()


def parse_params(encoded):
    """Nested Stripe form keys to dicts and lists: a[b][0][c]=v -> {"a": {"b": [{"c": "v"}]}}."""
    root = {}
    for key, value in parse_qsl(encoded, keep_blank_values=True):
        base, _, rest = key.partition("[")
        parts = [base, *re.findall(r"\[([^\]]*)\]", "[" + rest)] if rest else [base]
        node = root
        for index, part in enumerate(parts):
            if not isinstance(node, dict):
                raise ApiError(f"Invalid parameter: {key}", param=base)
            part = part or str(len(node))  # "expand[]" appends
            if index == len(parts) - 1:
                node[part] = value
            else:
                node = node.setdefault(part, {})
    return _listify(root)


def _listify(node, key=None):
    """Dicts keyed 0, 1, 2 ... become lists (except metadata, whose keys are the user's)."""
    if not isinstance(node, dict):
        return node
    node = {name: _listify(value, name) for name, value in node.items()}
    if key != "metadata" and node and all(name.isdigit() for name in node):
        return [node[name] for name in sorted(node, key=int)]
    return node


def _api_key_error(header):
    """None when the Authorization header carries a test-mode key, else Stripe's 401 error."""
    if not header:
        return ApiError(
            "You did not provide an API key. You need to provide your API key in the Authorization header, "
            "using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY').",
            status=401,
        )
    scheme, _, key = header.partition(" ")
    if scheme.lower() == "bearer" and key.startswith(("sk_test_", "rk_test_")):
        return None
    masked = f"{key[:8]}{'*' * 12}{key[-4:]}" if len(key) > 12 else key
    return ApiError(
        f"Invalid API Key provided: {masked}. The local Stripe stand-in accepts only sk_test_/rk_test_ keys.",
        status=401,
        code="api_key_invalid",
    )


class Handler(BaseHTTPRequestHandler):
    server_version = "StripeStandIn/1.0"

    def do_GET(self):
        self._dispatch("GET")

    def do_POST(self):
        self._dispatch("POST")

    def do_DELETE(self):
        self._dispatch("DELETE")

    def log_message(self, format, *args):
        logger.debug("%s %s", self.address_string(), format % args)

    @property
    def standin(self):
        return self.server.standin

    def _dispatch(self, method):
        url = urlsplit(self.path)
        path = url.path.rstrip("/") or "/"
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length).decode("utf-8") if length else ""
        encoded = body if method == "POST" else url.query
        try:
            if path.startswith("/v1/"):
                self._api(method, path, encoded)
            elif path == "/_standin" or path.startswith("/_standin/"):
                self._helper(method, path, encoded)
            else:
                self._page(method, path)
        except Exception:
            logger.exception("Stripe stand-in failed on %s %s", method, self.path)
            error = {"type": "api_error", "message": "Internal error in the stand-in; see its log."}
            self._send_json(500, {"error": error})

    # Stripe's API ----------------------------------------------------------------------------------

    def _api(self, method, path, encoded):
        request_id = new_id("req_", 14)
        headers = {"Request-Id": request_id}
        try:
            if error := _api_key_error(self.headers.get("Authorization")):
                raise error
            name, ids = _match(API_ROUTES, method, path)
            if name is None:
                raise ApiError(f"Unrecognized request URL ({method}: {path}).", status=404)
            params = parse_params(encoded)
            key = self.headers.get("Idempotency-Key") if method == "POST" else None
            fingerprint = hashlib.sha256(f"{method} {path} {json.dumps(params, sort_keys=True)}".encode())
            result, replayed = self.standin.execute(
                getattr(self.standin, name),
                *ids,
                params,
                mutating=method != "GET",
                idempotency_key=key,
                fingerprint=fingerprint.hexdigest(),
                request_id=request_id,
            )
            if key:
                headers["Idempotency-Key"] = key
            if replayed:
                headers["Idempotent-Replayed"] = "true"
            self._send_json(200, result, headers)
        except ApiError as error:
            self._send_json(error.status, error.body(), headers)

    # Test helpers ----------------------------------------------------------------------------------

    def _helper(self, method, path, encoded):
        params = parse_params(encoded)
        try:
            if method == "GET" and path == "/_standin":
                result = {
                    "now": self.standin.now(),
                    "url": self.standin.url,
                    "webhook_url": self.standin.webhook_url,
                    "events": len(self.standin.events),
                    "deliveries": self.standin.deliveries[-20:],
                }
            elif method == "POST" and path == "/_standin/advance":
                events = self.standin.advance(params.get("seconds", 0))
                result = {"now": self.standin.now(), "events": events}
            elif method == "POST" and (
                found := re.fullmatch(r"/_standin/customers/([^/]+)/fail_payments", path)
            ):
                fail = str(params.get("fail", "true")).lower() in ("true", "1", "yes")
                result = self.standin.set_payment_failure(found.group(1), fail)
            elif method == "POST" and (found := re.fullmatch(r"/_standin/events/([^/]+)/deliver", path)):
                result = {"event": found.group(1), "status": self.standin.deliver(found.group(1))}
            else:
                raise ApiError(f"Unrecognized request URL ({method}: {path}).", status=404)
            self._send_json(200, result)
        except ApiError as error:
            self._send_json(error.status, error.body())

    # Hosted pages ----------------------------------------------------------------------------------

    def _page(self, method, path):
        name, ids = _match(PAGE_ROUTES, method, path)
        try:
            if name is None:
                raise PageError("Niet gevonden", "Deze pagina bestaat niet.", status=404)
            (status, content), _replayed = self.standin.execute(
                getattr(self.standin, name), *ids, mutating=method == "POST"
            )
        except PageError as error:
            status, content = error.status, pages.message(error.title, error.message)
        except ApiError as error:
            status, content = error.status, pages.message("Fout", error.message)
        if status == 303:
            self._send(303, b"", "text/plain", {"Location": content})
        else:
            self._send(status, content.encode(), "text/html; charset=utf-8")

    # Responses -------------------------------------------------------------------------------------

    def _send_json(self, status, body, headers=None):
        headers = {"Stripe-Version": API_VERSION, **(headers or {})}
        self._send(status, json.dumps(body, indent=2).encode(), "application/json", headers)

    def _send(self, status, content, content_type, headers=None):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(content)))
        self.send_header("Cache-Control", "no-store")
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(content)


def make_server(standin, host, port):
    server = ThreadingHTTPServer((host, port), Handler)
    server.daemon_threads = True
    server.standin = standin
    return server
