"""Most read pages, counted by the site without personal data: per page a counter per day, no cookies,
no addresses, no user; crawlers, link previews, prefetches, previews and HEAD requests are not counted.

A read is counted after the response has been sent (a closer of the response), so a reader never waits
for it. Each process adds its reads up and writes them together, one UPDATE per page and day, at most every
READS_WRITE_SECONDS (on the first read after that, before a report reads the counts, and when the process
exits): one write per read halved what a worker served from the shared cache, and readers of one article
queued on its row. The first read of a page on a day inserts the row instead. A write the database refuses
(SQLite busy with another writer) loses those reads and is logged, nothing more; so does a process killed
outright, with the reads of its last few seconds. READS_WRITE_SECONDS = 0 writes every read at once.
"""

import atexit
import datetime
import logging
import threading
import time
from collections import Counter

from django.conf import settings
from django.db import DatabaseError, IntegrityError, models, transaction
from django.db.models import F, Sum
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from membership.visitors import is_person

logger = logging.getLogger(__name__)


class DailyReads(models.Model):
    """How often people read a page on a day: a counter, nothing about who read it."""

    page = models.ForeignKey(Page, verbose_name=_("page"), on_delete=models.CASCADE, related_name="+")
    day = models.DateField(_("day"))
    count = models.PositiveIntegerField(_("reads"), default=0)

    class Meta:
        app_label = "articles"
        verbose_name = _("daily reads")
        verbose_name_plural = _("daily reads")
        constraints = [models.UniqueConstraint(fields=["page", "day"], name="daily_reads_page_day")]
        indexes = [models.Index(fields=["day", "page"], name="daily_reads_day_page")]


def count_read_after_response(request, response, page) -> None:
    count_page_read_after_response(request, response, page.pk)


def count_page_read_after_response(request, response, page_id) -> None:
    """Also for a page served from the shared page cache (kennisbank/page_cache.py), which has only its id."""
    if (
        request.method == "GET"
        and response.status_code == 200
        and not getattr(request, "is_preview", False)
        and is_person(request)
    ):
        response._resource_closers.append(lambda: record_read(page_id))


_pending: Counter = Counter()  # (page id, day) -> reads this process has not written yet
_pending_lock = threading.Lock()
_last_write = {"at": time.monotonic()}


def record_read(page_id: int, day: datetime.date | None = None) -> None:
    day = day or timezone.localdate()
    if settings.READS_WRITE_SECONDS <= 0:
        _write({(page_id, day): 1})
        return
    with _pending_lock:
        _pending[page_id, day] += 1
        due = time.monotonic() - _last_write["at"] >= settings.READS_WRITE_SECONDS
    if due:
        write_pending_reads()


def write_pending_reads() -> None:
    """Writes the reads this process has added up (before a report, on a timer, at exit)."""
    with _pending_lock:
        counts = dict(_pending)
        _pending.clear()
        _last_write["at"] = time.monotonic()
    if counts:
        _write(counts)


atexit.register(write_pending_reads)


def _write(counts: dict) -> None:
    for (page_id, day), reads in counts.items():
        try:
            if DailyReads.objects.filter(page_id=page_id, day=day).update(count=F("count") + reads):
                continue
            try:
                with transaction.atomic():
                    DailyReads.objects.create(page_id=page_id, day=day, count=reads)
            except IntegrityError:  # another process inserted the day's row first
                DailyReads.objects.filter(page_id=page_id, day=day).update(count=F("count") + reads)
        except DatabaseError:
            logger.warning("%s reads of page %s were not counted", reads, page_id, exc_info=True)


def most_read(since: datetime.date, until: datetime.date, limit: int = 50) -> list[tuple[Page, int]]:
    """The most read live pages between two days (inclusive), with their reads, in two queries (after this
    process's pending reads; another process's are written within READS_WRITE_SECONDS of its next read)."""
    write_pending_reads()
    rows = list(
        DailyReads.objects.filter(day__gte=since, day__lte=until, page__live=True)
        .values("page_id")
        .annotate(reads=Sum("count"))
        .order_by("-reads", "page_id")[:limit]
    )
    pages = Page.objects.filter(pk__in=[row["page_id"] for row in rows]).select_related("content_type")
    pages = {page.pk: page for page in pages}
    return [(pages[row["page_id"]], row["reads"]) for row in rows if row["page_id"] in pages]
