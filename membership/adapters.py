from allauth.account.adapter import DefaultAccountAdapter
from allauth.core import context as allauth_context
from django.contrib.sites.shortcuts import get_current_site
from django.urls import reverse
from django.utils.http import urlencode

from . import plans
from .tasks import enqueue_email

PENDING_CHECKOUT_SESSION_KEY = "pro_checkout_pending"  # the plan key a logged-out visitor chose


def checkout_path(plan: str) -> str:
    return f"{reverse('pro_start_checkout')}?{urlencode({'plan': plan})}"


class AccountAdapter(DefaultAccountAdapter):
    def get_login_redirect_url(self, request):
        """Someone who asked for Pro while logged out goes straight on to the checkout."""
        if pending := request.session.get(PENDING_CHECKOUT_SESSION_KEY):
            return checkout_path(pending if plans.is_plan(pending) else plans.DEFAULT_PLAN)
        return super().get_login_redirect_url(request)

    def send_mail(self, template_prefix, email, context):
        """As allauth does, but the rendered message is sent by a background task."""
        request = allauth_context.request
        mail_context = {
            "request": request,
            "email": email,
            "current_site": get_current_site(request),
            **context,
        }
        enqueue_email(self.render_mail(template_prefix, email, mail_context))
