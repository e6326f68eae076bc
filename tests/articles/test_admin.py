import pytest
from django.contrib.auth.models import Group
from django.test import RequestFactory

from tests.factories import ArticlePageFactory, AuthorFactory, UserFactory
from tests.helpers import with_two_factor


@pytest.fixture
def editor(db):
    user = UserFactory(is_staff=True)
    user.groups.add(Group.objects.get(name="Redacteuren"))  # kennisbank/migrations/0003_editorial_roles
    return with_two_factor(user)


def test_admin_is_in_dutch(client, editor, site_tree):
    client.force_login(editor)
    response = client.get("/admin/")
    assert response.status_code == 200
    assert 'lang="nl"' in response.content.decode()


def test_author_snippets_list_with_search_and_filter(client, editor, site_tree):
    AuthorFactory(name="Anouk de Vries", is_verified_expert=True)
    AuthorFactory(name="Bram Bakker")
    client.force_login(editor)
    listing = client.get("/admin/snippets/articles/author/")
    assert listing.status_code == 200
    assert "Anouk de Vries" in listing.content.decode()
    searched = client.get("/admin/snippets/articles/author/", {"q": "Bram"}).content.decode()
    assert "Bram Bakker" in searched and "Anouk de Vries" not in searched
    filtered = client.get("/admin/snippets/articles/author/", {"is_verified_expert": "true"}).content.decode()
    assert "Anouk de Vries" in filtered and "Bram Bakker" not in filtered


def test_editor_can_open_the_article_editor(client, editor, site_tree):
    article = ArticlePageFactory(parent=site_tree.article_index)
    client.force_login(editor)
    assert client.get(f"/admin/pages/{article.pk}/edit/").status_code == 200
    add_url = f"/admin/pages/add/articles/articlepage/{site_tree.article_index.pk}/"
    assert client.get(add_url).status_code == 200


def test_staff_preview_shows_the_pro_body(client, site_tree):
    admin = with_two_factor(UserFactory(is_staff=True, is_superuser=True))
    article = ArticlePageFactory(parent=site_tree.article_index, is_pro=True)
    client.force_login(admin)
    # Wagtail renders previews through the page's middleware stack with the editor's session.
    editor_request = RequestFactory().get("/", HTTP_COOKIE=f"sessionid={client.cookies['sessionid'].value}")
    response = article.make_preview_request(original_request=editor_request)
    assert response.status_code == 200
    assert "De volledige tekst van het artikel." in response.content.decode()
    assert "private" in response["Cache-Control"]


def test_readers_cannot_reach_the_admin(client, reader, site_tree):
    client.force_login(reader)
    response = client.get("/admin/")
    assert response.status_code == 302
    assert "/login/" in response["Location"]


def test_staff_without_two_factor_are_sent_to_set_it_up(client, site_tree):
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    response = client.get("/admin/pages/")
    assert response.status_code == 302
    assert response["Location"].startswith("/account/2fa/totp/activate/")


def test_wagtail_login_form_is_replaced_by_the_site_login(client, site_tree):
    response = client.get("/admin/login/?next=/admin/pages/")
    assert response.status_code == 302
    assert response["Location"] == "/account/login/?next=%2Fadmin%2Fpages%2F"
    assert (
        client.get("/admin/login/?next=https://evil.example/")["Location"]
        == "/account/login/?next=%2Fadmin%2F"
    )


def test_signed_in_reader_at_the_admin_login_gets_403_not_a_loop(client, reader, site_tree):
    client.force_login(reader)
    assert client.get("/admin/", follow=True).status_code == 403
