"""Parts of a page that are the same for every visitor, rendered once and shared through the cache.

`{% shared_fragment "name" value ... %}...{% endshared_fragment %}` (site_tags) keeps what it encloses
under the generation of the shared page cache (kennisbank/page_cache.py), the interface language, the
name and the values given. The generation is renewed after the commit of anything a page can show, so a
fragment never outlives a change. Whatever depends on who is looking (signed in or not, Pro or not, an
offer, a form with its CSRF token, messages) stays outside the fragment, or is one of its values.

Each process also keeps the fragments it used last (up to MAX_LOCAL_BYTES, for the current generation
only), so that a page of several fragments does not wait for the cache several times.

Nothing is kept or reused for a preview (a draft must never be shown as the page), without a request, or
when there is no generation (the cache cannot be reached).
"""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.utils.translation import get_language

from kennisbank.local_keep import GenerationKeep
from kennisbank.page_cache import current_generation

CSRF_INPUT = "csrfmiddlewaretoken"
MAX_VALUE_LENGTH = 200  # longer values (a junk query string) are rendered, not kept
MAX_LOCAL_BYTES = 4 * 1024 * 1024
_kept = GenerationKeep(MAX_LOCAL_BYTES)


def fragment_key(request, name, values) -> tuple | None:
    """(generation, key), or None when nothing may be kept."""
    if settings.FRAGMENT_CACHE_SECONDS <= 0 or request is None or getattr(request, "is_preview", False):
        return None
    parts = [str(value) for value in values]
    if any(len(part) > MAX_VALUE_LENGTH for part in parts):
        return None
    generation = current_generation(request)
    if generation is None:
        return None
    digest = hashlib.sha256("\x00".join([name, *parts]).encode()).hexdigest()
    return generation, f"fragment:{generation}:{get_language()}:{digest}"


def shared(request, name, values, render) -> str:
    """render(), or what it gave for the same name and values in this generation and language."""
    found = fragment_key(request, name, values)
    if found is None:
        return render()
    generation, key = found
    if (html := _kept.get(generation, key)) is not None:
        return html
    html = cache.get(key)
    if html is None:
        html = render()
        if CSRF_INPUT in html:  # a visitor's own token is never shared (a form belongs outside)
            return html
        cache.set(key, html, settings.FRAGMENT_CACHE_SECONDS)
    _kept.keep(generation, key, html, len(html))
    return html
