"""The Content-Security-Policy (kennisbank/content_security.py) and Django's deployment checks.
The browser tests (tests/e2e) fail on any violation the policy reports, on the site and in the admin."""

import secrets

import pytest
from bs4 import BeautifulSoup

from tests.kennisbank.test_site import PRODUCTION_ENV, start_production

CSP = "Content-Security-Policy"
CSP_REPORT_ONLY = "Content-Security-Policy-Report-Only"


def directives(header: str) -> dict[str, list[str]]:
    parts = (part.split() for part in header.split(";") if part.strip())
    return {name: values for name, *values in parts}


def test_the_site_allows_only_its_own_scripts_and_styles(client, article):
    header = client.get(article.url)[CSP]
    assert "'unsafe-inline'" not in header and "'unsafe-eval'" not in header
    policy = directives(header)
    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["base-uri"] == ["'self'"]


def test_forms_may_go_on_to_the_payment_pages(client, site_tree, settings):
    settings.STRIPE_API_BASE = "http://127.0.0.1:12111"  # the stand-in in development
    assert directives(client.get("/pro/")[CSP])["form-action"] == ["'self'", "http://127.0.0.1:12111"]
    settings.STRIPE_API_BASE = None  # production: Stripe's own hosted pages
    assert directives(client.get("/pro/")[CSP])["form-action"] == [
        "'self'",
        "https://checkout.stripe.com",
        "https://billing.stripe.com",
    ]


def test_the_admin_has_a_policy_of_its_own(client, site_tree):
    policy = directives(client.get("/admin/login/")[CSP])
    assert "'unsafe-inline'" in policy["style-src"]
    assert policy["object-src"] == ["'none'"]
    assert policy["connect-src"] == ["'self'"]


def test_kept_policies_stay_apart_for_the_site_and_the_admin_in_a_row(client, site_tree):
    """Each process builds a policy once and keeps it (content_security.py); the site's and the admin's
    alternate without taking each other's place."""
    answers = [
        directives(client.get(path)[CSP])["style-src"]
        for path in ("/", "/admin/login/", "/", "/admin/login/")
    ]
    assert answers == [["'self'"], ["'self'", "'unsafe-inline'"]] * 2


def test_report_only_sends_the_same_policy_without_enforcing_it(client, article, settings):
    enforced = client.get(article.url)[CSP]
    settings.CSP_REPORT_ONLY = True
    settings.CSP_REPORT_URI = "/csp-rapport/"
    response = client.get(article.url)
    assert CSP not in response
    assert directives(response[CSP_REPORT_ONLY]) == {**directives(enforced), "report-uri": ["/csp-rapport/"]}


@pytest.mark.parametrize(
    "path", ["/", "/artikelen/", "ARTICLE", "/kennisbank/", "/pro/", "/zoeken/?q=borging"]
)
def test_rendered_pages_carry_no_inline_script_or_style(client, article, path):
    html = client.get(article.url if path == "ARTICLE" else path, follow=True).content
    soup = BeautifulSoup(html, "html.parser")
    for script in soup.find_all("script"):
        assert script.get("src") or script.get("type") in ("application/ld+json", "application/json"), script
    for element in soup.find_all(True):
        assert "style" not in element.attrs, element
        assert not [name for name in element.attrs if name.startswith("on")], element
    assert not soup.find_all("style")


def test_production_passes_the_deployment_checks():
    env = {**PRODUCTION_ENV, "SECRET_KEY": secrets.token_urlsafe(50)}
    code = "from django.core.management import execute_from_command_line as run; "
    code += "run(['manage.py', 'check', '--deploy', '--fail-level', 'WARNING'])"
    result = start_production(env, code)
    assert result.returncode == 0, result.stderr + result.stdout


def test_hsts_preload_is_an_opt_in_that_the_checks_then_see():
    code = "import django; django.setup(); from django.conf import settings; "
    code += "print(settings.SECURE_HSTS_PRELOAD, 'security.W021' in settings.SILENCED_SYSTEM_CHECKS)"
    assert start_production(PRODUCTION_ENV, code).stdout.split() == ["False", "True"]
    opted_in = start_production({**PRODUCTION_ENV, "SECURE_HSTS_PRELOAD": "1"}, code)
    assert opted_in.stdout.split() == ["True", "False"]
