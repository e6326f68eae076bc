from django import template
from django.urls import reverse

from search.links import FILTER_PARAMETERS
from search.models import TOPIC

register = template.Library()


@register.inclusion_tag("search/includes/search_box.html")
def search_box(name, *, label, query="", show_label=False, topics_only=False):
    """A search form that GETs /zoeken/, with autocomplete where search.js runs. `name` makes its ids
    unique on the page; `topics_only` searches the knowledge-base topics (a filter the results page shows
    and can remove)."""
    return {
        "box_id": f"{name}-search",
        "label": label,
        "query": query,
        "show_label": show_label,
        "hidden": [(FILTER_PARAMETERS["kind"], TOPIC)] if topics_only else [],
        "suggestions_url": reverse("search_suggestions"),
        "variant": name,
    }
