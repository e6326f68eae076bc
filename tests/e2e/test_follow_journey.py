"""A reader follows a topic (logging in from the topic page), hears of a new article in it by mail, and stops
those mails with the link in the mail; the account page shows the setting switched off."""

import re

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from playwright.sync_api import expect

from tests.factories import ArticlePageFactory, TopicPageFactory, UserFactory

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_follow_a_topic_get_the_new_article_and_unsubscribe(live_server, page, site_tree):
    reader = UserFactory(email="lezer@example.com")
    EmailAddress.objects.create(user=reader, email=reader.email, verified=True, primary=True)
    topic = TopicPageFactory(parent=site_tree.knowledge_base, title="Borging van verandering", is_pro=False)

    page.goto(live_server.url + topic.url)
    page.get_by_role("link", name="Log in om dit onderwerp te volgen").click()
    page.locator("input[name=login]").fill("lezer@example.com")
    page.locator("input[name=password]").fill("test-password")
    page.locator("main form").get_by_role("button").last.click()
    expect(page).to_have_url(re.compile(re.escape(topic.url) + "$"))
    page.get_by_role("button", name="Volg dit onderwerp").click()
    expect(page.get_by_text("Je volgt nu Borging van verandering.")).to_be_visible()
    expect(page.get_by_role("button", name=re.compile("Niet meer volgen"))).to_be_visible()

    mail.outbox.clear()
    article = ArticlePageFactory(
        parent=site_tree.article_index, title="Drie tips voor borging", topics=[topic], live=False
    )
    article.save_revision().publish()  # the editor publishes; the mail is queued after the commit
    (message,) = mail.outbox
    assert message.to == ["lezer@example.com"] and "Drie tips voor borging" in message.subject
    link = re.search(r"https?://\S+/afmelden/\S+/", message.body).group(0)

    page.goto(re.sub(r"^https?://[^/]+", live_server.url, link))
    page.get_by_role("button", name="Afmelden").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Je bent afgemeld")
    page.get_by_role("link", name=re.compile("mailinstellingen")).click()
    expect(page.locator("#id_new_articles")).not_to_be_checked()
    expect(page.locator("#id_replies")).to_be_checked()
    expect(page.locator("#account-follows")).to_contain_text("Borging van verandering")
