"""Queue the weekly digest once it is due (Monday from 07:00, for the week that ended). Run every minute by
run_scheduler: it queues the task only while some member still awaits that week's digest, and the task
records each member's week, so running it again never mails anyone twice."""

from django.core.management.base import BaseCommand

from articles.follow_mail import due_week, members_awaiting_digest, send_weekly_digests


class Command(BaseCommand):
    help = "Queue the weekly digest of new articles in followed topics and authors, when it is due."

    def handle(self, *args, **options):
        week_start = due_week()
        if members_awaiting_digest(week_start).exists():
            send_weekly_digests.enqueue(week_start.isoformat())
            self.stdout.write(f"Queued the digest for the week of {week_start.isoformat()}")
