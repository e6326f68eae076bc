"""The reading report in the Wagtail admin (Reports > Most read): per period, the most read articles and
topics (articles.readership) and the pages with the most comments (discussion). Here, in the site,
because it puts the two apps side by side. For editors (the `articles.view_dailyreads` permission)."""

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

PERMISSION = "articles.view_dailyreads"
PERIODS = (7, 30, 90, 365)
DEFAULT_PERIOD = 30
ROWS = 50


def most_commented(since: datetime.date, until: datetime.date, limit: int = ROWS) -> list[tuple[Page, int]]:
    """Pages by the number of comments readers see that were posted between two days, in two queries."""
    page_types = ContentType.objects.get_for_models(*get_page_models()).values()
    rows = list(
        DiscussionComment.objects.filter(VISIBLE)
        .filter(content_type__in=page_types, submit_date__date__gte=since, submit_date__date__lte=until)
        .values("object_pk")
        .annotate(comments=Count("pk"))
        .order_by("-comments", "object_pk")[:limit]
    )
    ids = [int(row["object_pk"]) for row in rows if row["object_pk"].isdigit()]
    pages = {page.pk: page for page in Page.objects.filter(pk__in=ids).select_related("content_type")}
    return [
        (pages[int(row["object_pk"])], row["comments"])
        for row in rows
        if row["object_pk"].isdigit() and int(row["object_pk"]) in pages
    ]


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
