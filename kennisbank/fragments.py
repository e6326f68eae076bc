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
from collections import OrderedDict
from contextlib import suppress

from django.conf import settings
from django.core.cache import cache
from django.utils.translation import get_language

from kennisbank.page_cache import current_generation

CSRF_INPUT = "csrfmiddlewaretoken"
MAX_VALUE_LENGTH = 200  # longer values (a junk query string) are rendered, not kept
MAX_LOCAL_BYTES = 4 * 1024 * 1024
_local = {"generation": None, "entries": OrderedDict(), "size": 0}


def fragment_key(request, name, values) -> str | None:
    if settings.FRAGMENT_CACHE_SECONDS <= 0 or request is None or getattr(request, "is_preview", False):
        return None
    parts = [str(value) for value in values]
    if any(len(part) > MAX_VALUE_LENGTH for part in parts):
        return None
    generation = current_generation(request)
    if generation is None:
        return None
    digest = hashlib.sha256("\x00".join([name, *parts]).encode()).hexdigest()
    return f"fragment:{generation}:{get_language()}:{digest}"


def _local_entries(key):
    generation = key.split(":", 2)[1]
    if _local["generation"] != generation:
        _local.update(generation=generation, entries=OrderedDict(), size=0)
    return _local["entries"]


def _keep_locally(key, html) -> None:
    entries = _local_entries(key)
    if len(html) > MAX_LOCAL_BYTES // 4:
        return
    entries[key] = html
    _local["size"] += len(html)
    while _local["size"] > MAX_LOCAL_BYTES:
        _old_key, old = entries.popitem(last=False)
        _local["size"] -= len(old)


def shared(request, name, values, render) -> str:
    """render(), or what it gave for the same name and values in this generation and language."""
    key = fragment_key(request, name, values)
    if key is None:
        return render()
    entries = _local_entries(key)
    if (html := entries.get(key)) is not None:
        with suppress(KeyError):  # another thread may have dropped it meanwhile
            entries.move_to_end(key)
        return html
    html = cache.get(key)
    if html is None:
        html = render()
        if CSRF_INPUT in html:  # a visitor's own token is never shared (a form belongs outside)
            return html
        cache.set(key, html, settings.FRAGMENT_CACHE_SECONDS)
    _keep_locally(key, html)
    return html
