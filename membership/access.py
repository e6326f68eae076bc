"""The access policy: the one place that decides who may read Pro text.

It answers only "may this person read this?". Every channel that can carry page text (page HTML,
feeds, sitemap, meta tags, search, comments, emails) asks `can_read_full` or `has_pro_access`.
Pro comes from a subscription that is trialing, active or past due (a grace period while the card
is updated), or from the `read_pro_content` permission (editors and moderators; superusers have
every permission). Every other status, and no subscription, gives no Pro.
"""

from django.contrib.auth.models import AnonymousUser
from django.db.models import Case, OuterRef, Subquery, Value, When

from .auth_backends import NOT_READ, forget_fact, read_fact
from .models import Subscription, SubscriptionStatus

PRO_STATUSES = frozenset(
    {SubscriptionStatus.TRIALING, SubscriptionStatus.ACTIVE, SubscriptionStatus.PAST_DUE}
)
_CACHE_ATTRIBUTE = "_kennisbank_current_subscription"
SUBSCRIPTION_STATUS = "member_subscription_status"  # read with the signed-in member (auth_backends)


def _deciding_first(subscriptions):
    """The subscription that decides access first: the newest that gives Pro, else the newest."""
    gives_pro = Case(When(status__in=PRO_STATUSES, then=Value(1)), default=Value(0))
    return subscriptions.alias(gives_pro=gives_pro).order_by("-gives_pro", "-created_at")


def deciding_status():
    """The deciding subscription's status as an expression over the user row (NULL without one)."""
    deciding = _deciding_first(Subscription.objects.filter(user=OuterRef("pk"))).values("status")[:1]
    return Subquery(deciding)


def current_subscription(user):
    """The subscription that decides this user's access, fetched once per request, kept on the user object."""
    if not (user and user.is_authenticated):
        return None
    if not hasattr(user, _CACHE_ATTRIBUTE):
        setattr(user, _CACHE_ATTRIBUTE, _deciding_first(user.subscriptions.all()).first())
    return getattr(user, _CACHE_ATTRIBUTE)


def subscription_status(user) -> str | None:
    """The deciding subscription's status (None without one): read with the signed-in member where it was."""
    status = read_fact(user, SUBSCRIPTION_STATUS)
    if status is NOT_READ or hasattr(user, _CACHE_ATTRIBUTE):
        subscription = current_subscription(user)
        return subscription.status if subscription is not None else None
    return status


def forget_cached_access(user):
    """For a request that has just changed this user's subscription."""
    if hasattr(user, _CACHE_ATTRIBUTE):
        delattr(user, _CACHE_ATTRIBUTE)
    forget_fact(user, SUBSCRIPTION_STATUS)


def has_pro_access(user) -> bool:
    """Whether this user may read Pro content in general."""
    if not (user and user.is_authenticated and user.is_active):
        return False
    if subscription_status(user) in PRO_STATUSES:  # first: read with the member, or one query
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
