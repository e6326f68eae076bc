"""Background work for membership: outgoing email never blocks (or breaks) the request that caused it."""

import logging
import smtplib
from datetime import timedelta

from django.core.mail import EmailMultiAlternatives
from django.utils import timezone
from django_tasks import task

logger = logging.getLogger(__name__)

# When the mail server is down, a message is tried again after these waits (about eight and a half hours
# in all), as a mail server itself would, then given up with an error in the log.
MAIL_RETRY_DELAYS = (60, 300, 1800, 7200, 21600)


@task()
def send_email(
    subject: str,
    body: str,
    to: list[str],
    html: str | None = None,
    from_email: str | None = None,
    attempt: int = 0,
    headers: dict | None = None,
):
    """`headers`: extra headers (content mails carry List-Unsubscribe: membership.notification_settings)."""
    message = EmailMultiAlternatives(
        subject=subject, body=body, to=to, from_email=from_email, headers=headers or None
    )
    if html:
        message.attach_alternative(html, "text/html")
    try:
        message.send()
    except (smtplib.SMTPException, OSError) as error:
        # The log says how many recipients, never who or about what: no personal data in the logs.
        can_wait = send_email.get_backend().supports_defer and attempt < len(MAIL_RETRY_DELAYS)
        if not can_wait:
            logger.error("Mail to %d recipient(s) failed for good: %s", len(to), error)
            raise
        delay = MAIL_RETRY_DELAYS[attempt]
        send_email.using(run_after=timezone.now() + timedelta(seconds=delay)).enqueue(
            subject, body, to, html, from_email, attempt + 1, headers=headers
        )
        logger.warning("Mail failed (%s); attempt %d in %d s", error, attempt + 2, delay)


def enqueue_email(message):
    """Queue an already rendered EmailMessage (only plain strings cross into the task)."""
    html = next(
        (content for content, mimetype in getattr(message, "alternatives", []) if mimetype == "text/html"),
        None,
    )
    send_email.enqueue(message.subject, message.body, list(message.to), html, message.from_email)
