from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class KennisbankConfig(AppConfig):
    name = "kennisbank"
    verbose_name = _("Kennisbank site")

    def ready(self):
        from django.db.models.signals import post_delete, post_migrate, post_save
        from wagtail.images import get_image_model
        from wagtail.models import Page, PageViewRestriction, Site
        from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

        from articles.models import ArticlePage, Author, SharingSettings, Theme, TopicPage
        from discussion import cache as discussion_cache
        from search import registry as search_registry
        from search import state as search_state
        from search.models import ARTICLE, TOPIC

        from . import page_cache, site_address
        from .models import SiteSettings

        # Every migrate (make run, a deploy) brings the Site records in line with SITE_URL.
        post_migrate.connect(site_address.sync_site_records, sender=self, dispatch_uid="sync_site_records")

        # The shared comment trees show authors' badges (expert, role): an edited author retires them all.
        # The site wires the two apps together here, so that neither has to know the other.
        for signal in (post_save, post_delete):
            signal.connect(
                discussion_cache.retire_everything, sender=Author, dispatch_uid=f"retire_trees_{signal}"
            )

        # Anything a shared page can show retires every shared page (kennisbank/page_cache.py).
        Image = get_image_model()
        for signal in (page_published, page_unpublished, page_slug_changed, post_page_move):
            signal.connect(page_cache.retire_everything, dispatch_uid=f"page_cache_{signal}")
        for sender in (Page, PageViewRestriction, Site, Author, Theme, SiteSettings, SharingSettings, Image):
            for signal in (post_save, post_delete):
                receiver = page_cache.retire_everything
                if signal is post_save and sender in (SiteSettings, SharingSettings):
                    receiver = page_cache.retire_unless_created
                signal.connect(receiver, sender=sender, dispatch_uid=f"page_cache_{sender.__name__}_{signal}")
        discussion_cache.trees_retired.connect(page_cache.renew_on_signal, dispatch_uid="page_cache_trees")
        # So the generation, read once per request anyway, changes whenever trees are retired: while it
        # stays, the discussion's numbers a process read are still current (no cache read per discussion).
        discussion_cache.witnessed_by(page_cache.current_generation)
        # Autocomplete answers kept in the page cache show the index's titles; and while the generation
        # stays, the search generation a process read is still current (no query for it per request).
        search_state.index_changed.connect(page_cache.renew_on_signal, dispatch_uid="page_cache_search")
        search_state.witnessed_by(page_cache.heard_generation)

        # What search indexes, and which edits change its documents: an article shows its topics, themes
        # and authors; a topic its theme.
        search_registry.register_page_type(ArticlePage, kind=ARTICLE)
        search_registry.register_page_type(
            TopicPage, kind=TOPIC, related_pages=lambda topic: topic.articles.all()
        )
        search_registry.register_dependency(Author, lambda author: author.articles.all())
        search_registry.register_dependency(
            Theme,
            lambda theme: [*theme.topics.all(), *ArticlePage.objects.filter(topics__theme=theme).distinct()],
        )
