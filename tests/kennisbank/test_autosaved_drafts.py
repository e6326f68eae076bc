"""Drafts that Wagtail's autosave makes from a new-page form its editor leaves (kennisbank/drafts.py): they
do not block the same title, and the scheduler removes them; drafts saved on purpose or open stay."""

import datetime

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.utils import timezone
from wagtail.admin.models import EditingSession
from wagtail.models import Page

from articles.models import ArticlePage
from kennisbank.models import AutosavedDraft
from tests.articles.forms import article_form, form_data
from tests.factories import AuthorFactory, TopicPageFactory, UserFactory
from tests.helpers import with_two_factor

SLUG = "concept-over-borging"  # article_form's slug


def editor():
    return with_two_factor(UserFactory(is_staff=True, is_superuser=True))


@pytest.fixture
def new_article(site_tree):
    """(url of the new-article form, its form data)."""
    topic = TopicPageFactory(parent=site_tree.knowledge_base)
    fields = form_data(article_form(AuthorFactory(), topic, "Concept over borging"))
    return f"/admin/pages/add/articles/articlepage/{site_tree.article_index.pk}/", fields


def autosave(client, url, data):
    """What the editor's browser does while they type in a new-page form."""
    response = client.post(url, data, HTTP_ACCEPT="application/json")
    assert response.json()["success"], response.content
    return Page.objects.get(pk=response.json()["pk"])


def start_again(client, url, data, title="Concept over borging, opnieuw"):
    return client.post(url, {**data, "title": title})


def test_an_abandoned_autosave_does_not_block_the_same_title(client, new_article):
    url, data = new_article
    client.force_login(editor())
    left_behind = autosave(client, url, data)
    assert AutosavedDraft.objects.filter(page=left_behind).exists()
    response = start_again(client, url, data)
    assert response.status_code == 302, response.content.decode()[:1000]
    [page] = ArticlePage.objects.filter(slug=SLUG)
    assert page.title == "Concept over borging, opnieuw"
    assert not Page.objects.filter(pk=left_behind.pk).exists()
    assert not AutosavedDraft.objects.filter(page=page).exists()  # saved on purpose


def test_a_draft_open_in_an_editor_keeps_its_slug(client, new_article):
    url, data = new_article
    user = editor()
    client.force_login(user)
    open_draft = autosave(client, url, data)
    EditingSession.objects.create(
        user=user,
        content_type=ContentType.objects.get_for_model(Page),
        object_id=str(open_draft.pk),
        last_seen_at=timezone.now(),
    )
    response = start_again(client, url, data)
    assert response.status_code == 200
    assert "is al in gebruik" in response.content.decode()
    assert Page.objects.filter(pk=open_draft.pk).exists()


def test_a_draft_saved_on_purpose_keeps_its_slug(client, new_article):
    url, data = new_article
    client.force_login(editor())
    draft = autosave(client, url, data)
    assert client.post(f"/admin/pages/{draft.pk}/edit/", data).status_code == 302  # "Concept opslaan"
    assert not AutosavedDraft.objects.filter(page=draft).exists()
    response = start_again(client, url, data)
    assert "is al in gebruik" in response.content.decode()
    assert Page.objects.filter(pk=draft.pk).exists()


def test_another_editors_abandoned_draft_waits_for_the_scheduler(client, new_article):
    url, data = new_article
    client.force_login(editor())
    theirs = autosave(client, url, data)
    client.force_login(editor())
    assert "is al in gebruik" in start_again(client, url, data).content.decode()
    assert Page.objects.filter(pk=theirs.pk).exists()


def test_the_scheduler_deletes_drafts_abandoned_for_a_day(client, new_article, site_tree):
    url, data = new_article
    client.force_login(editor())
    old = autosave(client, url, data)
    recent = autosave(client, url, {**data, "slug": "recent"})
    kept = autosave(client, url, {**data, "slug": "bewust-bewaard"})
    client.post(f"/admin/pages/{kept.pk}/edit/", {**data, "slug": "bewust-bewaard"})
    two_days_ago = timezone.now() - datetime.timedelta(days=2)
    Page.objects.filter(pk__in=[old.pk, kept.pk]).update(latest_revision_created_at=two_days_ago)
    call_command("run_scheduler", "--once")
    assert not Page.objects.filter(pk=old.pk).exists()
    assert Page.objects.filter(pk=recent.pk).exists()  # perhaps still being written
    assert Page.objects.filter(pk=kept.pk).exists()  # saved on purpose
