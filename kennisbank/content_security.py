"""The Content-Security-Policy (django-csp): strict for the site, its own for the Wagtail admin.

The site runs no inline script and no inline style: every script and stylesheet is a file of ours, so
`'self'` is the whole list. The admin's own scripts and Draftail need inline styles and a few inline
scripts, so /admin/ gets a policy of its own, still closed to other origins. Forms may post to Stripe's
hosted pages (Checkout and the portal are reached by a redirect after our own POST, which `form-action`
governs), or to the local stand-in in development. `CSP_REPORT_ONLY` sends the same policy as
Content-Security-Policy-Report-Only, to roll a change out without breaking pages.
"""

from urllib.parse import urlsplit

from csp.constants import HEADER, HEADER_REPORT_ONLY, NONE, SELF, UNSAFE_INLINE
from csp.middleware import CheckableLazyObject, CSPMiddleware, PolicyParts
from csp.utils import build_policy
from django.conf import settings

ADMIN_PREFIX = "/admin/"
STRIPE_HOSTED_PAGES = ("https://checkout.stripe.com", "https://billing.stripe.com")
# The embed block's providers (WAGTAILEMBEDS_FINDERS): their players are the only frames the site shows.
EMBED_PLAYERS = ("https://www.youtube.com", "https://www.youtube-nocookie.com", "https://player.vimeo.com")


def payment_pages() -> tuple[str, ...]:
    """Where the checkout and the portal live: Stripe, or the stand-in's origin in development and tests."""
    if settings.STRIPE_API_BASE:
        parts = urlsplit(settings.STRIPE_API_BASE)
        return (f"{parts.scheme}://{parts.netloc}",)
    return STRIPE_HOSTED_PAGES


def _common() -> dict:
    directives = {
        "default-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "frame-ancestors": [SELF],  # the admin's preview shows the site in a frame of its own origin
        "form-action": [SELF, *payment_pages()],
    }
    if settings.CSP_REPORT_URI:
        directives["report-uri"] = [settings.CSP_REPORT_URI]
    return directives


def site_policy() -> dict:
    return {**_common(), "script-src": [SELF], "style-src": [SELF], "frame-src": list(EMBED_PLAYERS)}


def admin_policy() -> dict:
    return {
        **_common(),
        "script-src": [SELF, UNSAFE_INLINE],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:", "blob:"],
        "frame-src": [SELF, *EMBED_PLAYERS],
    }


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """One policy per response, chosen by the path, sent enforced or report-only as settings say."""

    def get_policy_parts(self, request, response, report_only: bool = False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if report_only != settings.CSP_REPORT_ONLY:
            parts.config = {"default-src": None}  # builds to an empty policy: no header in this mode
        elif parts.config is None:
            is_admin = request.path_info.startswith(ADMIN_PREFIX)
            parts.config = admin_policy() if is_admin else site_policy()
        return parts

    # Every response without a policy of its own (no decorator, no nonce: the site uses neither) gets one of
    # a few headers; django-csp would build it anew for each response, a tenth of a cached page's time.
    _built: dict = {}
    PER_RESPONSE = (
        "_csp_config", "_csp_update", "_csp_replace", "_csp_exempt",
        "_csp_config_ro", "_csp_update_ro", "_csp_replace_ro", "_csp_exempt_ro",
    )  # fmt: skip

    def process_response(self, request, response):
        if (
            getattr(request, "_csp_nonce", None) is not None
            or any(getattr(response, name, None) is not None for name in self.PER_RESPONSE)
            or (settings.DEBUG and response.status_code in (404, 500))
        ):
            return super().process_response(request, response)
        is_admin = request.path_info.startswith(ADMIN_PREFIX)
        for report_only, header in ((False, HEADER), (True, HEADER_REPORT_ONLY)):
            key = (is_admin, report_only, settings.CSP_REPORT_ONLY, settings.CSP_REPORT_URI, payment_pages())
            if key not in self._built:
                parts = self.get_policy_parts(request, response, report_only)
                self._built[key] = build_policy(config=parts.config, report_only=report_only)
            if self._built[key] and header not in response:
                response[header] = self._built[key]
        request.csp_nonce = CheckableLazyObject(self._csp_nonce_post_response)
        return response
