"""Search analytics without personal data: what was searched, not who searched.

Each search a person makes is one `SearchEvent`: the normalised query, the number of results, the engine,
whether it was searched with Pro, whether a facet was chosen, the week, and later the rank of the result
clicked. No user, no session, no address, no time of day. Not recorded: an empty query, the pages after
the first (a person paging on is not searching again), crawlers and link previews, and prefetches (a
browser that loads a page it may never show).

Clicks come back through `record_click`: result links keep the page URL as their `href` and carry the
click URL in their `ping` attribute (search.js sends a beacon instead where it runs). The click URL holds
a signed reference to the event, so nobody can write clicks into other searches by counting ids.

`PopularQuery` (autocomplete's popular queries) is fed here too, from the same searches; it stays a
separate table because autocomplete reads it on every keystroke by prefix, one small row per query,
where counting the events would read every search ever recorded. Editors read the events in the Wagtail
admin (search/admin_views.py); `manage.py search_analytics_prune` deletes what is older than two years.
"""

import datetime
import logging
from dataclasses import dataclass

from django.core import signing
from django.db import DatabaseError, transaction
from django.db.models import Count
from django.urls import reverse
from django.utils import timezone

from membership.visitors import is_person

from . import promotions, service
from .analysis import MAX_QUERY_LENGTH, fold
from .models import PopularQuery, SearchEvent

logger = logging.getLogger(__name__)
RETENTION_WEEKS = 104
REPORT_ROWS = 50
_SIGNER = signing.Signer(salt="search.click")


def normalise(query: str) -> str:
    """The query as it is counted: folded (lower case, no diacritics), whitespace collapsed, at most 200."""
    return " ".join(fold(query or "").split())[:MAX_QUERY_LENGTH].strip()


def week_of(day: datetime.date) -> datetime.date:
    """The Monday of the ISO week of a day."""
    return day - datetime.timedelta(days=day.weekday())


def this_week() -> datetime.date:
    return week_of(timezone.localdate())


def record_search(request, results: service.SearchResults) -> SearchEvent | None:
    """Record the first page of a search that a person made; returns the event, or None. Counting never
    costs anyone their results: a database that refuses the write (SQLite busy with another writer) is
    logged and the search is shown unrecorded."""
    query = normalise(results.query)
    if not query or results.page != 1 or not is_person(request):
        return None
    try:
        with transaction.atomic():
            event = SearchEvent.objects.create(
                week=this_week(),
                query=query,
                results=results.total,
                relaxed=results.relaxed,
                engine=results.engine[:30],
                pro=results.pro,
                filtered=bool(results.filters),
                promotions=len(results.promotions),
            )
            if not results.filters:  # a refinement of a search is not another search for autocomplete
                service.record_query(results)
            if results.promotions:
                promotions.record_shown(results.promotions)
    except DatabaseError:
        logger.warning("A search could not be recorded", exc_info=True)
        return None
    return event


def click_url(event: SearchEvent, rank: int) -> str:
    """Where a click on the result at this rank (0: a promoted result) is reported."""
    return reverse("search_click", args=[_SIGNER.sign(str(event.pk)), rank])


class ClickRefused(Exception):
    """A click that cannot belong to the search it names."""


def record_click(token: str, rank: int) -> bool:
    """Set the clicked rank of a search once. Raises SearchEvent.DoesNotExist for a token that names no
    event, ClickRefused for a rank the search did not show; returns whether the rank was set now."""
    try:
        event_id = int(_SIGNER.unsign(token))
    except (signing.BadSignature, ValueError) as error:
        raise SearchEvent.DoesNotExist from error
    event = SearchEvent.objects.only("results", "promotions").get(pk=event_id)
    if not (0 < rank <= event.results or (rank == 0 and event.promotions)):
        raise ClickRefused(rank)
    # Only the first click counts: one query, so two clicks at once cannot both set it.
    return bool(SearchEvent.objects.filter(pk=event_id, clicked_rank__isnull=True).update(clicked_rank=rank))


@dataclass(frozen=True)
class QueryRow:
    query: str
    searches: int
    clicks: int

    @property
    def click_through(self) -> int:
        return percentage(self.clicks, self.searches)


@dataclass(frozen=True)
class WeekReport:
    week: datetime.date
    searches: int
    zero_results: int
    clicks: int
    top: list  # [QueryRow], most searched first
    zero: list  # [QueryRow] of the searches that found nothing

    @property
    def click_through(self) -> int:
        return percentage(self.clicks, self.searches)

    @property
    def zero_share(self) -> int:
        return percentage(self.zero_results, self.searches)


def percentage(part: int, whole: int) -> int:
    return round(100 * part / whole) if whole else 0


def _rows(events) -> list[QueryRow]:
    grouped = (
        events.values("query")
        .annotate(searches=Count("id"), clicks=Count("clicked_rank"))
        .order_by("-searches", "query")[:REPORT_ROWS]
    )
    return [QueryRow(row["query"], row["searches"], row["clicks"]) for row in grouped]


def week_report(week: datetime.date) -> WeekReport:
    events = SearchEvent.objects.filter(week=week)
    totals = events.aggregate(searches=Count("id"), clicks=Count("clicked_rank"))
    zero = events.filter(results=0)
    return WeekReport(
        week=week,
        searches=totals["searches"],
        zero_results=zero.count(),
        clicks=totals["clicks"],
        top=_rows(events),
        zero=_rows(zero),
    )


def recorded_weeks(limit=RETENTION_WEEKS) -> list[datetime.date]:
    """The weeks with searches, newest first, and this week."""
    weeks = set(SearchEvent.objects.values_list("week", flat=True).distinct().order_by("-week")[:limit])
    return sorted(weeks | {this_week()}, reverse=True)


def prune(weeks=RETENTION_WEEKS) -> tuple[int, int]:
    """Delete searches older than `weeks`, and popular queries nobody searched since; returns the counts."""
    cutoff = this_week() - datetime.timedelta(weeks=weeks)
    events, _detail = SearchEvent.objects.filter(week__lt=cutoff).delete()
    stale = timezone.now() - datetime.timedelta(weeks=weeks)
    queries, _detail = PopularQuery.objects.filter(last_searched__lt=stale).delete()
    return events, queries
