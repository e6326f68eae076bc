import time

from django.core.management.base import BaseCommand, CommandError

from kennisbank.demo.generator import GENERATED_MARK, CorpusGenerator


class Command(BaseCommand):
    help = (
        f"Generate a large synthetic corpus for load and search tests (titles start with {GENERATED_MARK})."
    )

    def add_arguments(self, parser):
        parser.add_argument("--articles", type=int, default=1000)
        parser.add_argument("--topics", type=int, default=100)
        parser.add_argument("--seed", type=int, default=1)

    def handle(self, *args, articles, topics, seed, **options):
        if articles < 0 or topics < 0:
            raise CommandError("--articles and --topics must be zero or more.")
        started = time.monotonic()
        try:
            made_articles, made_topics = CorpusGenerator(seed).generate(articles, topics)
        except RuntimeError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            self.style.SUCCESS(
                f"Generated {made_articles} articles and {made_topics} topics "
                f"in {time.monotonic() - started:.1f} s."
            )
        )
