from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Search")

    def ready(self):
        from django.db.models.signals import post_delete, post_save
        from wagtail.signals import page_published, page_unpublished, post_page_move

        from . import registry, signals
        from .models import Synonym

        # The indexed page types and their dependencies are registered by the site (kennisbank/apps.py);
        # the page signals look them up, the model signals are connected per registered model.
        page_published.connect(signals.page_changed, dispatch_uid="search.page_published")
        page_unpublished.connect(signals.page_changed, dispatch_uid="search.page_unpublished")
        post_page_move.connect(signals.page_moved, dispatch_uid="search.page_moved")
        registry.on_register(signals.connect_model)
        for signal in (post_save, post_delete):
            signal.connect(signals.synonyms_changed, sender=Synonym, dispatch_uid=f"search.synonyms_{signal}")
