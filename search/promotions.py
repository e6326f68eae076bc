"""Editors' promoted results for a query (wagtail.contrib.search_promotions), shown above the results.

A promotion matches a query as Wagtail matches it: by `normalise_query_string` (lower case, spaces
collapsed), here also in the folded spelling, so "Coöperatie" finds a promotion made for "cooperatie".
The lookup does not use `Query.get()`, which would create a `Query` row for every string anyone types.

The Pro rule holds here too: a promoted page is shown with what everyone may read, its search document
(title, summary, Pro flag) or, for a page search does not index, its title; with the editor's description
when there is one. Pro text is never read: the document store holds none.
"""

from dataclasses import dataclass

from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Page
from wagtail.search.utils import normalise_query_string

from .analysis import fold
from .models import KIND_LABELS, SearchDocument


@dataclass(frozen=True)
class Promotion:
    url: str
    title: str
    description: str
    kind: str  # "artikel", "onderwerp", or "" for another page or an external link
    is_pro: bool
    page_id: int | None
    query_id: int

    @property
    def kind_label(self):
        return KIND_LABELS.get(self.kind, "")


def for_query(text: str) -> tuple[Promotion, ...]:
    """The promotions for this query, in the editors' order, each link once."""
    if not text:
        return ()
    keys = {normalise_query_string(text), normalise_query_string(fold(text))}
    picks = list(
        SearchPromotion.objects.filter(query__query_string__in=keys)
        .select_related("page")
        .order_by("sort_order", "pk")
    )
    page_ids = {pick.page_id for pick in picks if pick.page_id}
    # Only pages everyone may open: live and without view restrictions (no query without page picks).
    openable = (
        set(Page.objects.live().public().filter(pk__in=page_ids).values_list("pk", flat=True))
        if page_ids
        else set()
    )
    documents = SearchDocument.objects.in_bulk(openable)
    shown = [pick for pick in picks if pick.page_id is None or pick.page_id in openable]
    return _unique(_promotion(pick, documents.get(pick.page_id)) for pick in shown)


def _unique(promotions) -> tuple[Promotion, ...]:
    """Each link once, in the editors' order."""
    unique, seen = [], set()
    for promotion in promotions:
        if promotion is not None and promotion.url not in seen:
            seen.add(promotion.url)
            unique.append(promotion)
    return tuple(unique)


def _promotion(pick: SearchPromotion, document: SearchDocument | None) -> Promotion | None:
    if document is not None:
        return Promotion(
            url=document.url,
            title=document.title,
            description=pick.description or document.summary,
            kind=document.kind,
            is_pro=document.is_pro,
            page_id=document.pk,
            query_id=pick.query_id,
        )
    if pick.page_id:
        url = pick.page.get_url()
        if not url:  # a page outside every site
            return None
        return Promotion(url, pick.page.title, pick.description, "", False, pick.page_id, pick.query_id)
    if pick.external_link_url:
        title = pick.external_link_text or pick.external_link_url
        return Promotion(pick.external_link_url, title, pick.description, "", False, None, pick.query_id)
    return None


def record_shown(promotions: tuple[Promotion, ...]) -> None:
    """A daily hit on the promoted query, so the editors' list of promotions shows how often it is used.
    Only queries that have promotions are counted: our own analytics (search/analytics.py) count the rest."""
    for query_id in {promotion.query_id for promotion in promotions}:
        Query(pk=query_id).add_hit()
