from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class KennisbankConfig(AppConfig):
    name = "kennisbank"
    verbose_name = _("Kennisbank site")

    def ready(self):
        from django.db.models.signals import post_delete, post_migrate, post_save

        from articles.models import ArticlePage, Author, Theme, TopicPage
        from discussion import cache as discussion_cache
        from search import registry as search_registry
        from search.models import ARTICLE, TOPIC

        from . import site_address

        # Every migrate (make run, a deploy) brings the Site records in line with SITE_URL.
        post_migrate.connect(site_address.sync_site_records, sender=self, dispatch_uid="sync_site_records")

        # The shared comment trees show authors' badges (expert, role): an edited author retires them all.
        # The site wires the two apps together here, so that neither has to know the other.
        for signal in (post_save, post_delete):
            signal.connect(
                discussion_cache.retire_everything, sender=Author, dispatch_uid=f"retire_trees_{signal}"
            )

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
