"""The search pages: /zoeken/?q= (results), /zoeken/suggesties/?q= (autocomplete, JSON) and the click
report /zoeken/klik/<search>/<rank>/. They ask the service, which applies the access policy; what the page
links to is built by search.links, what is recorded by search.analytics."""

import hashlib
import logging
from dataclasses import dataclass

from django.conf import settings
from django.db import DatabaseError
from django.http import Http404, HttpResponse, HttpResponseBadRequest, JsonResponse
from django.shortcuts import render
from django.utils.cache import patch_cache_control
from django.utils.functional import SimpleLazyObject
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST, require_safe

from membership.access import has_pro_access

from . import analytics, service
from .links import SearchLinks, filters_from, page_links
from .models import SearchEvent

logger = logging.getLogger(__name__)
FACET_LABELS = {
    "kind": gettext_lazy("Type"),
    "access": gettext_lazy("Free or Pro"),
    "theme": gettext_lazy("Theme"),
    "topic": gettext_lazy("Topic"),
    "author": gettext_lazy("Author"),
}
FACET_VALUES_SHOWN = 6  # more are behind "Meer tonen"


@dataclass(frozen=True)
class ResultItem:
    rank: int
    result: object  # service.SearchResult or promotions.Promotion
    ping: str  # where a click is reported, or ""

    @property
    def topics(self):
        """The topics to show under a result: a topic does not list itself."""
        return [name for name in getattr(self.result, "topics", ()) if name != self.result.title]


@dataclass(frozen=True)
class FacetLink:
    label: str
    count: int
    selected: bool
    url: str  # chooses the value, or removes it when it is chosen

    def __str__(self):  # templates print str(value): a SafeString here is printed as it is
        """The list item, rendered here: a topic facet has a hundred values, and an include per value
        cost more than the search itself."""
        chosen = (
            format_html('<span class="visually-hidden">{} </span>', _("Chosen, remove:"))
            if self.selected
            else ""
        )
        return format_html(
            '<li><a class="facet__link" href="{}"{}><span class="facet__label">{}{}</span> '
            '<span class="facet__count">{}</span></a></li>',
            self.url,
            mark_safe(' aria-current="true"') if self.selected else "",
            chosen,
            self.label,
            self.count,
        )

    __html__ = __str__


@dataclass(frozen=True)
class FacetGroup:
    name: str
    label: str
    values: list
    more: list  # shown on request


def _facet_groups(found, links):
    groups = []
    for name, label in FACET_LABELS.items():
        values = [
            FacetLink(value.label, value.count, value.selected, links.toggle(name, value.value))
            for value in found.facets.get(name, ())
        ]
        if values:
            shown = [v for i, v in enumerate(values) if i < FACET_VALUES_SHOWN or v.selected]
            more = [v for v in values if v not in shown]
            groups.append(FacetGroup(name, str(label), shown, more))
    return groups


def _chosen_filters(found, links):
    return [
        (str(label), FacetLink(value.label, value.count, True, links.toggle(name, value.value)))
        for name, label in FACET_LABELS.items()
        for value in found.facets.get(name, ())
        if value.selected
    ]


def _facets_digest(found) -> str:
    """Everything the facets' HTML shows, but the language: a hundred links, the same for everyone who
    searches the same (so rendered once, kennisbank/fragments.py)."""
    shown = (found.query, sorted(found.filters.items()), sorted(found.facets.items()), FACET_VALUES_SHOWN)
    return hashlib.sha256(repr(shown).encode()).hexdigest()


def _results_context(found, event):
    links = SearchLinks(found.query, found.filters)
    first_rank = (found.page - 1) * found.per_page + 1
    return {
        "search": found,
        "query": found.query,
        "first_rank": first_rank,
        "items": [
            ResultItem(rank, result, analytics.click_url(event, rank) if event else "")
            for rank, result in enumerate(found.results, start=first_rank)
        ],
        "promotions": [
            ResultItem(0, promotion, analytics.click_url(event, 0) if event else "")
            for promotion in found.promotions
        ],
        "has_facets": any(found.facets.get(name) for name in FACET_LABELS),
        "facets": SimpleLazyObject(lambda: _facet_groups(found, links)),  # only when not kept
        "facets_digest": _facets_digest(found),
        "chosen_filters": _chosen_filters(found, links),
        "clear_filters_url": links.without_filters(),
        "suggestion_url": links.for_query(found.suggestion) if found.suggestion else "",
        "previous_url": links.page(found.page - 1) if found.has_previous else "",
        "next_url": links.page(found.page + 1) if found.has_next else "",
        "page_links": page_links(links, found.page, found.num_pages) if found.num_pages > 1 else [],
    }


def _start_context(request):
    popular = service.popular_queries(user=request.user)
    return {"popular": [(query, SearchLinks(query).url()) for query in popular]}


def _not_for_indexing(response, user):
    """Search pages are for people: crawlers neither index them nor share them between visitors. Pro
    members' results may quote Pro text: their browser does not keep them on disk either."""
    response["X-Robots-Tag"] = "noindex"
    patch_cache_control(response, private=True)
    if has_pro_access(user):
        patch_cache_control(response, no_store=True)
    return response


@require_safe
def results(request):
    found = service.search(
        request.GET.get("q", ""),
        user=request.user,
        filters=filters_from(request.GET),
        page=request.GET.get("pagina", 1),
        per_page=settings.SEARCH_RESULTS_PER_PAGE,
    )
    if not found.query:
        return _not_for_indexing(
            render(request, "search/results.html", _start_context(request)), request.user
        )
    event = analytics.record_search(request, found) if request.method == "GET" else None
    return _not_for_indexing(
        render(request, "search/results.html", _results_context(found, event)), request.user
    )


@require_GET
def suggestions(request):
    found = service.suggest(request.GET.get("q", ""), user=request.user)
    return _not_for_indexing(
        JsonResponse(
            {
                "suggestions": [
                    {"label": s.label, "url": s.url, "kind": s.kind, "kind_label": str(s.kind_label)}
                    for s in found
                ]
            },
            json_dumps_params={"ensure_ascii": False},
        ),
        request.user,
    )


@csrf_exempt  # `ping` and sendBeacon cannot send a token; the request changes no one's state
@require_POST
def click(request, token, rank):
    try:
        analytics.record_click(token, rank)
    except SearchEvent.DoesNotExist as error:
        raise Http404 from error
    except analytics.ClickRefused:
        return HttpResponseBadRequest(_("This search did not show a result at that rank."))
    except DatabaseError:  # a database busy with other writers: one click uncounted, nothing broken
        logger.warning("A search click could not be recorded", exc_info=True)
        return HttpResponse(status=503)
    return HttpResponse(status=204)
