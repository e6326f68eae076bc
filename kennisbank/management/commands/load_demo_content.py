import logging

from django.core.management.base import BaseCommand, CommandError

from kennisbank.demo import dataset
from kennisbank.demo.loader import DEMO_PASSWORD, DemoLoader
from search import indexing
from search import signals as search_signals


class Command(BaseCommand):
    help = (
        "Load the Dutch demo content (kennisbank/demo/data/) and demo users. "
        "Safe to run again: it only adds what is missing."
    )

    def handle(self, *args, **options):
        try:
            data = dataset.load()
        except dataset.DemoDataError as error:
            raise CommandError(f"The demo data has a problem; nothing was loaded.\n{error}") from error
        # Wagtail logs every page creation and publication at INFO: noise for a bulk load.
        logging.getLogger("wagtail").setLevel(logging.WARNING)
        # One index rebuild at the end instead of an index task per published page.
        with search_signals.paused():
            created = DemoLoader(data, stdout=self.stdout).load()
        if created:
            self.stdout.write(self.style.SUCCESS(f"Demo content loaded: {len(created)} objects created."))
        else:
            self.stdout.write("Demo content already present: nothing changed.")
        if created or not indexing.check().ok:
            self.stdout.write(f"Search index built: {indexing.rebuild()} documents.")
        self.stdout.write(f"\nDemo logins (password for all: {DEMO_PASSWORD}):")
        for login in data.logins:
            self.stdout.write(f"  {login.email:<24} {login.description}")
        self.stdout.write(
            "Wagtail admin: /admin/ (redactie@ writes and submits, eindredactie@ approves and publishes)\n"
        )
