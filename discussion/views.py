"""The discussion's form posts. Every answer is a redirect back to the page (or a Dutch message with a 4xx);
works without JavaScript."""

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from django_comments.forms import CommentSecurityForm
from wagtail.models import Page

from . import service
from .models import CommentReport, DiscussionComment, ThreadMute
from .notifications import read_mute_token
from .rules import can_read_discussion
from .tree import MESSAGE_TAG, remember_waiting, thread_position


class CommentForm(forms.Form):
    text = forms.CharField(label=gettext_lazy("Your comment"), widget=forms.Textarea, required=False)


class ReportForm(forms.Form):
    reason = forms.ChoiceField(label=gettext_lazy("Reason"), choices=CommentReport.Reason.choices)
    note = forms.CharField(label=gettext_lazy("Explanation (optional)"), max_length=500, required=False)


def _page(page_id):
    try:
        return Page.objects.live().get(pk=int(page_id)).specific
    except (Page.DoesNotExist, TypeError, ValueError):
        raise Http404 from None


def _page_of(comment):
    return _page(comment.object_pk)


def _refused(request, error, page=None, retry=None):
    """A Dutch message with the right status; a refused comment comes back in its form, so no text is lost."""
    return render(
        request,
        "discussion/refused.html",
        {"message": error.message, "back_url": page.url if page else "/", "page": page, "retry": retry},
        status=error.status,
    )


def _client_ip(request):
    return request.META.get("REMOTE_ADDR", "")


@login_required
@require_POST
def post(request, page_id):
    page = _page(page_id)
    if request.POST.get("website"):  # the field people never see: a bot filled it in
        return _refused(request, service.CommentRefused(_("Your comment could not be processed.")), page)
    security = CommentSecurityForm(page, data=request.POST)
    expected_target = CommentSecurityForm(page).initial
    # The library's hash covers the target named in the form; it must also be this page.
    same_target = all(
        request.POST.get(name) == expected_target[name] for name in ("content_type", "object_pk")
    )
    if security.security_errors() or not same_target:
        message = _("This form has expired or was changed. Reload the page and try again.")
        return _refused(request, service.CommentRefused(message), page)
    try:
        # The service cleans the text itself (NUL and control characters, length) with Dutch messages.
        comment = service.post_comment(
            user=request.user,
            page=page,
            text=request.POST.get("text", ""),
            parent_id=request.POST.get("parent") or None,
            ip_address=_client_ip(request),
        )
    except service.CommentRefused as error:
        retry = {
            "text": request.POST.get("text", "")[: settings.DISCUSSION_MAX_LENGTH * 2],
            "parent": request.POST.get("parent", ""),
            "security": CommentSecurityForm(page).generate_security_data(),
        }
        return _refused(request, error, page, retry=retry if error.status in (400, 429, 503) else None)
    if not comment.is_public:
        remember_waiting(request, page)
        messages.info(
            request,
            _("Thank you! Your first comment is shown to others once a moderator has approved it."),
            extra_tags=MESSAGE_TAG,
        )
        return HttpResponseRedirect(f"{page.url}#reacties")
    return HttpResponseRedirect(f"{page.url}#c{comment.pk}")


def _for_script(content, status=200, content_type="text/plain"):
    """An answer for the forms' scripts; a refusal is its Dutch message as plain text."""
    return HttpResponse(content, status=status, content_type=f"{content_type}; charset=utf-8")


@never_cache
@require_POST
def preview(request, page_id):
    """The comment as it would show, rendered and sanitised as a posted one (js/composer.js asks)."""
    page = _page(page_id)
    try:
        html = service.preview_comment(user=request.user, page=page, text=request.POST.get("text", ""))
    except service.CommentRefused as error:
        return _for_script(error.message, error.status)
    return _for_script(html, content_type="text/html")


@never_cache
@require_GET
def quote(request, comment_id):
    """A comment as a Markdown block quote, from its stored text, for the reply form (js/discussion.js)."""
    try:
        return _for_script(service.quote_for(request.user, comment_id))
    except service.CommentRefused as error:
        return _for_script(error.message, error.status)


