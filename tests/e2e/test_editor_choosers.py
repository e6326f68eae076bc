"""An editor chooses an article's authors and topics by typing, not by scrolling a multi-select."""

import pytest
from django.test import Client
from playwright.sync_api import expect

from articles.models import ArticlePage
from tests.factories import ArticlePageFactory, AuthorFactory, TopicPageFactory, UserFactory
from tests.helpers import with_two_factor

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def sign_in(page, live_server, user):
    """The admin's own sign-in (allauth with two-factor) is tested elsewhere; here the session is given."""
    client = Client()
    client.force_login(user)
    page.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )


def test_editor_chooses_authors_and_topics_by_typing(live_server, page, site_tree):
    # A superuser: an earlier transactional test may have flushed Wagtail's "Editors" group; the choosers
    # are the same for every editor (their permissions are tested in tests/articles).
    editor = with_two_factor(UserFactory(is_staff=True, is_superuser=True))
    first_author = AuthorFactory(name="Anouk de Vries")
    AuthorFactory(name="Bram Bakker")
    for number in range(30):
        AuthorFactory(name=f"Collega {number}")
    TopicPageFactory(parent=site_tree.knowledge_base, title="Feedback geven")
    TopicPageFactory(parent=site_tree.knowledge_base, title="Borging na verandering")
    article = ArticlePageFactory(parent=site_tree.article_index, authors=[first_author])
    sign_in(page, live_server, editor)

    page.goto(f"{live_server.url}/admin/pages/{article.pk}/edit/")
    authors = page.get_by_role("combobox", name="Auteurs")
    expect(page.get_by_role("list", name="Gekozen").first).to_contain_text("Anouk de Vries")
    authors.press_sequentially("bakk", delay=20)
    options = page.get_by_role("option")
    expect(options).to_have_count(1)
    expect(options.first).to_have_text("Bram Bakker")
    expect(authors).to_have_attribute("aria-expanded", "true")
    authors.press("Enter")
    expect(authors).to_have_value("")
    expect(authors).to_have_attribute("aria-expanded", "false")

    topics = page.get_by_role("combobox", name="Onderwerpen")
    topics.press_sequentially("borging", delay=20)
    page.get_by_role("option", name="Borging na verandering").click()

    page.get_by_role("button", name="Verwijder Anouk de Vries").click()
    page.get_by_role("button", name="Bewaar concept").click()
    expect(page.get_by_text("is gewijzigd").first).to_be_visible()

    draft = ArticlePage.objects.get(pk=article.pk).get_latest_revision_as_object()
    assert [author.name for author in draft.authors.all()] == ["Bram Bakker"]
    assert [topic.title for topic in draft.topics.all()] == ["Borging na verandering"]
