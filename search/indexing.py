"""Keeping the index true: sync a few pages after an edit, rebuild everything, report drift.

`sync_pages(ids)` looks at the database as it is now: a live, public page of an indexed type is (re)built
and indexed, anything else with one of those ids is removed. It is idempotent, so a late or repeated task
does no harm. Every engine that keeps an index is written; an engine that fails is logged and skipped, and
reported to `on_engine_failure(engine name, page ids or None for all)`, which the tasks use to retry that
engine later with `resync_engine` (the drift shows in `search_index --check`, a rebuild repairs it).
"""

import logging
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from django.db import transaction
from wagtail.models import Page

from . import registry, state
from .analysis import Analyser
from .documents import BuiltDocument, build_document, vocabulary_words
from .engines import index_engine, index_engines
from .engines.base import FREE, PRO, AnalysedDocument
from .models import FULL, PUBLIC, SCOPES, SearchDocument, SearchProText, SearchWord

logger = logging.getLogger(__name__)
BATCH = 500
EngineFailure = Callable[[str, list[int] | None], None]


def indexable_pages(ids: Iterable[int] | None = None):
    """Live, public pages of the indexed types, as their specific instances."""
    models = registry.page_models()
    if not models:
        return Page.objects.none()
    queryset = Page.objects.live().public().type(*models).order_by("path")
    if ids is not None:
        queryset = queryset.filter(pk__in=list(ids))
    return queryset.specific()


def analysed(document: BuiltDocument, analysers: dict[str, Analyser]) -> AnalysedDocument:
    public, full = analysers[PUBLIC], analysers[FULL]
    return AnalysedDocument(
        id=document.id,
        title=document.title,
        kind=document.kind,
        is_pro=document.is_pro,
        date=document.date,
        facets={
            "kind": [[document.kind, document.kind]],
            "access": [[PRO, PRO] if document.is_pro else [FREE, FREE]],
            "theme": document.themes,
            "topic": document.topics,
            "author": document.authors,
        },
        public={
            "title": public.index_text(document.title),
            "summary": public.index_text(f"{document.summary}\n{document.labels}"),
            "body": public.index_text(document.public_body),
        },
        full={
            "title": full.index_text(document.title),
            "summary": full.index_text(f"{document.summary}\n{document.labels}"),
            "body": full.index_text(document.public_body),
            "pro": full.index_text(document.pro_body),
        },
    )


def _stored(document: SearchDocument) -> BuiltDocument:
    pro_text = getattr(document, "pro_text", None)  # None when the page has no Pro text
    return BuiltDocument(
        id=document.pk,
        url=document.url,
        kind=document.kind,
        title=document.title,
        summary=document.summary,
        public_body=document.public_body,
        pro_body=pro_text.body if pro_text else "",
        is_pro=document.is_pro,
        date=document.date,
        themes=document.themes,
        topics=document.topics,
        authors=document.authors,
    )


def _model(document: BuiltDocument) -> SearchDocument:
    return SearchDocument(
        page_id=document.id,
        url=document.url[:500],
        kind=document.kind,
        title=document.title[:255],
        title_folded=document.title_folded[:255],
        summary=document.summary,
        public_body=document.public_body,
        is_pro=document.is_pro,
        date=document.date,
        themes=document.themes,
        topics=document.topics,
        authors=document.authors,
    )


def _scope_words(document: BuiltDocument) -> dict[str, set[str]]:
    public = document.public_words()
    return {PUBLIC: public, FULL: public | vocabulary_words(document.pro_body)}


def _apply_vocabulary(deltas: dict[str, Counter]) -> None:
    for scope, delta in deltas.items():
        delta = {word: change for word, change in delta.items() if change}
        words = list(delta)
        for start in range(0, len(words), BATCH):
            chunk = words[start : start + BATCH]
            existing = {w.word: w for w in SearchWord.objects.filter(scope=scope, word__in=chunk)}
            updated, created, emptied = [], [], []
            for word in chunk:
                row = existing.get(word)
                if row is None:
                    if delta[word] > 0:
                        created.append(SearchWord(scope=scope, word=word, documents=delta[word]))
                    continue
                row.documents = max(0, row.documents + delta[word])
                (updated if row.documents else emptied).append(row)
            SearchWord.objects.bulk_create(created, ignore_conflicts=True)
            SearchWord.objects.bulk_update(updated, ["documents"])
            SearchWord.objects.filter(pk__in=[row.pk for row in emptied]).delete()


def _write(engine, documents: list[AnalysedDocument], removed: list[int]) -> None:
    with transaction.atomic():
        if removed:
            engine.delete(removed)
        if documents:
            engine.index(documents)


def _write_engines(documents, removed: Iterable[int], on_failure: EngineFailure | None) -> None:
    removed = list(removed)
    for engine in index_engines():
        try:
            _write(engine, documents, removed)
        except Exception:
            logger.exception("Search engine %s could not update %s documents", engine.name, len(documents))
            if on_failure:
                on_failure(engine.name, sorted({document.id for document in documents} | set(removed)))


