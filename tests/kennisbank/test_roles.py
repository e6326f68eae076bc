"""The editorial roles (kennisbank/migrations/0003_editorial_roles): Redacteuren write and submit,
Eindredacteuren approve and publish, through one workflow whose task says who approves."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Page, Workflow, WorkflowState

from articles.models import ArticlePage
from tests.articles.forms import article_form, form_data
from tests.factories import AuthorFactory, TopicPageFactory, UserFactory
from tests.helpers import with_two_factor

TASK_NAME = "Goedkeuring door Eindredacteuren"


def member_of(group_name):
    user = with_two_factor(UserFactory(is_staff=True))
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def writer(db):
    return member_of("Redacteuren")


@pytest.fixture
def approver(db):
    return member_of("Eindredacteuren")


def submit_new_article(client, site_tree, action):
    author = AuthorFactory(name="Anouk de Vries")
    topic = TopicPageFactory(parent=site_tree.knowledge_base)
    data = {**form_data(article_form(author, topic, "Drie tips voor borging")), action: "1"}
    url = f"/admin/pages/add/articles/articlepage/{site_tree.article_index.pk}/"
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    return ArticlePage.objects.get(slug="concept-over-borging")


def test_the_admin_has_only_the_dutch_groups(db):
    assert set(Group.objects.values_list("name", flat=True)) == {
        "Redacteuren",
        "Eindredacteuren",
        "Moderatoren",
        "Experts",  # verified experts read Pro (articles/experts.py); the word is Dutch too
    }


def test_every_page_routes_to_the_eindredacteuren(site_tree):
    workflow = Workflow.objects.get(name="Eindredactie")
    [task] = [task.specific for task in workflow.tasks]
    assert task.name == TASK_NAME
    assert list(task.groups.values_list("name", flat=True)) == ["Eindredacteuren"]
    for page in (site_tree.home, site_tree.article_index, site_tree.knowledge_base):
        assert page.get_workflow() == workflow
    root = Page.get_first_root_node()
    assert root.get_workflow() == workflow


def test_a_redacteur_can_write_and_submit_but_not_publish(client, site_tree, writer):
    client.force_login(writer)
    article = submit_new_article(client, site_tree, "action-publish")  # a forged publish saves a draft
    assert not article.live
    assert not article.permissions_for_user(writer).can_publish()
    edit = f"/admin/pages/{article.pk}/edit/"
    data = {**form_data({**article_form(article.authors.get(), article.topics.get(), article.title)})}
    response = client.post(edit, {**data, "action-submit": "1"})
    assert response.status_code == 302
    state = WorkflowState.objects.get(object_id=str(article.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.current_task_state.task.name == TASK_NAME
    article.refresh_from_db()
    assert not article.live
    # The writer sees why the page waits and who approves it.
    assert TASK_NAME in client.get(edit).content.decode()
    approve = f"/admin/pages/workflow/action/{article.pk}/approve/{state.current_task_state.pk}/"
    client.post(approve)
    article.refresh_from_db()
    assert not article.live  # a writer cannot approve their own submission


def test_an_eindredacteur_approves_and_the_page_goes_live(client, site_tree, writer, approver):
    client.force_login(writer)
    article = submit_new_article(client, site_tree, "action-submit")
    state = WorkflowState.objects.get(object_id=str(article.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    client.force_login(approver)
    # The approver finds it on the dashboard, under the pages awaiting their review.
    assert article.title in client.get("/admin/").content.decode()
    approve = f"/admin/pages/workflow/action/{article.pk}/approve/{state.current_task_state.pk}/"
    assert client.post(approve).status_code in (200, 302)
    article.refresh_from_db()
    assert article.live
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED


def test_an_eindredacteur_can_publish_directly(client, site_tree, approver):
    client.force_login(approver)
    article = submit_new_article(client, site_tree, "action-publish")
    assert article.live
