"""Moderation in the Wagtail admin (/admin/reacties/), for the Moderatoren group: the queue, every public
comment (to hide or restore), blocked members, and bulk approval or removal.

Wagtail's admin URLs already require `wagtailadmin.access_admin`; every view here also requires the
moderation permission (`rules.can_moderate`) and answers 403 without it. Actions are POST only (CSRF
protected like every form post), are carried out by `moderation.py`, and redirect back with a message.
Blocking a member asks first: its GET is the confirmation page.
"""

import logging
from functools import wraps

from django.contrib import messages
from django.core.paginator import Paginator
from django.db import OperationalError
from django.http import HttpResponseBadRequest, HttpResponseNotAllowed, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import path, reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext_lazy
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.sidebar import LinkMenuItem
from wagtail.models import Page

from . import converters, moderation, rules, service  # noqa: F401 - converters registers <id:>
from .models import CommentBan, DiscussionComment

logger = logging.getLogger(__name__)

PER_PAGE = 50
BUSY = gettext_lazy("Another change was being saved at the same moment. Nothing changed; please try again.")
# Our ids fit in 32 bits; a longer number from a form is not one of ours, whatever the database makes of it.
LARGEST_ID = 2**31 - 1
COMMENT_ACTIONS = {
    "goedkeuren": moderation.approve,
    "verwijderen": moderation.remove,
    "verbergen": moderation.hide,
    "terugzetten": moderation.restore,
}
BULK_ACTIONS = ("goedkeuren", "verwijderen")
ACTION_DONE = {
    "goedkeuren": ngettext_lazy("The comment is published.", "%(count)d comments are published.", "count"),
    "verwijderen": ngettext_lazy("The comment is removed.", "%(count)d comments are removed.", "count"),
    "verbergen": ngettext_lazy("The comment is hidden.", "%(count)d comments are hidden.", "count"),
    "terugzetten": ngettext_lazy("The comment is restored.", "%(count)d comments are restored.", "count"),
}


def _frame(title, **context):
    """What Wagtail's admin base template needs around every moderation page."""
    return {
        "header_title": title,
        "page_title": title,
        "header_icon": "comment",
        "breadcrumbs_items": [
            {"url": reverse("wagtailadmin_home"), "label": _("Home")},
            {"url": "", "label": title},
        ],
        **context,
    }


def _forbidden(request):
    return render(request, "discussion/admin/forbidden.html", _frame(_("Moderate comments")), status=403)


def moderators_only(methods):
    """The permission first (403), then the method (405): nobody learns more than they may.

    SQLite lets one writer in at a time: an action that meets another change holding the database too long
    is rolled back (each is one transaction) and the moderator is asked to try again, instead of a 500.
    """

    def decorate(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if not rules.can_moderate(request.user):
                return _forbidden(request)
            if request.method not in methods:
                return HttpResponseNotAllowed(methods)
            try:
                return view(request, *args, **kwargs)
            except OperationalError:
                if request.method != "POST":
                    raise
                logger.warning("A moderation action met a busy database", exc_info=True)
                messages.error(request, BUSY)
                return _back(request)

        return wrapped

    return decorate


def _back(request, default="discussion_moderation"):
    """Where the action came from (a list in the admin, or the comment on the site), if it is ours."""
    target = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=False):
        return HttpResponseRedirect(target)
    return HttpResponseRedirect(reverse(default))


def _pages_by_pk(comments):
    ids = {int(c.object_pk) for c in comments if str(c.object_pk).isdigit()}
    return {str(page.pk): page for page in Page.objects.filter(pk__in=ids)}


def _paged(request, queryset):
    """A page of the list, and the list's other parameters (filters) for the pagination links to keep."""
    paginator = Paginator(queryset, PER_PAGE)
    page_obj = paginator.get_page(request.GET.get("p"))
    filters = request.GET.copy()
    filters.pop("p", None)
    return {"paginator": paginator, "page_obj": page_obj, "filters": filters.urlencode()}, list(page_obj)


@moderators_only(["GET", "HEAD"])
def queue(request):
    paging, comments = _paged(request, moderation.waiting())
    pages = _pages_by_pk(comments)
    items = []
    for comment in comments:
        reports = list(comment.reports.all())
        open_reports = [r for r in reports if r.resolved_at is None]
        items.append(
            {
                "comment": comment,
                "page": pages.get(str(comment.object_pk)),
                "held": not comment.is_public,
                "hidden": comment.hidden_by_reports,
                "report_count": max(comment.report_count, len(open_reports)),
                "reports": open_reports or reports,
            }
        )
    return render(
        request,
        "discussion/admin/queue.html",
        _frame(
            _("Moderate comments"),
            items=items,
            waiting=paging["paginator"].count,
            tab="queue",
            **paging,
        ),
    )


@moderators_only(["GET", "HEAD"])
def published(request):
    """Every public comment, newest first, or one page's (`?pagina=<page id>`): to hide or restore."""
    comments = moderation.published()
    page_filter = request.GET.get("pagina", "")
    if page_filter.isdigit():
        comments = comments.filter(object_pk=page_filter)
    if request.GET.get("verborgen"):
        comments = comments.filter(hidden_by_moderator=True)
    paging, comments = _paged(request, comments)
    pages = _pages_by_pk(comments)
    return render(
        request,
        "discussion/admin/published.html",
        _frame(
            _("All comments"),
            items=[{"comment": c, "page": pages.get(str(c.object_pk))} for c in comments],
            only_hidden=bool(request.GET.get("verborgen")),
            tab="published",
            **paging,
        ),
    )


