"""Two Pro plans, monthly and yearly: amounts read from Stripe's Price objects (with and without VAT), the
choice carried through the confirmation to Checkout with the same free month, and the plan on the account
page. Over real HTTP against the local Stripe stand-in, like the other membership tests."""

import urllib.parse

import pytest
from bs4 import BeautifulSoup
from django.utils import translation

from membership.models import BillingCustomer, Subscription
from membership.plans import Money, excluding_vat
from membership.stripe_service import client as stripe_client
from tests.factories import SubscriptionFactory
from tests.membership.helpers import confirm_hosted_checkout, deliver_all

DAY = 24 * 3600
NAMES = {"monthly": "Maandabonnement", "yearly": "Jaarabonnement"}


def plan_texts(response) -> dict:
    """{plan key: the text of its card} on the Pro page."""
    soup = BeautifulSoup(response.content, "html.parser")
    return {
        card["id"].removeprefix("plan-"): card.get_text(" ", strip=True) for card in soup.select(".pro-plan")
    }


def start_checkout(client, **data):
    response = client.post("/pro/abonneren/", data)
    assert response.status_code == 302, response.content
    return response["Location"]


def checkout_and_return(client, plan):
    success_url = confirm_hosted_checkout(start_checkout(client, plan=plan))
    parts = urllib.parse.urlsplit(success_url)
    assert client.get(f"{parts.path}?{parts.query}").status_code == 200


# The amounts ----------------------------------------------------------------------------------------


def test_the_pro_page_shows_both_plans_with_and_without_vat(client, standin, site_tree):
    response = client.get("/pro/")
    assert response.status_code == 200
    plans = plan_texts(response)
    assert list(plans) == ["monthly", "yearly"]
    assert "Maandabonnement € 12,10 per maand incl. 21% btw (€ 10,00 excl. btw)" in plans["monthly"]
    assert "Jaarabonnement € 121,00 per jaar incl. 21% btw (€ 100,00 excl. btw)" in plans["yearly"]
    # Twelve months of € 12,10 are € 145,20: the yearly plan saves € 24,20, and only the yearly plan says so.
    assert "Je bespaart € 24,20 per jaar" in plans["yearly"] and "bespaart" not in plans["monthly"]
    text = BeautifulSoup(response.content, "html.parser").select_one("main").get_text(" ", strip=True)
    assert "Beide abonnementen beginnen met de eerste 30 dagen gratis" in text
    links = [a["href"] for a in BeautifulSoup(response.content, "html.parser").select(".pro-plan a.button")]
    assert links == ["/pro/abonneren/?plan=monthly", "/pro/abonneren/?plan=yearly"]


@pytest.mark.parametrize(
    ("cents", "net"),
    [(1210, 1000), (12100, 10000), (900, 744), (999, 826), (1, 1), (2, 2), (14520, 12000), (100, 83)],
)
def test_the_amount_without_vat_is_rounded_to_whole_cents(cents, net):
    assert excluding_vat(cents) == net


def test_amounts_are_written_with_exact_cents_in_the_visitors_language():
    with translation.override("nl"):
        assert str(Money(1210, "eur")) == "€ 12,10"
        assert str(Money(123456, "eur")) == "€ 1.234,56"
        assert str(Money(5, "eur")) == "€ 0,05"
    with translation.override("en"):
        assert str(Money(1210, "eur")) == "€ 12.10"
    assert str(Money(1000, "usd")).startswith("USD ")


def test_an_amount_that_does_not_divide_evenly_is_shown_rounded(client, settings, standin, site_tree):
    standin.add_price("price_pro_maand_9", 900)  # € 9,00 with VAT is € 7,438.. without: € 7,44
    settings.STRIPE_PRICE_ID = "price_pro_maand_9"
    plans = plan_texts(client.get("/pro/"))
    assert "€ 9,00 per maand incl. 21% btw (€ 7,44 excl. btw)" in plans["monthly"]
    assert "bespaart" not in plans["yearly"]  # twelve months (€ 108,00) cost less than a year: no saving


