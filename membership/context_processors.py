from django.conf import settings
from django.utils.functional import SimpleLazyObject

from .status import payment_failed, pro_offer


def membership(request):
    """Membership facts for the header and banners (read with the signed-in member: no query of their own);
    the Pro offer (membership.status.pro_offer) only on pages that show an invitation."""
    user = getattr(request, "user", None)
    return {
        "payments_simulated": settings.STRIPE_STANDIN,
        "payment_failed": payment_failed(user),
        "pro_offer": SimpleLazyObject(lambda: pro_offer(user)),
    }
