"""The shared cache of rendered comment trees: what is the same for every visitor of a page.

Every cached rendering of a page's discussion carries the page's version number and the generation of all
trees; changing a number retires the renderings at once (no need to know which sorts and lengths were cached).
A number that is missing (evicted) comes back new, so renderings from before are never used again.
Numbers change after the commit: a visitor rendering between the change and its commit would read the old
data and cache it under the new number for an hour.
"""

import threading
import time
from collections import OrderedDict

from django.core.cache import cache
from django.db import transaction
from django.dispatch import Signal
from wagtail.models import Page

CACHE_SECONDS = 3600
# Each process also keeps the trees it used last (their keys carry the version numbers, read from the shared
# cache for every request, so a kept tree is never one from before a change): a page with 500 comments
# need not come over from Redis for every visitor.
MAX_LOCAL_BYTES = 8 * 1024 * 1024
_local = OrderedDict()
_local_state = {"bytes": 0}
_local_lock = threading.Lock()
_GENERATION_KEY = "discussion:generation"
# The numbers a process read, reused while a witness says nothing was retired since: the site may name a
# token it reads once per request anyway and renews whenever trees_retired is sent (`witnessed_by`). Without
# one, or without a request, the numbers come from the shared cache each time.
MAX_SEEN_NUMBERS = 50_000
_witness = {"read": None}
_seen = {"state": (None, {})}  # (token, numbers read after that token was), replaced whole under the lock

# Sent (after the commit) whenever renderings are retired: pages that show a discussion, or its counts,
# are retired with them by whoever caches those pages (kennisbank/page_cache.py).
trees_retired = Signal()


def _version_key(page_id) -> str:
    return f"discussion:version:{page_id}"


def retire(page_id) -> None:
    cache.set(_version_key(page_id), time.time_ns(), timeout=None)
    trees_retired.send(sender=None, page_id=page_id)


def _new_generation() -> None:
    cache.set(_GENERATION_KEY, time.time_ns(), timeout=None)
    trees_retired.send(sender=None, page_id=None)


def retire_everything(**kwargs) -> None:
    """For changes that any page's tree may show (a writer's badge or name): every rendering goes at once."""
    transaction.on_commit(_new_generation)


def retire_page(sender, instance, **kwargs) -> None:
    """A page published again may have other authors, and so other author badges in its discussion."""
    transaction.on_commit(lambda: retire(instance.pk))


def retire_for_new_page(sender, instance, created, **kwargs):
    """A new page may reuse the id of a deleted one (SQLite does): it must not inherit its discussion."""
    if created and isinstance(instance, Page):
        retire(instance.pk)


def witnessed_by(read_token) -> None:
    """`read_token(request)` gives a token that changes whenever trees_retired is sent, or None (unknown):
    while it is unchanged, the numbers this process read are still the shared cache's."""
    _witness["read"] = read_token
    _seen["state"] = (None, {})


def _numbers(page_ids, request=None) -> tuple[int, dict]:
    """The generation and each page's version, made where the cache has none (evicted, or never set)."""
    keys = [_GENERATION_KEY, *(_version_key(page_id) for page_id in page_ids)]
    token = _witness["read"](request) if request is not None and _witness["read"] is not None else None
    seen_token, seen = _seen["state"]
    if token is None or seen_token != token:
        seen = {}
    numbers = {key: seen[key] for key in keys if key in seen}  # a kept dict only ever gains numbers
    if unseen := [key for key in keys if key not in numbers]:
        numbers.update(cache.get_many(unseen))
        if missing := {key: time.time_ns() for key in unseen if key not in numbers}:
            cache.set_many(missing, timeout=None)
            numbers.update(missing)
        if token is not None:
            # Read after the token: a retirement after it renews the token, so what is kept under it is never
            # older than the token says. Only numbers read under the same token go into the same dict.
            with _local_lock:
                seen_token, seen = _seen["state"]
                if seen_token == token and len(seen) < MAX_SEEN_NUMBERS:
                    seen.update(numbers)
                else:
                    _seen["state"] = (token, dict(numbers))
    return numbers[_GENERATION_KEY], {page_id: numbers[_version_key(page_id)] for page_id in page_ids}


def tree_key(page_id, sort, limit, language, request=None) -> str:
    generation, versions = _numbers([page_id], request)
    return f"discussion:tree:{generation}:{page_id}:{versions[page_id]}:{sort}:{limit}:{language}"


def count_keys(page_ids) -> dict:
    """Per page, the key of its count of visible comments, under the numbers its trees are cached under."""
    generation, versions = _numbers(page_ids)
    return {
        page_id: f"discussion:count:{generation}:{page_id}:{version}" for page_id, version in versions.items()
    }


def get_many(keys) -> dict:
    return cache.get_many(keys)


def put_many(values) -> None:
    cache.set_many(values, CACHE_SECONDS)


def get(key):
    """A rendered tree (a dict shared within the process: read it; only the readers' rendering of it is
    added, once), or None."""
    with _local_lock:
        if (kept := _local.get(key)) is not None:
            _local.move_to_end(key)
            return kept
    value = cache.get(key)
    if value is not None:
        _keep_locally(key, value)
    return value


def put(key, value) -> None:
    cache.set(key, value, CACHE_SECONDS)
    _keep_locally(key, value)


def _kept_size(key, value) -> int:
    """What a kept tree may come to: its HTML and, once readers have seen it, the readers' renderings of it
    that discussion.tree keeps in the dict (the HTML without buttons, cut at the buttons, and filled in
    with members' buttons: together about two and a half times the HTML)."""
    return 4 * len(value.get("html", "")) + len(key)


def _keep_locally(key, value) -> None:
    size = _kept_size(key, value)
    if size > MAX_LOCAL_BYTES // 4:
        return
    with _local_lock:
        if key in _local:
            return
        _local[key] = value
        _local_state["bytes"] += size
        while _local_state["bytes"] > MAX_LOCAL_BYTES:
            old_key, old = _local.popitem(last=False)
            _local_state["bytes"] -= _kept_size(old_key, old)
