"""What nearly every page reads before its own content: the Wagtail site for the host, the site settings,
the main menu's pages, the footer's links, the sites' root paths (for page URLs) and the route to a page.
Kept in each process for one generation of the shared page cache (kennisbank/page_cache.py): the generation
is renewed after the commit of any change to sites, pages and settings, so a process never shows these from
before a change it could know about.

Values are kept as plain field values and each request gets model instances of its own, so nothing a
request caches on an instance (a site's root page, a settings object's request) reaches another request.
When the cache cannot be reached there is no generation and everything is read from the database.
"""

import pickle

from django.contrib.contenttypes.models import ContentType
from django.http import Http404
from wagtail import views as wagtail_views
from wagtail.models import Page, PageViewRestriction, Site

from kennisbank.models import FOOTER_LINKS, SiteSettings
from kennisbank.page_cache import current_generation

MAX_KEPT = 200
MAX_ROUTES = 20_000  # pages whose path is kept per generation and process (a few hundred bytes each)
# Pickled pages kept per generation and process; beyond it, a page is read for each request.
MAX_PAGE_BYTES = 8 * 1024 * 1024
# Requests that show no page: the probes must not depend on the database for this (a liveness check that
# fails while PostgreSQL restarts would get every web process restarted), nor Stripe's webhooks.
NO_PAGE_PREFIXES = ("/healthz/", "/readyz/", "/stripe/webhook/", "/.well-known/", "/static/", "/media/")
_kept = {"generation": None, "values": {}}
_routes = {"generation": None, "paths": {}, "page_bytes": 0}


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


def _known_routes(request):
    generation = current_generation(request)
    if generation is None:
        return None
    if _routes["generation"] != generation:
        _routes.update(generation=generation, paths={}, page_bytes=0)
    return _routes["paths"]


def _known_page(key, page_id, content_type_id, pickled):
    """The page of a known route: a fresh instance for this request, unpickled from the copy this process
    read in this generation, or read (and, within MAX_PAGE_BYTES, kept) when it has none yet."""
    if pickled is not None:
        return pickle.loads(pickled)  # noqa: S301 - pickled by this process, kept in its own memory
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    page = model.objects.filter(pk=page_id).first() if model is not None else None
    if page is not None:
        pickled = pickle.dumps(page, protocol=pickle.HIGHEST_PROTOCOL)  # before the request touches it
        if _routes["page_bytes"] + len(pickled) <= MAX_PAGE_BYTES and key in _routes["paths"]:
            _routes["paths"][key] = (page_id, content_type_id, page.url_path, pickled)
            _routes["page_bytes"] += len(pickled)
    return page


def route(request, path) -> None:
    """Wagtail's route for a page path, found without a query when this process routed the path before in
    this generation: Wagtail reads every level of the path (the root page twice) and then the page's view
    restrictions with those of its ancestors. Sets what `Page.route_for_request` returns.

    Only a plain route is kept: the page at the end of the path, whose url_path is the site root's plus the
    path. The page itself is kept pickled (every request unpickles an instance of its own) once it has been
    read again on a second visit; any change to a page renews the generation, so a page is never served
    from before its change, and a page no longer at that url_path goes the general way; unpublished, its own
    `route` says it is not found. Its view restrictions (its own and its ancestors') are kept only as
    "none": changing them renews the generation."""
    site = request._wagtail_site
    paths = _known_routes(request)
    if site is None or paths is None:
        return
    key = (site.pk, path)
    if (known := paths.get(key)) is not None:
        page_id, content_type_id, url_path, pickled = known
        page = _known_page(key, page_id, content_type_id, pickled)
        if page is not None and page.url_path == url_path:
            page.known_view_restrictions = PageViewRestriction.objects.none()
            try:
                request._wagtail_route_for_request = page.route(request, [])
            except Http404:
                request._wagtail_route_for_request = None
            return
        del paths[key]
    found = Page.route_for_request(request, path)
    if found is None or found.args or found.kwargs or len(paths) >= MAX_ROUTES:
        return
    page = found.page
    components = [component for component in path.split("/") if component]
    if page.url_path != site.root_page.url_path + "".join(f"{component}/" for component in components):
        return  # a page type that routes on its own terms
    restrictions = page.get_view_restrictions()
    if not restrictions:  # evaluated here once; Wagtail's check reads the same result
        paths[key] = (page.pk, page.content_type_id, page.url_path, None)
    page.known_view_restrictions = restrictions


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
        # Wagtail's page URLs read these from the cache once a request; a list of named tuples, shared.
        root_paths = remembered(request, ("root-paths",), Site.get_site_root_paths)
        request._wagtail_cached_site_root_paths = root_paths
        if site is not None:
            setattr(request, SiteSettings.get_cache_attr_name(), site_settings_for(request, site))
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func is wagtail_views.serve and getattr(request, "_wagtail_site", None) is not None:
            route(request, view_kwargs.get("path", view_args[0] if view_args else ""))
