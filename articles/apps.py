from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ArticlesConfig(AppConfig):
    name = "articles"
    verbose_name = _("Articles")

    def ready(self):
        from django.db.models.signals import pre_save
        from django_comments_xtd.models import publish_or_unpublish_on_pre_save

        # comments-xtd re-publishes or unpublishes every reply whenever a comment is saved: editing a comment
        # would publish replies still waiting for a moderator, and removing one would hide its replies.
        # Our discussion decides visibility per comment (articles/discussion/tree.py).
        pre_save.disconnect(publish_or_unpublish_on_pre_save, sender="articles.DiscussionComment")
