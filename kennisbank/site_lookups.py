"""What nearly every page reads from the database before its own content: the Wagtail site for the host,
the site settings, the main menu's pages and the footer's links. Kept in each process for one generation
of the shared page cache (kennisbank/page_cache.py): the generation is renewed after the commit of any
change to sites, pages and settings, so a process never shows these from before a change it could know
about.

Values are kept as plain field values and each request gets model instances of its own, so nothing a
request caches on an instance (a site's root page, a settings object's request) reaches another request.
When the cache cannot be reached there is no generation and everything is read from the database.
"""

from wagtail.models import Page, Site

from kennisbank.models import FOOTER_LINKS, SiteSettings
from kennisbank.page_cache import current_generation

MAX_KEPT = 200
# Requests that show no page: the probes must not depend on the database for this (a liveness check that
# fails while PostgreSQL restarts would get every web process restarted), nor Stripe's webhooks.
NO_PAGE_PREFIXES = ("/healthz/", "/readyz/", "/stripe/webhook/", "/.well-known/", "/static/", "/media/")
_kept = {"generation": None, "values": {}}


def _field_values(instance) -> dict:
    return {field.attname: getattr(instance, field.attname) for field in instance._meta.concrete_fields}


def _instance(model, values):
    instance = model(**values)
    instance._state.adding = False
    instance._state.db = "default"
    return instance


def remembered(request, key, compute):
    """compute(), or what it gave in this process for the current generation."""
    generation = current_generation(request)
    if generation is None:
        return compute()
    if _kept["generation"] != generation:
        _kept.update(generation=generation, values={})
    values = _kept["values"]
    if key not in values:
        if len(values) >= MAX_KEPT:  # many hosts (a wildcard in ALLOWED_HOSTS): read, but keep no more
            return compute()
        values[key] = compute()
    return values[key]


def site_for(request):
    def find():
        site = Site._find_for_request(request)
        return None if site is None else _field_values(site)

    # get_host() refuses a host outside ALLOWED_HOSTS (a 400, as further in) before anything is kept for it.
    values = remembered(request, ("site", request.get_host(), request.get_port()), find)
    return None if values is None else _instance(Site, values)


def site_settings_for(request, site):
    def find():
        return _field_values(SiteSettings.for_site(site))

    settings = _instance(SiteSettings, remembered(request, ("site-settings", site.pk), find))
    settings._request = request  # as BaseSiteSetting.for_request sets it, for its page URLs
    return settings


def main_menu_items(request, site) -> list:
    """The menu's pages (deferred: title and URL only), one list for every request of a generation."""

    def find():
        root = Page.objects.only("path", "depth").get(pk=site.root_page_id)
        return list(
            Page.objects.live()
            .in_menu()
            .child_of(root)
            .only("title", "url_path", "path", "depth", "content_type")
        )

    return remembered(request, ("main-menu", site.pk), find)


def footer_links(request, site_settings) -> list[tuple[str, str]]:
    """(field name, URL) of the footer's chosen pages that are live, in FOOTER_LINKS order; one query a
    generation. Unpublishing, moving or renaming a page and editing the settings renew the generation."""

    def find():
        chosen = {name: getattr(site_settings, f"{name}_id") for name, _label in FOOTER_LINKS}
        pages = (
            Page.objects.live()
            .filter(pk__in=[pk for pk in chosen.values() if pk])
            .only("url_path", "path", "depth")
        )
        urls = {page.pk: page.get_url(request) for page in pages}
        return [(name, urls[pk]) for name, pk in chosen.items() if pk in urls]

    return remembered(request, ("footer-links", site_settings.site_id), find)


class SiteLookupsMiddleware:
    """Hands Wagtail the site and its settings for the request (it asks `request._wagtail_site` and the
    settings' request attribute first), from what this process keeps for the generation."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info.startswith(NO_PAGE_PREFIXES):
            return self.get_response(request)
        site = site_for(request)
        request._wagtail_site = site
        if site is not None:
            setattr(request, SiteSettings.get_cache_attr_name(), site_settings_for(request, site))
        return self.get_response(request)
