"""Moderation in the Wagtail admin: the queue at /admin/reacties/, for the Moderatoren group."""

from wagtail import hooks

from .admin_views import menu_item, urlpatterns
from .moderation import LOG_ACTIONS


@hooks.register("register_admin_urls")
def register_moderation_urls():
    return urlpatterns


@hooks.register("register_admin_menu_item")
def register_moderation_menu_item():
    """Shown only to moderators (is_shown checks rules.can_moderate), with the waiting count."""
    return menu_item()


@hooks.register("register_log_actions")
def register_moderation_log_actions(actions):
    """Moderators' actions in Wagtail's audit log (Reports > Site history), with Dutch labels."""
    for action, (label, message) in LOG_ACTIONS.items():
        actions.register_action(action, label, message)
