from django.conf import settings

from .access import current_subscription
from .status import payment_failed


def membership(request):
    """Membership facts for the header and banners: one query for a logged-in user, none otherwise."""
    subscription = current_subscription(getattr(request, "user", None))
    return {
        "payments_simulated": settings.STRIPE_STANDIN,
        "payment_failed": payment_failed(subscription),
    }
