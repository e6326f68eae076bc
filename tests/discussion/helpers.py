"""Shared by the discussion and moderation tests: verified members, established commenters, an article."""

from importlib import import_module

from allauth.account.models import EmailAddress
from django.apps import apps
from django.contrib.auth.models import Group

from discussion.models import DiscussionComment
from discussion.service import post_comment
from tests.factories import UserFactory


def verified(user):
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    return user


def member(**fields):
    return verified(UserFactory(**fields))


def established(user, page):
    """A member whose earlier comment a moderator approved (so new comments appear at once)."""
    first = post_comment(user=user, page=page, text=f"Eerste reactie van {user.pk}.")
    DiscussionComment.objects.filter(pk=first.pk).update(is_public=True)
    return user


def moderators_group():
    """The Moderatoren group as the migrations make it: a transactional test before this one may have
    flushed the tables (and the migrations' data with them)."""
    for module, function in (
        ("0002_moderators_group", "create_group"),
        ("0004_moderators_see_the_audit_log", "grant"),
    ):
        getattr(import_module(f"discussion.migrations.{module}"), function)(apps, None)
    return Group.objects.get(name="Moderatoren")
