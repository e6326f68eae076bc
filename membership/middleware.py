from allauth.mfa.utils import is_mfa_enabled
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.cache import patch_cache_control

# Pages a staff member without two-factor authentication may still reach (to set it up, or to leave).
ALLOWED_PREFIXES = ("/account/2fa/", "/account/logout/", "/account/reauthenticate/", "/static/", "/media/")


class StaffTwoFactorMiddleware:
    """Staff (and anyone else with admin access, such as moderators) use two-factor authentication before
    they reach the Wagtail admin."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if (
            user is not None
            and user.is_authenticated
            and request.path.startswith("/admin/")
            and (user.is_staff or user.has_perm("wagtailadmin.access_admin"))
            and not request.path.startswith(ALLOWED_PREFIXES)
            and not is_mfa_enabled(user)
        ):
            return redirect(f"{reverse('mfa_activate_totp')}?next={request.path}")
        return self.get_response(request)


class AccountPagesNotStoredMiddleware:
    """Account pages (ours and allauth's, all under /account/) show a person's addresses, subscription and
    security settings: no cache keeps them, the browser's disk included (it would outlive a logout)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.path.startswith("/account/"):
            patch_cache_control(response, private=True, no_store=True)
        return response
