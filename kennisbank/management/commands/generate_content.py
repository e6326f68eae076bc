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
        parser.add_argument("--members", type=int, default=0, help="verified members, a fifth of them Pro")
        parser.add_argument(
            "--discussed-articles", type=int, default=0, help="generated articles to add a discussion to"
        )
        parser.add_argument("--comments", type=int, default=500, help="comments per discussed article")

    def handle(self, *args, articles, topics, seed, members, discussed_articles, comments, **options):
        if min(articles, topics, members, discussed_articles, comments) < 0:
            raise CommandError("--articles, --topics, --members and the comment counts must be zero or more.")
        started = time.monotonic()
        generator = CorpusGenerator(seed)
        try:
            made_articles, made_topics = generator.generate(articles, topics)
            made_members = generator.generate_members(members) if members else 0
            made_comments = (
                generator.generate_comments(discussed_articles, comments) if discussed_articles else 0
            )
        except RuntimeError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            self.style.SUCCESS(
                f"Generated {made_articles} articles, {made_topics} topics, {made_members} members and "
                f"{made_comments} comments in {time.monotonic() - started:.1f} s."
            )
        )