@login_required
@require_http_methods(["GET", "POST"])
def edit(request, comment_id):
    try:
        comment = service.own_comment(request.user, comment_id)
    except service.CommentRefused as error:
        return _refused(request, error)
    page = _page_of(comment)
    form = CommentForm(request.POST or None, initial={"text": comment.comment})
    context = {"form": form, "comment": comment, "page": page}
    if request.method == "POST" and form.is_valid():
        try:
            edited = service.edit_comment(
                user=request.user,
                comment_id=comment.pk,
                text=form.cleaned_data["text"],
                ip_address=_client_ip(request),
            )
        except service.CommentRefused as error:
            if error.status == 403:  # no longer theirs to edit (the window closed, a ban): nothing to fix
                return _refused(request, error, page)
            # What they typed comes back in the form, with the reason, to fix and send again.
            return render(
                request, "discussion/edit.html", {**context, "error": error.message}, status=error.status
            )
        if not edited.is_public:
            remember_waiting(request, page)
            messages.info(
                request, _("Your change is shown once a moderator has approved it."), extra_tags=MESSAGE_TAG
            )
            return HttpResponseRedirect(f"{page.url}#reacties")
        return HttpResponseRedirect(f"{page.url}#c{comment.pk}")
    return render(request, "discussion/edit.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def delete(request, comment_id):
    """GET asks first (a removal is a step to think about); POST removes, then offers an undo."""
    try:
        if request.method == "GET":
            comment = service.own_comment(request.user, comment_id)
            return render(
                request, "discussion/delete_confirm.html", {"comment": comment, "page": _page_of(comment)}
            )
        comment = service.remove_own_comment(user=request.user, comment_id=comment_id)
    except service.CommentRefused as error:
        return _refused(request, error)
    return render(
        request,
        "discussion/deleted.html",
        {"comment": comment, "page": _page_of(comment), "token": service.undo_token(comment)},
    )


@login_required
@require_POST
def restore(request, comment_id):
    try:
        comment = service.restore_own_comment(
            user=request.user, comment_id=comment_id, token=request.POST.get("token", "")
        )
    except service.CommentRefused as error:
        return _refused(request, error)
    page = _page_of(comment)
    messages.success(request, _("Your comment is back."), extra_tags=MESSAGE_TAG)
    return HttpResponseRedirect(f"{page.url}#c{comment.pk}")


def _readable_comment(request, comment_id):
    comment = service.visible_comment(comment_id)
    page = _page_of(comment)
    if not can_read_discussion(request.user, page):
        raise service.CommentRefused(_("This discussion is for Pro members."), status=403)
    return comment, page


@login_required
@require_POST
def like(request, comment_id):
    try:
        comment, page = _readable_comment(request, comment_id)
        if comment.user_id == request.user.pk:
            raise service.CommentRefused(_("You cannot like your own comment."), status=403)
    except service.CommentRefused as error:
        return _refused(request, error)
    service.toggle_like(user=request.user, comment=comment)
    return HttpResponseRedirect(f"{page.url}#c{comment.pk}")


@login_required
@require_http_methods(["GET", "POST"])
def report(request, comment_id):
    try:
        comment, page = _readable_comment(request, comment_id)
    except service.CommentRefused as error:
        return _refused(request, error)
    form = ReportForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        service.report(user=request.user, comment=comment, **form.cleaned_data)
        messages.success(
            request, _("Thank you. A moderator will look at this comment."), extra_tags=MESSAGE_TAG
        )
        return HttpResponseRedirect(f"{page.url}#reacties")
    return render(request, "discussion/report.html", {"form": form, "comment": comment, "page": page})


@require_GET
def permalink(request, comment_id):
    """`/reacties/<id>/` opens the page at the comment, loading as many threads as needed."""
    try:
        comment = DiscussionComment.objects.get(pk=int(comment_id))
    except (DiscussionComment.DoesNotExist, ValueError):
        raise Http404 from None
    page = _page_of(comment)
    position = thread_position(page, comment)
    step = settings.DISCUSSION_THREADS_PER_PAGE
    query = "" if position <= step else f"?meer={((position - 1) // step + 1) * step}"
    return HttpResponseRedirect(f"{page.url}{query}#c{comment.pk}")


@require_http_methods(["GET", "POST"])
def mute(request, token):
    """The link in every notification email: no more emails about this thread. The link only asks; the
    button posts, so a mail scanner that follows links changes nothing."""
    found = read_mute_token(token)
    if found is None:
        return _refused(request, service.CommentRefused(_("This link is not valid (any more)."), status=400))
    if request.method == "GET":
        return render(request, "discussion/mute_confirm.html")
    user_id, thread_id = found
    ThreadMute.objects.get_or_create(user_id=user_id, thread_id=thread_id)
    return render(request, "discussion/muted.html")
