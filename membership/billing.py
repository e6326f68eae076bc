"""Subscriptions: checkout, fulfilment, webhooks and reconciliation. Every change to a subscription row is
written from a fresh fetch of Stripe's current state, so the order in which events arrive does not matter."""

import contextlib
import hashlib
import hmac
import logging
import time
from datetime import UTC, datetime

import stripe
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string

from . import plans
from .attribution import checkout_metadata, source_from_metadata
from .models import (
    BillingCustomer,
    ProcessedStripeEvent,
    Subscription,
    SubscriptionStatus,
    TrialClaim,
    User,
)
from .stripe_service import BillingUnavailable, NoSuchObject, client, is_missing
from .tasks import send_email

logger = logging.getLogger(__name__)

CHECKOUT_IDEMPOTENCY_WINDOW_SECONDS = 600
# Subscriptions that Stripe will never charge or reopen: nothing to cancel when an account is deleted.
ENDED_STATUSES = (SubscriptionStatus.CANCELED, SubscriptionStatus.INCOMPLETE_EXPIRED)


# Trials -------------------------------------------------------------------------------------------


def normalise_email(email: str) -> str:
    """One address per mailbox: lower case, no +tags, and for Gmail no dots."""
    local, _, domain = (email or "").strip().lower().rpartition("@")
    local = local.split("+", 1)[0]
    if domain in {"gmail.com", "googlemail.com"}:
        local, domain = local.replace(".", ""), "gmail.com"
    return f"{local}@{domain}"


def email_digest(email: str) -> str:
    """A keyed hash: we can recognise an address again without storing it after an account is deleted."""
    key = settings.SECRET_KEY.encode()
    return hmac.new(key, normalise_email(email).encode(), hashlib.sha256).hexdigest()


def trial_available(user) -> bool:
    if user.subscriptions.exists():
        return False
    return not TrialClaim.objects.filter(email_digest=email_digest(user.email)).exists() and not (
        user.trial_claims.exists()
    )


def record_trial(user):
    TrialClaim.objects.get_or_create(email_digest=email_digest(user.email), defaults={"user": user})


# Checkout -----------------------------------------------------------------------------------------


def get_or_create_customer_id(user) -> str:
    existing = BillingCustomer.objects.filter(user=user).values_list("stripe_customer_id", flat=True).first()
    if existing:
        return existing
    try:
        customer = client().v1.customers.create(
            params={"email": user.email, "metadata": {"user_id": str(user.pk)}},
            options={"idempotency_key": f"kennisbank-customer-{user.pk}"},
        )
    except stripe.StripeError as error:
        raise BillingUnavailable(str(error)) from error
    # A parallel request may have stored it first; the idempotency key gave both the same customer.
    with contextlib.suppress(IntegrityError), transaction.atomic():
        BillingCustomer.objects.create(user=user, stripe_customer_id=customer.id)
    return BillingCustomer.objects.get(user=user).stripe_customer_id


