import logging

import stripe
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse, HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from . import attribution, billing, plans
from .access import current_subscription, forget_cached_access, has_pro_access
from .adapters import PENDING_CHECKOUT_SESSION_KEY, checkout_path
from .status import can_cancel, describe
from .stripe_service import BillingUnavailable, NoSuchObject, construct_event

logger = logging.getLogger(__name__)


@never_cache
def pro_landing(request):
    attribution.remember_source(request)
    context = {
        "trial_days": settings.PRO_TRIAL_DAYS,
        "vat_percent": settings.PRO_VAT_PERCENT,
        "plans": plans.plans(),
        # What to offer comes from the context processor's `pro_offer` (membership.status), as everywhere.
        "cancelled_checkout": "geannuleerd" in request.GET,
        "page_title": _("Kennisbank Pro"),
    }
    return render(request, "membership/pro_landing.html", context)


def _chosen_plan(request) -> str | None:
    """The plan key the visitor chose (the monthly plan when none is given); None for an unknown one."""
    plan = (request.POST if request.method == "POST" else request.GET).get("plan") or plans.DEFAULT_PLAN
    return plan if plans.is_plan(plan) else None


@never_cache
@require_http_methods(["GET", "POST"])
def start_checkout(request):
    """Logged out: sign up or log in first, then come back here. Logged in: a GET (the continuation after
    login, or any link, also from another site) only asks; the button on that page posts, and only the post
    creates a Stripe customer and checkout session. The chosen plan (`plan`, a key of membership.plans) goes
    along every step; the price id itself never comes from the visitor."""
    plan = _chosen_plan(request)
    if plan is None:
        return HttpResponseBadRequest(_("This plan does not exist. Choose a plan on the Pro page."))
    if not request.user.is_authenticated:
        request.session[PENDING_CHECKOUT_SESSION_KEY] = plan
        return redirect(f"{reverse('account_signup')}?{urlencode({'next': checkout_path(plan)})}")
    request.session.pop(PENDING_CHECKOUT_SESSION_KEY, None)
    if has_pro_access(request.user):
        messages.info(request, _("You already have Pro."))
        return redirect("account_overview")
    if request.method == "GET":
        context = {
            "trial_days": settings.PRO_TRIAL_DAYS,
            "vat_percent": settings.PRO_VAT_PERCENT,
            "plan": next(shown for shown in plans.plans() if shown.key == plan),
            "trial_available": billing.trial_available(request.user),
            "page_title": _("Start Pro"),
        }
        return render(request, "membership/checkout_confirm.html", context)
    success_url = (
        request.build_absolute_uri(reverse("pro_checkout_success")) + "?session_id={CHECKOUT_SESSION_ID}"
    )
    cancel_url = request.build_absolute_uri(reverse("pro_landing")) + "?geannuleerd=1"
    try:
        checkout_url = billing.create_checkout_session(
            request.user, success_url, cancel_url, attribution.remembered_source(request), plan=plan
        )
    except BillingUnavailable:
        messages.error(
            request,
            _(
                "The payment service cannot be reached right now. Nothing has been charged; "
                "please try again in a moment."
            ),
        )
        return redirect("pro_landing")
    return redirect(checkout_url, permanent=False)


@never_cache
@login_required
def checkout_success(request):
    session_id = request.GET.get("session_id", "")
    if not session_id.startswith("cs_") or len(session_id) > 255:
        return HttpResponseBadRequest(_("This link is incomplete."))
    subscription = None
    try:
        subscription = billing.fulfil_checkout_session(session_id, user=request.user)
    except BillingUnavailable:  # PermissionDenied (an unknown or someone else's session) becomes a 403
        logger.warning("Checkout success page could not reach Stripe for %s", session_id)
    except NoSuchObject as missing:  # the session's subscription is gone at Stripe
        logger.warning("Checkout success page for %s: no such object: %s", session_id, missing)
    forget_cached_access(request.user)
    return render(
        request,
        "membership/checkout_success.html",
        {
            "subscription": subscription,
            "status_text": describe(subscription),
            "has_pro": has_pro_access(request.user),
        },
    )


@csrf_exempt
@require_POST
def stripe_webhook(request):
    try:
        event = construct_event(request.body, request.headers.get("Stripe-Signature"))
    except stripe.SignatureVerificationError:
        return HttpResponseBadRequest("invalid signature")
    except ValueError:
        logger.warning("Stripe webhook: a payload that is not a Stripe event")
        return HttpResponseBadRequest("malformed event")
    try:
        outcome = billing.handle_event(event)
    except Exception:
        logger.exception("Stripe event %s (%s) failed; rolled back for Stripe to retry", event.id, event.type)
        return HttpResponse("error", status=500)
    return HttpResponse(outcome)


@login_required
@require_POST
def billing_portal(request):
    try:
        url = billing.billing_portal_url(
            request.user, request.build_absolute_uri(reverse("account_overview"))
        )
    except (BillingUnavailable, PermissionDenied):
        messages.error(
            request, _("The subscription management page cannot be opened right now. Please try again.")
        )
        return redirect("account_overview")
    return redirect(url)


@login_required
@require_POST
def cancel_subscription(request):
    subscription = current_subscription(request.user)
    if not can_cancel(subscription):
        messages.info(request, _("There is no running subscription to cancel."))
        return redirect("account_overview")
    try:
        subscription = billing.cancel_at_period_end(subscription)
    except BillingUnavailable:
        messages.error(
            request,
            _("Cancelling did not work because the payment service cannot be reached. Please try again."),
        )
        return redirect("account_overview")
    messages.success(request, describe(subscription))
    return redirect("account_overview")
