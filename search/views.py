"""The search pages: /zoeken/?q= (results) and /zoeken/suggesties/?q= (autocomplete, JSON). Both only ask
the service, which applies the access policy."""

from django.conf import settings
from django.http import JsonResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from . import service

# The query-string names of the facets (Dutch, as the rest of the site's URLs).
FILTER_PARAMETERS = {
    "kind": "soort",
    "theme": "thema",
    "topic": "onderwerp",
    "author": "auteur",
    "access": "toegang",
}


@require_GET
def results(request):
    query = request.GET.get("q", "")
    filters = {facet: request.GET.getlist(name) for facet, name in FILTER_PARAMETERS.items()}
    found = service.search(
        query,
        user=request.user,
        filters=filters,
        page=request.GET.get("pagina", 1),
        per_page=settings.SEARCH_RESULTS_PER_PAGE,
    )
    context = {"search": found, "query": found.query, "first_rank": (found.page - 1) * found.per_page + 1}
    return render(request, "search/results.html", context)


@require_GET
def suggestions(request):
    found = service.suggest(request.GET.get("q", ""), user=request.user)
    return JsonResponse(
        {"suggestions": [{"label": s.label, "url": s.url, "kind": s.kind} for s in found]},
        json_dumps_params={"ensure_ascii": False},
    )
