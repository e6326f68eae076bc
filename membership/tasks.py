"""Background work for membership: outgoing email never blocks (or breaks) the request that caused it."""

from django.core.mail import EmailMultiAlternatives
from django_tasks import task


@task()
def send_email(
    subject: str, body: str, to: list[str], html: str | None = None, from_email: str | None = None
):
    message = EmailMultiAlternatives(subject=subject, body=body, to=to, from_email=from_email)
    if html:
        message.attach_alternative(html, "text/html")
    message.send()


def enqueue_email(message):
    """Queue an already rendered EmailMessage (only plain strings cross into the task)."""
    html = next(
        (content for content, mimetype in getattr(message, "alternatives", []) if mimetype == "text/html"),
        None,
    )
    send_email.enqueue(message.subject, message.body, list(message.to), html, message.from_email)
