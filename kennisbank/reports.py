"""The reading report in the Wagtail admin (Reports > Most read): per period, the most read articles and
topics (articles.readership), the pages whose Pro invitation led to sign-ups (membership.attribution) and
the pages with the most comments (discussion). Here, in the site, because it puts the apps side by side.
For editors (the `articles.view_dailyreads` permission)."""

import datetime

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count
from django.shortcuts import render
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.admin.menu import MenuItem
from wagtail.models import Page, get_page_models

from articles.readership import most_read
from discussion.models import VISIBLE, DiscussionComment
from membership.models import Subscription

PERMISSION = "articles.view_dailyreads"
PERIODS = (7, 30, 90, 365)
DEFAULT_PERIOD = 30
ROWS = 50


def _with_pages(counts: list[tuple[int, int]]) -> list[tuple[Page, int]]:
    """(page id, number) rows as (page, number), in one query; ids of deleted pages drop out."""
    pages = Page.objects.filter(pk__in=[page_id for page_id, _ in counts]).select_related("content_type")
    pages = {page.pk: page for page in pages}
    return [(pages[page_id], number) for page_id, number in counts if page_id in pages]


def most_commented(since: datetime.date, until: datetime.date, limit: int = ROWS) -> list[tuple[Page, int]]:
    """Pages by the number of comments readers see that were posted between two days, in two queries."""
    page_types = ContentType.objects.get_for_models(*get_page_models()).values()
    rows = (
        DiscussionComment.objects.filter(VISIBLE)
        .filter(content_type__in=page_types, submit_date__date__gte=since, submit_date__date__lte=until)
        .values("object_pk")
        .annotate(comments=Count("pk"))
        .order_by("-comments", "object_pk")[:limit]
    )
    return _with_pages(
        [(int(row["object_pk"]), row["comments"]) for row in rows if row["object_pk"].isdigit()]
    )


def pro_signups(since: datetime.date, until: datetime.date, limit: int = ROWS) -> list[tuple[Page, int]]:
    """Pages by the Pro subscriptions started between two days from their invitation, in two queries."""
    rows = (
        Subscription.objects.filter(
            source_page_id__isnull=False, created_at__date__gte=since, created_at__date__lte=until
        )
        .values("source_page_id")
        .annotate(signups=Count("pk"))
        .order_by("-signups", "source_page_id")[:limit]
    )
    return _with_pages([(row["source_page_id"], row["signups"]) for row in rows])


def _period(value) -> int:
    try:
        days = int(value)
    except (TypeError, ValueError):
        return DEFAULT_PERIOD
    return days if days in PERIODS else DEFAULT_PERIOD


def report(request):
    title = _("Most read")
    context = {"header_title": title, "page_title": title, "header_icon": "view"}
    if not request.user.has_perm(PERMISSION):
        return render(request, "kennisbank/admin/reading_report_forbidden.html", context, status=403)
    days = _period(request.GET.get("dagen"))
    until = timezone.localdate()
    since = until - datetime.timedelta(days=days - 1)
    context.update(
        days=days,
        periods=PERIODS,
        since=since,
        until=until,
        read=most_read(since, until, ROWS),
        commented=most_commented(since, until),
        signups=pro_signups(since, until),
        breadcrumbs_items=[
            {"url": reverse("wagtailadmin_home"), "label": _("Home")},
            {"url": "", "label": title},
        ],
    )
    return render(request, "kennisbank/admin/reading_report.html", context)


class ReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(PERMISSION)


def menu_item():
    return ReportMenuItem(
        _("Most read"), reverse("reading_report"), name="most-read", icon_name="view", order=1310
    )


urlpatterns = [path("meest-gelezen/", report, name="reading_report")]
