"""Accounts: signup and verification, login, password reset, the account page, data export, deleting an
account, two-step verification for staff, rate limits, and the allauth pages in Dutch and in our layout."""

import datetime
import json
import re
from unittest import mock

import pytest
from allauth.account.models import EmailAddress
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import get_hasher
from django.contrib.auth.models import Permission
from django.contrib.messages import get_messages
from django.core.cache import cache
from django.urls import reverse
from django.utils import translation

import membership.billing
from membership.models import BillingCustomer, Subscription, TrialClaim
from membership.status import describe
from membership.stripe_service import BillingUnavailable
from tests.factories import BillingCustomerFactory, SubscriptionFactory, UserFactory
from tests.helpers import totp_code, with_two_factor

User = get_user_model()
PASSWORD = "test-password"  # UserFactory's
NEW_PASSWORD = "Zonnebloem-Koffie-42"

# allauth's English strings that must never reach a Dutch page.
ENGLISH_ALLAUTH_STRINGS = [
    "Sign In",
    "Sign Up",
    "Sign Out",
    "Password Reset",
    "Change Password",
    "Email Addresses",
    "Two-Factor Authentication",
    "Confirm Access",
    "Verify Your Email Address",
    "Confirm Email Address",
    "Forgotten your password",
    "Authenticator App",
    "Recovery Codes",
    "Remember Me",
    "Enter your password",
]


def verified_user(**fields):
    user = UserFactory(**fields)
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    return user


def log_in(client, user, password=PASSWORD):
    """A real login through allauth, so that the session counts as recently authenticated."""
    response = client.post(reverse("account_login"), {"login": user.email, "password": password})
    assert response.status_code == 302, response.content.decode()[:2000]
    return response


def link_from(message, pattern):
    match = re.search(rf"http://testserver(/{pattern}\S*)", message.body)
    assert match, message.body
    return match.group(1)


def dutch(text_function):
    with translation.override("nl"):
        return text_function()


# The site speaks informal Dutch with one word per concept (kennisbank/vocabulary.py overrides what allauth,
# Django and Wagtail say otherwise): never "u"/"uw", "a.u.b.", "alstublieft", "aanmelden" for logging in,
# "twee-factor-authenticatie", "e-mail adres", "verificatie e-mail", "QR code", "zijn of haar".
FORMAL_OR_OFF_VOCABULARY = re.compile(
    r"\b(?:[Uu]w?|[Uu]zelf)\b|a\.u\.b\.|alstublieft|[Aa]anmeld|[Aa]fmeld|[Tt]wee-factor|e-mail adres"
    r"|verificatie e-?mail|[Bb]evestigings e-mail|QR code|zijn of haar|verificatie code|authenticator app"
)


def off_vocabulary(soup) -> list[str]:
    main = BeautifulSoup(str(soup.select_one("main") or soup), "html.parser")
    for decorative in main.select('[aria-hidden="true"]'):  # a member's initials ("U" for user1@...)
        decorative.decompose()
    return FORMAL_OR_OFF_VOCABULARY.findall(main.get_text(" ", strip=True))


def assert_dutch_page(response):
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="nl">' in html
    for english in ENGLISH_ALLAUTH_STRINGS:
        assert english not in html, f"{english!r} on {response.request['PATH_INFO']}"
    soup = BeautifulSoup(html, "html.parser")
    assert off_vocabulary(soup) == [], response.request["PATH_INFO"]
    assert soup.select_one("body.account-layout main h1")  # our layout, with one page heading
    # Every visible form control has a label.
    for control in soup.select("main input, main select, main textarea"):
        if control.get("type") in {"hidden", "submit", "button"}:
            continue
        assert control.get("id"), control
        assert soup.select_one(f'label[for="{control["id"]}"]'), control
        for described_by in control.get("aria-describedby", "").split():
            assert soup.find(id=described_by), described_by
    return soup


# Signup, verification and login -----------------------------------------------------------------


