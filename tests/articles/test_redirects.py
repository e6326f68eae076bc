"""Editors manage redirects themselves (articles/migrations/0005), not only the superuser."""

import importlib

from django.apps import apps
from django.contrib.auth.models import Group
from wagtail.contrib.redirects.models import Redirect

from tests.factories import ArticlePageFactory, UserFactory
from tests.helpers import with_two_factor

grant_migration = importlib.import_module("articles.migrations.0005_editors_manage_redirects")


def test_an_editor_adds_a_redirect_that_then_works(client, editor, site_tree):
    article = ArticlePageFactory(parent=site_tree.article_index, slug="drie-tips-voor-borging")
    client.force_login(editor)
    assert client.get("/admin/redirects/").status_code == 200
    response = client.post(
        "/admin/redirects/add/",
        {"old_path": "/oud/borging", "redirect_page": article.pk, "is_permanent": "on", "site": ""},
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert Redirect.objects.filter(old_path="/oud/borging", redirect_page=article).exists()
    client.logout()
    followed = client.get("/oud/borging")
    assert followed.status_code == 301
    assert followed["Location"].endswith("/artikelen/drie-tips-voor-borging/")


def test_editors_reach_the_default_social_image_setting(client, editor, site_tree):
    client.force_login(editor)
    assert (
        client.get(f"/admin/settings/articles/sharingsettings/{site_tree.home.get_site().pk}/").status_code
        == 200
    )


def test_staff_outside_the_editors_groups_do_not_manage_redirects(client, site_tree):
    moderator = with_two_factor(UserFactory(is_staff=True))
    moderator.groups.add(Group.objects.get_or_create(name="Moderatoren")[0])
    client.force_login(moderator)
    assert client.get("/admin/redirects/").status_code in (302, 403)


def test_both_editorial_roles_manage_redirects_after_every_migration(db):
    """The grant (articles 0005) runs before the roles are renamed and split (kennisbank 0003): both roles
    end up with it, and the grant also finds the groups by their new names."""
    redirects = {"add_redirect", "change_redirect", "delete_redirect", "change_sharingsettings"}
    for name in ("Redacteuren", "Eindredacteuren"):
        assert redirects <= set(Group.objects.get(name=name).permissions.values_list("codename", flat=True))
    grant_migration.revoke(apps, None)
    assert not Group.objects.get(name="Eindredacteuren").permissions.filter(codename="add_redirect").exists()
    grant_migration.grant(apps, None)
    assert Group.objects.get(name="Eindredacteuren").permissions.filter(codename="add_redirect").exists()
