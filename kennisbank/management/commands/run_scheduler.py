"""The site's clock: every minute, the jobs that must happen at a time rather than on a request.

Wagtail's `publish_scheduled` is the only thing that acts on a page's go-live and expiry times, so without
this loop a scheduled page never appears or disappears. Production runs it as the `scheduler` service
(docker-compose.yml); `make run` runs it next to the development server.
"""

import io
import logging
import time

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import close_old_connections

logger = logging.getLogger(__name__)

# Management commands, each safe to run again at any time. The weekly digest is one of them: it acts once a
# week (Monday morning) and records what it sent, so every minute's run after that finds nothing to do.
JOBS = ["publish_scheduled", "delete_abandoned_drafts", "send_weekly_digest"]


def run_jobs(jobs=JOBS):
    """Run every job once; one that fails is logged and does not keep the others from running."""
    for job in jobs:
        output = io.StringIO()
        try:
            call_command(job, stdout=output)
        except Exception:
            logger.exception("Scheduled job %s failed", job)
        else:
            if report := output.getvalue().strip():
                logger.info("%s: %s", job, report)


class Command(BaseCommand):
    help = (
        "Run the scheduled jobs (publishing and unpublishing scheduled pages, the weekly digest) every "
        "minute until stopped."
    )

    def add_arguments(self, parser):
        parser.add_argument("--interval", type=float, default=60, help="Seconds between runs (default 60).")
        parser.add_argument("--once", action="store_true", help="Run the jobs once and stop.")

    def handle(self, *args, interval, once, **options):
        while True:
            started = time.monotonic()
            run_jobs()
            if once:
                return
            time.sleep(max(0.0, interval - (time.monotonic() - started)))
            # Between runs only (never inside a run a caller may hold in a transaction): a process that
            # lives for weeks must not hold on to a dropped connection.
            close_old_connections()
