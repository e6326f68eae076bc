"""The search service: the only way in for views, the admin and the index updates.

The Pro rule is decided here, once per call, by asking the access policy: a person with Pro searches the
full index (public text and Pro text); anyone else searches the public index, which never received any
Pro text, with the public vocabulary (typos, "Bedoelde u", compounds) and snippets from public fields
only. A word that occurs only in Pro text therefore finds nothing and suggests nothing for them.
Editors' promoted results come with the first page (search/promotions.py), under the same rule.
"""

import datetime
import hashlib
import json
import logging
import math
from dataclasses import dataclass, field

from django.core.cache import cache
from django.db.models import F
from django.utils.safestring import SafeString
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from membership.access import has_pro_access

from . import promotions, state, title_index
from .analysis import clean_query, fold, is_content_word, words
from .engines import get_engine
from .engines.base import FACETS, FREE, PRO, EngineResults
from .models import FULL, KIND_LABELS, PUBLIC, TOPIC, PopularQuery, SearchDocument, SearchProText
from .snippets import snippet

logger = logging.getLogger(__name__)

MAX_PER_PAGE = 50
# Public results are the same for everyone without Pro: kept under the index generation, so a change to the
# index shows at once; an editor's new promotion (not part of the index) shows within this many seconds.
PUBLIC_RESULTS_SECONDS = 60
MAX_FILTER_VALUES = 20
POPULAR_MIN_COUNT = 3  # a query is suggested to others only once several searches found something with it
POPULAR = "zoekopdracht"  # the kind of a suggestion that is a popular query, not a page
LABELS = {
    "kind": KIND_LABELS,
    "access": {FREE: _("Free"), PRO: _("Pro")},
    "suggestion": {**KIND_LABELS, POPULAR: _("Popular search")},
}


@dataclass(frozen=True)
class SearchResult:
    url: str
    title: str
    kind: str  # "artikel" or "onderwerp"
    topics: tuple  # names
    themes: tuple
    authors: tuple
    date: datetime.date | None
    is_pro: bool
    snippet: SafeString

    @property
    def kind_label(self):
        return LABELS["kind"].get(self.kind, self.kind)


@dataclass(frozen=True)
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool


@dataclass(frozen=True)
class SearchResults:
    query: str
    results: tuple = ()
    total: int = 0
    page: int = 1
    per_page: int = 10
    facets: dict = field(default_factory=dict)  # facet name -> (FacetValue, ...)
    suggestion: str | None = None  # "Bedoelde u ...?"
    relaxed: bool = False  # no document had every word; these have some
    engine: str = ""
    pro: bool = False  # searched with Pro: the full index, Pro text included
    filters: dict = field(default_factory=dict)  # the filters applied, cleaned: facet -> [value, ...]
    promotions: tuple = ()  # the editors' promoted results (page 1, no filters), not among `results`

    @property
    def num_pages(self) -> int:
        return max(1, math.ceil(self.total / self.per_page))

    @property
    def has_next(self) -> bool:
        return self.page < self.num_pages

    @property
    def has_previous(self) -> bool:
        return self.page > 1


@dataclass(frozen=True)
class Suggestion:
    label: str
    url: str | None  # None for a popular query: it is searched, not opened
    kind: str  # "artikel", "onderwerp" or "zoekopdracht"

    @property
    def kind_label(self):
        return LABELS["suggestion"].get(self.kind, self.kind)


def scope_for(user) -> str:
    return FULL if has_pro_access(user) else PUBLIC


def clean_filters(filters) -> dict:
    """facet -> list of values, for known facets only; anything else is ignored."""
    cleaned = {}
    for facet in FACETS:
        values = (filters or {}).get(facet) or []
        if isinstance(values, str):
            values = [values]
        # Values are slugs and names: anything with control characters or outer spaces is no value.
        values = [v for v in values if isinstance(v, str) and 0 < len(v) <= 100 and clean_query(v) == v]
        values = values[:MAX_FILTER_VALUES]
        if values:
            cleaned[facet] = list(dict.fromkeys(values))
    return cleaned


def _positive_int(value, default, maximum=None):
    try:
        number = int(value)
    except (TypeError, ValueError):
        return default
    number = max(1, number)
    return min(number, maximum) if maximum else number


def search(query, *, user, filters=None, page=1, per_page=10) -> SearchResults:
    text = clean_query(query)
    per_page = _positive_int(per_page, 10, MAX_PER_PAGE)
    page = _positive_int(page, 1, 10_000)
    filters = clean_filters(filters)
    scope = scope_for(user)
    # Pro results quote Pro text: never kept where someone else could be given them.
    if scope != PUBLIC or PUBLIC_RESULTS_SECONDS <= 0 or not state.may_keep():
        return _search(text, scope, filters, page, per_page)
    key = _public_results_key(text, filters, page, per_page)
    if (kept := cache.get(key)) is not None:
        return kept
    found = _search(text, scope, filters, page, per_page)
    cache.set(key, found, PUBLIC_RESULTS_SECONDS)
    return found


def _public_results_key(text, filters, page, per_page) -> str:
    """Everything public results depend on: the index (its generation), the query, filters and page, and
    the language (the facets' labels are translated here)."""
    asked = json.dumps([get_language(), text, filters, page, per_page], sort_keys=True, ensure_ascii=False)
    return f"search:public:{state.generation()}:{hashlib.sha256(asked.encode()).hexdigest()}"


