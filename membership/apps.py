from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MembershipConfig(AppConfig):
    name = "membership"
    verbose_name = _("Membership")

    def ready(self):
        from django.conf import settings
        from django.db.models.signals import post_delete

        from . import access, auth_backends, profiles, two_factor  # noqa: F401 -- two_factor connects its receiver

        auth_backends.read_with_member(auth_backends.HAS_PERMISSIONS, auth_backends.has_permissions)
        auth_backends.read_with_member(access.SUBSCRIPTION_STATUS, access.deciding_status)

        post_delete.connect(
            profiles.delete_avatar_of_deleted_user,
            sender=settings.AUTH_USER_MODEL,
            dispatch_uid="membership.avatar_of_deleted_user",
        )
