import datetime

import pytest
from django.contrib.auth.models import AnonymousUser

from membership.models import Subscription
from search import indexing
from tests.factories import (
    ArticlePageFactory,
    AuthorFactory,
    ThemeFactory,
    TopicPageFactory,
    UserFactory,
    stream,
)


def member_with(status):
    user = UserFactory()
    Subscription.objects.create(
        user=user, stripe_subscription_id=f"sub_{user.pk}", stripe_customer_id=f"cus_{user.pk}", status=status
    )
    return user


@pytest.fixture
def anonymous():
    return AnonymousUser()


@pytest.fixture
def free_member(db):
    return UserFactory()


@pytest.fixture
def pro_member(db):
    return member_with("active")


def paragraph(text):
    return stream(("paragraph", f"<p>{text}</p>"))


def topic_body(text):
    return stream(("what_works", f"<p>{text}</p>"))


@pytest.fixture
def make_article(site_tree):
    def make(title, lead="Een korte inleiding.", body="Tekst van het artikel.", **fields):
        fields.setdefault("publication_date", datetime.date(2026, 1, 1))
        return ArticlePageFactory(
            parent=site_tree.article_index, title=title, lead=lead, body=paragraph(body), **fields
        )

    return make


@pytest.fixture
def make_topic(site_tree):
    def make(
        title, summary="Een samenvatting.", teaser="Een openbare inleiding.", body="Pro-tekst.", **fields
    ):
        return TopicPageFactory(
            parent=site_tree.knowledge_base,
            title=title,
            summary=summary,
            teaser=teaser,
            body=topic_body(body),
            **fields,
        )

    return make


@pytest.fixture
def rebuild(db):
    return indexing.rebuild


@pytest.fixture
def theme(db):
    return ThemeFactory(name="Verandermanagement", slug="verandermanagement")


@pytest.fixture
def author(db):
    return AuthorFactory(name="Marieke van Dijk", slug="marieke-van-dijk")
