"""Comment notifications follow each member's mail settings and carry the one-click unsubscribe."""

import re

import pytest
from django.core import mail
from django.test import Client, TestCase

from discussion.notifications import recipients
from discussion.service import post_comment
from membership.models import NotificationPreferences
from tests.discussion.helpers import established, member

pytestmark = pytest.mark.django_db


def reply_to_thread(article):
    """The author of the article, someone replied to, and someone else in the thread; then a reply."""
    author_user = article.authors.get().user
    first = established(member(first_name="Eerste"), article)
    second = established(member(first_name="Tweede"), article)
    writer = established(member(first_name="Schrijver"), article)
    top = post_comment(user=first, page=article, text="Start van de draad")
    post_comment(user=second, page=article, text="Ik doe mee", parent_id=top.pk)
    return author_user, first, second, writer, top


def test_defaults_reach_the_replied_to_the_author_and_the_thread(article):
    author_user, first, second, writer, top = reply_to_thread(article)
    reply = post_comment(user=writer, page=article, text="Antwoord", parent_id=top.pk)
    assert dict(recipients(reply, article)) == {
        first: "reply",
        author_user: "author",
        second: "thread",
    }


def test_switched_off_kinds_are_respected(article):
    author_user, first, second, writer, top = reply_to_thread(article)
    NotificationPreferences.objects.create(user=author_user, replies=False)  # also stops the author reason
    NotificationPreferences.objects.create(user=second, threads=False)
    reply = post_comment(user=writer, page=article, text="Antwoord", parent_id=top.pk)
    assert dict(recipients(reply, article)) == {first: "reply"}


def test_replies_off_but_threads_on_still_hears_it_as_thread_activity(article):
    author_user, first, second, writer, top = reply_to_thread(article)
    NotificationPreferences.objects.create(user=first, replies=False)
    NotificationPreferences.objects.create(user=author_user, replies=False, threads=False)
    reply = post_comment(user=writer, page=article, text="Antwoord", parent_id=top.pk)
    assert dict(recipients(reply, article)) == {
        first: "thread",
        second: "thread",
    }


def test_comment_mails_carry_the_unsubscribe_for_their_kind_and_it_works(article):
    author_user, first, second, writer, top = reply_to_thread(article)
    mail.outbox.clear()
    with TestCase.captureOnCommitCallbacks(execute=True):
        post_comment(user=writer, page=article, text="Antwoord aan iedereen", parent_id=top.pk)
    by_address = {message.to[0]: message for message in mail.outbox}
    assert set(by_address) == {first.email, second.email, author_user.email}
    for message in mail.outbox:
        assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
        link = message.extra_headers["List-Unsubscribe"][1:-1]
        assert link in message.body and "/afmelden/" in link
    thread_link = by_address[second.email].extra_headers["List-Unsubscribe"][1:-1]
    response = Client(enforce_csrf_checks=True).post(re.sub(r"^https?://[^/]+", "", thread_link))
    assert response.status_code == 200
    assert NotificationPreferences.objects.get(user=second).threads is False
    mail.outbox.clear()
    with TestCase.captureOnCommitCallbacks(execute=True):
        post_comment(user=writer, page=article, text="Nog een antwoord", parent_id=top.pk)
    assert second.email not in [message.to[0] for message in mail.outbox]
    assert first.email in [message.to[0] for message in mail.outbox]
