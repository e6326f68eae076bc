"""The Pro plans, monthly and yearly: which Stripe Price each one is, and what it costs.

What a plan costs is read from its Stripe Price (unit_amount, currency, recurring interval, tax_behavior),
the very object Checkout charges, and is never repeated in settings where it could drift from it. The
amounts are cached. When Stripe cannot be reached the plans are still shown, without amounts: the interval
and the trial still hold, and Stripe's payment page shows the amount before anything is paid. Amounts
from settings would be a second source that can be wrong; no amount is better than a wrong one.
"""

import logging
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from django.conf import settings
from django.core.cache import cache
from django.utils.formats import number_format
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from .stripe_service import BillingUnavailable, retrieve_prices

logger = logging.getLogger(__name__)

MONTHLY, YEARLY = "monthly", "yearly"
PLAN_KEYS = (MONTHLY, YEARLY)
DEFAULT_PLAN = MONTHLY
PRICES_CACHE_SECONDS = 3600
OUTAGE_CACHE_SECONDS = 60  # an unreachable Stripe is asked again after a minute, not on every page view
INTERVALS = {MONTHLY: "month", YEARLY: "year"}  # the Stripe recurring.interval each plan must have
NAMES = {MONTHLY: _("Monthly plan"), YEARLY: _("Yearly plan")}
PER_INTERVAL = {MONTHLY: _("per month"), YEARLY: _("per year")}
CURRENCY_SYMBOLS = {"eur": "€"}


def price_ids() -> dict[str, str]:
    return {MONTHLY: settings.STRIPE_PRICE_ID, YEARLY: settings.STRIPE_YEARLY_PRICE_ID}


def is_plan(key) -> bool:
    return key in PLAN_KEYS


def plan_for_price(price_id: str) -> str | None:
    """The plan a subscription is on (Subscription.price_id); None for a price that is no plan (any more)."""
    return next((key for key, known in price_ids().items() if price_id and known == price_id), None)


@dataclass(frozen=True)
class Money:
    cents: int
    currency: str

    def __str__(self):
        """Exact cents in the active language's notation: € 12,10 in Dutch, € 12.10 in English."""
        symbol = CURRENCY_SYMBOLS.get(self.currency, self.currency.upper())
        return f"{symbol} {number_format(Decimal(self.cents) / 100, 2, force_grouping=True)}"


def excluding_vat(cents: int) -> int:
    """The amount without VAT, rounded half up to whole cents (12,10 -> 10,00; 9,00 -> 7,44)."""
    net = Decimal(cents) * 100 / (100 + settings.PRO_VAT_PERCENT)
    return int(net.quantize(Decimal(1), rounding=ROUND_HALF_UP))


@dataclass(frozen=True)
class Plan:
    key: str
    name: Promise
    per_interval: Promise
    amount: Money | None  # VAT included: what Checkout charges; None when unknown
    saving: Money | None = None  # the yearly plan against twelve months of the monthly one

    @property
    def amount_excluding_vat(self) -> Money | None:
        return Money(excluding_vat(self.amount.cents), self.amount.currency) if self.amount else None


def _shown_amount(key: str, price) -> dict | None:
    """{"cents", "currency"} of a Price that fits its plan, else None (and an error in the log to fix it).

    Checkout does not add tax (no Stripe Tax), so it charges unit_amount as it is: that is the price with VAT
    for a price marked inclusive, or unspecified; a price marked exclusive would be charged without VAT."""
    recurring = price.get("recurring")
    problem = None
    if not price.get("active"):
        problem = "not active"
    elif price.get("type") != "recurring" or not recurring:
        problem = "not recurring"
    elif (recurring.get("interval"), recurring.get("interval_count")) != (INTERVALS[key], 1):
        problem = f"billed every {recurring.get('interval_count')} {recurring.get('interval')}"
    elif not isinstance(price.get("unit_amount"), int):
        problem = "no unit_amount"
    elif price.get("tax_behavior") == "exclusive":
        problem = "tax_behavior is exclusive, but Checkout adds no VAT"
    if problem:
        logger.error("Stripe price %s of the %s plan cannot be shown: %s", price.get("id"), key, problem)
        return None
    return {"cents": price["unit_amount"], "currency": price["currency"]}


def _amounts() -> dict | None:
    """{plan key: {"cents", "currency"} or None}, or None while Stripe cannot be reached; cached."""
    ids = price_ids()
    cache_key = "membership:plan-prices:" + ":".join(ids[key] or "" for key in PLAN_KEYS)
    cached = cache.get(cache_key)
    if cached is not None:
        return cached["amounts"]
    try:
        prices = retrieve_prices([ids[key] for key in PLAN_KEYS])
    except BillingUnavailable as error:
        logger.warning("Pro prices could not be read from Stripe; plans shown without amounts: %s", error)
        cache.set(cache_key, {"amounts": None}, OUTAGE_CACHE_SECONDS)
        return None
    amounts = {key: _shown_amount(key, prices[ids[key]]) for key in PLAN_KEYS}
    cache.set(cache_key, {"amounts": amounts}, PRICES_CACHE_SECONDS)
    return amounts


def plans() -> list[Plan]:
    """Both plans, monthly first, with their amounts when Stripe has told us them."""
    amounts = _amounts() or {}
    money = {key: Money(**amounts[key]) if amounts.get(key) else None for key in PLAN_KEYS}
    monthly, yearly = money[MONTHLY], money[YEARLY]
    saving = None
    if monthly and yearly and monthly.currency == yearly.currency and 12 * monthly.cents > yearly.cents:
        saving = Money(12 * monthly.cents - yearly.cents, yearly.currency)
    return [
        Plan(key, NAMES[key], PER_INTERVAL[key], money[key], saving if key == YEARLY else None)
        for key in PLAN_KEYS
    ]
