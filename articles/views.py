from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext as _

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
