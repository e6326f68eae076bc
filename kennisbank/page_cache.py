"""The shared cache of whole pages for anonymous visitors: what is the same for everyone is rendered once.

One place decides what may be shared (`shareable_request`, `shareable_response`):
- only GET requests without a session cookie or pending messages, so nobody signed in (member, Pro,
  moderator, editor, an unverified address waiting for its confirmation) ever reads or writes it;
- only the views listed in SHARED_VIEWS (the public pages, author pages, feed and sitemaps), and only a
  200 response that sets no cookie, is not marked no-store and left the session and messages untouched.

Entries are keyed on everything the request can change in them: scheme, host, path with query string and the
interface language. Every entry carries the generation it was rendered under; one number
(`page-cache:generation`) is renewed after the commit of anything a page can show (publishing, unpublishing,
moving or deleting a page, its view restrictions, comments, authors, themes, site settings, images, the
search index), which retires every entry at once: no need to know which URLs showed what. A generation
missing from the cache (evicted) comes back new, so entries from before are never used again (a process that
was told the old one notices within watched_key.CHECK_SECONDS). The generation is read before the page is
rendered, so a change during the rendering leaves that entry retired.

Each process is told of a new generation as it happens (kennisbank/watched_key.py: whoever renews it
announces it through Redis) and keeps the pages it served last (MAX_KEPT_BYTES), so a hit usually costs no
round trip to the cache at all. A kept page goes with its generation, or when its time in the cache is up.

A page that carries a CSRF token (a form of the visitor's own) is never shared: its token and the cookie
that comes with it belong to one visitor. The site's shared pages have no such form (the language switch
needs none, kennisbank.views.switch_language), so a hit sets no cookie and a proxy in front may keep it.

Two middlewares share the work. `SharedPageCacheLookupMiddleware` sits right after the language is chosen
and answers a hit there, so a hit skips everything an anonymous page from the cache does not need (auth,
allauth, messages, redirects, the view); it passes only the few middlewares that shape an anonymous
response's headers (HIT_MIDDLEWARE: Content-Length, CSRF, X-Frame-Options), while the
outer ones (request id, security headers, CSP, Content-Language and Vary) run as for any page.
`SharedPageCacheMiddleware`, the innermost, stores what the view rendered, before the outer middlewares add
anything of a visitor's own.

Pro pages are cached too for anonymous visitors (they all get the same teaser), but their responses keep
`Cache-Control: private`: a proxy in front does not tell the visitors apart. Everything else shared says
`public, max-age=0, s-maxage=...` to such a proxy.
"""

import hashlib
import logging
import time

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.http import HttpResponse
from django.middleware.clickjacking import XFrameOptionsMiddleware
from django.middleware.common import CommonMiddleware
from django.middleware.csrf import CsrfViewMiddleware
from django.utils.cache import patch_cache_control

from articles.models import ProContentMixin
from articles.readership import count_page_read_after_response
from kennisbank.local_keep import GenerationKeep
from kennisbank.watched_key import WatchedKey

logger = logging.getLogger(__name__)

GENERATION_KEY = "page-cache:generation"
# Every process is told of a new generation (kennisbank/watched_key.py) and keeps the pages it served last:
# a hit then needs no round trip to the cache at all.
MAX_KEPT_BYTES = 16 * 1024 * 1024
_generation = WatchedKey(GENERATION_KEY)
_kept = GenerationKeep(MAX_KEPT_BYTES)
SHARED_VIEWS = {
    "wagtail_serve",
    "author_list",
    "author_detail",
    "article_feed",
    "sitemap",
    "sitemap_section",
    # Autocomplete as anonymous visitors get it: public titles and popular queries (minutes stale at most).
    "search_suggestions",
}
SHARED_CONTENT_TYPES = ("text/html", "application/rss+xml", "application/xml", "text/xml", "application/json")
KEPT_HEADERS = ("X-Robots-Tag",)  # what a view sets beside the content that a hit must say again
MAX_QUERY_STRING = 200  # longer query strings are not worth a cache entry (and could fill it)
CSRF_INPUT = b'name="csrfmiddlewaretoken"'


def seconds() -> int:
    return settings.PAGE_CACHE_SECONDS


def proxy_seconds() -> int:
    return settings.PAGE_CACHE_PROXY_SECONDS


def shareable_request(request) -> bool:
    """Asked before the authentication middleware has run (no `request.user` yet: without a session cookie
    nobody is signed in) and again when the page is stored."""
    user = getattr(request, "user", None)
    return (
        seconds() > 0
        and request.method == "GET"
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and getattr(settings, "MESSAGE_COOKIE_NAME", "messages") not in request.COOKIES
        and len(request.META.get("QUERY_STRING", "")) <= MAX_QUERY_STRING
        and not (user is not None and user.is_authenticated)
    )


def shareable_response(request, response) -> bool:
    match = getattr(request, "resolver_match", None)
    if match is None or match.url_name not in SHARED_VIEWS:
        return False
    if match.url_name == "wagtail_serve" and getattr(request, "page_cache_page", None) is None:
        return False  # a Wagtail hook answered instead of the page (a password form, a redirect)
    session = getattr(request, "session", None)
    messages = getattr(request, "_messages", None)
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and response.get("Content-Type", "").startswith(SHARED_CONTENT_TYPES)
        and "no-store" not in response.get("Cache-Control", "")
        and not getattr(request, "is_preview", False)
        and not (session is not None and session.modified)
        and not (messages is not None and getattr(messages, "added_new", False))
    )


