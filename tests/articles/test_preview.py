"""Previews in the Wagtail admin, for every page type: unsaved form data (a new page and an edited one), the
draft ("Bekijk concept") and an old revision. In a preview, relations are modelcluster's in-memory querysets,
so page contexts must not call manager methods on them."""

import pytest
from allauth.account.models import EmailAddress
from wagtail.test.utils.form_data import inline_formset

from tests.articles.forms import BODY_MARK, MARK, article_form, form_data, home_form, index_form, topic_form
from tests.factories import ArticlePageFactory, AuthorFactory, TopicPageFactory, UserFactory
from tests.helpers import with_two_factor


@pytest.fixture
def admin_client(client, site_tree):
    client.force_login(with_two_factor(UserFactory(is_staff=True, is_superuser=True)))
    return client


@pytest.fixture
def topic(site_tree):
    return TopicPageFactory(parent=site_tree.knowledge_base, title="Borging van verandering")


def preview(client, url, fields):
    """POST the form to Wagtail's preview view (as the preview panel does), then render it."""
    state = client.post(url, form_data(fields)).json()
    assert state == {"is_valid": True, "is_available": True}
    response = client.get(url, {"mode": ""})
    assert response.status_code == 200
    return response.content.decode()


def test_preview_of_a_new_article_from_form_data(admin_client, site_tree, topic):
    author = AuthorFactory(name="Anouk de Vries")
    url = f"/admin/pages/add/articles/articlepage/{site_tree.article_index.pk}/preview/"
    html = preview(admin_client, url, article_form(author, topic, "Concept over borging"))
    assert MARK in html and BODY_MARK in html
    assert "Anouk de Vries" in html
    assert "Borging van verandering" in html  # its topics, from the form


def test_preview_of_a_new_article_for_an_editor_who_may_comment(client, site_tree, topic):
    """The discussion section offers a comment form to a verified member: a new page has nowhere to post."""
    editor = with_two_factor(UserFactory(is_staff=True, is_superuser=True))
    EmailAddress.objects.create(user=editor, email=editor.email, verified=True, primary=True)
    client.force_login(editor)
    url = f"/admin/pages/add/articles/articlepage/{site_tree.article_index.pk}/preview/"
    assert MARK in preview(client, url, article_form(AuthorFactory(), topic, "Concept over borging"))
    article = ArticlePageFactory(parent=site_tree.article_index)
    edited = {**article_form(AuthorFactory(), topic, "Nieuwe titel"), "slug": article.slug}
    html = preview(client, f"/admin/pages/{article.pk}/edit/preview/", edited)
    assert f"/reacties/plaatsen/{article.pk}/" in html  # a saved page keeps its discussion


def test_preview_of_an_edited_article_from_form_data(admin_client, site_tree, topic):
    article = ArticlePageFactory(parent=site_tree.article_index, title="Oude titel")
    author = AuthorFactory(name="Anouk de Vries")
    fields = {**article_form(author, topic, "Nieuwe titel"), "slug": article.slug}
    html = preview(admin_client, f"/admin/pages/{article.pk}/edit/preview/", fields)
    assert "Nieuwe titel" in html and BODY_MARK in html and "Borging van verandering" in html
    article.refresh_from_db()
    assert article.title == "Oude titel"  # a preview changes nothing


def test_preview_of_a_new_and_an_edited_topic(admin_client, site_tree, topic):
    ArticlePageFactory(parent=site_tree.article_index, title="Een gekoppeld artikel", topics=[topic])
    new_url = f"/admin/pages/add/articles/topicpage/{site_tree.knowledge_base.pk}/preview/"
    assert "Nieuw onderwerp" in preview(admin_client, new_url, topic_form(topic, "Nieuw onderwerp"))
    chosen = ArticlePageFactory(parent=site_tree.article_index, title="Een door de redactie gekozen artikel")
    edited = {
        **topic_form(topic, "Herzien onderwerp"),
        "slug": topic.slug,
        "related_articles": inline_formset([{"article": str(chosen.pk), "ORDER": "1"}]),
    }
    html = preview(admin_client, f"/admin/pages/{topic.pk}/edit/preview/", edited)
    assert "Herzien onderwerp" in html and MARK in html and BODY_MARK in html
    assert "Een gekoppeld artikel" in html
    assert "Een door de redactie gekozen artikel" in html  # curated in the form, not saved


def test_preview_of_the_home_page_and_the_indexes(admin_client, site_tree, topic):
    home = site_tree.home
    html = preview(admin_client, f"/admin/pages/{home.pk}/edit/preview/", home_form(topic, "Nieuwe kop"))
    assert MARK in html and "Borging van verandering" in html
    for page in (site_tree.article_index, site_tree.knowledge_base):
        url = f"/admin/pages/{page.pk}/edit/preview/"
        html = preview(admin_client, url, index_form("Andere titel", page.slug))
        assert MARK in html and "Andere titel" in html


@pytest.mark.parametrize("kind", ["article", "topic", "home", "article_index", "knowledge_base"])
def test_draft_and_revision_previews(admin_client, site_tree, topic, kind):
    pages = {
        "article": lambda: ArticlePageFactory(parent=site_tree.article_index, topics=[topic]),
        "topic": lambda: topic,
        "home": lambda: site_tree.home,
        "article_index": lambda: site_tree.article_index,
        "knowledge_base": lambda: site_tree.knowledge_base,
    }
    page = pages[kind]().specific
    first = page.save_revision()
    page.title = "Concepttitel die nog niet live staat"
    draft = page.save_revision()
    response = admin_client.get(f"/admin/pages/{page.pk}/view_draft/")
    assert response.status_code == 200
    assert "Concepttitel die nog niet live staat" in response.content.decode()
    for revision in (first, draft):
        response = admin_client.get(f"/admin/pages/{page.pk}/revisions/{revision.pk}/view/")
        assert response.status_code == 200
        assert revision.as_object().title in response.content.decode()
