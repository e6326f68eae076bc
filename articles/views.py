from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST

from . import bookmarks
from .models import ArticlePage, Author, card_prefetches, paginate


def author_list(request):
    # Photos and their renditions in two queries for the whole list, not one per author.
    authors = Author.objects.select_related("photo").prefetch_related("photo__renditions")
    return render(request, "articles/author_list.html", {"authors": authors, "page_title": _("Authors")})


def author_detail(request, slug):
    author = get_object_or_404(Author.objects.select_related("photo"), slug=slug)
    articles = (
        ArticlePage.objects.live()
        .public()
        .filter(authors=author)
        .order_by("-publication_date", "-pk")
        .prefetch_related(*card_prefetches())
    )
    return render(
        request,
        "articles/author_detail.html",
        {"author": author, "page_obj": paginate(request, articles, 12), "expertise": author.expertise.live()},
    )


@never_cache
@login_required
@require_GET
def saved_list(request):
    page_obj = paginate(request, bookmarks.saved_bookmarks(request.user), settings.BOOKMARKS_PER_PAGE)
    page_obj.object_list = bookmarks.with_pages(request.user, page_obj.object_list)
    return render(request, "articles/saved_list.html", {"page_obj": page_obj})


def _refused(request, message, status):
    return render(request, "articles/bookmark_refused.html", {"message": message}, status=status)


@never_cache
@login_required
@require_POST
def save_page(request, page_id):
    """Sets whether the member has saved the page (`saved` is 1 or 0, so a repeated post changes nothing)
    and goes back where the button was; a script asking for JSON gets the new state instead."""
    if page_id > bookmarks.MAX_PAGE_ID:
        raise Http404
    wanted = request.POST.get("saved")
    if wanted not in ("0", "1"):
        return _refused(request, _("Choose whether to save this page or remove it."), 400)
    if wanted == "1":
        page = bookmarks.saveable_pages().filter(pk=page_id).first()
        if page is None:
            raise Http404
        bookmarks.save(request.user, page)
    else:
        bookmarks.remove(request.user, page_id)
    saved = wanted == "1"
    if "application/json" in request.headers.get("Accept", ""):
        return JsonResponse({"saved": saved})
    if saved:
        messages.success(request, _("Saved. You will find it under Saved on your account."))
    else:
        messages.success(request, _("Removed from your saved pages."))
    target = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(target, {request.get_host()}, require_https=request.is_secure()):
        target = reverse("saved_list")
    return redirect(target)
