"""The moderation queue in the Wagtail admin (/admin/reacties/), for the Moderatoren group.

Wagtail's admin URLs already require `wagtailadmin.access_admin`; every view here also requires the
moderation permission (`service.can_moderate`) and answers 403 without it. Actions are POST only (CSRF
protected like every form post) and redirect back to the queue with a message.
"""

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import HttpResponseBadRequest, HttpResponseNotAllowed, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.sidebar import LinkMenuItem
from wagtail.models import Page

from . import service
from .models import DiscussionComment

PER_PAGE = 50
ACTIONS = ("goedkeuren", "verwijderen", "blokkeren")


def _forbidden(request):
    return render(
        request,
        "discussion/admin/forbidden.html",
        {
            "header_title": _("Moderate comments"),
            "page_title": _("Moderate comments"),
            "header_icon": "comment",
        },
        status=403,
    )


def _pages_by_pk(comments):
    ids = {int(c.object_pk) for c in comments if str(c.object_pk).isdigit()}
    return {str(page.pk): page for page in Page.objects.filter(pk__in=ids)}


def queue(request):
    if not service.can_moderate(request.user):
        return _forbidden(request)
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "HEAD"])
    paginator = Paginator(service.moderation_queue(), PER_PAGE)
    page_obj = paginator.get_page(request.GET.get("p"))
    comments = list(page_obj.object_list)
    pages = _pages_by_pk(comments)
    items = []
    for comment in comments:
        reports = sorted(comment.reports.all(), key=lambda r: r.created_at)
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
    title = _("Moderate comments")
    return render(
        request,
        "discussion/admin/queue.html",
        {
            "items": items,
            "page_obj": page_obj,
            "paginator": paginator,
            "waiting": paginator.count,
            "header_title": title,
            "page_title": title,
            "header_icon": "comment",
            "breadcrumbs_items": [
                {"url": reverse("wagtailadmin_home"), "label": _("Home")},
                {"url": "", "label": title},
            ],
        },
    )


def act(request, comment_id, action):
    if not service.can_moderate(request.user):
        return _forbidden(request)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    if action not in ACTIONS:
        return HttpResponseBadRequest(_("Unknown moderation action."))
    comment = get_object_or_404(
        DiscussionComment.objects.select_related("user"), pk=comment_id, is_removed=False
    )
    author = comment.user_name or (comment.user.get_username() if comment.user else "")
    if action == "goedkeuren":
        service.approve(comment=comment)
        messages.success(request, _("The comment by %(author)s is published.") % {"author": author})
    elif action == "verwijderen":
        service.moderator_remove(comment=comment)
        messages.success(request, _("The comment by %(author)s is removed.") % {"author": author})
    else:
        if comment.user_id is None:
            return HttpResponseBadRequest(_("This comment has no member to block."))
        if comment.user_id == request.user.pk:
            return HttpResponseBadRequest(_("You cannot block yourself."))
        service.ban(user=comment.user, moderator=request.user, reason=request.POST.get("reason", "").strip())
        service.moderator_remove(comment=comment)
        messages.success(
            request,
            _("%(author)s can no longer comment; the comment is removed.") % {"author": author},
        )
    return HttpResponseRedirect(reverse("discussion_moderation"))


urlpatterns = [
    path("reacties/", queue, name="discussion_moderation"),
    path("reacties/<int:comment_id>/<str:action>/", act, name="discussion_moderation_action"),
]


class ModerationMenuItem(MenuItem):
    """Shown to moderators only, with the number of comments waiting in the label."""

    def is_shown(self, request):
        return service.can_moderate(request.user)

    def render_component(self, request):
        waiting = service.moderation_queue().count()
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
