"""The subscription in plain Dutch, for the account page, banners and emails."""

from enum import StrEnum

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from .access import PRO_STATUSES, has_pro_access, subscription_status
from .billing import trial_available
from .models import SubscriptionStatus


def _date(value):
    return date_format(timezone.localtime(value), "j F Y") if value else ""


def describe(subscription) -> str:
    if subscription is None:
        return _("No Pro subscription")
    status = subscription.status
    if status == SubscriptionStatus.TRIALING:
        if subscription.cancel_at_period_end:
            return _("Trial cancelled, access until %(date)s") % {"date": _date(subscription.trial_end)}
        return _("Trial until %(date)s") % {"date": _date(subscription.trial_end)}
    if status == SubscriptionStatus.ACTIVE:
        if subscription.cancel_at_period_end:
            return _("Cancelled, access until %(date)s") % {"date": _date(subscription.current_period_end)}
        return _("Active, renews on %(date)s") % {"date": _date(subscription.current_period_end)}
    if status == SubscriptionStatus.PAST_DUE:
        return _("Payment failed: update your payment details")
    if status == SubscriptionStatus.CANCELED:
        return _("Ended on %(date)s") % {"date": _date(subscription.ended_at or subscription.canceled_at)}
    return _("Not active")


def gives_pro(subscription) -> bool:
    return subscription is not None and subscription.status in PRO_STATUSES


def payment_failed(user) -> bool:
    """Pro continues for now, but the member must update their payment details to keep it."""
    return bool(user and user.is_authenticated) and subscription_status(user) == SubscriptionStatus.PAST_DUE


def can_cancel(subscription) -> bool:
    return gives_pro(subscription) and not subscription.cancel_at_period_end


class ProOffer(StrEnum):
    """What the site invites this person to do about Pro, the same on every page (header, home, paywall)."""

    NONE = "none"  # has Pro (a subscription, a trial, a cancelled one still running, or through a role)
    TRIAL = "trial"  # anonymous, or a member who never had the free month
    SUBSCRIBE = "subscribe"  # the free month is used: Pro at the regular price
    FIX_PAYMENT = "fix_payment"  # Pro continues for now, but the last payment failed


def pro_offer(user) -> ProOffer:
    if not (user and user.is_authenticated):
        return ProOffer.TRIAL
    if payment_failed(user):
        return ProOffer.FIX_PAYMENT
    if has_pro_access(user):
        return ProOffer.NONE
    return ProOffer.TRIAL if trial_available(user) else ProOffer.SUBSCRIBE