def test_signup_needs_a_verified_email_before_login(client, site_tree, mailoutbox):
    response = client.post(
        reverse("account_signup"),
        {"email": "nieuw@example.com", "password1": NEW_PASSWORD, "password2": NEW_PASSWORD},
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("account_email_verification_sent")
    assert_dutch_page(client.get(response["Location"]))
    assert [message.to for message in mailoutbox] == [["nieuw@example.com"]]
    assert User.objects.filter(email="nieuw@example.com").exists()

    # Not logged in, and logging in is refused until the address is verified.
    assert client.get(reverse("account_overview")).status_code == 302
    response = client.post(reverse("account_login"), {"login": "nieuw@example.com", "password": NEW_PASSWORD})
    assert response["Location"] == reverse("account_email_verification_sent")
    assert "_auth_user_id" not in client.session

    # The link in the mail confirms the address and logs in.
    confirm_url = link_from(mailoutbox[0], "account/confirm-email/")
    assert_dutch_page(client.get(confirm_url))
    response = client.post(confirm_url)
    assert response.status_code == 302
    assert EmailAddress.objects.get(email="nieuw@example.com").verified
    assert client.get(reverse("account_overview")).status_code == 200

    # Our mails are signed by Kennisbank with the site address.
    assert mailoutbox[0].subject.startswith("[Kennisbank] ")
    assert mailoutbox[0].body.rstrip().endswith("Kennisbank\nhttp://testserver/")


def test_login_with_wrong_password_gives_a_dutch_error(client, site_tree):
    user = verified_user()
    response = client.post(reverse("account_login"), {"login": user.email, "password": "wrong"})
    soup = assert_dutch_page(response)
    error = soup.select_one('[role="alert"]')
    assert "Het door jou opgegeven e-mailadres en/of wachtwoord is niet correct." in error.get_text()
    assert "_auth_user_id" not in client.session


def test_login_with_the_right_password_goes_to_the_account_page(client, site_tree):
    user = verified_user()
    response = log_in(client, user)
    assert response["Location"] == reverse("account_overview")


def test_duplicate_signup_with_other_case_is_enumeration_safe(client, site_tree, mailoutbox):
    verified_user(email="anna@example.com")
    response = client.post(
        reverse("account_signup"),
        {"email": "ANNA@Example.com", "password1": NEW_PASSWORD, "password2": NEW_PASSWORD},
    )
    # Exactly what a new address gets: the "check your mail" page ...
    assert response.status_code == 302
    assert response["Location"] == reverse("account_email_verification_sent")
    # ... but no second account; the owner of the address gets a mail that an account already exists.
    assert User.objects.filter(email__iexact="anna@example.com").count() == 1
    assert len(mailoutbox) == 1
    assert mailoutbox[0].to == ["anna@example.com"]
    assert "account/confirm-email/" not in mailoutbox[0].body
    assert "account/password/reset/" in mailoutbox[0].body


def test_signup_hashes_the_password_for_a_known_address_too(client, site_tree, mailoutbox):
    """No timing oracle: a new address costs a password hash, so a known one must cost the same. Counted
    on the configured hasher, not timed."""
    verified_user(email="bekend@example.com")
    hasher = get_hasher()
    calls = {}
    for email in ("nieuw@example.com", "bekend@example.com"):
        with mock.patch.object(type(hasher), "encode", autospec=True, side_effect=type(hasher).encode) as spy:
            response = client.post(
                reverse("account_signup"),
                {"email": email, "password1": NEW_PASSWORD, "password2": NEW_PASSWORD},
            )
        assert response["Location"] == reverse("account_email_verification_sent")
        calls[email] = spy.call_count
    assert calls["nieuw@example.com"] >= 1
    assert calls["bekend@example.com"] == calls["nieuw@example.com"]
    assert User.objects.filter(email="bekend@example.com").count() == 1


# Password reset ---------------------------------------------------------------------------------------


def test_password_reset_is_enumeration_safe(client, site_tree, mailoutbox):
    user = verified_user(email="bekend@example.com")
    url = reverse("account_reset_password")
    assert_dutch_page(client.get(url))

    known = client.post(url, {"email": "bekend@example.com"})
    unknown = client.post(url, {"email": "onbekend@example.com"})
    assert known.status_code == unknown.status_code == 302
    assert known["Location"] == unknown["Location"] == reverse("account_reset_password_done")
    assert_dutch_page(client.get(known["Location"]))

    # allauth (ACCOUNT_EMAIL_UNKNOWN_ACCOUNTS, on by default) mails both: only the known address gets a reset
    # link; the unknown one hears that there is no account for it.
    by_address = {message.to[0]: message for message in mailoutbox}
    assert set(by_address) == {"bekend@example.com", "onbekend@example.com"}
    assert "account/password/reset/key/" not in by_address["onbekend@example.com"].body
    reset_url = link_from(by_address["bekend@example.com"], "account/password/reset/key/")

    # The link leads to the form for a new password (the key moves into the session first).
    response = client.get(reset_url)
    assert response.status_code == 302
    assert_dutch_page(client.get(response["Location"]))
    response = client.post(response["Location"], {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD})
    assert response["Location"] == reverse("account_reset_password_from_key_done")
    assert_dutch_page(client.get(response["Location"]))
    user.refresh_from_db()
    assert user.check_password(NEW_PASSWORD)


@pytest.mark.parametrize(
    "url",
    ["/admin/password_reset/", "/admin/password_reset/done/", "/admin/password_reset/complete/"],
)
def test_wagtail_admin_password_reset_is_switched_off(client, site_tree, mailoutbox, url):
    """One reset path (allauth's, rate limited and enumeration-safe); staff reset there too."""
    staff = verified_user(email="redacteur@example.com", is_staff=True)
    assert client.get(url).status_code == 404
    assert client.post(url, {"email": staff.email}).status_code == 404
    assert mailoutbox == []


def test_wagtail_admin_password_reset_confirm_link_is_switched_off(client, site_tree):
    assert client.get("/admin/password_reset/confirm/MQ/set-password/").status_code == 404


# The account page -------------------------------------------------------------------------------------

AT = datetime.datetime(2026, 12, 27, 12, tzinfo=datetime.UTC)


@pytest.mark.parametrize(
    ("fields", "date_text", "cancel_button"),
    [
        ({"status": "trialing", "trial_end": AT}, "27 december 2026", True),
        ({"status": "active", "current_period_end": AT}, "27 december 2026", True),
        (
            {"status": "active", "current_period_end": AT, "cancel_at_period_end": True},
            "27 december 2026",
            False,
        ),
        ({"status": "past_due", "current_period_end": AT}, None, True),
        ({"status": "canceled", "ended_at": AT}, "27 december 2026", False),
    ],
)
def test_account_page_describes_the_subscription(client, site_tree, fields, date_text, cancel_button):
    user = verified_user()
    BillingCustomerFactory(user=user)
    subscription = SubscriptionFactory(user=user, **fields)
    client.force_login(user)
    response = client.get(reverse("account_overview"))
    soup = assert_dutch_page(response)
    assert response["Cache-Control"].startswith("max-age=0")  # never_cache
    status = soup.select_one(".account-status").get_text()
    assert status == dutch(lambda: describe(subscription))
    if date_text:
        assert date_text in status
    assert bool(soup.select(".account-status--warning")) is (fields["status"] == "past_due")
    forms = {form["action"] for form in soup.select("main form")}
    assert reverse("billing_portal") in forms
    assert (reverse("cancel_subscription") in forms) is cancel_button
    try_pro = soup.select_one(f'main a[href="{reverse("pro_landing")}"]')
    assert (try_pro is not None) is (fields["status"] == "canceled")


def test_account_page_without_subscription(client, site_tree):
    user = verified_user()
    client.force_login(user)
    soup = assert_dutch_page(client.get(reverse("account_overview")))
    assert soup.select_one(".account-status").get_text() == dutch(lambda: describe(None))
    # No billing account, nothing to cancel: only the forms for the profile and the mail settings.
    assert not soup.select("main form:not(.form--profile):not(.account-notifications-form)")
    assert soup.select_one(f'main a[href="{reverse("pro_landing")}"]')
    for name in ("account_email", "account_change_password", "mfa_index", "export_data", "delete_account"):
        assert soup.select_one(f'main a[href="{reverse(name)}"]'), name
    assert user.email in soup.select_one(".account-list").get_text()


def test_account_page_requires_login(client, db):
    response = client.get(reverse("account_overview"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


@pytest.mark.parametrize("staff", [True, False])
def test_account_page_on_two_step_verification(client, site_tree, staff, staff_user):
    user = staff_user if staff else verified_user()
    client.force_login(with_two_factor(user) if staff else user)
    soup = BeautifulSoup(client.get(reverse("account_overview")).content, "html.parser")
    section = soup.select_one('section[aria-labelledby="account-mfa"]').get_text(" ", strip=True)
    required = "Required for editorial staff: you need it to open the editing environment."
    recommended = (
        "Recommended: with a code from an app on your phone, a stolen password alone is not enough to get "
        "into your account."
    )
    expected, not_expected = (required, recommended) if staff else (recommended, required)
    assert dutch(lambda: translation.gettext(expected)) in section
    assert dutch(lambda: translation.gettext(not_expected)) not in section


# Data export ------------------------------------------------------------------------------------------


def test_export_contains_only_the_members_own_data(client, db):
    user = verified_user(first_name="Anna", last_name="de Vries")
    BillingCustomerFactory(user=user)
    own_subscription = SubscriptionFactory(user=user, status="active")
    TrialClaim.objects.create(user=user, email_digest="a" * 64)
    other = verified_user()
    other_customer = BillingCustomerFactory(user=other)
    other_subscription = SubscriptionFactory(user=other, status="trialing")
    TrialClaim.objects.create(user=other, email_digest="b" * 64)

    client.force_login(user)
    response = client.get(reverse("export_data"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert response["Content-Disposition"] == 'attachment; filename="kennisbank-gegevens.json"'
    assert "private" in response["Cache-Control"]
    assert "no-store" in response["Cache-Control"]
    data = json.loads(response.content)
    assert {"profile", "email_addresses", "subscriptions", "trial_claims", "comments"} <= set(data)
    assert data["profile"]["email"] == user.email
    assert data["profile"]["name"] == "Anna de Vries"
    assert {"date_joined", "last_login"} <= set(data["profile"])
    assert data["email_addresses"] == [{"email": user.email, "verified": True, "primary": True}]
    [subscription] = data["subscriptions"]
    assert subscription["stripe_subscription_id"] == own_subscription.stripe_subscription_id
    assert subscription["status"] == "active"
    assert subscription["cancel_at_period_end"] is False
    assert list(data["trial_claims"][0]) == ["claimed_at"]
    assert data["comments"] == []
    content = response.content.decode()
    foreign_ids = (other_customer.stripe_customer_id, other_subscription.stripe_subscription_id)
    for foreign in (other.email, *foreign_ids, "a" * 64, "b" * 64):
        assert foreign not in content


def test_export_requires_login_and_get(client, db):
    assert client.get(reverse("export_data")).status_code == 302
    client.force_login(verified_user())
    assert client.post(reverse("export_data")).status_code == 405


# Deleting an account ----------------------------------------------------------------------------------


@pytest.fixture
def cancel_calls(monkeypatch):
    calls = []
    monkeypatch.setattr(membership.billing, "close_billing", lambda user: calls.append(user.pk))
    return calls


def member_with_subscription():
    user = verified_user()
    BillingCustomerFactory(user=user)
    SubscriptionFactory(user=user, status="active")
    TrialClaim.objects.create(user=user, email_digest="c" * 64)
    return user


def test_delete_page_explains_what_happens(client, site_tree):
    client.force_login(verified_user())
    soup = assert_dutch_page(client.get(reverse("delete_account")))
    assert soup.select_one('main input[type="password"][autocomplete="current-password"]')
    assert len(soup.select(".account-consequences li")) == 4


def test_delete_with_wrong_password_changes_nothing(client, site_tree, cancel_calls):
    user = member_with_subscription()
    client.force_login(user)
    response = client.post(reverse("delete_account"), {"password": "wrong"})
    soup = assert_dutch_page(response)
    password = soup.select_one('main input[name="password"]')
    assert password["aria-invalid"] == "true"
    assert soup.find(id=password["aria-describedby"].split()[-1]).get_text(strip=True)
    assert cancel_calls == []
    assert User.objects.filter(pk=user.pk).exists()
    assert Subscription.objects.filter(user=user).exists()
    assert client.get(reverse("account_overview")).status_code == 200  # still logged in


def test_delete_with_password_removes_the_account(client, site_tree, cancel_calls):
    user = member_with_subscription()
    EmailAddress.objects.create(user=user, email="tweede@example.com", verified=False)
    client.force_login(user)
    response = client.post(reverse("delete_account"), {"password": PASSWORD})
    assert response.status_code == 302
    assert response["Location"] == "/"
    assert cancel_calls == [user.pk]
    assert not User.objects.filter(pk=user.pk).exists()
    assert not Subscription.objects.exists()
    assert not BillingCustomer.objects.exists()
    assert not EmailAddress.objects.exists()
    claim = TrialClaim.objects.get()  # kept, so the free month is not given twice
    assert claim.user is None
    assert "_auth_user_id" not in client.session
    assert [str(m) for m in get_messages(response.wsgi_request)] == [
        dutch(lambda: translation.gettext("Your account has been deleted."))
    ]


def test_delete_keeps_the_account_when_stripe_is_unreachable(client, site_tree, monkeypatch):
    def unavailable(user):
        raise BillingUnavailable("connection refused")

    monkeypatch.setattr(membership.billing, "close_billing", unavailable)
    user = member_with_subscription()
    client.force_login(user)
    response = client.post(reverse("delete_account"), {"password": PASSWORD})
    soup = assert_dutch_page(response)
    assert soup.select_one(".form-errors").get_text(strip=True)
    assert User.objects.filter(pk=user.pk).exists()
    assert Subscription.objects.filter(user=user).exists()
    assert client.get(reverse("account_overview")).status_code == 200


def test_superuser_cannot_delete_themselves(client, site_tree, cancel_calls):
    admin = verified_user(is_staff=True, is_superuser=True)
    client.force_login(with_two_factor(admin))
    for response in (
        client.get(reverse("delete_account")),
        client.post(reverse("delete_account"), {"password": PASSWORD}),
    ):
        assert response.status_code == 302
        assert response["Location"] == reverse("account_overview")
    assert cancel_calls == []
    assert User.objects.filter(pk=admin.pk).exists()


# Two-step verification --------------------------------------------------------------------------------


def test_staff_without_two_factor_are_sent_to_totp_activation(client, site_tree, staff_user):
    client.force_login(staff_user)
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"] == f"{reverse('mfa_activate_totp')}?next=/admin/"


def test_staff_with_two_factor_reach_the_admin(client, site_tree, staff_user):
    staff_user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(with_two_factor(staff_user))
    assert client.get("/admin/").status_code == 200


def test_totp_activation_page(client, site_tree):
    user = verified_user()
    client.force_login(user)
    # Activating asks for the password again (allauth's reauthentication) ...
    response = client.get(reverse("mfa_activate_totp"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_reauthenticate"))
    assert_dutch_page(client.get(response["Location"]))
    response = client.post(response["Location"], {"password": PASSWORD})
    assert response.status_code == 302
    # ... then shows the QR code inline and the secret as text.
    response = client.get(reverse("mfa_activate_totp"))
    soup = assert_dutch_page(response)
    assert soup.select_one('.totp-setup__qr[role="img"][aria-label] svg')
    assert "<?xml" not in response.content.decode()
    secret = soup.select_one("code#authenticator_secret").get_text()
    assert re.fullmatch(r"[A-Z2-7]{16,}", secret)
    assert soup.select_one('main input[name="code"]')


# Rate limits ------------------------------------------------------------------------------------------


@pytest.fixture
def rate_limits(settings):
    cache.clear()
    yield settings
    cache.clear()


def test_repeated_failed_logins_are_stopped(client, site_tree, rate_limits):
    rate_limits.ACCOUNT_RATE_LIMITS = {"login_failed": "3/m/ip,3/5m/key"}
    user = verified_user()
    for _attempt in range(3):
        response = client.post(reverse("account_login"), {"login": user.email, "password": "wrong"})
        assert "niet correct" in response.content.decode()
    # From the fourth attempt allauth refuses even the right password, with a form error (not a 429).
    response = client.post(reverse("account_login"), {"login": user.email, "password": PASSWORD})
    assert response.status_code == 200
    assert "Te veel inlogpogingen" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_too_many_login_requests_get_a_429(client, site_tree, rate_limits):
    rate_limits.ACCOUNT_RATE_LIMITS = {"login": "3/m/ip"}
    for _attempt in range(3):
        assert (
            client.post(reverse("account_login"), {"login": "x@example.com", "password": "x"}).status_code
            == 200
        )
    response = client.post(reverse("account_login"), {"login": "x@example.com", "password": "x"})
    assert response.status_code == 429
    assert '<html lang="nl">' in response.content.decode()


# Every allauth page: Dutch, our layout, labelled fields ---------------------------------------------


def test_entrance_pages_are_dutch(client, site_tree):
    for name in (
        "account_login",
        "account_signup",
        "account_reset_password",
        "account_reset_password_done",
        "account_reset_password_from_key_done",
        "account_email_verification_sent",
    ):
        soup = assert_dutch_page(client.get(reverse(name)))
        assert soup.select_one('meta[name="robots"][content="noindex"]'), name


def test_login_form_is_accessible(client, site_tree):
    soup = assert_dutch_page(client.get(reverse("account_login")))
    email = soup.select_one('main input[name="login"]')
    assert email["autocomplete"] == "email"
    assert soup.select_one(f'label[for="{email["id"]}"]').get_text(strip=True)
    assert soup.select_one('main button[type="submit"].button').get_text(strip=True) == "Inloggen"
    assert soup.select_one(f'main a[href="{reverse("account_reset_password")}"]')


def test_management_pages_are_dutch(client, site_tree):
    user = verified_user()
    log_in(client, user)
    for name in (
        "account_overview",
        "account_email",
        "account_change_password",
        "account_logout",
        "mfa_index",
    ):
        soup = assert_dutch_page(client.get(reverse(name)))
        nav = soup.select_one("nav.account-nav")
        assert nav, name
        assert [a["href"] for a in nav.select("a")][:2] == [reverse("account_overview"), "/account/bewaard/"]
        assert len(nav.select("a")) == 5
    current = soup.select_one('nav.account-nav a[aria-current="page"]')
    assert current["href"] == reverse("mfa_index")


def test_two_factor_pages_are_dutch(client, site_tree):
    user = with_two_factor(verified_user())
    from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes

    RecoveryCodes.activate(user)
    # Logging in now asks for the code from the app.
    response = log_in(client, user)
    assert response["Location"] == reverse("mfa_authenticate")
    assert_dutch_page(client.get(response["Location"]))

    client.force_login(user)
    response = client.get(reverse("account_reauthenticate"))
    assert_dutch_page(response)
    client.post(reverse("account_reauthenticate"), {"password": PASSWORD})
    for name in (
        "mfa_index",
        "mfa_deactivate_totp",
        "mfa_view_recovery_codes",
        "mfa_generate_recovery_codes",
    ):
        assert_dutch_page(client.get(reverse(name)))


def test_email_confirmation_with_an_invalid_key_is_dutch(client, site_tree):
    assert_dutch_page(client.get(reverse("account_confirm_email", args=["ongeldig"])))


def test_the_account_pages_speak_the_sites_informal_dutch(client, site_tree):
    """Every page allauth renders for a member and for staff, and the password rules' messages."""
    for name in ("account_login", "account_signup", "account_reset_password", "account_reset_password_done"):
        assert_dutch_page(client.get(reverse(name)))
    weak = client.post(
        reverse("account_signup"), {"email": "a@example.com", "password1": "1234", "password2": "1"}
    )
    assert off_vocabulary(BeautifulSoup(weak.content, "html.parser")) == []
    member = verified_user()
    log_in(client, member)
    for name in ("account_email", "account_change_password", "account_logout", "mfa_index"):
        assert_dutch_page(client.get(reverse(name)))
    wrong = client.post(
        reverse("account_change_password"), {"oldpassword": "fout", "password1": "x", "password2": "x"}
    )
    assert off_vocabulary(BeautifulSoup(wrong.content, "html.parser")) == []
    client.logout()
    login = BeautifulSoup(client.get(reverse("account_login")).content, "html.parser")
    assert login.h1.get_text(strip=True) == "Inloggen"  # as the header says, not "Aanmelden"


def test_staff_set_up_two_step_verification_right_after_login_and_go_on_to_the_admin(client, site_tree):
    staff = verified_user(is_staff=True)
    staff.user_permissions.add(Permission.objects.get(codename="access_admin"))
    log_in(client, staff)
    activation = client.get("/admin/")["Location"]
    response = client.get(activation)
    assert response.status_code == 200  # no second password prompt straight after logging in
    soup = BeautifulSoup(response.content, "html.parser")
    form = soup.select_one("main form")
    assert form["action"] == f"{reverse('mfa_activate_totp')}?next=%2Fadmin%2F"
    secret = soup.select_one("code#authenticator_secret").get_text()
    response = client.post(form["action"], {"code": totp_code(secret)})
    assert response.status_code == 302
    assert response["Location"] == f"{reverse('mfa_view_recovery_codes')}?next=%2Fadmin%2F"
    codes = BeautifulSoup(client.get(response["Location"]).content, "html.parser")
    assert codes.select_one("#recovery_codes")  # the codes are shown to be saved ...
    go_on = codes.select_one(".recovery-codes__continue a")
    assert go_on["href"] == "/admin/"  # ... and then the way on
    assert client.get(go_on["href"]).status_code == 200


def test_a_later_change_to_two_step_verification_still_asks_for_the_password(client, site_tree, monkeypatch):
    staff = verified_user(is_staff=True)
    log_in(client, staff)
    monkeypatch.setattr("time.time", lambda: 10**12)  # long after the login
    response = client.get(reverse("mfa_activate_totp"))
    assert response["Location"].startswith(reverse("account_reauthenticate"))


def test_next_that_leaves_the_site_is_dropped(client, site_tree):
    staff = verified_user(is_staff=True)
    log_in(client, staff)
    response = client.get(f"{reverse('mfa_activate_totp')}?next=https://evil.example/")
    form = BeautifulSoup(response.content, "html.parser").select_one("main form")
    assert form["action"] == reverse("mfa_activate_totp")


def test_a_member_sets_the_name_others_see_above_their_comments(client, article):
    from discussion.models import DiscussionComment
    from discussion.service import post_comment

    member = verified_user(email="j.jansen@example.com", first_name="", last_name="")
    comment = post_comment(user=member, page=article, text="Mijn eerste reactie")
    DiscussionComment.objects.filter(pk=comment.pk).update(is_public=True)
    assert DiscussionComment.objects.get(pk=comment.pk).user_name == "j.jansen"
    client.force_login(member)
    page = BeautifulSoup(client.get("/account/").content, "html.parser")
    assert page.select_one("#account-profile input[name=first_name]")

    response = client.post("/account/naam/", {"first_name": "  Jan \n", "last_name": "Jansen"})
    assert response.status_code == 302
    member.refresh_from_db()
    assert (member.first_name, member.last_name) == ("Jan", "Jansen")
    assert DiscussionComment.objects.get(pk=comment.pk).user_name == "Jan Jansen"
    assert "Jan Jansen" in client.get(article.url).content.decode()


@pytest.mark.parametrize(
    "first_name, last_name",
    [("Jan", "https://spam.example"), ("www.koopnu.nl", ""), ("Jan", "x" * 60), ("a@b.nl", "")],
)
def test_a_name_that_is_a_link_or_too_long_is_refused_and_nothing_changes(
    client, site_tree, first_name, last_name
):
    member = verified_user(first_name="Oud", last_name="Naam")
    client.force_login(member)
    response = client.post("/account/naam/", {"first_name": first_name, "last_name": last_name}, follow=True)
    assert response.status_code == 200
    assert [m.level_tag for m in response.context["messages"]] == ["error"]
    member.refresh_from_db()
    assert (member.first_name, member.last_name) == ("Oud", "Naam")


def test_the_name_form_only_takes_a_post(client, site_tree):
    client.force_login(verified_user())
    assert client.get("/account/naam/").status_code == 405