@pytest.mark.parametrize(
    ("price", "why"),
    [
        (("price_jaar_excl", 10000, "year", "exclusive"), "Checkout adds no VAT to an exclusive price"),
        (("price_jaar_per_maand", 1210, "month", "inclusive"), "the yearly plan is billed monthly"),
    ],
)
def test_a_price_that_does_not_fit_its_plan_is_not_shown(client, settings, standin, site_tree, price, why):
    standin.add_price(*price)
    settings.STRIPE_YEARLY_PRICE_ID = price[0]
    plans = plan_texts(client.get("/pro/"))
    assert "€" not in plans["yearly"], why
    assert "Het bedrag zie je op de betaalpagina voordat je betaalt" in plans["yearly"]
    assert "€ 12,10 per maand" in plans["monthly"]


# When Stripe cannot be reached ----------------------------------------------------------------------


def test_without_stripe_the_plans_are_shown_without_amounts(client, settings, standin, site_tree, member):
    standin_url = settings.STRIPE_API_BASE
    settings.STRIPE_API_BASE = "http://127.0.0.1:9"  # nothing listens here
    client.force_login(member)
    response = client.get("/pro/")
    assert response.status_code == 200
    plans = plan_texts(response)
    assert "Maandabonnement Je betaalt per maand. Het bedrag zie je op de betaalpagina" in plans["monthly"]
    assert "Jaarabonnement Je betaalt per jaar." in plans["yearly"]
    assert "€" not in " ".join(plans.values())
    # The member can still choose; the outage is remembered for a minute instead of asked on every view.
    forms = BeautifulSoup(response.content, "html.parser").select(".pro-plan form[method=post]")
    assert [form.select_one("input[name=plan]")["value"] for form in forms] == ["monthly", "yearly"]
    settings.STRIPE_API_BASE = standin_url
    assert "€" not in " ".join(plan_texts(client.get("/pro/")).values())


def test_prices_once_read_survive_a_stripe_outage(client, settings, standin, site_tree):
    assert "€ 12,10" in plan_texts(client.get("/pro/"))["monthly"]
    settings.STRIPE_API_BASE = "http://127.0.0.1:9"
    assert "€ 12,10" in plan_texts(client.get("/pro/"))["monthly"]


def test_the_confirmation_page_works_while_stripe_is_down(client, settings, site_tree, member):
    client.force_login(member)
    response = client.get("/pro/abonneren/?plan=yearly")
    assert response.status_code == 200
    assert "Jaarabonnement" in response.content.decode()
    assert "Het bedrag zie je op de betaalpagina" in response.content.decode()


# Choosing a plan ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("plan", "price_setting", "amount"),
    [("monthly", "STRIPE_PRICE_ID", 1210), ("yearly", "STRIPE_YEARLY_PRICE_ID", 12100)],
)
def test_each_plan_checks_out_with_the_free_month(
    client, settings, standin, member, site_tree, plan, price_setting, amount
):
    client.force_login(member)
    confirmation = client.get(f"/pro/abonneren/?plan={plan}")
    assert NAMES[plan] in confirmation.content.decode()
    assert "De eerste 30 dagen zijn gratis" in confirmation.content.decode()
    checkout_and_return(client, plan)

    subscription = Subscription.objects.get(user=member)
    assert subscription.price_id == getattr(settings, price_setting)
    assert subscription.status == "trialing"
    assert abs((subscription.trial_end.timestamp() - standin.now()) - 30 * DAY) < 120
    remote = stripe_client().v1.subscriptions.retrieve(subscription.stripe_subscription_id)
    assert remote["items"].data[0].price.unit_amount == amount

    account = BeautifulSoup(client.get("/account/").content, "html.parser").select_one(
        "#account-subscription"
    )
    assert account.parent.select_one(".account-plan").get_text(strip=True) == NAMES[plan]


