"""Staff two-step verification (allauth's MFA), without its detours: a password typed at login counts as a
fresh reauthentication, so setting up the app right after logging in does not ask for the password again;
and the staff member ends up where they were going (`?next=`, the admin), by way of their recovery codes."""

import time
from urllib.parse import urlencode

from allauth.account.internal.flows.login import get_authentication_records
from allauth.account.signals import user_logged_in
from allauth.mfa.totp.views import ActivateTOTPView
from django.dispatch import receiver
from django.utils.http import url_has_allowed_host_and_scheme

JUST_NOW_SECONDS = 10


def safe_next(request) -> str:
    """The `next` of this request if it stays on this site, else ""."""
    target = request.GET.get("next", "")
    allowed = url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    return target if target and allowed else ""


@receiver(user_logged_in, dispatch_uid="membership_login_counts_as_reauthentication")
def login_counts_as_reauthentication(request, user, **kwargs):
    """allauth only trusts an explicit reauthentication; a password given a moment ago is the same proof."""
    records = get_authentication_records(request, user)
    latest = records[-1] if records else {}
    if latest.get("method") == "password" and time.time() - latest.get("at", 0) < JUST_NOW_SECONDS:
        latest["reauthenticated"] = True
        request.session.modified = True


class ActivateTOTPKeepingNext(ActivateTOTPView):
    def get_success_url(self) -> str:
        url = super().get_success_url()
        target = safe_next(self.request)
        return f"{url}?{urlencode({'next': target})}" if target else url


activate_totp = ActivateTOTPKeepingNext.as_view()
