"""One source of truth for the site's address (kennisbank/site_address.py): SITE_URL, which `make run` sets
from PORT. Canonical, og:url, JSON-LD, sitemap, feed, robots.txt and mails all say it, whatever Host asked."""

import shutil
import subprocess

from bs4 import BeautifulSoup
from django.contrib.sites.models import Site as DjangoSite
from wagtail.models import Site

from kennisbank.site_address import sync_site_records
from tests.factories import AuthorFactory

ADDRESS = "http://127.0.0.1:8600"


def served_at(settings, address=ADDRESS):
    settings.WAGTAILADMIN_BASE_URL = address
    sync_site_records()


def test_migrate_brings_the_site_records_in_line(settings, site_tree):
    served_at(settings)
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port, site.root_url) == ("127.0.0.1", 8600, ADDRESS)
    assert DjangoSite.objects.get_current().domain == "127.0.0.1:8600"
    served_at(settings, "https://kennisbank.example")
    site.refresh_from_db()
    assert site.root_url == "https://kennisbank.example"
    assert DjangoSite.objects.get_current().domain == "kennisbank.example"


def test_every_absolute_link_says_the_configured_address(client, settings, article):
    served_at(settings)
    author = AuthorFactory(name="Anouk de Vries")
    head = BeautifulSoup(client.get(article.url, HTTP_HOST="localhost").content, "html.parser")
    assert head.find("link", rel="canonical")["href"] == f"{ADDRESS}{article.url}"
    assert head.find("meta", property="og:url")["content"] == f"{ADDRESS}{article.url}"
    assert f'"url": "{ADDRESS}{article.url}"' in str(head.find("script", type="application/ld+json"))
    author_page = BeautifulSoup(client.get(f"{author.get_absolute_url()}?x=1").content, "html.parser")
    assert author_page.find("link", rel="canonical")["href"] == f"{ADDRESS}{author.get_absolute_url()}"
    assert f"Sitemap: {ADDRESS}/sitemap.xml" in client.get("/robots.txt").content.decode()
    assert f"<loc>{ADDRESS}/sitemap-" in client.get("/sitemap.xml").content.decode()
    assert f"<loc>{ADDRESS}{article.url}</loc>" in client.get("/sitemap-pages.xml").content.decode()
    assert f"<link>{ADDRESS}{article.url}</link>" in client.get("/feed/").content.decode()


def test_make_run_gives_every_command_the_address_of_its_port():
    make = shutil.which("make")
    dry_run = subprocess.run([make, "-n", "run", "PORT=8600"], capture_output=True, text=True, check=True)
    commands = [line for line in dry_run.stdout.splitlines() if "manage.py" in line]
    for command in ("migrate", "load_demo_content", "run_scheduler", "runserver 127.0.0.1:8600"):
        assert any(f"SITE_URL={ADDRESS} " in line and command in line for line in commands), command
