"""The analysers of the two indexes, with their vocabulary and the editors' synonyms, cached in each
process until the index changes (every change raises `SearchState.generation`).

The generation itself is read from the database, unless a witness says the index has not changed since this
process last read it: the site names a token that every process hears of without asking and that it renews
whenever `index_changed` is sent (`witnessed_by`; kennisbank/apps.py names the shared page cache's
generation). Autocomplete then needs no query at all.
"""

import threading
import time

from django.db import transaction
from django.db.models import F
from django.dispatch import Signal

from .analysis import CURATED_PARTS, Analyser, SynonymGroup, Vocabulary
from .models import SCOPES, SearchDocument, SearchState, SearchWord, Synonym

_cache = {}
_lock = threading.Lock()
_witness = {"read": None}
_seen = {"generation": (None, None)}  # (token, the generation read after that token was), replaced whole

# Sent after the commit of every change to the index: whoever keeps something made from it (the site's shared
# page cache, autocomplete answers among them) renews it, and with it the witness's token.
index_changed = Signal()


def may_keep() -> bool:
    """Whether what was read now may be kept for the current generation. Inside a transaction (an index
    update, a test) it may not: what the transaction wrote, its generation included, may be rolled back."""
    return not transaction.get_connection().in_atomic_block


def witnessed_by(read_token) -> None:
    """`read_token()` gives a token that changes whenever index_changed is sent, or None (unknown): while it
    is unchanged, the generation this process read is still the database's."""
    _witness["read"] = read_token
    _seen["generation"] = (None, None)


def generation() -> int:
    # Inside a transaction (an index update) the database's own value counts: this transaction may have
    # raised it, and the token changes only after the commit.
    token = _witness["read"]() if _witness["read"] is not None and may_keep() else None
    seen_token, seen = _seen["generation"]
    if token is not None and token == seen_token:
        return seen
    current = SearchState.objects.filter(pk=1).values_list("generation", flat=True).first() or 0
    # Read after the token: a change committed after it renews the token, so what is kept under it is never
    # older than the token says.
    if token is not None:
        _seen["generation"] = (token, current)
    return current


def bump_generation() -> None:
    with transaction.atomic():
        if not SearchState.objects.filter(pk=1).update(generation=F("generation") + 1):
            # A new counter starts from the clock, not from 1: a process that cached something for the
            # counter of an emptied table (a flush, a restored dump, the next test) never takes it as current.
            SearchState.objects.create(pk=1, generation=time.time_ns())
        transaction.on_commit(_announce_change)


def _announce_change() -> None:
    index_changed.send(sender=None)


def synonym_groups() -> list[SynonymGroup]:
    return [SynonymGroup.parse(pk, text) for pk, text in Synonym.objects.values_list("pk", "words")]


def synonym_words(groups) -> frozenset:
    return frozenset(word for group in groups for member in group.members for word in member)


def make_analyser(counts: dict, groups: list[SynonymGroup], documents: int = 0) -> Analyser:
    extra = CURATED_PARTS | synonym_words(groups)
    return Analyser(Vocabulary(counts=counts, extra=frozenset(extra), documents=documents), groups)


def analysers() -> dict:
    """scope -> Analyser, current with the index. Inside a transaction (an index update, a test) they are
    built afresh and not cached: what the transaction wrote may still be rolled back."""
    current = generation()
    cached = _cache.get("analysers")
    if cached and cached[0] == current:
        return cached[1]
    groups = synonym_groups()
    counts = {scope: {} for scope in SCOPES}
    for scope, word, documents in SearchWord.objects.values_list("scope", "word", "documents"):
        counts[scope][word] = documents
    documents = SearchDocument.objects.count()
    result = {scope: make_analyser(counts[scope], groups, documents) for scope in SCOPES}
    if may_keep():
        with _lock:
            _cache["analysers"] = (current, result)
    return result


def analyser_for(scope: str) -> Analyser:
    return analysers()[scope]


def forget() -> None:
    _cache.clear()
    _seen["generation"] = (None, None)
