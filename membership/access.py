"""The access policy: the one place that decides who may read Pro text.

It answers only "may this person read this?". Every channel that can carry page text (page HTML,
feeds, sitemap, meta tags, search, comments, emails) asks `can_read_full` or `has_pro_access`.
Pro comes from a subscription that is trialing, active or past due (a grace period while the card
is updated), or from the `read_pro_content` permission (editors and moderators; superusers have
every permission). Every other status, and no subscription, gives no Pro.
"""

from django.contrib.auth.models import AnonymousUser

from .models import SubscriptionStatus

PRO_STATUSES = frozenset(
    {SubscriptionStatus.TRIALING, SubscriptionStatus.ACTIVE, SubscriptionStatus.PAST_DUE}
)
_CACHE_ATTRIBUTE = "_kennisbank_current_subscription"


def current_subscription(user):
    """The subscription that decides this user's access (the newest that gives Pro, else the newest),
    fetched once per request and kept on the user object."""
    if not (user and user.is_authenticated):
        return None
    if not hasattr(user, _CACHE_ATTRIBUTE):
        subscriptions = list(user.subscriptions.order_by("-created_at")[:10])
        granting = [s for s in subscriptions if s.status in PRO_STATUSES]
        setattr(user, _CACHE_ATTRIBUTE, (granting or subscriptions or [None])[0])
    return getattr(user, _CACHE_ATTRIBUTE)


def forget_cached_access(user):
    if hasattr(user, _CACHE_ATTRIBUTE):
        delattr(user, _CACHE_ATTRIBUTE)


def has_pro_access(user) -> bool:
    """Whether this user may read Pro content in general."""
    if not (user and user.is_authenticated and user.is_active):
        return False
    subscription = current_subscription(user)  # first: one query, where the permission check costs two
    if subscription is not None and subscription.status in PRO_STATUSES:
        return True
    return user.has_perm("membership.read_pro_content")


def can_read_full(user, page) -> bool:
    """Whether this user may receive the full (possibly Pro) body of this page."""
    if not getattr(page, "is_pro", False):
        return True
    return has_pro_access(user)


def public_can_read_full(page) -> bool:
    """What an anonymous visitor (and so every crawler and public channel) may receive."""
    return can_read_full(AnonymousUser(), page)
