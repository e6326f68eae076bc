"""The member's own account: the overview page, a download of their data, and deleting the account."""

import copy
import logging
import re

from allauth.account.models import EmailAddress
from allauth.core import ratelimit
from allauth.mfa.utils import is_mfa_enabled
from django import forms
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from . import account_sections, billing, personal_data, plans, profiles
from .access import current_subscription, has_pro_access
from .models import BillingCustomer, MailCategory, User
from .notification_settings import preferences_for
from .notification_views import NotificationPreferencesForm
from .status import can_cancel, describe, gives_pro
from .stripe_service import BillingUnavailable

logger = logging.getLogger(__name__)

EXPORT_FILENAME = "kennisbank-gegevens.json"


@never_cache
@login_required
def account_overview(request):
    return _render_overview(request)


def _render_overview(request, profile_form=None, status=200):
    user = request.user
    subscription = current_subscription(user)
    context = {
        "email_addresses": EmailAddress.objects.filter(user=user).order_by("-primary", "email"),
        "has_password": user.has_usable_password(),
        "mfa_enabled": is_mfa_enabled(user),
        "mfa_required": user.is_staff,
        "subscription": subscription,
        "subscription_status": describe(subscription),
        "subscription_plan": plans.NAMES.get(plans.plan_for_price(subscription.price_id))
        if subscription
        else None,
        "subscription_gives_pro": gives_pro(subscription),
        "can_cancel": can_cancel(subscription),
        "has_pro": has_pro_access(user),
        "has_billing_customer": BillingCustomer.objects.filter(user=user).exists(),
        "profile_form": profile_form or ProfileForm(instance=user),
        "notifications_form": NotificationPreferencesForm(instance=preferences_for(user)),
        "extra_sections": account_sections.for_request(request),
    }
    return render(request, "membership/account_overview.html", context, status=status)


def _isoformat(value):
    return value.isoformat() if value else None


@never_cache
@login_required
@require_GET
def export_data(request):
    """Everything we keep about the signed-in member, as one JSON file (their right of access)."""
    user = request.user
    preferences = preferences_for(user)
    data = {
        "exported_at": timezone.now().isoformat(),
        "profile": {
            "email": user.email,
            "name": user.get_full_name(),
            "date_joined": _isoformat(user.date_joined),
            "last_login": _isoformat(user.last_login),
            "two_factor_enabled": is_mfa_enabled(user),
            "role": user.job_title,
            "bio": user.bio,
            "has_photo": bool(user.avatar),
        },
        "email_addresses": [
            {"email": address.email, "verified": address.verified, "primary": address.primary}
            for address in EmailAddress.objects.filter(user=user).order_by("-primary", "email")
        ],
        "billing_customer": [
            {"stripe_customer_id": customer.stripe_customer_id, "created_at": _isoformat(customer.created_at)}
            for customer in BillingCustomer.objects.filter(user=user)
        ],
        "subscriptions": [
            {
                "status": subscription.status,
                "stripe_subscription_id": subscription.stripe_subscription_id,
                "stripe_customer_id": subscription.stripe_customer_id,
                "price_id": subscription.price_id,
                "trial_end": _isoformat(subscription.trial_end),
                "current_period_end": _isoformat(subscription.current_period_end),
                "cancel_at_period_end": subscription.cancel_at_period_end,
                "canceled_at": _isoformat(subscription.canceled_at),
                "ended_at": _isoformat(subscription.ended_at),
                "created_at": _isoformat(subscription.created_at),
            }
            for subscription in user.subscriptions.order_by("created_at")
        ],
        # Only when: the digest itself is a keyed hash of the address, not personal data worth handing out.
        "trial_claims": [
            {"claimed_at": _isoformat(claimed_at)}
            for claimed_at in user.trial_claims.order_by("claimed_at").values_list("claimed_at", flat=True)
        ],
        "notification_preferences": {
            category: getattr(preferences, category) for category in MailCategory.values
        },
        **personal_data.export(user),  # what the other apps keep: comments, ...
    }
    response = JsonResponse(data, json_dumps_params={"ensure_ascii": False, "indent": 2})
    response["Content-Disposition"] = f'attachment; filename="{EXPORT_FILENAME}"'
    response["Cache-Control"] = "private, no-store"
    return response


def _without_addresses(value: str) -> bool:
    """Names and roles show beside every comment: no place for advertising a website or an address."""
    return not any(marker in value.lower() for marker in ("://", "www.", "@"))


class PublicNameForm(forms.ModelForm):
    """The name others see above a member's comments (without it, the part of the address before the @)."""

    class Meta:
        model = User
        fields = ["first_name", "last_name"]
        labels = {"first_name": gettext_lazy("First name"), "last_name": gettext_lazy("Last name")}

    def clean(self):
        cleaned = super().clean()
        for field in ("first_name", "last_name"):
            value = " ".join((cleaned.get(field) or "").split())  # no line breaks or runs of spaces
            if not _without_addresses(value):
                self.add_error(field, _("A name cannot contain a web or email address."))
            cleaned[field] = value
        if len(f"{cleaned.get('first_name', '')} {cleaned.get('last_name', '')}".strip()) > 50:
            raise forms.ValidationError(_("Your name can be at most 50 characters long."))
        return cleaned


