"""Moderators and comments waiting for them, shared by the moderation tests."""

import pytest
from django.contrib.auth.models import Group

from discussion import service
from discussion.service import post_comment
from tests.discussion.helpers import established, member
from tests.factories import UserFactory
from tests.helpers import with_two_factor


@pytest.fixture
def moderator(db):
    user = UserFactory(is_staff=True, first_name="Mo", last_name="Derator")
    user.groups.add(Group.objects.get(name="Moderatoren"))
    return with_two_factor(user)


@pytest.fixture
def held(article):
    """A new member's first comment: it waits for a moderator."""
    comment = post_comment(user=member(first_name="Nieuw"), page=article, text="Mijn *eerste* reactie")
    assert comment.is_public is False
    return comment


@pytest.fixture
def reported(article):
    """A public comment three members reported: hidden until a moderator looks at it."""
    writer = established(member(first_name="Schrijver"), article)
    comment = post_comment(user=writer, page=article, text="Iets wat schuurt")
    for reason, note in (("abuse", "Grof taalgebruik"), ("spam", ""), ("off_topic", "Gaat nergens over")):
        service.report(user=member(), comment=comment, reason=reason, note=note)
    comment.refresh_from_db()
    assert comment.hidden_by_reports
    return comment
