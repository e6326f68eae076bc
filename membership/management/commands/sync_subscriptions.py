from django.core.management.base import BaseCommand, CommandError

from membership.billing import sync_all
from membership.stripe_service import BillingUnavailable


class Command(BaseCommand):
    help = (
        "Reconcile every local subscription with Stripe. Safe to run nightly: it only copies Stripe's state."
    )

    def handle(self, *args, **options):
        try:
            count = sync_all()
        except BillingUnavailable as error:
            raise CommandError(f"Stripe could not be reached: {error}") from error
        self.stdout.write(self.style.SUCCESS(f"{count} subscriptions reconciled with Stripe."))
