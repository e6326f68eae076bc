import sys
from urllib.parse import urlencode

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, HttpResponseForbidden, HttpResponseServerError
from django.shortcuts import redirect
from django.template import loader
from django.templatetags.static import static
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST
from django.views.i18n import set_language

from .site_address import absolute_url


@require_GET
@cache_control(max_age=3600, public=True)
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        f"Sitemap: {absolute_url(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def _from_another_site(request) -> bool:
    """Whether the browser says this POST comes from another site (Fetch Metadata, else the Origin)."""
    fetched_from = request.headers.get("Sec-Fetch-Site")
    if fetched_from is not None:
        return fetched_from not in ("same-origin", "none")
    origin = request.headers.get("Origin")
    return origin is not None and origin != f"{request.scheme}://{request.get_host()}"


# The switch sits in every page's footer. A CSRF token there would make every page the visitor's own: a
# cookie on every answer (no proxy keeps a page that sets one) and a token to make for each shared page. A
# forged switch could do no more than change someone's language, so cross-site posts are refused by what
# the browser says of their origin instead of by a token.
@csrf_exempt
@require_POST
def switch_language(request):
    if _from_another_site(request):
        return HttpResponseForbidden(_("The language can only be changed on this site itself."))
    return set_language(request)


# The database is down or restarting: a temporary state, said as such (503), and Django's health checks
# give the next request a fresh connection once it is back.
DATABASE_UNAVAILABLE = (OperationalError, InterfaceError)
RETRY_AFTER_SECONDS = 30


@require_GET
@cache_control(max_age=86400, public=True)
def favicon(request):
    """Browsers and crawlers ask for /favicon.ico whatever the page links: the static file, by its
    versioned name in production."""
    return redirect(static("favicon.ico"))


def server_error(request):
    """The 500 page without context processors: they may be what failed. Called by Django while the
    exception is being handled, so sys.exc_info() tells what failed."""
    if isinstance(sys.exc_info()[1], DATABASE_UNAVAILABLE):
        response = HttpResponse(loader.get_template("503.html").render(), status=503)
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        return response
    return HttpResponseServerError(loader.get_template("500.html").render())


@require_GET
@cache_control(max_age=86400, public=True)
def security_txt(request):
    """RFC 9116: where to report a vulnerability. Renew SECURITY_TXT_EXPIRES yearly (a test fails 30 days
    before it runs out)."""
    lines = [
        f"Contact: {settings.SECURITY_CONTACT}",
        f"Expires: {settings.SECURITY_TXT_EXPIRES}",
        "Preferred-Languages: nl, en",
        f"Canonical: {request.build_absolute_uri(reverse('security_txt'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def admin_login(request):
    """Wagtail's own login form would skip allauth's two-factor stage: everyone signs in through allauth.
    A signed-in person who still lands here has no admin access (sending them to log in again would loop)."""
    if request.user.is_authenticated:
        raise PermissionDenied
    next_url = request.GET.get("next", "/admin/")
    if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}):
        next_url = "/admin/"
    return redirect(f"{reverse('account_login')}?{urlencode({'next': next_url})}")
