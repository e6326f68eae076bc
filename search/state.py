"""The analysers of the two indexes, with their vocabulary and the editors' synonyms, cached in each
process until the index changes (every change raises `SearchState.generation`)."""

import threading
import time

from django.db import transaction
from django.db.models import F

from .analysis import CURATED_PARTS, Analyser, SynonymGroup, Vocabulary
from .models import SCOPES, SearchDocument, SearchState, SearchWord, Synonym

_cache = {}
_lock = threading.Lock()


def may_keep() -> bool:
    """Whether what was read now may be kept for the current generation. Inside a transaction (an index
    update, a test) it may not: what the transaction wrote, its generation included, may be rolled back."""
    return not transaction.get_connection().in_atomic_block


def generation() -> int:
    return SearchState.objects.filter(pk=1).values_list("generation", flat=True).first() or 0


def bump_generation() -> None:
    with transaction.atomic():
        if not SearchState.objects.filter(pk=1).update(generation=F("generation") + 1):
            # A new counter starts from the clock, not from 1: a process that cached something for the
            # counter of an emptied table (a flush, a restored dump, the next test) never takes it as current.
            SearchState.objects.create(pk=1, generation=time.time_ns())


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
