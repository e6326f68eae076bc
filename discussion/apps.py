from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DiscussionConfig(AppConfig):
    name = "discussion"
    verbose_name = _("Discussion")

    def ready(self):
        from django.conf import settings
        from django.db.models.signals import post_delete, post_save, pre_save
        from django_comments_xtd.models import publish_or_unpublish_on_pre_save
        from wagtail.signals import page_published

        from membership import auth_backends, personal_data

        from . import cache, moderation, rules, service, writers

        # comments-xtd re-publishes or unpublishes every reply whenever a comment is saved: editing a comment
        # would publish replies still waiting for a moderator, and removing one would hide its replies.
        # Our discussion decides visibility per comment (discussion/tree.py).
        pre_save.disconnect(publish_or_unpublish_on_pre_save, sender="discussion.DiscussionComment")
        post_save.connect(cache.retire_for_new_page, dispatch_uid="discussion.retire_for_new_page")
        page_published.connect(cache.retire_page, dispatch_uid="discussion.retire_page")
        # What the trees show of their writers (names, profiles, badges) follows their accounts.
        user = settings.AUTH_USER_MODEL
        post_save.connect(writers.follow_renamed_user, sender=user, dispatch_uid="discussion.renamed_user")
        post_save.connect(writers.follow_profile_change, sender=user, dispatch_uid="discussion.new_profile")
        post_delete.connect(writers.retire_for_deleted, sender=user, dispatch_uid="discussion.user_gone")
        # Whether a member may comment is asked on every page with a discussion: read with the member.
        auth_backends.read_with_member(rules.BANNED, rules.is_banned)
        auth_backends.read_with_member(rules.VERIFIED, rules.has_verified_address)
        auth_backends.read_with_member(rules.LIKES_ANYTHING, rules.likes_anything)  # the like buttons
        personal_data.register("comments", export=service.export_comments, erase=service.anonymise_comments)
        personal_data.register("moderation", export=moderation.export_log, erase=moderation.forget_in_log)
