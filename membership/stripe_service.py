"""The one place that talks to Stripe: a configured client with explicit timeouts and retries.

Without real keys (development, tests) STRIPE_API_BASE points the real stripe library at the local
stand-in (devtools/stripe_standin); production refuses to start that way.
"""

import json

import stripe
from django.conf import settings


class BillingUnavailable(Exception):
    """Stripe could not be reached or refused the request; nothing was changed on our side."""


def client(max_network_retries: int | None = None) -> stripe.StripeClient:
    """`max_network_retries` overrides the setting, for reads a page waits for (prices): no retries there."""
    base_addresses = {"api": settings.STRIPE_API_BASE} if settings.STRIPE_API_BASE else None
    retries = settings.STRIPE_MAX_NETWORK_RETRIES if max_network_retries is None else max_network_retries
    return stripe.StripeClient(
        settings.STRIPE_SECRET_KEY,
        stripe_version=settings.STRIPE_API_VERSION,
        base_addresses=base_addresses,
        max_network_retries=retries,
        http_client=stripe.RequestsClient(timeout=settings.STRIPE_TIMEOUT_SECONDS),
    )


class NoSuchObject(Exception):
    """Stripe does not have the object an event or a link names (404): no retry will ever find it."""


def is_missing(error: stripe.StripeError) -> bool:
    return isinstance(error, stripe.InvalidRequestError) and error.http_status == 404


def retrieve_prices(price_ids: list[str]) -> dict:
    """{price id: the Stripe Price as a dict} for a page that shows them: one attempt each, no retries, so
    that a Stripe outage costs a visitor one timeout. Raises BillingUnavailable (never a partial result)."""
    stripe_client = client(max_network_retries=0)
    try:
        return {price_id: stripe_client.v1.prices.retrieve(price_id).to_dict() for price_id in price_ids}
    except stripe.StripeError as error:
        raise BillingUnavailable(str(error)) from error


def construct_event(payload: bytes, signature: str | None):
    """Verify Stripe-Signature over the raw body; raises SignatureVerificationError, or ValueError for a
    signed body that is not an event (not JSON, a JSON array, no string id or type, no data.object)."""
    secret = settings.STRIPE_WEBHOOK_SECRET
    stripe.WebhookSignature.verify_header(payload, signature or "", secret, stripe.Webhook.DEFAULT_TOLERANCE)
    data = json.loads(payload)
    if not isinstance(data, dict):
        raise ValueError("The payload is not a Stripe event")
    body = data.get("data")
    if not (
        isinstance(data.get("id"), str)
        and data["id"]
        and isinstance(data.get("type"), str)
        and isinstance(body, dict)
        and isinstance(body.get("object"), dict)
    ):
        raise ValueError("The payload is not a Stripe event")
    return stripe.Webhook.construct_event(payload, signature or "", secret)
