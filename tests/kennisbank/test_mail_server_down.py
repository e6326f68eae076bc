"""The mail server down: signing up, resetting a password and commenting still succeed, because mail goes
through a background task; the worker tries a failed mail again later (membership/tasks.py)."""

import datetime
import socket

import pytest
from django.urls import reverse
from django.utils import timezone
from django_tasks import default_task_backend

from discussion.models import DiscussionComment
from discussion.notifications import deliver_notifications, recipients
from discussion.service import post_comment
from membership.tasks import MAIL_RETRY_DELAYS, send_email
from tests.discussion.helpers import established, member
from tests.discussion.test_discussion import post

PASSWORD = "Zonnebloem-Koffie-42"


@pytest.fixture
def smtp_down(settings):
    """Real SMTP to a port where nothing listens: every send raises ConnectionRefusedError."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", port, 2


@pytest.fixture
def queued_tasks(settings):
    """Tasks queued as in production (a backend that keeps them for a worker), not run at once."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    default_task_backend.clear()
    yield default_task_backend
    default_task_backend.clear()


def test_signup_and_password_reset_succeed_while_mail_is_down(client, site_tree, smtp_down):
    form = {"email": "nieuw@example.com", "password1": PASSWORD, "password2": PASSWORD}
    response = client.post(reverse("account_signup"), form)
    assert response.status_code == 302
    assert response["Location"] == reverse("account_email_verification_sent")
    reset = client.post(reverse("account_reset_password"), {"email": "nieuw@example.com"})
    assert reset.status_code == 302


def test_commenting_succeeds_while_mail_is_down(client, article, smtp_down):
    earlier = established(member(), article)
    post_comment(user=earlier, page=article, text="Wie doet er mee?")
    writer = established(member(), article)
    client.force_login(writer)
    response = post(client, article, "Ik doe mee, en ik word gemaild als iemand reageert.")
    assert response.status_code == 302
    assert DiscussionComment.objects.filter(user=writer, comment__startswith="Ik doe mee").exists()


def test_a_failed_mail_is_tried_again_later_and_given_up_after_the_last_wait(smtp_down, queued_tasks):
    before = timezone.now()
    send_email.call("Onderwerp", "Tekst", ["lid@example.com"])
    (retry,) = queued_tasks.results
    assert retry.args == ["Onderwerp", "Tekst", ["lid@example.com"], None, None, 1]
    wait = retry.task.run_after - before
    assert datetime.timedelta(seconds=MAIL_RETRY_DELAYS[0]) <= wait < datetime.timedelta(minutes=5)

    send_email.call("Onderwerp", "Tekst", ["lid@example.com"], None, None, 1)
    second_retry = queued_tasks.results[-1]
    assert second_retry.args[-1] == 2
    assert second_retry.task.run_after - before >= datetime.timedelta(seconds=MAIL_RETRY_DELAYS[1])

    queued_tasks.clear()
    with pytest.raises(OSError):
        send_email.call("Onderwerp", "Tekst", ["lid@example.com"], None, None, len(MAIL_RETRY_DELAYS))
    assert queued_tasks.results == []  # given up: the worker records the task as failed


def test_comment_notifications_are_one_task_per_mail(article, queued_tasks):
    first, second, writer = (established(member(), article) for _ in range(3))
    opening = post_comment(user=first, page=article, text="Een vraag aan iedereen")
    post_comment(user=second, page=article, text="Een antwoord", parent_id=opening.pk)
    reply = post_comment(user=writer, page=article, text="Nog een antwoord", parent_id=opening.pk)
    queued_tasks.clear()
    deliver_notifications.call(reply.pk)
    mails = [result for result in queued_tasks.results if result.task.name == "send_email"]
    expected = [user.email for user, _reason in recipients(reply, article)]
    assert {first.email, second.email} <= set(expected)
    assert sorted(mail.args[2][0] for mail in mails) == sorted(expected)
