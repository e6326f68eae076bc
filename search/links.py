"""Every link of the search page, built in one place: each keeps the query and the chosen filters, in one
order, so the same search always has the same URL. Templates print these; they build no query strings."""

from dataclasses import dataclass, field
from functools import cached_property
from urllib.parse import urlencode

from django.urls import reverse

from .engines.base import FACETS

QUERY_PARAMETER = "q"
PAGE_PARAMETER = "pagina"
# The query-string names of the facets (Dutch, as the rest of the site's URLs).
FILTER_PARAMETERS = {
    "kind": "soort",
    "theme": "thema",
    "topic": "onderwerp",
    "author": "auteur",
    "access": "toegang",
}
PAGES_AROUND = 2  # page links shown on each side of the current page


def filters_from(params) -> dict:
    """The filters in a QueryDict, by facet name (the service cleans them)."""
    return {facet: params.getlist(name) for facet, name in FILTER_PARAMETERS.items()}


@dataclass(frozen=True)
class SearchLinks:
    query: str
    filters: dict = field(default_factory=dict)  # facet -> [value, ...], as the service cleaned them

    def url(self, *, query=None, filters=None, page=1) -> str:
        filters = self.filters if filters is None else filters
        params = [(QUERY_PARAMETER, self.query if query is None else query)]
        for facet in FACETS:
            params += [(FILTER_PARAMETERS[facet], value) for value in sorted(filters.get(facet, ()))]
        if page > 1:
            params.append((PAGE_PARAMETER, page))
        return f"{self.path}?{urlencode(params)}"

    @cached_property
    def path(self) -> str:
        return reverse("search")

    def page(self, number: int) -> str:
        return self.url(page=number)

    def toggle(self, facet: str, value: str) -> str:
        """The first page with this value chosen, or no longer chosen when it was."""
        values = list(self.filters.get(facet, ()))
        values = [v for v in values if v != value] if value in values else [*values, value]
        return self.url(filters={**self.filters, facet: values})

    def without_filters(self) -> str:
        return self.url(filters={})

    def for_query(self, query: str) -> str:
        """Another query (a "Bedoelde u" suggestion) with the same filters."""
        return self.url(query=query)


@dataclass(frozen=True)
class PageLink:
    number: int | None  # None: a gap ("…")
    url: str = ""
    current: bool = False


def page_links(links: SearchLinks, page: int, num_pages: int) -> list[PageLink]:
    """The first and last page, and the pages around the current one, with gaps between."""
    shown = {1, num_pages, *range(page - PAGES_AROUND, page + PAGES_AROUND + 1)}
    numbers = sorted(n for n in shown if 1 <= n <= num_pages)
    result, previous = [], 0
    for number in numbers:
        if number > previous + 1:
            result.append(PageLink(None))
        result.append(PageLink(number, links.page(number), number == page))
        previous = number
    return result