def _search(text, scope, filters, page, per_page) -> SearchResults:
    analyser = state.analyser_for(scope)
    analysed = analyser.analyse_query(text)
    suggestion = analyser.suggestion(analysed)
    if not analysed:
        return SearchResults(
            query=text,
            page=1,
            per_page=per_page,
            suggestion=suggestion,
            pro=scope == FULL,
            filters=filters,
            promotions=promotions.for_query(text) if not filters else (),
        )
    engine = get_engine()
    found = engine.search(
        analysed, scope=scope, filters=filters, offset=(page - 1) * per_page, limit=per_page
    )
    last_page = max(1, math.ceil(found.total / per_page))
    if page > last_page:  # past the end: the last page
        page = last_page
        found = engine.search(
            analysed, scope=scope, filters=filters, offset=(page - 1) * per_page, limit=per_page
        )
    # Promotions open the first page of an unfiltered search; a promoted page is not listed twice there.
    promoted = promotions.for_query(text) if page == 1 and not filters else ()
    promoted_ids = {promotion.page_id for promotion in promoted}
    ids = [page_id for page_id in found.ids if page_id not in promoted_ids]
    results = _results(ids, scope, analyser, analysed)
    return SearchResults(
        query=text,
        results=tuple(results),
        total=found.total,
        page=page,
        per_page=per_page,
        facets=_facets(found, filters),
        suggestion=suggestion,
        relaxed=found.relaxed,
        engine=found.engine,
        pro=scope == FULL,
        filters=filters,
        promotions=promoted,
    )


def _results(ids: list, scope, analyser, analysed) -> list[SearchResult]:
    documents = SearchDocument.objects.in_bulk(ids)
    pro_texts = {}
    if scope == FULL:  # the only place Pro text is read, and only for a person with Pro
        pro_texts = dict(SearchProText.objects.filter(document_id__in=ids).values_list("document_id", "body"))
    terms = analyser.highlight_terms(analysed)
    results = []
    for page_id in ids:
        document = documents.get(page_id)
        if document is None:
            continue
        readable = [document.summary, document.public_body, pro_texts.get(page_id, "")]
        results.append(
            SearchResult(
                url=document.url,
                title=document.title,
                kind=document.kind,
                topics=tuple(name for _slug, name in document.topics),
                themes=tuple(name for _slug, name in document.themes),
                authors=tuple(name for _slug, name in document.authors),
                date=document.date,
                is_pro=document.is_pro,
                snippet=snippet(readable, analyser, terms),
            )
        )
    return results


def _facets(found: EngineResults, filters) -> dict:
    """The counted values of each facet; a chosen value that no longer counts (another query, a value
    from an old link) is kept with 0, so it can still be seen and removed."""
    facets = {}
    for facet in FACETS:
        chosen = filters.get(facet, ())
        values = [
            FacetValue(
                value=count.value,
                label=str(LABELS.get(facet, {}).get(count.value, count.label)),
                count=count.count,
                selected=count.value in chosen,
            )
            for count in found.facets.get(facet, ())
        ]
        counted = {value.value for value in values}
        labels = LABELS.get(facet, {})
        values += [
            FacetValue(value=value, label=str(labels.get(value, value)), count=0, selected=True)
            for value in chosen
            if value not in counted
        ]
        facets[facet] = tuple(values)
    return facets


def suggest(prefix, *, user, limit=8) -> list[Suggestion]:
    """Autocomplete: titles of articles and topics (titles are public, Pro topics included), then popular
    queries, all starting with what was typed. Never a word from Pro text for someone without Pro."""
    text = " ".join(fold(clean_query(prefix)).split())[:100]
    limit = _positive_int(limit, 8, 20)
    if len(text) < 2:
        return []
    suggestions = []
    documents = title_index.current().matching(text)
    ranked = sorted(documents, key=lambda row: (not row[1].startswith(text), row[3] != TOPIC))
    for title, _folded, url, kind in ranked[:limit]:
        suggestions.append(Suggestion(label=title, url=url, kind=kind))
    if len(suggestions) < limit:
        seen = {fold(s.label) for s in suggestions}
        popular = PopularQuery.objects.filter(query__startswith=text, count__gte=POPULAR_MIN_COUNT)[:50]
        for query in _known_to(user, (row.query for row in popular)):
            if query in seen:
                continue
            suggestions.append(Suggestion(label=query, url=None, kind=POPULAR))
            if len(suggestions) >= limit:
                break
    return suggestions


def popular_queries(*, user, limit=8) -> list[str]:
    """The most searched queries that found something, for the search page before anything is typed."""
    limit = _positive_int(limit, 8, 20)
    popular = PopularQuery.objects.filter(count__gte=POPULAR_MIN_COUNT).order_by("-count", "query")[:50]
    return list(_known_to(user, (row.query for row in popular)))[:limit]


def _known_to(user, queries):
    """Only queries whose every word this person's own index knows: no word learnt from Pro text is
    offered to someone without Pro."""
    vocabulary = state.analyser_for(scope_for(user)).vocabulary
    for query in queries:
        content = [word for word in words(query) if is_content_word(word)]
        if content and all(vocabulary.knows(word) for word in content):
            yield query


def record_query(results: SearchResults) -> None:
    """Count a query that found something, for autocomplete (no person, no session: only the words)."""
    query = " ".join(fold(results.query).split())
    if not query or not results.total or results.relaxed or len(query) > 100:
        return
    updated = PopularQuery.objects.filter(query=query).update(count=F("count") + 1)
    if not updated:
        PopularQuery.objects.get_or_create(query=query, defaults={"count": 1})