def entry_key(request) -> str:
    address = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
    digest = hashlib.sha256(address.encode()).hexdigest()
    return f"page-cache:page:v5:{request.LANGUAGE_CODE}:{digest}"  # v5: entries say when they were stored


def _started(generation):
    """The generation read, or a new one when the cache has none (evicted, or never set)."""
    if generation is None:
        generation = time.time_ns()
        if cache.add(GENERATION_KEY, generation, timeout=None):
            _generation.announce()
        generation = cache.get(GENERATION_KEY, generation)
    return generation


def current_generation(request):
    """The generation for this request, found once (the lookup middleware may have found it already); None
    when the cache cannot be reached, so that nothing kept for a generation is used."""
    if not hasattr(request, "page_cache_generation"):
        generation = _generation.value()
        if generation is None:
            try:
                generation = _started(cache.get(GENERATION_KEY))
            except Exception:
                logger.warning("The shared page cache is unavailable", exc_info=True)
        request.page_cache_generation = generation
    return request.page_cache_generation


def heard_generation():
    """The generation as this process was last told of it, without asking (None when it was not told): a
    token for what is kept elsewhere until the next renewal (search's generation, kennisbank/apps.py)."""
    return _generation.value()


def renew() -> None:
    cache.set(GENERATION_KEY, time.time_ns(), timeout=None)
    _generation.forget()
    _generation.announce()


def renew_on_signal(**kwargs) -> None:
    """For senders that already wait for the commit (the discussion's retired trees)."""
    renew()


def retire_everything(**kwargs) -> None:
    """A signal receiver: every shared page goes now and again after the commit (a page rendered in between,
    from the data before the commit, must not outlive it)."""
    renew()
    transaction.on_commit(renew)


def retire_unless_created(created=False, **kwargs) -> None:
    """For site settings: reading them the first time creates them, with what pages showed without them."""
    if not created:
        retire_everything()


def note_page(page, request, serve_args, serve_kwargs):
    """Wagtail's before_serve_page hook: the page about to be served, for the response's decision."""
    request.page_cache_page = page


def _fresh(entry, generation) -> bool:
    return entry["generation"] == generation and time.time() - entry["stored_at"] < seconds()


def _generation_and_entry(key):
    """The current generation and the entry stored for it, if any: no round trip to the cache when this
    process was told the generation and keeps the entry, one otherwise."""
    generation = _generation.value()
    if generation is None:
        found = cache.get_many([GENERATION_KEY, key])
        generation = _started(found.get(GENERATION_KEY))
        entry = found.get(key)
    elif (entry := _kept.get(generation, key)) is not None:
        return generation, entry if _fresh(entry, generation) else None
    else:
        entry = cache.get(key)
    if entry is None or not _fresh(entry, generation):
        return generation, None
    _kept.keep(generation, key, entry, len(entry["content"]))
    return generation, entry


# The middlewares between the lookup and the store (kennisbank/settings) that change an anonymous 200
# response: a hit passes them, in the same order; a test compares a hit's headers with a rendered page's.
HIT_MIDDLEWARE = (CommonMiddleware, CsrfViewMiddleware, XFrameOptionsMiddleware)


class SharedPageCacheLookupMiddleware:
    """Answers shared-cache hits early; a miss goes on, to be rendered and stored by the innermost one."""

    def __init__(self, get_response):
        self.get_response = get_response
        answer = self.from_entry
        for middleware in reversed(HIT_MIDDLEWARE):
            answer = middleware(answer)
        self.answer = answer

    def __call__(self, request):
        if not shareable_request(request):
            return self.get_response(request)
        key = entry_key(request)
        try:
            generation, entry = _generation_and_entry(key)
        except Exception:  # the cache is down or slow: the page is rendered as if it had no cache
            logger.warning("The shared page cache is unavailable", exc_info=True)
            request.page_cache_generation = None
            return self.get_response(request)
        request.page_cache_generation = generation
        if entry is not None:
            request.page_cache_entry = entry
            return self.answer(request)
        request.page_cache_slot = (key, generation)
        return self.get_response(request)

    @staticmethod
    def from_entry(request):
        entry = request.page_cache_entry
        response = HttpResponse(entry["content"], content_type=entry["content_type"])
        if entry["cache_control"]:
            response["Cache-Control"] = entry["cache_control"]
        for header, value in entry["headers"].items():
            response[header] = value
        if entry["read_page_id"] is not None:
            count_page_read_after_response(request, response, entry["read_page_id"])
        return response


class SharedPageCacheMiddleware:
    """The innermost middleware: stores a miss the lookup let through, as the view rendered it, before the
    outer middlewares add anything of the visitor's own."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        slot = getattr(request, "page_cache_slot", None)
        response = self.get_response(request)
        if slot is not None and shareable_request(request) and shareable_response(request, response):
            try:
                self.store(request, response, *slot)
            except Exception:
                logger.warning("A page was not stored in the shared page cache", exc_info=True)
        return response

    def store(self, request, response, key, generation) -> None:
        if CSRF_INPUT in response.content:  # a visitor's own token: never shared
            return
        page = getattr(request, "page_cache_page", None)
        public = "private" not in response.get("Cache-Control", "")
        if public:
            patch_cache_control(response, public=True, max_age=0, s_maxage=proxy_seconds())
        entry = {
            "generation": generation,
            "stored_at": time.time(),
            "content": response.content,
            "content_type": response["Content-Type"],
            "cache_control": response.get("Cache-Control"),
            "headers": {header: response[header] for header in KEPT_HEADERS if header in response},
            "read_page_id": page.pk if isinstance(page, ProContentMixin) else None,
        }
        cache.set(key, entry, seconds())
        _kept.keep(generation, key, entry, len(entry["content"]))
