"""An id from a URL (or a form) that does not fit the database is a 404 (or a 400), never a 500: an
OverflowError on SQLite, "out of range" on PostgreSQL (issue 10, finding 4)."""

import pytest
from django.test import Client
from django_comments.forms import CommentSecurityForm

from discussion.service import post_comment
from tests.discussion.helpers import established, member
from tests.factories import UserFactory
from tests.helpers import with_two_factor

# Past 32 bits, past 64 bits signed and unsigned, and far beyond.
TOO_BIG = [2**31, 9_999_999_999, 2**63, 2**64, 10**30]

MEMBER_URLS = [
    ("get", "/reacties/{n}/"),
    ("get", "/reacties/{n}/bewerken/"),
    ("post", "/reacties/{n}/bewerken/"),
    ("post", "/reacties/{n}/verwijderen/"),
    ("post", "/reacties/{n}/waarderen/"),
    ("get", "/reacties/{n}/melden/"),
    ("post", "/reacties/{n}/melden/"),
    ("post", "/reacties/plaatsen/{n}/"),
    ("get", "/documenten/{n}/verslag.pdf"),
    ("post", "/zoeken/klik/token/{n}/"),
    ("post", "/account/bewaard/{n}/"),
]
ADMIN_URLS = [
    ("get", "/admin/reacties/{n}/blokkeren/"),
    ("post", "/admin/reacties/{n}/blokkeren/"),
    ("post", "/admin/reacties/{n}/goedkeuren/"),
    ("post", "/admin/reacties/{n}/verbergen/"),
    ("post", "/admin/reacties/geblokkeerd/{n}/opheffen/"),
    ("get", "/admin/pages/{n}/"),
    ("get", "/admin/pages/{n}/edit/"),
    ("get", "/admin/images/{n}/"),
    ("get", "/admin/documents/edit/{n}/"),
    ("get", "/admin/users/{n}/"),
]


def _status(client, method, url, n):
    response = getattr(client, method)(
        url.format(n=n), {"reason": "spam", "text": "x"} if method == "post" else None
    )
    return response.status_code


@pytest.mark.parametrize("n", TOO_BIG)
@pytest.mark.parametrize(("method", "url"), MEMBER_URLS)
def test_too_big_ids_on_public_and_member_urls(client, article, method, url, n):
    client.force_login(established(member(), article))
    assert _status(client, method, url, n) in (302, 400, 404), url.format(n=n)


@pytest.mark.parametrize("n", TOO_BIG)
@pytest.mark.parametrize(("method", "url"), ADMIN_URLS)
def test_too_big_ids_on_admin_urls(client, site_tree, method, url, n):
    client.force_login(with_two_factor(UserFactory(is_staff=True, is_superuser=True)))
    assert _status(client, method, url, n) in (400, 404), url.format(n=n)


@pytest.mark.parametrize("n", TOO_BIG)
def test_too_big_parent_in_the_comment_form(client, article, n):
    writer = established(member(), article)
    client.force_login(writer)
    data = {"text": "Een antwoord", "parent": str(n), **CommentSecurityForm(article).generate_security_data()}
    assert client.post(f"/reacties/plaatsen/{article.pk}/", data).status_code == 400


@pytest.mark.parametrize("path", ["", "bewerken/", "melden/", "waarderen/"])
def test_anonymous_visitor_with_a_huge_id(site_tree, path):
    anonymous = Client(raise_request_exception=True)
    response = anonymous.get(f"/reacties/9223372036854775808/{path}")
    assert response.status_code == 404


def test_a_real_comment_still_opens(client, article):
    comment = post_comment(user=established(member(), article), page=article, text="Echt")
    assert client.get(f"/reacties/{comment.pk}/").status_code == 302
