"""A reader logs in from an article to save it, saves it with the button (the script, no page load), finds it
on the account page and under Bewaard, and removes it there; a visitor follows the footer to the privacy
statement."""

import re

import pytest
from allauth.account.models import EmailAddress
from playwright.sync_api import expect

from kennisbank.models import InformationPage, SiteSettings
from tests.factories import ArticlePageFactory, UserFactory, stream

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_a_reader_saves_an_article_and_removes_it_again(live_server, page, site_tree):
    reader = UserFactory(email="lezer@example.com")
    EmailAddress.objects.create(user=reader, email=reader.email, verified=True, primary=True)
    article = ArticlePageFactory(parent=site_tree.article_index, title="Drie tips voor borging")

    page.goto(live_server.url + article.url)
    page.get_by_role("link", name="Log in om dit te bewaren").click()
    page.locator("input[name=login]").fill("lezer@example.com")
    page.locator("input[name=password]").fill("test-password")
    page.locator("main form").get_by_role("button").last.click()
    expect(page).to_have_url(re.compile(re.escape(article.url) + "$"))

    button = page.get_by_role("button", name="Bewaren")
    expect(button).to_have_attribute("aria-pressed", "false")
    page.evaluate("window.stillTheSamePage = true")
    button.click()
    saved = page.get_by_role("button", name="Bewaard")
    expect(saved).to_have_attribute("aria-pressed", "true")
    expect(page.get_by_role("status").filter(has_text="Bewaard.")).to_have_count(1)
    assert page.evaluate("window.stillTheSamePage") is True  # saved by the script, without a page load

    page.get_by_role("link", name="Mijn account").click()
    section = page.locator("section", has=page.get_by_role("heading", name="Bewaard"))
    expect(section.get_by_role("link", name="Drie tips voor borging")).to_be_visible()
    page.get_by_role("navigation", name="Accountinstellingen").get_by_role("link", name="Bewaard").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Bewaard")
    page.get_by_role("button", name=re.compile(r"^Verwijderen\s*: Drie tips voor borging$")).click()
    expect(page.get_by_text("Je hebt nog niets bewaard.")).to_be_visible()

    page.goto(live_server.url + article.url)
    expect(page.get_by_role("button", name="Bewaren")).to_have_attribute("aria-pressed", "false")


def test_a_visitor_follows_the_footer_to_the_privacy_statement(live_server, page, site_tree):
    privacy = InformationPage(
        title="Privacyverklaring",
        slug="privacyverklaring",
        intro="Welke gegevens we bewaren en waarom.",
        body=stream(
            ("heading", "Je rechten"), ("paragraph", "<p>Je downloadt alles onder Mijn account.</p>")
        ),
    )
    site_tree.home.add_child(instance=privacy)
    privacy.save_revision().publish()
    settings_row = SiteSettings.for_site(site_tree.home.get_site())
    settings_row.privacy_page = privacy
    settings_row.save()

    page.goto(live_server.url + "/")
    page.locator(".site-footer").get_by_role("link", name="Privacyverklaring").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Privacyverklaring")
    expect(page.get_by_text("Je downloadt alles onder Mijn account.")).to_be_visible()
