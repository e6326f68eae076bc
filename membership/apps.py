from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MembershipConfig(AppConfig):
    name = "membership"
    verbose_name = _("Membership")

    def ready(self):
        from django.conf import settings
        from django.db.models.signals import post_delete

        from . import profiles, two_factor  # noqa: F401 -- two_factor connects its signal receiver

        post_delete.connect(
            profiles.delete_avatar_of_deleted_user,
            sender=settings.AUTH_USER_MODEL,
            dispatch_uid="membership.avatar_of_deleted_user",
        )
