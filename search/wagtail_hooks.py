from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import admin_views
from .models import Synonym


class SynonymViewSet(SnippetViewSet):
    """Editors extend the synonyms; saving or deleting one queues a rebuild of the index (search.signals)."""

    model = Synonym
    icon = "list-ul"
    menu_label = _("Synonyms")
    menu_order = 300
    add_to_admin_menu = False
    list_display = ["words"]
    ordering = ["words"]


register_snippet(SynonymViewSet)


@hooks.register("register_admin_urls")
def register_report_urls():
    return admin_views.urlpatterns


@hooks.register("register_reports_menu_item")
def register_report_menu_item():
    return admin_views.menu_item()


@hooks.register("construct_reports_menu")
def hide_wagtail_search_terms(request, menu_items):
    """Wagtail's own "Search terms" report counts only promoted queries here (search/promotions.py);
    our own report (Reports > Search queries) counts every search."""
    menu_items[:] = [item for item in menu_items if item.name != "search-terms"]