@moderators_only(["POST"])
def act(request, comment_id, action):
    if action not in COMMENT_ACTIONS:
        return HttpResponseBadRequest(_("Unknown moderation action."))
    comment = get_object_or_404(DiscussionComment, pk=comment_id, is_removed=False)
    if action in ("verbergen", "terugzetten") and not comment.is_public:
        messages.error(request, _("Only published comments can be hidden or restored; approve or remove it."))
        return _back(request)
    COMMENT_ACTIONS[action](comments=[comment], moderator=request.user)
    messages.success(request, ACTION_DONE[action] % {"count": 1})
    return _back(request)


def _selected(request):
    """The comments ticked in a list, or a Dutch message saying why there are none to act on."""
    ids = request.POST.getlist("ids")
    if not ids:
        return None, _("Select at least one comment.")
    if not all(value.isdigit() and 0 < int(value) <= LARGEST_ID for value in ids) or len(ids) > PER_PAGE:
        return None, _("This selection is not valid. Reload the page and try again.")
    wanted = {int(value) for value in ids}
    comments = list(DiscussionComment.objects.filter(pk__in=wanted, is_removed=False).order_by("pk"))
    if len(comments) != len(wanted):
        return None, _("Some selected comments no longer exist or were removed already; nothing was changed.")
    return comments, None


@moderators_only(["POST"])
def bulk(request):
    """Approve or remove every ticked comment at once: one transaction, each page's trees retired once."""
    action = request.POST.get("action", "")
    if action not in BULK_ACTIONS:
        messages.error(request, _("Choose whether to approve or remove the selected comments."))
        return _back(request)
    comments, problem = _selected(request)
    if problem:
        messages.error(request, problem)
        return _back(request)
    COMMENT_ACTIONS[action](comments=comments, moderator=request.user)
    messages.success(request, ACTION_DONE[action] % {"count": len(comments)})
    return _back(request)


@moderators_only(["GET", "HEAD", "POST"])
def block(request, comment_id):
    """Asks first (GET); the POST blocks the member and removes the comment."""
    comments = DiscussionComment.objects.select_related("user")
    comment = get_object_or_404(comments, pk=comment_id, is_removed=False)
    if comment.user_id is None:
        return HttpResponseBadRequest(_("This comment has no member to block."))
    if comment.user_id == request.user.pk:
        return HttpResponseBadRequest(_("You cannot block yourself."))
    if request.method != "POST":
        return render(
            request,
            "discussion/admin/block_confirm.html",
            _frame(
                _("Block %(name)s?") % {"name": comment.user_name},
                comment=comment,
                already_blocked=CommentBan.objects.filter(user_id=comment.user_id).exists(),
            ),
        )
    reason = request.POST.get("reason", "").strip()
    moderation.block_writer(comment=comment, moderator=request.user, reason=reason)
    done = _("%(author)s can no longer comment; the comment is removed.") % {"author": comment.user_name}
    messages.success(request, done)
    return HttpResponseRedirect(reverse("discussion_moderation"))


@moderators_only(["GET", "HEAD"])
def blocked(request):
    bans = CommentBan.objects.select_related("user", "banned_by").order_by("-created_at")
    paging, bans = _paged(request, bans)
    return render(
        request,
        "discussion/admin/blocked.html",
        _frame(_("Blocked members"), bans=bans, tab="blocked", **paging),
    )


@moderators_only(["POST"])
def unblock(request, ban_id):
    ban = get_object_or_404(CommentBan.objects.select_related("user"), pk=ban_id)
    moderation.unblock(ban=ban, moderator=request.user)
    messages.success(request, _("%(name)s may comment again.") % {"name": service.display_name(ban.user)})
    return HttpResponseRedirect(reverse("discussion_blocked"))


urlpatterns = [
    path("reacties/", queue, name="discussion_moderation"),
    path("reacties/alle/", published, name="discussion_published"),
    path("reacties/selectie/", bulk, name="discussion_bulk"),
    path("reacties/geblokkeerd/", blocked, name="discussion_blocked"),
    path("reacties/geblokkeerd/<id:ban_id>/opheffen/", unblock, name="discussion_unblock"),
    path("reacties/<id:comment_id>/blokkeren/", block, name="discussion_block"),
    path("reacties/<id:comment_id>/<str:action>/", act, name="discussion_moderation_action"),
]


class ModerationMenuItem(MenuItem):
    """Shown to moderators only, with the number of comments waiting in the label."""

    def is_shown(self, request):
        return rules.can_moderate(request.user)

    def render_component(self, request):
        waiting = moderation.waiting().count()
        label = f"{self.label} ({waiting})" if waiting else str(self.label)
        return LinkMenuItem(
            self.name, label, self.url, icon_name=self.icon_name, classname=self.classname, attrs=self.attrs
        )


def menu_item():
    return ModerationMenuItem(
        gettext_lazy("Moderate comments"),
        reverse("discussion_moderation"),
        name="moderate-comments",
        icon_name="comment",
        order=250,
    )
