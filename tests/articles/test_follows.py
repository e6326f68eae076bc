"""Following topics and authors: the buttons, the list on the account page, data export and erasure."""

import pytest
from django.db import IntegrityError, connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext

from articles.models import Follow
from membership import personal_data
from tests.factories import AuthorFactory, TopicPageFactory, UserFactory

pytestmark = pytest.mark.django_db

LOGIN_LINK = "Log in om dit onderwerp te volgen"
FOLLOW_BUTTON = "Volg dit onderwerp"
UNFOLLOW_BUTTON = "Niet meer volgen"


@pytest.fixture
def topic(site_tree):
    return TopicPageFactory(parent=site_tree.knowledge_base, title="Borging", is_pro=False)


def signed_in(user):
    client = Client()
    client.force_login(user)
    return client


def test_follow_and_unfollow_a_topic_and_an_author(topic):
    author = AuthorFactory(name="Anne de Vries")
    member = UserFactory()
    client = signed_in(member)
    response = client.post(f"/volgen/onderwerp/{topic.pk}/", {"action": "follow"})
    assert response.status_code == 302 and response["Location"] == topic.url
    client.post(f"/volgen/onderwerp/{topic.pk}/", {"action": "follow"})  # twice: still one
    client.post(f"/volgen/auteur/{author.pk}/", {"action": "follow"})
    assert Follow.objects.filter(user=member, topic=topic).count() == 1
    assert Follow.objects.filter(user=member, author=author).count() == 1
    assert UNFOLLOW_BUTTON in client.get(topic.url).content.decode()
    client.post(f"/volgen/onderwerp/{topic.pk}/", {"action": "unfollow"})
    assert not Follow.objects.filter(user=member, topic=topic).exists()
    assert FOLLOW_BUTTON in client.get(topic.url).content.decode()
    assert Follow.objects.filter(user=member, author=author).exists()


def test_bad_requests_change_nothing(topic):
    client = signed_in(UserFactory())
    assert client.get(f"/volgen/onderwerp/{topic.pk}/").status_code == 405  # GET never changes state
    assert client.post("/volgen/iets/1/", {"action": "follow"}).status_code == 404
    assert client.post("/volgen/onderwerp/999999/", {"action": "follow"}).status_code == 404
    assert client.post("/volgen/onderwerp/99999999999999999999/", {"action": "follow"}).status_code == 404
    anonymous = Client().post(f"/volgen/onderwerp/{topic.pk}/", {"action": "follow"})
    assert anonymous.status_code == 302 and anonymous["Location"].startswith("/account/login/?next=")
    assert not Follow.objects.exists()


def test_buttons_through_the_shared_cache_with_visitors_in_a_row(topic):
    member = UserFactory()
    Follow.objects.create(user=member, topic=topic)
    other = UserFactory()
    author = AuthorFactory()
    Follow.objects.create(user=member, author=author)
    for url, login_text in (
        (topic.url, LOGIN_LINK),
        (author.get_absolute_url(), "Log in om deze auteur te volgen"),
    ):
        first = Client().get(url).content.decode()  # anonymous: rendered and stored
        assert login_text in first and UNFOLLOW_BUTTON not in first
        as_member = signed_in(member).get(url).content.decode()
        assert UNFOLLOW_BUTTON in as_member and login_text not in as_member
        as_other = signed_in(other).get(url).content.decode()
        assert UNFOLLOW_BUTTON not in as_other and login_text not in as_other
        again = Client().get(url).content.decode()  # anonymous again, from the cache
        assert login_text in again and UNFOLLOW_BUTTON not in again


def test_the_account_page_lists_what_i_follow_in_the_same_queries_for_one_and_many(site_tree, topic):
    member = UserFactory()
    client = signed_in(member)
    assert "Je volgt nog geen onderwerp of auteur." in client.get("/account/").content.decode()
    Follow.objects.create(user=member, topic=topic)
    client.get("/account/")
    with CaptureQueriesContext(connection) as one:
        html = client.get("/account/").content.decode()
    assert 'id="account-follows"' in html and "Borging" in html
    for n in range(10):
        Follow.objects.create(
            user=member, topic=TopicPageFactory(parent=site_tree.knowledge_base, title=f"T{n}")
        )
        Follow.objects.create(user=member, author=AuthorFactory(name=f"Auteur {n}"))
    client.get("/account/")
    with CaptureQueriesContext(connection) as many:
        html = client.get("/account/").content.decode()
    assert "T9" in html and "Auteur 9" in html
    assert len(one) == len(many)
    response = client.post(f"/volgen/onderwerp/{topic.pk}/", {"action": "unfollow", "back": "account"})
    assert response["Location"] == "/account/#account-follows"


def test_export_and_erase(topic):
    member = UserFactory()
    Follow.objects.create(user=member, topic=topic)
    assert personal_data.export(member)["follows"][0]["topic"] == "Borging"
    personal_data.erase(member)
    assert not Follow.objects.filter(user=member).exists()


def test_a_follow_names_exactly_one_thing(topic):
    member = UserFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        Follow.objects.create(user=member)
    with pytest.raises(IntegrityError), transaction.atomic():
        Follow.objects.create(user=member, topic=topic, author=AuthorFactory())
