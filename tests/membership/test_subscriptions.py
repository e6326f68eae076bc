"""Checkout, trial, fulfilment, portal, renewal, failed payment and period end, over real HTTP against the
local Stripe stand-in (the real stripe library speaks to it through STRIPE_API_BASE)."""

import re
import socket
import threading
import urllib.parse
from io import StringIO

import pytest
import stripe
from allauth.account.models import EmailAddress
from bs4 import BeautifulSoup
from django.core import mail
from django.core.management import call_command

from membership.access import has_pro_access
from membership.billing import close_billing, email_digest, normalise_email, trial_available
from membership.models import BillingCustomer, Subscription, TrialClaim
from membership.stripe_service import client as stripe_client
from tests.factories import TopicPageFactory, UserFactory, stream
from tests.membership.helpers import confirm_hosted_checkout, deliver_all

DAY = 24 * 3600
PRO_SECRET = "pro-inhoud-voor-abonnees-55d1"


def start_checkout(client):
    response = client.post("/pro/abonneren/")
    assert response.status_code == 302, response.content
    return response["Location"]


def subscribe(client, standin, user):
    """Checkout on the hosted page, then the success page fulfils it; returns the success response."""
    client.force_login(user)
    checkout_url = start_checkout(client)
    success_url = confirm_hosted_checkout(checkout_url)
    parts = urllib.parse.urlsplit(success_url)
    return client.get(f"{parts.path}?{parts.query}")


def fresh(user):
    return type(user).objects.get(pk=user.pk)


def test_checkout_starts_a_thirty_day_trial_and_opens_pro_at_once(client, standin, member, site_tree):
    topic = TopicPageFactory(
        parent=site_tree.knowledge_base, body=stream(("what_works", f"<p>{PRO_SECRET}</p>"))
    )
    client.force_login(member)
    assert PRO_SECRET not in client.get(topic.url).content.decode()

    assert start_checkout(client).startswith(standin.url + "/checkout/cs_")

    success = subscribe(client, standin, member)
    assert success.status_code == 200
    subscription = Subscription.objects.get(user=member)
    assert subscription.status == "trialing"
    assert abs((subscription.trial_end.timestamp() - standin.now()) - 30 * DAY) < 120
    assert BillingCustomer.objects.filter(user=member).count() == 1
    assert has_pro_access(fresh(member))
    assert PRO_SECRET in client.get(topic.url).content.decode()


def test_checkout_session_has_the_agreed_parameters(client, standin, member):
    client.force_login(member)
    session_id = start_checkout(client).rsplit("/", 1)[1]
    session = stripe_client().v1.checkout.sessions.retrieve(session_id)
    assert session.mode == "subscription"
    assert session.client_reference_id == str(member.pk)
    assert session.customer == BillingCustomer.objects.get(user=member).stripe_customer_id
    assert session.locale == "nl"
    assert isinstance(session, stripe.checkout.Session)


def test_trial_only_once_per_person(client, standin, member):
    subscribe(client, standin, member)
    assert not trial_available(fresh(member))
    # The same mailbox under another account: no second trial either.
    other = UserFactory(email="Lid+nieuw@Example.com")
    assert normalise_email(other.email) == normalise_email(member.email)
    assert not trial_available(other)
    client.force_login(other)
    page = client.get("/pro/").content.decode()
    assert "al gehad" in page  # told before they click


def test_a_second_subscription_starts_without_trial(client, settings, standin, member):
    subscribe(client, standin, member)
    first = Subscription.objects.get(user=member)
    stripe_client().v1.subscriptions.cancel(first.stripe_subscription_id)
    deliver_all(client, settings, standin)
    assert not has_pro_access(fresh(member))
    subscribe(client, standin, member)
    second = Subscription.objects.exclude(pk=first.pk).get(user=member)
    assert second.status == "active"
    assert second.trial_end is None


def test_gmail_dots_and_tags_are_one_mailbox():
    assert normalise_email("Jan.Jansen+pro@googlemail.com") == "janjansen@gmail.com"
    assert email_digest("jan.jansen@gmail.com") == email_digest("JanJansen+x@gmail.com")


def test_double_click_gives_one_checkout_session(client, standin, member):
    client.force_login(member)
    assert start_checkout(client) == start_checkout(client)
    assert BillingCustomer.objects.filter(user=member).count() == 1


def test_logged_out_visitor_signs_up_first_then_goes_to_checkout(client, standin, db):
    response = client.get("/pro/abonneren/")
    assert response.status_code == 302
    assert response["Location"].startswith("/account/signup/")
    assert client.session["pro_checkout_pending"] == "monthly"


def stripe_customers():
    return list(stripe_client().v1.customers.list().auto_paging_iter())


