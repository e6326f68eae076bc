"""The one place that talks to Stripe: a configured client with explicit timeouts and retries.

Without real keys (development, tests) STRIPE_API_BASE points the real stripe library at the local
stand-in (devtools/stripe_standin); production refuses to start that way.
"""

import stripe
from django.conf import settings


class BillingUnavailable(Exception):
    """Stripe could not be reached or refused the request; nothing was changed on our side."""


def client() -> stripe.StripeClient:
    base_addresses = {"api": settings.STRIPE_API_BASE} if settings.STRIPE_API_BASE else None
    return stripe.StripeClient(
        settings.STRIPE_SECRET_KEY,
        stripe_version=settings.STRIPE_API_VERSION,
        base_addresses=base_addresses,
        max_network_retries=settings.STRIPE_MAX_NETWORK_RETRIES,
        http_client=stripe.RequestsClient(timeout=settings.STRIPE_TIMEOUT_SECONDS),
    )


def construct_event(payload: bytes, signature: str | None):
    """Verify Stripe-Signature over the raw body; raises ValueError or SignatureVerificationError."""
    return stripe.Webhook.construct_event(payload, signature or "", settings.STRIPE_WEBHOOK_SECRET)
