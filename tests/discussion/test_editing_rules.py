"""An edit passes every rule a new comment must pass (issue 10, finding 2): a ban, the link cap for new
members, the rate limit, the duplicate check; and an edit of a held or moderator-approved comment goes
(back) to the moderation queue instead of changing what everyone already sees."""

from bs4 import BeautifulSoup
from django.core.cache import cache
from django.test import Client, TestCase

from discussion import moderation
from discussion.models import CommentBan, DiscussionComment
from discussion.service import post_comment
from tests.discussion.helpers import established, member

TEN_LINKS = " ".join(f"https://spam{n}.example" for n in range(10))


def edit(client, comment, text):
    return client.post(f"/reacties/{comment.pk}/bewerken/", {"text": text})


def test_a_held_first_comment_cannot_be_edited_past_the_link_cap(client, article):
    writer = member()
    held = post_comment(user=writer, page=article, text="Mijn eerste reactie")
    assert not held.is_public
    client.force_login(writer)
    response = edit(client, held, TEN_LINKS)
    assert response.status_code == 400
    assert "links" in response.content.decode()
    held.refresh_from_db()
    assert held.comment == "Mijn eerste reactie" and not held.is_public


def test_editing_an_approved_first_comment_sends_it_back_to_the_queue(client, article, moderator):
    writer = member()
    first = post_comment(user=writer, page=article, text="Mijn eerste reactie")
    moderation.approve(comments=[first], moderator=moderator)
    client.force_login(writer)
    assert edit(client, first, "Bezoek https://spam.example").status_code == 302
    first.refresh_from_db()
    assert first.comment == "Bezoek https://spam.example"
    assert not first.is_public  # waits for a moderator again
    assert first in moderation.waiting()
    assert "spam.example" not in Client().get(article.url).content.decode()  # nobody else sees it
    own_view = BeautifulSoup(client.get(article.url).content, "html.parser")
    assert "spam.example" in own_view.select_one(".discussion__waiting").get_text()  # its writer, marked


def test_editing_an_approved_comment_past_the_link_cap_is_refused(client, article, moderator):
    writer = member()
    first = post_comment(user=writer, page=article, text="Mijn eerste reactie")
    moderation.approve(comments=[first], moderator=moderator)
    client.force_login(writer)
    assert edit(client, first, TEN_LINKS).status_code == 400
    first.refresh_from_db()
    assert first.comment == "Mijn eerste reactie" and first.is_public


def test_reapproval_after_an_edit_does_not_notify_twice(client, article, moderator, mailoutbox):
    writer = member()
    first = post_comment(user=writer, page=article, text="Mijn eerste reactie")
    with TestCase.captureOnCommitCallbacks(execute=True):
        moderation.approve(comments=[first], moderator=moderator)
    mails = len(mailoutbox)
    client.force_login(writer)
    edit(client, first, "Mijn eerste reactie, verbeterd")
    with TestCase.captureOnCommitCallbacks(execute=True):
        moderation.approve(comments=[first], moderator=moderator)
    first.refresh_from_db()
    assert first.is_public
    assert len(mailoutbox) == mails


def test_an_established_members_edit_stays_public(client, article):
    writer = established(member(), article)
    comment = post_comment(user=writer, page=article, text="Gewone reactie")
    client.force_login(writer)
    text = "Gewone reactie, met https://a.example https://b.example https://c.example"
    assert edit(client, comment, text).status_code == 302
    comment.refresh_from_db()
    assert comment.is_public and "c.example" in comment.comment


def test_a_blocked_member_cannot_edit(client, article):
    writer = established(member(), article)
    comment = post_comment(user=writer, page=article, text="Voor de blokkade")
    CommentBan.objects.create(user=writer)
    client.force_login(writer)
    assert edit(client, comment, "Na de blokkade").status_code == 403
    comment.refresh_from_db()
    assert comment.comment == "Voor de blokkade"


def test_edits_count_against_the_rate_limit(client, article, settings):
    writer = established(member(), article)
    comment = post_comment(user=writer, page=article, text="Versie 0")
    settings.DISCUSSION_RATE_LIMITS = {"member": (5, 600), "address": (100, 600)}
    cache.clear()
    client.force_login(writer)
    statuses = [edit(client, comment, f"Versie {n}").status_code for n in range(1, 21)]
    assert statuses[:5] == [302] * 5
    assert set(statuses[5:]) == {429}
    comment.refresh_from_db()
    assert comment.comment == "Versie 5"


def test_an_edit_cannot_repeat_another_comment(client, article):
    writer = established(member(), article)
    post_comment(user=writer, page=article, text="Zelfde tekst")
    other = post_comment(user=writer, page=article, text="Andere tekst")
    client.force_login(writer)
    response = edit(client, other, "Zelfde tekst")
    assert response.status_code == 400
    assert "al geplaatst" in response.content.decode()
    assert DiscussionComment.objects.get(pk=other.pk).comment == "Andere tekst"


def test_a_refused_edit_keeps_the_text_in_the_form(client, article):
    writer = member()
    held = post_comment(user=writer, page=article, text="Mijn eerste reactie")
    client.force_login(writer)
    response = edit(client, held, TEN_LINKS)
    assert TEN_LINKS in response.content.decode()
