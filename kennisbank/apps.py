from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class KennisbankConfig(AppConfig):
    name = "kennisbank"
    verbose_name = _("Kennisbank site")

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from articles.models import Author
        from discussion import cache as discussion_cache

        # The shared comment trees show authors' badges (expert, role): an edited author retires them all.
        # The site wires the two apps together here, so that neither has to know the other.
        for signal in (post_save, post_delete):
            signal.connect(
                discussion_cache.retire_everything, sender=Author, dispatch_uid=f"retire_trees_{signal}"
            )
