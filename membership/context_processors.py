from django.conf import settings
from django.utils.functional import SimpleLazyObject

from .access import current_subscription
from .status import payment_failed, pro_offer


def membership(request):
    """Membership facts for the header and banners: one query for a logged-in user, none otherwise;
    the Pro offer (membership.status.pro_offer) only on pages that show an invitation."""
    user = getattr(request, "user", None)
    subscription = current_subscription(user)
    return {
        "payments_simulated": settings.STRIPE_STANDIN,
        "payment_failed": payment_failed(subscription),
        "pro_offer": SimpleLazyObject(lambda: pro_offer(user)),
    }
