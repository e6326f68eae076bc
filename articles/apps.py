from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ArticlesConfig(AppConfig):
    name = "articles"
    verbose_name = _("Articles")

    def ready(self):
        from django.db.models.signals import post_delete, post_save
        from wagtail.images import get_image_model
        from wagtail.signals import page_published

        from membership import account_sections, auth_backends, personal_data

        from . import bookmarks, experts, follow_mail, follow_views, follows, sharing
        from .models import ArticlePage, Author, SharingSettings

        # The cached default social image goes stale when the setting, the image or its renditions change.
        Image = get_image_model()
        for sender in (SharingSettings, Image, Image.get_rendition_model()):
            for signal in (post_save, post_delete):
                signal.connect(
                    sharing.forget_default_images,
                    sender=sender,
                    dispatch_uid=f"forget_default_social_images_{sender.__name__}_{signal}",
                )

        # Verified experts read Pro (articles/experts.py).
        for signal in (post_save, post_delete):
            signal.connect(experts.sync_expert_group, sender=Author, dispatch_uid=f"sync_experts_{signal}")

        account_sections.register(
            "follows",
            order=50,
            template="articles/account_follows.html",
            context=follow_views.account_follows_context,
        )
        personal_data.register("follows", export=follows.export_follows, erase=follows.erase_follows)
        # Whether to ask about a page's bookmark or a follow at all: most members have neither.
        auth_backends.read_with_member(bookmarks.HAS_BOOKMARKS, bookmarks.has_bookmarks)
        auth_backends.read_with_member(follows.FOLLOWS_ANYTHING, follows.follows_anything)
        # The first publication of an article mails the followers of its topics and authors.
        page_published.connect(
            follow_mail.article_published, sender=ArticlePage, dispatch_uid="articles.new_article_mail"
        )
        # Saved pages: a section of the account page, and the member's data download and deletion.
        account_sections.register(
            "bookmarks",
            order=40,
            template="articles/account_bookmarks.html",
            context=bookmarks.account_section,
        )
        personal_data.register("bookmarks", export=bookmarks.export, erase=bookmarks.erase)
