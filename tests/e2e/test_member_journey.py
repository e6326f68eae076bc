"""A person signs up, confirms the email, starts the trial on Stripe's (stand-in) checkout page, reads a Pro
topic in full, cancels in the portal, and loses access when the period ends."""

import re

import pytest
from django.core import mail
from playwright.sync_api import expect

from devtools.stripe_standin import StripeStandIn
from tests.factories import TopicPageFactory, stream

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PRO_TEXT = "Wat werkt: plan de vervolgsessies een jaar vooruit."
DAY = 24 * 3600


@pytest.fixture
def live_standin(live_server, settings):
    server = StripeStandIn(
        webhook_url=f"{live_server.url}/stripe/webhook/",
        webhook_secret=settings.STRIPE_WEBHOOK_SECRET,
        price_id=settings.STRIPE_PRICE_ID,
        yearly_price_id=settings.STRIPE_YEARLY_PRICE_ID,
    ).start()
    settings.STRIPE_API_BASE = server.url
    yield server
    server.stop()


def test_sign_up_trial_read_cancel_and_lose_access(live_server, live_standin, page, site_tree):
    topic = TopicPageFactory(
        parent=site_tree.knowledge_base,
        title="Borging van verandering",
        teaser="Verandering zakt weg als niemand haar onderhoudt.",
        body=stream(("what_works", f"<p>{PRO_TEXT}</p>")),
    )
    page.goto(live_server.url + topic.url)
    expect(page.locator(".pro-invitation")).to_be_visible()
    assert PRO_TEXT not in page.content()

    page.locator(".pro-invitation").get_by_role("link", name="Probeer Pro een maand gratis").click()
    expect(page).to_have_url(re.compile(r"/pro/(\?via=\d+)?$"))
    expect(page.locator("#plan-yearly")).to_contain_text("€ 121,00 per jaar")
    page.locator("main").get_by_role("link", name="Kies het jaarabonnement").click()
    expect(page).to_have_url(re.compile(r"/account/signup/"))

    page.get_by_label("E-mail", exact=False).first.fill("nieuw.lid@example.com")
    page.locator("input[name=password1]").fill("een-lang-Wachtwoord-42")
    page.locator("input[name=password2]").fill("een-lang-Wachtwoord-42")
    page.locator("main").get_by_role("button").last.click()
    expect(page).to_have_url(re.compile(r"/account/confirm-email/"))

    confirmation = mail.outbox[-1]
    assert confirmation.to == ["nieuw.lid@example.com"]
    link = re.search(r"https?://\S+/account/confirm-email/\S+/", confirmation.body).group(0)
    page.goto(link)
    page.locator("main form").get_by_role("button").first.click()

    # Back to the checkout, which asks first (only a POST starts it), then the (simulated) Stripe checkout,
    # then back to the site.
    expect(page).to_have_url(re.compile(r"/pro/abonneren/\?plan=yearly$"))
    expect(page.locator("main")).to_contain_text("Jaarabonnement")
    page.locator("main form").get_by_role("button", name="Probeer Pro een maand gratis").click()
    expect(page).to_have_url(re.compile(re.escape(live_standin.url) + r"/checkout/"))
    expect(page.get_by_text("Gesimuleerde betaling", exact=False).first).to_be_visible()
    page.set_viewport_size({"width": 375, "height": 800})  # on a phone the page fits its width
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    page.set_viewport_size({"width": 1280, "height": 900})
    page.get_by_role("button", name="Proefperiode starten").click()
    expect(page).to_have_url(re.compile(r"/pro/welkom/"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Welkom bij Pro")

    page.goto(live_server.url + topic.url)
    expect(page.get_by_text(PRO_TEXT)).to_be_visible()

    page.goto(live_server.url + "/account/")
    expect(page.get_by_text("Proefperiode tot", exact=False).first).to_be_visible()
    expect(page.locator(".account-plan")).to_have_text("Jaarabonnement")
    page.get_by_role("button", name="Abonnement beheren").click()
    expect(page).to_have_url(re.compile(re.escape(live_standin.url) + r"/portal/"))
    page.get_by_role("button", name=re.compile("einde van de periode", re.IGNORECASE)).click()
    page.get_by_role("link", name=re.compile("terug", re.IGNORECASE)).first.click()
    expect(page.get_by_text("Proefperiode opgezegd, toegang tot", exact=False).first).to_be_visible()

    page.goto(live_server.url + topic.url)
    expect(page.get_by_text(PRO_TEXT)).to_be_visible()  # paid-for time is not taken away

    live_standin.advance(31 * DAY)  # the trial ends; Stripe ends the subscription and tells the site
    page.goto(live_server.url + topic.url)
    expect(page.locator(".pro-invitation")).to_be_visible()
    assert PRO_TEXT not in page.content()
