from django.core.management.base import BaseCommand

from kennisbank import drafts


class Command(BaseCommand):
    help = "Delete the pages autosave made from new-page forms left a day ago (the scheduler runs this)."

    def handle(self, *args, **options):
        if deleted := drafts.delete_abandoned_drafts():
            self.stdout.write(f"Deleted {deleted} abandoned autosaved drafts.")
