"""The expert logs in, quotes a comment in a reply, previews it, and the reply appears nested under it with
the Expert badge; a reader follows the permalink to it."""

import re

import pytest
from allauth.account.models import EmailAddress
from playwright.sync_api import expect

from tests.factories import ArticlePageFactory, AuthorFactory, CommentFactory, UserFactory

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_expert_replies_in_place_and_a_reader_follows_the_permalink(live_server, page, site_tree):
    expert = UserFactory(email="expert@example.com", first_name="Joris", last_name="Verbeke")
    EmailAddress.objects.create(user=expert, email=expert.email, verified=True, primary=True)
    AuthorFactory(name="Joris Verbeke", user=expert, is_verified_expert=True, role="Trainer")
    article = ArticlePageFactory(parent=site_tree.article_index, title="Drie tips voor borging")
    reader = UserFactory(first_name="Sanne", last_name="Bakker")
    question = CommentFactory(
        page=article, user=reader, comment="Hoe houd je de sessies vol als het druk wordt?"
    )
    CommentFactory(page=article, user=expert, comment="Eerdere bijdrage van de expert.")  # no moderation hold

    page.goto(f"{live_server.url}/account/login/?next={article.url}")
    page.locator("input[name=login]").fill("expert@example.com")
    page.locator("input[name=password]").fill("test-password")
    page.locator("main form").get_by_role("button").last.click()
    expect(page).to_have_url(re.compile(re.escape(article.url)))

    page.locator(f"#c{question.pk}").get_by_role("link", name="Citeren").click()
    reply_form = page.locator(f"#c{question.pk} form.comment-form")
    textarea = reply_form.get_by_label("Je antwoord")
    quoted = "> Sanne Bakker schreef:\n> Hoe houd je de sessies vol als het druk wordt?\n\n"
    expect(textarea).to_have_value(quoted)
    textarea.press("Control+End")
    textarea.press_sequentially("1. Plan ze een jaar vooruit\n2. Laat ze nooit vervallen @san")
    reply_form.locator("[data-mention-suggestions]").get_by_role("button", name="Sanne Bakker").click()
    expect(textarea).to_have_value(re.compile(r"vervallen @Sanne Bakker $"))
    reply_form.get_by_role("button", name="Voorbeeld").click()
    preview = reply_form.locator("[data-preview-body]")
    expect(preview.locator("blockquote")).to_contain_text("Hoe houd je de sessies vol")
    expect(preview.locator("ol li").first).to_have_text("Plan ze een jaar vooruit")
    expect(preview.locator(".mention")).to_have_text("@Sanne Bakker")
    reply_form.get_by_role("button", name="Antwoord plaatsen").click()

    reply = page.locator(f"#c{question.pk} .comment-list--replies > li").first
    expect(reply.locator(".badge--expert")).to_contain_text("Expert")
    expect(reply.locator(".comment__text ol li").first).to_have_text("Plan ze een jaar vooruit")
    expect(reply.locator(".comment__text blockquote")).to_contain_text("Sanne Bakker schreef:")
    expect(reply.locator(".comment__text .mention")).to_have_text("@Sanne Bakker")
    reply_id = reply.get_attribute("id")

    page.context.clear_cookies()
    page.goto(f"{live_server.url}/reacties/{reply_id[1:]}/")
    expect(page).to_have_url(re.compile(re.escape(article.url) + "#" + reply_id + "$"))
    expect(page.locator(f"#{reply_id}")).to_be_visible()