def test_once_the_free_month_is_used_the_yearly_plan_is_paid_at_once(
    client, settings, standin, member, site_tree
):
    client.force_login(member)
    checkout_and_return(client, "monthly")
    first = Subscription.objects.get(user=member)
    stripe_client().v1.subscriptions.cancel(first.stripe_subscription_id)
    deliver_all(client, settings, standin)
    plans = plan_texts(client.get("/pro/"))
    assert "gratis" not in " ".join(plans.values())
    checkout_and_return(client, "yearly")
    second = Subscription.objects.exclude(pk=first.pk).get(user=member)
    assert (second.status, second.trial_end, second.price_id) == (
        "active",
        None,
        settings.STRIPE_YEARLY_PRICE_ID,
    )


def test_the_monthly_and_then_the_yearly_button_give_two_checkout_sessions(client, standin, member):
    client.force_login(member)
    monthly, yearly = start_checkout(client, plan="monthly"), start_checkout(client, plan="yearly")
    assert monthly != yearly
    assert start_checkout(client, plan="yearly") == yearly  # a double click is still one session


@pytest.mark.parametrize("plan", ["lifetime", "Yearly", "price_kennisbank_pro_yearly", "yearly ", "0"])
def test_an_unknown_plan_is_refused_before_anything_reaches_stripe(client, standin, member, plan):
    client.force_login(member)
    for response in (
        client.post("/pro/abonneren/", {"plan": plan}),
        client.get("/pro/abonneren/", {"plan": plan}),
    ):
        assert response.status_code == 400
        assert "Dit abonnement bestaat niet" in response.content.decode()
    assert not BillingCustomer.objects.exists()
    assert standin.events == []


def test_an_unknown_plan_from_a_logged_out_visitor_is_refused_too(client, db):
    response = client.get("/pro/abonneren/", {"plan": "gratis"})
    assert response.status_code == 400
    assert "pro_checkout_pending" not in client.session


def test_a_logged_out_visitor_keeps_the_chosen_plan_through_sign_up(client, db):
    response = client.get("/pro/abonneren/", {"plan": "yearly"})
    assert response.status_code == 302
    assert client.session["pro_checkout_pending"] == "yearly"
    next_url = urllib.parse.parse_qs(urllib.parse.urlsplit(response["Location"]).query)["next"]
    assert next_url == ["/pro/abonneren/?plan=yearly"]


# The account page and the offer states ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("price_id", "label"),
    [
        ("price_kennisbank_pro", "Maandabonnement"),
        ("price_kennisbank_pro_yearly", "Jaarabonnement"),
        ("price_oud", None),
    ],
)
def test_the_account_page_names_the_plan_of_the_subscription(client, db, price_id, label):
    subscription = SubscriptionFactory(status="active", price_id=price_id)
    client.force_login(subscription.user)
    shown = BeautifulSoup(client.get("/account/").content, "html.parser").select_one(".account-plan")
    assert (shown.get_text(strip=True) if shown else None) == label


@pytest.mark.parametrize("status", ["past_due", "active"])
def test_members_with_pro_see_the_plans_but_no_checkout_buttons(client, standin, site_tree, status):
    user = SubscriptionFactory(status=status, price_id="price_kennisbank_pro_yearly").user
    client.force_login(user)
    response = client.get("/pro/")
    plans = plan_texts(response)
    assert "€ 121,00 per jaar" in plans["yearly"]
    assert not BeautifulSoup(response.content, "html.parser").select(".pro-plan form, .pro-plan a.button")
    assert "gratis" not in " ".join(plans.values())


def test_a_member_without_the_free_month_is_offered_both_plans(client, standin, site_tree):
    user = SubscriptionFactory(status="canceled").user
    client.force_login(user)
    response = client.get("/pro/")
    forms = BeautifulSoup(response.content, "html.parser").select(".pro-plan form[method=post]")
    assert [form.select_one("input[name=plan]")["value"] for form in forms] == ["monthly", "yearly"]
    assert "al gehad" in response.content.decode()