class PlainTextField(forms.CharField):
    """Each line break counts once, as the browser counted it against `maxlength` (it sends CR LF)."""

    def to_python(self, value):
        value = super().to_python(value)
        return value.replace("\r\n", "\n").replace("\r", "\n")


class ProfileForm(PublicNameForm):
    """What others see next to a member's comments: name, role, a few words about them and a photo."""

    photo = forms.FileField(
        label=gettext_lazy("Photo"),
        required=False,
        help_text=gettext_lazy("A JPEG, PNG or WebP image of at most 2 MB. We cut it to a square."),
        widget=forms.FileInput(attrs={"accept": "image/jpeg,image/png,image/webp"}),
    )

    class Meta(PublicNameForm.Meta):
        fields = ["first_name", "last_name", "job_title", "bio"]
        labels = {
            **PublicNameForm.Meta.labels,
            "job_title": gettext_lazy("Role or function"),
            "bio": gettext_lazy("About you"),
        }
        widgets = {"bio": forms.Textarea(attrs={"rows": 4})}
        field_classes = {"bio": PlainTextField}

    def clean_job_title(self):
        value = " ".join(self.cleaned_data["job_title"].split())
        if not _without_addresses(value):
            raise forms.ValidationError(_("Your role cannot contain a web or email address."))
        return value

    def clean_bio(self):
        """Plain text: runs of spaces become one, and at most one empty line between paragraphs."""
        lines = [" ".join(line.split()) for line in self.cleaned_data["bio"].splitlines()]
        return re.sub(r"\n{3,}", "\n\n", "\n".join(lines).strip())

    def clean_photo(self):
        upload = self.cleaned_data.get("photo")
        if not upload:
            return None
        return profiles.prepare_avatar(upload)  # our own re-encoding, or a ValidationError


@never_cache
@login_required
@require_POST
def change_profile(request):
    # A copy, so that a refused form leaves the signed-in member as they are for the rest of the page.
    form = ProfileForm(request.POST, request.FILES, instance=copy.copy(request.user))
    if not form.is_valid():
        messages.error(request, _("Your profile has not been saved. Please check the fields below."))
        return _render_overview(request, profile_form=form, status=400)
    with transaction.atomic():
        user = form.save()  # discussion/writers.py shows the new name and profile with every comment
        if photo := form.cleaned_data["photo"]:
            profiles.replace_avatar(user, photo)
    messages.success(request, _("Your profile has been saved."))
    return redirect(f"{reverse('account_overview')}#account-profile")


@never_cache
@login_required
@require_POST
def remove_photo(request):
    profiles.remove_avatar(request.user)
    messages.success(request, _("Your photo has been removed."))
    return redirect(f"{reverse('account_overview')}#account-profile")


@never_cache
@login_required
@require_http_methods(["POST"])
def change_public_name(request):
    """The name alone (the form before the profile had more); the profile form saves it too."""
    form = PublicNameForm(request.POST, instance=request.user)
    if form.is_valid():
        form.save()  # discussion/writers.py shows the new name above every comment the member wrote
        messages.success(request, _("Your name has been saved."))
    else:
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, error)
    return redirect(f"{reverse('account_overview')}#account-profile")


class DeleteAccountForm(forms.Form):
    password = forms.CharField(
        label=gettext_lazy("Your current password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    def __init__(self, user, *args, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(
                _("This is not your current password. Nothing has been deleted."), code="password_incorrect"
            )
        return password


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def delete_account(request):
    user = request.user
    if user.is_superuser:
        messages.error(
            request,
            _(
                "An administrator account cannot be deleted here. "
                "Ask another administrator to remove it in the admin."
            ),
        )
        return redirect("account_overview")

    form = DeleteAccountForm(user, request.POST or None)
    if request.method == "POST":
        # The same limit as allauth's reauthentication: the password cannot be guessed here at speed.
        if limited := ratelimit.consume_or_429(request, action="reauthenticate", user=user):
            return limited
        if form.is_valid():
            try:
                billing.close_billing(user)
            except BillingUnavailable:
                logger.warning("Account deletion for user %s stopped: Stripe unreachable", user.pk)
                form.add_error(
                    None,
                    _(
                        "Your subscription could not be cancelled because the payment service cannot be "
                        "reached. Nothing has been deleted; please try again in a moment."
                    ),
                )
            else:
                with transaction.atomic():
                    personal_data.erase(user)  # e.g. comments stay, without name, email or account
                    # Cascades remove subscriptions, billing customer, email addresses and authenticators;
                    # a TrialClaim keeps its digest with user=NULL, so the free month is not given twice.
                    user.delete()
                logout(request)
                messages.success(request, _("Your account has been deleted."))
                return redirect("/")

    return render(
        request,
        "membership/delete_account.html",
        {
            "form": form,
            "has_password": user.has_usable_password(),
            "subscription_gives_pro": gives_pro(current_subscription(user)),
        },
    )
