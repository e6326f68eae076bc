"""A moderator works the comments as a person would: approves a waiting comment with its checkbox, blocks a
member after the confirmation page, hides a comment from the article itself, restores it, unblocks the
member, and reads it all back in Wagtail's site history."""

import re

import pytest
from django.conf import settings
from django.test import Client
from playwright.sync_api import expect

from discussion.service import post_comment
from tests.discussion.helpers import established, member, moderators_group
from tests.factories import UserFactory
from tests.helpers import with_two_factor

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def dutch_page(browser):
    context = browser.new_context(locale="nl-NL", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()


def signed_in(page, live_server, user):
    """The moderator's session (password and two-factor login are covered by the account tests)."""
    client = Client()
    client.force_login(user)
    cookie = client.cookies[settings.SESSION_COOKIE_NAME]
    page.context.add_cookies([{"name": cookie.key, "value": cookie.value, "url": live_server.url}])


def test_a_moderator_works_the_comments(live_server, dutch_page, article):
    page = dutch_page
    moderator = with_two_factor(UserFactory(is_staff=True, first_name="Mo", last_name="Derator"))
    moderator.groups.add(moderators_group())
    welcome = post_comment(user=member(first_name="Welkom"), page=article, text="Een goede eerste vraag")
    spam = post_comment(user=member(first_name="Spammer"), page=article, text="Koop nu goedkope cursussen")
    writer = established(member(first_name="Sanne"), article)
    sharp = post_comment(user=writer, page=article, text="Een scherpe opmerking")
    signed_in(page, live_server, moderator)

    page.goto(f"{live_server.url}/admin/reacties/")
    page.locator(f"#select-{welcome.pk}").check()
    page.get_by_role("button", name="Gekozen goedkeuren").click()
    expect(page.get_by_text("De reactie is gepubliceerd.")).to_be_visible()
    expect(page.locator(f"#moderation-{welcome.pk}")).to_have_count(0)

    page.locator(f"#moderation-{spam.pk}").get_by_role("link", name="Lid blokkeren").click()
    expect(page.locator(".moderation-block-confirm")).to_contain_text("Koop nu goedkope cursussen")
    page.get_by_label("Reden voor de blokkade (optioneel)").fill("Reclame")
    page.get_by_role("button", name="Ja, blokkeer dit lid").click()
    expect(page.get_by_text("kan niet meer reageren")).to_be_visible()

    page.goto(f"{live_server.url}{article.url}")
    page.locator(f"#c{sharp.pk}").get_by_role("button", name="Verbergen").click()
    expect(page).to_have_url(re.compile(re.escape(article.url) + f"#c{sharp.pk}$"))
    expect(page.get_by_text("Een scherpe opmerking")).to_have_count(0)
    expect(page.get_by_text("Een goede eerste vraag")).to_be_visible()

    page.goto(f"{live_server.url}/admin/reacties/alle/?verborgen=1")
    page.locator(f"tr[data-comment-id='{sharp.pk}']").get_by_role("button", name="Terugzetten").click()
    expect(page.get_by_text("De reactie is weer zichtbaar.")).to_be_visible()

    page.get_by_role("link", name="Geblokkeerde leden").click()
    row = page.locator("tr.blocked-member")
    expect(row).to_contain_text("Reclame")
    expect(row).to_contain_text("Mo Derator")
    row.get_by_role("button", name="Blokkade opheffen").click()
    expect(page.get_by_text("mag weer reageren")).to_be_visible()
    expect(page.locator("tr.blocked-member")).to_have_count(0)

    page.get_by_role("link", name="Logboek").click()
    for entry in ("Reactie goedgekeurd", "Lid mag niet meer reageren", "Verborgen reactie teruggezet"):
        expect(page.get_by_text(entry).first).to_be_visible()

    page.context.clear_cookies()
    page.goto(f"{live_server.url}{article.url}")
    expect(page.get_by_text("Een scherpe opmerking")).to_be_visible()