def test_a_get_never_starts_a_checkout_it_asks_to_confirm(client, standin, member, site_tree):
    """A cross-site link or image (GET) must not create a Stripe customer or session (issue 10, finding 6)."""
    client.force_login(member)
    response = client.get("/pro/abonneren/")
    assert response.status_code == 200
    assert response["Cache-Control"]  # never cached: it depends on who asks
    form = BeautifulSoup(response.content, "html.parser").select_one("main form[method=post]")
    assert form["action"] == "/pro/abonneren/"
    assert form.select_one("input[name=csrfmiddlewaretoken]")
    assert "Probeer Pro een maand gratis" in form.get_text()
    assert not BillingCustomer.objects.exists()
    assert stripe_customers() == []
    assert standin.events == []
    # The button on that page starts it.
    assert start_checkout(client).startswith(standin.url + "/checkout/cs_")
    assert len(stripe_customers()) == 1


@pytest.mark.parametrize(
    ("asked", "plan", "name"),
    [("", "monthly", "Maandabonnement"), ("?plan=yearly", "yearly", "Jaarabonnement")],
)
def test_after_login_the_visitor_lands_on_the_confirmation_not_at_stripe(
    client, standin, member, site_tree, asked, plan, name
):
    client.get(f"/pro/abonneren/{asked}")  # logged out: off to sign up or log in, remembered in the session
    EmailAddress.objects.create(user=member, email=member.email, verified=True, primary=True)
    response = client.post("/account/login/", {"login": member.email, "password": "test-password"})
    assert response["Location"] == f"/pro/abonneren/?plan={plan}"
    confirmation = client.get(response["Location"])
    assert confirmation.status_code == 200
    form = BeautifulSoup(confirmation.content, "html.parser").select_one("main form[method=post]")
    assert form.select_one("input[name=plan]")["value"] == plan  # the choice goes on to the POST
    assert name in confirmation.content.decode()
    assert "pro_checkout_pending" not in client.session
    assert not BillingCustomer.objects.exists()
    assert stripe_customers() == []


def test_a_pro_member_asking_again_goes_to_the_account_page(client, standin, member, site_tree):
    subscribe(client, standin, member)
    response = client.get("/pro/abonneren/")
    assert response.status_code == 302
    assert response["Location"] == "/account/"


def test_webhook_alone_fulfils_the_checkout(client, settings, standin, member):
    client.force_login(member)
    confirm_hosted_checkout(start_checkout(client))  # the visitor never reaches the success page
    assert not Subscription.objects.exists()
    deliver_all(client, settings, standin)
    assert Subscription.objects.get(user=member).status == "trialing"


def test_success_page_and_webhook_race_to_the_same_result(client, settings, standin, member):
    subscribe(client, standin, member)
    before = Subscription.objects.values().get()
    deliver_all(client, settings, standin)
    after = Subscription.objects.values().get()
    assert {k: v for k, v in after.items() if k != "updated_at"} == {
        k: v for k, v in before.items() if k != "updated_at"
    }


def test_someone_elses_checkout_session_is_refused(client, standin, member):
    client.force_login(member)
    success_url = confirm_hosted_checkout(start_checkout(client))
    intruder = UserFactory()
    client.force_login(intruder)
    parts = urllib.parse.urlsplit(success_url)
    assert client.get(f"{parts.path}?{parts.query}").status_code == 403
    assert not Subscription.objects.exists()
    assert client.get("/pro/welkom/?session_id=rubbish").status_code == 400
    assert client.get("/pro/welkom/?session_id=cs_test_doesnotexist").status_code == 403


def test_portal_cancel_keeps_access_until_the_period_ends(client, settings, standin, member):
    subscribe(client, standin, member)
    seen = deliver_all(client, settings, standin)
    response = client.post("/account/abonnement/beheren/")
    assert response.status_code == 302
    portal_url = response["Location"]
    assert portal_url.startswith(standin.url + "/portal/")
    standin_cancel_at_period_end(portal_url)
    deliver_all(client, settings, standin, since=seen)
    subscription = Subscription.objects.get(user=member)
    assert subscription.cancel_at_period_end is True
    assert has_pro_access(fresh(member))  # still Pro until the end of the trial

    standin.advance(31 * DAY)
    deliver_all(client, settings, standin, since=seen)
    subscription.refresh_from_db()
    assert subscription.status == "canceled"
    assert not has_pro_access(fresh(member))


def standin_cancel_at_period_end(portal_url):
    page = urllib.request.urlopen(portal_url, timeout=5).read().decode()
    forms = re.findall(r'<form[^>]*action="([^"]+)"[^>]*>(.*?)</form>', page, re.S)
    action = next(action for action, body in forms if "einde" in body.lower())
    opener = urllib.request.build_opener(NoRedirectHandler)
    try:
        opener.open(urllib.parse.urljoin(portal_url, action), data=b"", timeout=5)
    except urllib.error.HTTPError as redirect:
        assert redirect.code in (200, 302, 303)


