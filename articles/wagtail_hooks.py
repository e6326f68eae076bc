from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from membership.access import has_pro_access

from .admin_listings import YesNoColumn, article_listing, new_article_menu_item, topic_listing
from .models import Author, Theme


class AuthorViewSet(SnippetViewSet):
    model = Author
    icon = "user"
    menu_label = _("Authors and experts")
    list_display = [
        "name",
        "role",
        "organisation",
        YesNoColumn("is_verified_expert", label=_("verified expert"), sort_key="is_verified_expert"),
        "user",
    ]
    list_filter = ["is_verified_expert", "expertise"]
    # No per-field search_fields: modelsearch's SQLite backend fails on field-restricted queries;
    # the model's own index (name, role, organisation) is searched instead.
    ordering = ["name"]


class ThemeViewSet(SnippetViewSet):
    model = Theme
    icon = "folder-open-inverse"
    menu_label = _("Themes")
    list_display = ["name", "slug", "sort_order"]
    search_fields = ["name"]
    ordering = ["sort_order", "name"]


class EditorialViewSetGroup(SnippetViewSetGroup):
    items = (AuthorViewSet, ThemeViewSet)
    menu_icon = "group"
    menu_label = _("Editorial")
    menu_name = "editorial"


register_snippet(EditorialViewSetGroup)


@hooks.register("register_admin_viewset")
def register_article_listing():
    return article_listing


@hooks.register("register_admin_viewset")
def register_topic_listing():
    return topic_listing


@hooks.register("register_admin_menu_item")
def register_new_article_menu_item():
    return new_article_menu_item()


@hooks.register("before_serve_document")
def guard_pro_documents(document, request):
    """Pro documents go only to readers with Pro; others are sent to the Pro page."""
    if getattr(document, "is_pro", False) and not has_pro_access(request.user):
        response = redirect("pro_landing")
        response["Cache-Control"] = "private, no-store"
        return response
    return None
