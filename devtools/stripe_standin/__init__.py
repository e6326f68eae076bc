"""A local stand-in for Stripe: the HTTP API, hosted checkout and portal pages, and signed webhooks.

Nobody can reach the real Stripe from development machines or CI, so the real `stripe` library talks to
this instead (StripeClient(..., base_addresses={"api": standin.url})). Plain stdlib, no Django: it runs
in tests as a background thread and for `make run` as `python -m devtools.stripe_standin`.

Simplifications worth knowing: a "month" is 30 days; the clock is real time plus whatever `advance()`
added; a declined first payment is shown on the checkout page and creates nothing; a failed renewal is
not retried. tests/devtools/test_stripe_standin.py walks through the flows that are covered.
"""

from .core import StripeStandIn
from .objects import API_VERSION, ApiError

__all__ = ["API_VERSION", "ApiError", "StripeStandIn"]
