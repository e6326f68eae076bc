"""The access policy: the one place that decides who may read Pro text.

Every channel that can carry page text (page HTML, feeds, sitemap, meta tags, search, comments, emails)
asks `can_read_full`. Until subscriptions exist, only staff read Pro bodies.
"""

from django.contrib.auth.models import AnonymousUser


def has_pro_access(user) -> bool:
    """Whether this user may read Pro content in general."""
    return bool(user and user.is_authenticated and user.is_active and user.is_staff)


def can_read_full(user, page) -> bool:
    """Whether this user may receive the full (possibly Pro) body of this page."""
    if not getattr(page, "is_pro", False):
        return True
    return has_pro_access(user)


def public_can_read_full(page) -> bool:
    """What an anonymous visitor (and so every crawler and public channel) may receive."""
    return can_read_full(AnonymousUser(), page)