def sync_pages(page_ids: Iterable[int], on_engine_failure: EngineFailure | None = None) -> int:
    """Index these pages as they are now, or remove them from the index. Returns the number indexed."""
    page_ids = {int(page_id) for page_id in page_ids}
    if not page_ids:
        return 0
    with transaction.atomic():
        built = [doc for page in indexable_pages(page_ids) if (doc := build_document(page)) is not None]
        old = {
            document.pk: _stored(document)
            for document in SearchDocument.objects.filter(pk__in=page_ids).select_related("pro_text")
        }
        deltas = {scope: Counter() for scope in SCOPES}
        for document in old.values():
            for scope, words in _scope_words(document).items():
                deltas[scope].subtract(words)
        for document in built:
            for scope, words in _scope_words(document).items():
                deltas[scope].update(words)
        _apply_vocabulary(deltas)
        kept = {document.id for document in built}
        removed = page_ids - kept
        SearchDocument.objects.filter(pk__in=removed).delete()
        for document in built:
            _model(document).save()
            if document.pro_body:
                SearchProText.objects.update_or_create(
                    document_id=document.id, defaults={"body": document.pro_body}
                )
            else:
                SearchProText.objects.filter(document_id=document.id).delete()
        state.bump_generation()
        analysers = state.analysers()
        _write_engines([analysed(document, analysers) for document in built], removed, on_engine_failure)
    return len(built)


def rebuild(
    progress: Callable[[int, int], None] | None = None, on_engine_failure: EngineFailure | None = None
) -> int:
    """Build every document again, with vocabularies learnt from all of them. Returns the number indexed."""
    pages = indexable_pages()
    total = pages.count()
    built = []
    for position, page in enumerate(pages.iterator(chunk_size=200), start=1):
        document = build_document(page)
        if document is not None:
            built.append(document)
        if progress:
            progress(position, total)
    counts = {scope: Counter() for scope in SCOPES}
    for document in built:
        for scope, words in _scope_words(document).items():
            counts[scope].update(words)
    with transaction.atomic():
        SearchDocument.objects.all().delete()
        SearchWord.objects.all().delete()
        SearchWord.objects.bulk_create(
            [SearchWord(scope=s, word=w, documents=n) for s in SCOPES for w, n in counts[s].items()],
            batch_size=BATCH,
        )
        SearchDocument.objects.bulk_create([_model(document) for document in built], batch_size=BATCH)
        SearchProText.objects.bulk_create(
            [SearchProText(document_id=d.id, body=d.pro_body) for d in built if d.pro_body], batch_size=BATCH
        )
        state.bump_generation()
        analysers = state.analysers()
        documents = [analysed(document, analysers) for document in built]
        for engine in index_engines():
            try:
                with transaction.atomic():
                    engine.rebuild(documents)
            except Exception:
                logger.exception("Search engine %s could not be rebuilt", engine.name)
                if on_engine_failure:
                    on_engine_failure(engine.name, None)
    return len(built)


def resync_engine(name: str, page_ids: Iterable[int] | None = None) -> int:
    """Write these pages (every page when None) to one engine again, from the document store as it is now:
    what a failed write should have done. Raises when the engine fails again. Returns the number written."""
    engine = index_engine(name)
    if engine is None:
        logger.warning("Search engine %s is no longer configured; nothing to write to it", name)
        return 0
    stored = SearchDocument.objects.select_related("pro_text")
    if page_ids is not None:
        page_ids = {int(page_id) for page_id in page_ids}
        stored = stored.filter(pk__in=page_ids)
    analysers = state.analysers()
    documents = [analysed(_stored(document), analysers) for document in stored]
    if page_ids is None:
        with transaction.atomic():
            engine.rebuild(documents)
    else:
        _write(engine, documents, sorted(page_ids - {document.id for document in documents}))
    return len(documents)


@dataclass
class Drift:
    pages: int = 0
    documents: int = 0
    missing: set = field(default_factory=set)  # live pages without a document
    stale: set = field(default_factory=set)  # documents of pages that are gone or no longer live
    outdated: set = field(default_factory=set)  # pages published again since their document was built
    engines: dict = field(default_factory=dict)  # "engine/scope" -> (missing ids, extra ids)

    @property
    def ok(self) -> bool:
        return not (
            self.missing or self.stale or self.outdated or any(a or b for a, b in self.engines.values())
        )


def check() -> Drift:
    """Compare the database with the index."""
    pages = dict(
        Page.objects.live().public().type(*registry.page_models()).values_list("pk", "last_published_at")
        if registry.page_models()
        else []
    )
    documents = dict(SearchDocument.objects.values_list("pk", "indexed_at"))
    drift = Drift(pages=len(pages), documents=len(documents))
    drift.missing = set(pages) - set(documents)
    drift.stale = set(documents) - set(pages)
    drift.outdated = {
        pk for pk, published in pages.items() if pk in documents and published and published > documents[pk]
    }
    for engine in index_engines():
        for scope in SCOPES:
            try:
                indexed = engine.indexed_ids(scope)
            except Exception as error:
                logger.exception("Search engine %s could not be checked", engine.name)
                indexed = {f"error: {error}"}
            drift.engines[f"{engine.name}/{scope}"] = (set(documents) - indexed, indexed - set(documents))
    return drift
