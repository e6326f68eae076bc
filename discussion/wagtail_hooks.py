"""Moderation in the Wagtail admin: the queue at /admin/reacties/, for the Moderatoren group."""

from wagtail import hooks

from .admin_views import menu_item, urlpatterns


@hooks.register("register_admin_urls")
def register_moderation_urls():
    return urlpatterns


@hooks.register("register_admin_menu_item")
def register_moderation_menu_item():
    """Shown only to moderators (is_shown checks service.can_moderate), with the waiting count."""
    return menu_item()
