from allauth.account.adapter import DefaultAccountAdapter
from django.urls import reverse

from .tasks import enqueue_email

PENDING_CHECKOUT_SESSION_KEY = "pro_checkout_pending"


class AccountAdapter(DefaultAccountAdapter):
    def get_login_redirect_url(self, request):
        """Someone who asked for Pro while logged out goes straight on to the checkout."""
        if request.session.get(PENDING_CHECKOUT_SESSION_KEY):
            return reverse("pro_start_checkout")
        return super().get_login_redirect_url(request)

    def send_mail(self, template_prefix, email, context):
        """Render now (the request is here), send as a background task."""
        enqueue_email(self.render_mail(template_prefix, email, context))