def create_checkout_session(
    user,
    success_url: str,
    cancel_url: str,
    source_page_id: int | None = None,
    plan: str = plans.DEFAULT_PLAN,
) -> str:
    """A Stripe Checkout Session for Pro on `plan` (a key of membership.plans; the price id is ours, never
    the visitor's); returns the URL of Stripe's hosted page. Both plans get the same free month.

    `source_page_id` is the page whose invitation led here (membership.attribution)."""
    price_id = plans.price_ids()[plan]
    with_trial = trial_available(user)
    customer_id = get_or_create_customer_id(user)
    metadata = checkout_metadata(user, source_page_id)
    params = {
        "mode": "subscription",
        "customer": customer_id,
        "client_reference_id": str(user.pk),
        "line_items": [{"price": price_id, "quantity": 1}],
        "payment_method_collection": "always",  # the card is collected, so the trial converts by itself
        "locale": "nl",
        "success_url": success_url,
        "cancel_url": cancel_url,
        "metadata": metadata,
        "subscription_data": {"metadata": dict(metadata)},
    }
    if with_trial:
        params["subscription_data"]["trial_period_days"] = settings.PRO_TRIAL_DAYS
    # A double click within the window gets the same session back instead of a second one.
    window = int(time.time() // CHECKOUT_IDEMPOTENCY_WINDOW_SECONDS)
    key = f"kennisbank-checkout-{user.pk}-{plan}-{int(with_trial)}-{source_page_id or 0}-{window}"
    try:
        session = client().v1.checkout.sessions.create(params=params, options={"idempotency_key": key})
    except stripe.StripeError as error:
        logger.warning("Stripe checkout for user %s failed: %s", user.pk, error)
        raise BillingUnavailable(str(error)) from error
    return session.url


def fulfil_checkout_session(session_id: str, user=None) -> Subscription | None:
    """Shared by the success page and the webhook; safe to run any number of times.

    With `user`, only that user's own session is accepted (someone else's session id is refused).
    """
    try:
        session = client().v1.checkout.sessions.retrieve(session_id)
    except stripe.InvalidRequestError as error:
        if user is None and is_missing(error):
            raise NoSuchObject(f"checkout session {session_id}") from error
        if user is None:
            raise BillingUnavailable(str(error)) from error
        raise PermissionDenied("Unknown checkout session") from error
    except stripe.StripeError as error:
        raise BillingUnavailable(str(error)) from error
    if user is not None and session.client_reference_id != str(user.pk):
        raise PermissionDenied("This checkout session belongs to someone else")
    if session.status != "complete" or not session.subscription:
        return None
    return sync_subscription(_id(session.subscription))


# Reading Stripe into our rows ---------------------------------------------------------------------


def _id(value) -> str:
    """An expandable field is an id, or the object when it was expanded."""
    return value if isinstance(value, str) else value.id


def _timestamp(value):
    return datetime.fromtimestamp(value, tz=UTC) if value else None


def sync_subscription(subscription_id: str) -> Subscription | None:
    """Fetch the subscription from Stripe and store its current state."""
    try:
        remote = client().v1.subscriptions.retrieve(subscription_id)
    except stripe.StripeError as error:
        if is_missing(error):
            raise NoSuchObject(f"subscription {subscription_id}") from error
        raise BillingUnavailable(str(error)) from error
    return store_subscription(remote)


def store_subscription(remote) -> Subscription | None:
    customer_id = _id(remote.customer)
    billing = BillingCustomer.objects.filter(stripe_customer_id=customer_id).select_related("user").first()
    if billing is None:
        logger.warning("Stripe subscription %s belongs to unknown customer %s", remote.id, customer_id)
        return None
    items = remote["items"].data
    period_end = max((item.current_period_end for item in items if item.current_period_end), default=None)
    subscription, _created = Subscription.objects.update_or_create(
        stripe_subscription_id=remote.id,
        defaults={
            "user": billing.user,
            "stripe_customer_id": customer_id,
            "status": remote.status,
            "price_id": items[0].price.id if items else "",
            "trial_end": _timestamp(remote.trial_end),
            "current_period_end": _timestamp(period_end),
            "cancel_at_period_end": bool(remote.cancel_at_period_end),
            "canceled_at": _timestamp(remote.canceled_at),
            "ended_at": _timestamp(remote.ended_at),
            "source_page_id": source_from_metadata(remote.metadata.to_dict() if remote.metadata else {}),
        },
    )
    if remote.trial_end:
        record_trial(billing.user)
    return subscription


def sync_customer_subscriptions(user) -> list[Subscription]:
    """Reconcile every subscription of one user's Stripe customer (nightly job, account deletion)."""
    billing = BillingCustomer.objects.filter(user=user).first()
    if billing is None:
        return []
    try:
        remote = client().v1.subscriptions.list(
            params={"customer": billing.stripe_customer_id, "status": "all"}
        )
    except stripe.StripeError as error:
        raise BillingUnavailable(str(error)) from error
    return [row for row in (store_subscription(sub) for sub in remote.auto_paging_iter()) if row is not None]


# Self-service -------------------------------------------------------------------------------------


def billing_portal_url(user, return_url: str) -> str:
    billing = BillingCustomer.objects.filter(user=user).first()
    if billing is None:
        raise PermissionDenied("No billing account")
    try:
        session = client().v1.billing_portal.sessions.create(
            params={"customer": billing.stripe_customer_id, "return_url": return_url}
        )
    except stripe.StripeError as error:
        raise BillingUnavailable(str(error)) from error
    return session.url


def cancel_at_period_end(subscription: Subscription) -> Subscription:
    try:
        remote = client().v1.subscriptions.update(
            subscription.stripe_subscription_id,
            params={"cancel_at_period_end": True},
            options={"idempotency_key": f"kennisbank-cancel-{subscription.stripe_subscription_id}"},
        )
    except stripe.StripeError as error:
        raise BillingUnavailable(str(error)) from error
    return store_subscription(remote)


def close_billing(user):
    """For account deletion: end every live subscription at once and delete the Stripe customer, so the
    person's email address does not stay at Stripe either (Stripe keeps past invoices for bookkeeping)."""
    billing = BillingCustomer.objects.filter(user=user).first()
    if billing is None:
        return
    stripe_client = client()
    try:
        for subscription in user.subscriptions.exclude(status__in=ENDED_STATUSES):
            with contextlib.suppress(stripe.InvalidRequestError):  # already gone at Stripe
                stripe_client.v1.subscriptions.cancel(subscription.stripe_subscription_id)
        with contextlib.suppress(stripe.InvalidRequestError):
            stripe_client.v1.customers.delete(billing.stripe_customer_id)
    except stripe.StripeError as error:
        raise BillingUnavailable(str(error)) from error


# Webhooks -----------------------------------------------------------------------------------------


def handle_event(event) -> str:
    """Apply one verified event. The event id is stored first, in the same transaction as the effect:
    a duplicate (even a concurrent one) changes nothing, and an error rolls everything back so that
    Stripe's retry can succeed. An event about an object Stripe does not have can never succeed: it is
    recorded as handled (with a log line) instead of failing for Stripe to retry for days."""
    with transaction.atomic():
        try:
            with transaction.atomic():
                ProcessedStripeEvent.objects.create(event_id=event.id, event_type=event.type)
        except IntegrityError:
            return "duplicate"
        handler = EVENT_HANDLERS.get(event.type)
        if handler is None:
            return "ignored"
        try:
            with transaction.atomic():
                handler(event.data.object)
        except NoSuchObject as missing:
            logger.warning("Stripe event %s (%s): no such object: %s", event.id, event.type, missing)
            return "no such object"
        return "processed"


def _on_checkout_completed(session):
    fulfil_checkout_session(session.id)


def _on_subscription_changed(subscription):
    sync_subscription(subscription.id)


def _on_trial_will_end(subscription):
    stored = sync_subscription(subscription.id)
    if stored is None or stored.cancel_at_period_end:
        return
    if stored.status == SubscriptionStatus.TRIALING:
        _notify(stored, "trial_will_end")


def _invoice_subscription_id(invoice):
    parent = invoice.to_dict().get("parent") or {}  # parent.subscription_details.subscription
    details = parent.get("subscription_details") or {}
    return details.get("subscription")


def _on_invoice_paid(invoice):
    if subscription_id := _invoice_subscription_id(invoice):
        sync_subscription(subscription_id)


def _on_invoice_payment_failed(invoice):
    if subscription_id := _invoice_subscription_id(invoice):
        stored = sync_subscription(subscription_id)
        if stored is not None:
            _notify(stored, "payment_failed")


def _notify(subscription: Subscription, kind: str):
    user = subscription.user
    context = {"user": user, "subscription": subscription, "site_url": settings.WAGTAILADMIN_BASE_URL}
    subject = render_to_string(f"membership/email/{kind}_subject.txt", context).strip()
    body = render_to_string(f"membership/email/{kind}_message.txt", context)
    transaction.on_commit(lambda: send_email.enqueue(subject, body, [user.email]))


EVENT_HANDLERS = {
    "checkout.session.completed": _on_checkout_completed,
    "customer.subscription.created": _on_subscription_changed,
    "customer.subscription.updated": _on_subscription_changed,
    "customer.subscription.deleted": _on_subscription_changed,
    "customer.subscription.trial_will_end": _on_trial_will_end,
    "invoice.paid": _on_invoice_paid,
    "invoice.payment_failed": _on_invoice_payment_failed,
}


def sync_all() -> int:
    """Reconcile every local subscription with Stripe; returns how many were updated."""
    count = 0
    for user in User.objects.filter(billing_customer__isnull=False).iterator():
        count += len(sync_customer_subscriptions(user))
    return count
