from django.core.management.base import BaseCommand, CommandError

from search import analytics


class Command(BaseCommand):
    help = (
        "Delete recorded searches older than the retention period (two years by default), and popular "
        "queries nobody searched since. Safe to run daily."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--weeks",
            type=int,
            default=analytics.RETENTION_WEEKS,
            help=f"Keep this many weeks (default {analytics.RETENTION_WEEKS}).",
        )

    def handle(self, *args, weeks, **options):
        if weeks < 1:
            raise CommandError("--weeks must be at least 1.")
        events, queries = analytics.prune(weeks)
        self.stdout.write(f"Older than {weeks} weeks: deleted {events} searches, {queries} popular queries.")