class NoRedirectHandler(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def test_cancel_from_the_account_page(client, settings, standin, member):
    subscribe(client, standin, member)
    response = client.post("/account/abonnement/opzeggen/")
    assert response.status_code == 302
    subscription = Subscription.objects.get(user=member)
    assert subscription.cancel_at_period_end is True
    assert subscription.status == "trialing"


def test_trial_converts_and_renews(client, settings, standin, member):
    subscribe(client, standin, member)
    seen = deliver_all(client, settings, standin)
    mail.outbox.clear()
    standin.advance(28 * DAY)  # three days before the end of the trial
    seen = deliver_all(client, settings, standin, since=seen)
    assert [m.subject for m in mail.outbox] == ["Je gratis Pro-maand eindigt over drie dagen"]
    standin.advance(3 * DAY)
    seen = deliver_all(client, settings, standin, since=seen)
    subscription = Subscription.objects.get(user=member)
    assert subscription.status == "active"
    first_period_end = subscription.current_period_end
    standin.advance(30 * DAY)
    deliver_all(client, settings, standin, since=seen)
    subscription.refresh_from_db()
    assert subscription.status == "active"
    assert subscription.current_period_end > first_period_end


def test_failed_payment_gives_a_grace_period_with_a_banner_and_an_email(
    client, settings, standin, member, site_tree
):
    subscribe(client, standin, member)
    seen = deliver_all(client, settings, standin)
    standin.set_payment_failure(BillingCustomer.objects.get(user=member).stripe_customer_id, fail=True)
    mail.outbox.clear()
    standin.advance(31 * DAY)
    deliver_all(client, settings, standin, since=seen)
    subscription = Subscription.objects.get(user=member)
    assert subscription.status == "past_due"
    assert has_pro_access(fresh(member))
    assert "Je Kennisbank Pro-betaling is mislukt" in [m.subject for m in mail.outbox]
    assert "banner--warning" in client.get("/").content.decode()


def test_sync_subscriptions_reconciles_with_stripe(client, settings, standin, member):
    subscribe(client, standin, member)
    standin.advance(31 * DAY)  # Stripe moved on; no webhook reached us
    assert Subscription.objects.get(user=member).status == "trialing"
    out = StringIO()
    call_command("sync_subscriptions", stdout=out)
    assert Subscription.objects.get(user=member).status == "active"
    assert "1 subscriptions reconciled" in out.getvalue()


def test_trial_claim_survives_account_deletion(client, standin, member):
    subscribe(client, standin, member)
    digest = email_digest(member.email)
    member.delete()
    assert TrialClaim.objects.filter(email_digest=digest, user=None).exists()
    returning = UserFactory(email="lid@example.com")
    assert not trial_available(returning)


# Stripe unreachable or slow -----------------------------------------------------------------------


@pytest.fixture
def black_hole():
    """A TCP server that accepts connections and never answers: a hanging Stripe."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(16)
    stop = threading.Event()
    held = []

    def accept():
        server.settimeout(0.2)
        while not stop.is_set():
            try:
                held.append(server.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.getsockname()[1]}"
    stop.set()
    thread.join()
    for connection in held:
        connection.close()
    server.close()


@pytest.mark.parametrize("failure", ["down", "slow"])
def test_stripe_down_or_slow_gives_a_dutch_message_quickly_and_changes_nothing(
    client, settings, member, site_tree, black_hole, failure
):
    settings.STRIPE_API_BASE = "http://127.0.0.1:9" if failure == "down" else black_hole
    client.force_login(member)
    response = client.post("/pro/abonneren/", follow=True)  # "quickly": the client's timeout, tested below
    assert response.status_code == 200
    assert "niet bereikbaar" in response.content.decode()
    assert not BillingCustomer.objects.exists()
    assert not Subscription.objects.exists()


def test_pages_keep_serving_while_stripe_is_down(client, settings, member, article, black_hole):
    settings.STRIPE_API_BASE = black_hole
    client.force_login(member)
    for url in ("/", article.url, "/pro/", "/account/", "/kennisbank/"):
        assert client.get(url).status_code == 200, url  # no page but the checkout itself asks Stripe


def test_every_stripe_client_waits_at_most_the_configured_timeout(settings, monkeypatch):
    made = []
    real = stripe.RequestsClient
    monkeypatch.setattr(stripe, "RequestsClient", lambda **options: made.append(options) or real(**options))
    stripe_client()
    assert made == [{"timeout": settings.STRIPE_TIMEOUT_SECONDS}]
    assert 0 < settings.STRIPE_TIMEOUT_SECONDS <= 10


def test_closing_billing_cancels_at_stripe_and_forgets_the_customer(client, settings, standin, member):
    subscribe(client, standin, member)
    customer_id = BillingCustomer.objects.get(user=member).stripe_customer_id
    close_billing(member)
    remote = stripe_client().v1.subscriptions.list(params={"customer": customer_id, "status": "all"})
    assert {subscription.status for subscription in remote.data} <= {"canceled"}
    assert stripe_client().v1.customers.retrieve(customer_id).deleted is True
