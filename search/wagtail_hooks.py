from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

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
