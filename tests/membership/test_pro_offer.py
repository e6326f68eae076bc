"""Invitations follow the member's state (membership.status.pro_offer): the home page, the paywall and the
account page offer the free month only to who can have it, nothing to who has Pro, and a payment fix to
who is past due."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Permission
from django.utils import timezone

from membership.billing import email_digest
from membership.models import TrialClaim
from membership.status import ProOffer, pro_offer
from tests.factories import SubscriptionFactory, TopicPageFactory, UserFactory, stream


def subscribed(status, **fields):
    return SubscriptionFactory(status=status, **fields).user


def trial_used():
    user = UserFactory()
    TrialClaim.objects.create(email_digest=email_digest(user.email))
    return user


def editor_with_pro():
    user = UserFactory(is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="read_pro_content"))
    return user


STATES = {
    "anonymous": (None, ProOffer.TRIAL),
    "free": (UserFactory, ProOffer.TRIAL),
    "trial": (lambda: subscribed("trialing", trial_end=timezone.now()), ProOffer.NONE),
    "active": (lambda: subscribed("active"), ProOffer.NONE),
    "cancelled_still_running": (lambda: subscribed("active", cancel_at_period_end=True), ProOffer.NONE),
    "past_due": (lambda: subscribed("past_due"), ProOffer.FIX_PAYMENT),
    "ended": (lambda: subscribed("canceled", ended_at=timezone.now()), ProOffer.SUBSCRIBE),
    "trial_used_elsewhere": (trial_used, ProOffer.SUBSCRIBE),
    "editor_with_pro": (editor_with_pro, ProOffer.NONE),
}
BUTTON = {
    ProOffer.TRIAL: "Probeer Pro een maand gratis",
    ProOffer.SUBSCRIBE: "Neem Pro",
    ProOffer.FIX_PAYMENT: "Naar mijn account",
}


def invitation(html):
    return BeautifulSoup(html, "html.parser").select_one(".pro-invitation")


@pytest.mark.parametrize("state", STATES)
def test_the_home_page_invites_as_the_state_says(client, site_tree, state):
    make_user, offer = STATES[state]
    user = make_user() if make_user else None
    if user:
        client.force_login(user)
    assert pro_offer(user) == offer
    shown = invitation(client.get("/").content)
    if offer == ProOffer.NONE:
        assert shown is None
        return
    text = shown.get_text(" ", strip=True)
    assert BUTTON[offer] in text
    if offer != ProOffer.TRIAL:
        assert "gratis" not in text


@pytest.mark.parametrize("state", ["free", "ended", "trial_used_elsewhere"])
def test_the_paywall_invites_as_the_state_says(client, site_tree, state):
    topic = TopicPageFactory(parent=site_tree.knowledge_base, body=stream(("what_works", "<p>Pro</p>")))
    make_user, offer = STATES[state]
    client.force_login(make_user())
    text = invitation(client.get(topic.url).content).get_text(" ", strip=True)
    assert BUTTON[offer] in text
    if offer != ProOffer.TRIAL:
        assert "gratis" not in text


@pytest.mark.parametrize("state", ["free", "ended"])
def test_the_account_page_names_the_offer(client, site_tree, state):
    make_user, offer = STATES[state]
    client.force_login(make_user())
    actions = BeautifulSoup(client.get("/account/").content, "html.parser").select_one(".account-actions")
    assert BUTTON[offer] in actions.get_text(" ", strip=True)


def test_the_same_cached_home_page_is_never_served_across_states(client, site_tree):
    """Through the real cache, different visitors in a row: each gets the invitation of their own state."""
    order = ["anonymous", "active", "free", "anonymous", "ended", "active", "anonymous"]
    users = {state: STATES[state][0]() for state in set(order) if STATES[state][0]}
    for state in order:
        client.logout()
        if state in users:
            client.force_login(users[state])
        shown = invitation(client.get("/").content)
        offer = STATES[state][1]
        assert (shown is None) == (offer == ProOffer.NONE), state
        if shown is not None:
            assert BUTTON[offer] in shown.get_text(" ", strip=True), state


@pytest.mark.parametrize("state", ["anonymous", "free", "ended", "past_due", "active"])
def test_the_pro_page_says_only_what_holds_for_the_visitor(client, site_tree, state):
    make_user, offer = STATES[state]
    if make_user:
        client.force_login(make_user())
    text = (
        BeautifulSoup(client.get("/pro/").content, "html.parser").select_one("main").get_text(" ", strip=True)
    )
    promises_a_trial = "Tijdens de proefperiode" in text or "eerste 30 dagen gratis" in text
    assert promises_a_trial == (offer == ProOffer.TRIAL), text
    assert ("al gehad" in text) == (offer == ProOffer.SUBSCRIBE)
