import subprocess
import sys

import pytest
from bs4 import BeautifulSoup
from django.db import OperationalError
from django.test import Client
from django.urls import path, reverse

from kennisbank import urls as project_urls


def test_unknown_url_gives_a_dutch_404(client, site_tree):
    response = client.get("/bestaat-niet/")
    assert response.status_code == 404
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.h1.get_text(strip=True) == "Pagina niet gevonden"
    assert soup.html["lang"] == "nl"


def _boom(request):
    raise RuntimeError("boom")


def _database_down(request):
    raise OperationalError("connection to server at 127.0.0.1, port 5432 failed: Connection refused")


urlpatterns = [path("boom/", _boom), path("database-weg/", _database_down), *project_urls.urlpatterns]
handler500 = project_urls.handler500


@pytest.mark.urls("tests.kennisbank.test_site")
def test_server_error_gives_the_dutch_500_page(db):
    client = Client(raise_request_exception=False)
    response = client.get("/boom/")
    assert response.status_code == 500
    assert "Er ging iets mis" in response.content.decode()


@pytest.mark.urls("tests.kennisbank.test_site")
def test_database_down_gives_a_dutch_503_that_says_to_retry(db):
    response = Client(raise_request_exception=False).get("/database-weg/")
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    html = response.content.decode()
    assert "Even niet bereikbaar" in html and "Traceback" not in html and "5432" not in html
    assert "/static/error-page.css" in html and "<style" not in html  # the site's CSP allows no inline style


def test_public_urls_are_dutch():
    """Like the site. Technical endpoints (/admin/, /feed/, /healthz/, /stripe/webhook/, /sitemap.xml) and
    allauth's pages under /account/ keep their usual names."""
    assert {
        name: reverse(name, args=args)
        for name, args in [
            ("pro_landing", []),
            ("pro_start_checkout", []),
            ("pro_checkout_success", []),
            ("billing_portal", []),
            ("cancel_subscription", []),
            ("delete_account", []),
            ("export_data", []),
            ("author_list", []),
            ("author_detail", ["jan-jansen"]),
            ("set_language", []),
            ("wagtaildocs_serve", [1, "werkblad.pdf"]),
        ]
    } == {
        "pro_landing": "/pro/",
        "pro_start_checkout": "/pro/abonneren/",
        "pro_checkout_success": "/pro/welkom/",
        "billing_portal": "/account/abonnement/beheren/",
        "cancel_subscription": "/account/abonnement/opzeggen/",
        "delete_account": "/account/verwijderen/",
        "export_data": "/account/gegevens/",
        "author_list": "/auteurs/",
        "author_detail": "/auteurs/jan-jansen/",
        "set_language": "/taal/",
        "wagtaildocs_serve": "/documenten/1/werkblad.pdf",
    }


def test_english_is_a_choice_not_a_browser_default(client, site_tree):
    assert (
        BeautifulSoup(client.get("/", HTTP_ACCEPT_LANGUAGE="en").content, "html.parser").html["lang"] == "nl"
    )
    response = client.post("/taal/", {"language": "en", "next": "/"})
    assert response.status_code == 302
    soup = BeautifulSoup(client.get("/").content, "html.parser")
    assert soup.html["lang"] == "en"
    assert soup.find("a", class_="skip-link").get_text(strip=True) == "Skip to content"


def test_the_menu_speaks_one_language(client, site_tree):
    def menu():
        soup = BeautifulSoup(client.get("/").content, "html.parser")
        return [link.get_text(strip=True) for link in soup.select(".site-nav a")]

    dutch = menu()
    assert {site_tree.article_index.title, site_tree.knowledge_base.title, "Auteurs"} <= set(dutch)
    client.post("/taal/", {"language": "en", "next": "/"})
    assert menu() == ["Articles", "Knowledge base", "Authors"]


def test_dutch_interface_strings_are_translated(client, site_tree):
    soup = BeautifulSoup(client.get("/").content, "html.parser")
    assert soup.find("a", class_="skip-link").get_text(strip=True) == "Naar de inhoud"


PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "kennisbank.settings.production",
    "SECRET_KEY": "x" * 50,
    "DATABASE_URL": "postgres://u@127.0.0.1/db",
    "ALLOWED_HOSTS": "kennisbank.example",
    "SITE_URL": "https://kennisbank.example",
    "EMAIL_HOST": "smtp.example",
    "STRIPE_SECRET_KEY": "sk_test_x",
    "STRIPE_WEBHOOK_SECRET": "whsec_x",
    "STRIPE_PRICE_ID": "price_x",
    "STRIPE_YEARLY_PRICE_ID": "price_y",
    "PATH": "/usr/bin:/bin",
}


def start_production(env, code="import django; django.setup()"):
    """Import the production settings in a fresh interpreter, as a deploy would."""
    return subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)


@pytest.mark.parametrize("missing", sorted(set(PRODUCTION_ENV) - {"DJANGO_SETTINGS_MODULE", "PATH"}))
def test_production_refuses_to_start_without_its_settings(missing):
    env = {name: value for name, value in PRODUCTION_ENV.items() if name != missing}
    result = start_production(env)
    assert result.returncode != 0
    assert missing in result.stderr


def test_production_settings_load_when_complete():
    code = "import django; django.setup(); from django.conf import settings; print(settings.DEBUG)"
    result = start_production(PRODUCTION_ENV, code)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


def test_production_refuses_a_stripe_stand_in():
    result = start_production({**PRODUCTION_ENV, "STRIPE_API_BASE": "http://127.0.0.1:12111"})
    assert result.returncode != 0
    assert "STRIPE_API_BASE" in result.stderr


def test_favicon_ico_leads_to_a_real_icon(client, db):
    from django.contrib.staticfiles import finders

    response = client.get("/favicon.ico")
    assert response.status_code == 302
    assert response["Location"].endswith("favicon.ico") and "max-age=86400" in response["Cache-Control"]
    icon = finders.find("favicon.ico")
    with open(icon, "rb") as file:
        assert file.read(4) == b"\x00\x00\x01\x00"  # the ICO header


def test_the_header_folds_behind_a_menu_button_that_works_without_script(client, site_tree):
    soup = BeautifulSoup(client.get("/").content, "html.parser")
    button = soup.select_one(".site-header .menu-toggle")
    menu = soup.select_one(f"#{button['aria-controls']}")
    assert button.has_attr("hidden") and button["aria-expanded"] == "false"  # script shows it
    assert (
        menu.select_one(".site-nav")
        and menu.select_one(".user-nav")
        and menu.select_one("form[role=search], .search-box")
    )


def test_my_account_is_marked_current_on_the_account_pages(client, site_tree):
    from tests.factories import UserFactory

    client.force_login(UserFactory())
    link = BeautifulSoup(client.get("/account/").content, "html.parser").select_one(
        ".user-nav a[href='/account/']"
    )
    assert link["aria-current"] == "page"
    home = BeautifulSoup(client.get("/").content, "html.parser").select_one(".user-nav a[href='/account/']")
    assert not home.has_attr("aria-current")


def test_the_header_says_who_is_signed_in(client, site_tree):
    from tests.factories import UserFactory

    assert not BeautifulSoup(client.get("/").content, "html.parser").select_one(".user-nav a[title]")
    client.force_login(UserFactory(email="jan@example.com"))
    link = BeautifulSoup(client.get("/").content, "html.parser").select_one(".user-nav a[href='/account/']")
    assert link["title"] == "Ingelogd als jan@example.com"  # also what benchmarks/soak.py checks per member


def test_the_web_process_leaves_what_it_loaded_out_of_the_collectors_full_passes():
    result = start_production(
        PRODUCTION_ENV, "import gc, kennisbank.wsgi; print(gc.get_freeze_count(), len(gc.get_objects()))"
    )
    assert result.returncode == 0, result.stderr
    frozen, walked = map(int, result.stdout.split())
    assert frozen > 10 * walked  # Django, Wagtail and the apps: never walked again
