"""The search report in the Wagtail admin (Reports > Search queries): per week, the most searched queries
and the most searched queries that found nothing, with how often a result was clicked. For editors and
administrators (the `search.view_searchevent` permission); everyone else gets a 403."""

import datetime

from django.shortcuts import render
from django.urls import path, reverse
from django.utils.translation import gettext as _
from wagtail.admin.menu import MenuItem

from . import analytics

PERMISSION = "search.view_searchevent"


def _week(value, default: datetime.date) -> datetime.date:
    """The Monday of the week asked for (?week=2026-11-30), or the default for anything else."""
    try:
        return analytics.week_of(datetime.date.fromisoformat(value))
    except (TypeError, ValueError):
        return default


def report(request):
    title = _("Search queries")
    context = {"header_title": title, "page_title": title, "header_icon": "search"}
    if not request.user.has_perm(PERMISSION):
        return render(request, "search/admin/forbidden.html", context, status=403)
    week = _week(request.GET.get("week"), analytics.this_week())
    weeks = sorted({week, *analytics.recorded_weeks()}, reverse=True)
    options = [(monday, monday + datetime.timedelta(days=6), monday == week) for monday in weeks]
    context.update(
        report=analytics.week_report(week),
        week_end=week + datetime.timedelta(days=6),
        weeks=options,
        breadcrumbs_items=[
            {"url": reverse("wagtailadmin_home"), "label": _("Home")},
            {"url": "", "label": title},
        ],
    )
    return render(request, "search/admin/report.html", context)


class ReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(PERMISSION)


def menu_item():
    return ReportMenuItem(
        _("Search queries"), reverse("search_report"), name="search-queries", icon_name="search", order=1300
    )


urlpatterns = [path("zoekopdrachten/", report, name="search_report")]
