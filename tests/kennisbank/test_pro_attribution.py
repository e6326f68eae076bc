"""Pro sign-ups per page: the paywall's invitation carries the page to the Pro page, the checkout carries it
to Stripe, the subscription keeps it, and the editors' report counts it."""

import datetime
import urllib.parse

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.utils import timezone

from membership.attribution import METADATA_KEY, SESSION_KEY, parse_page_id
from membership.models import Subscription
from membership.stripe_service import client as stripe_client
from tests.factories import TopicPageFactory, UserFactory, stream
from tests.helpers import with_two_factor
from tests.membership.helpers import confirm_hosted_checkout, deliver_all

REPORT = "/admin/meest-gelezen/"


@pytest.fixture
def pro_topic(site_tree):
    return TopicPageFactory(
        parent=site_tree.knowledge_base, title="Borging", body=stream(("what_works", "<p>Alleen Pro</p>"))
    )


def invitation_link(client, page) -> str:
    html = client.get(page.url).content.decode()
    link = BeautifulSoup(html, "html.parser").select_one(".pro-invitation a.button")
    return link["href"]


def sign_up_through(client, link: str):
    """Follow the invitation to the Pro page, check out on the hosted page, return to the success page."""
    assert client.get(link).status_code == 200
    checkout_url = client.post("/pro/abonneren/")["Location"]
    parts = urllib.parse.urlsplit(confirm_hosted_checkout(checkout_url))
    assert client.get(f"{parts.path}?{parts.query}").status_code == 200


def editor_report(site_tree) -> str:
    from django.test import Client

    editor = UserFactory(is_staff=True)
    editor.groups.add(Group.objects.get(name="Redacteuren"))
    viewer = Client()
    viewer.force_login(with_two_factor(editor))
    table = BeautifulSoup(viewer.get(REPORT).content, "html.parser").select_one("table#signups")
    return str(table or "")


def test_a_sign_up_through_a_pages_invitation_is_counted_for_that_page(client, standin, pro_topic):
    client.force_login(UserFactory())
    link = invitation_link(client, pro_topic)
    assert link == f"/pro/?via={pro_topic.pk}"

    sign_up_through(client, link)

    subscription = Subscription.objects.get()
    assert subscription.source_page_id == pro_topic.pk
    remote = stripe_client().v1.subscriptions.retrieve(subscription.stripe_subscription_id)
    assert remote.metadata[METADATA_KEY] == str(pro_topic.pk)
    report = editor_report(pro_topic)
    assert "Borging" in report and "<td>1</td>" in report


def test_the_webhook_path_keeps_the_source_too(client, settings, standin, pro_topic):
    member = UserFactory()
    client.force_login(member)
    client.get(f"/pro/?via={pro_topic.pk}")
    confirm_hosted_checkout(client.post("/pro/abonneren/")["Location"])
    deliver_all(client, settings, standin)  # no success page: the webhook alone stores the subscription
    assert Subscription.objects.get(user=member).source_page_id == pro_topic.pk


def test_a_sign_up_without_an_invitation_has_no_source(client, standin, pro_topic):
    client.force_login(UserFactory())
    sign_up_through(client, "/pro/")
    assert Subscription.objects.get().source_page_id is None
    assert "Borging" not in editor_report(pro_topic)


@pytest.mark.parametrize("junk", ["abc", "-1", "0", "99999999999", "1e3", "١٢", "", "3 OR 1=1"])
def test_junk_in_via_is_ignored_and_keeps_an_earlier_source(client, pro_topic, junk):
    client.force_login(UserFactory())
    client.get(f"/pro/?via={pro_topic.pk}")
    response = client.get("/pro/", {"via": junk})
    assert response.status_code == 200
    assert client.session[SESSION_KEY] == pro_topic.pk
    assert parse_page_id(junk) is None


def test_old_sign_ups_fall_outside_the_period(client, standin, pro_topic):
    client.force_login(UserFactory())
    sign_up_through(client, f"/pro/?via={pro_topic.pk}")
    Subscription.objects.update(created_at=timezone.now() - datetime.timedelta(days=45))
    assert "Borging" not in editor_report(pro_topic)
