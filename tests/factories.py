"""Factories for people, subscriptions and the content model; pages are created in a real Wagtail tree (see
conftest.site_tree)."""

import datetime
import json

import factory
import wagtail_factories
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from django.utils.text import slugify
from factory.django import DjangoModelFactory

from articles.models import ArticleIndexPage, ArticlePage, Author, KnowledgeBasePage, Theme, TopicPage
from discussion.models import DiscussionComment
from kennisbank.models import HomePage
from membership.models import BillingCustomer, Subscription, SubscriptionStatus


def stream(*blocks) -> str:
    return json.dumps([{"type": block_type, "value": value} for block_type, value in blocks])


class UserFactory(DjangoModelFactory):
    email = factory.Sequence(lambda n: f"user{n}@example.com")
    username = factory.LazyAttribute(lambda obj: obj.email)
    password = factory.django.Password("test-password")

    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True


class BillingCustomerFactory(DjangoModelFactory):
    user = factory.SubFactory(UserFactory)
    stripe_customer_id = factory.Sequence(lambda n: f"cus_test{n:06d}")

    class Meta:
        model = BillingCustomer


def _customer_id(subscription) -> str:
    """The user's Stripe customer, as Stripe would have it, when the test made one; else an id of its own."""
    customer = BillingCustomer.objects.filter(user=subscription.user).first()
    return customer.stripe_customer_id if customer else f"cus_of_user{subscription.user.pk}"


class SubscriptionFactory(DjangoModelFactory):
    """Our stored copy of a Stripe subscription (as a webhook writes it); active unless told otherwise."""

    user = factory.SubFactory(UserFactory)
    stripe_subscription_id = factory.Sequence(lambda n: f"sub_test{n:06d}")
    stripe_customer_id = factory.LazyAttribute(_customer_id)
    status = SubscriptionStatus.ACTIVE
    price_id = "price_kennisbank_pro"

    class Meta:
        model = Subscription


class ThemeFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Thema {n}")
    slug = factory.Sequence(lambda n: f"thema-{n}")

    class Meta:
        model = Theme


class AuthorFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Auteur Nummer{n}")
    slug = factory.Sequence(lambda n: f"auteur-{n}")
    role = "Organisatieadviseur"
    organisation = "Adviesbureau Voorbeeld"
    bio = "Schrijft over leren en veranderen."

    class Meta:
        model = Author


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Kennis die blijft hangen"
    slug = "home"

    class Meta:
        model = HomePage


class ArticleIndexPageFactory(wagtail_factories.PageFactory):
    title = "Artikelen"
    slug = "artikelen"
    show_in_menus = True

    class Meta:
        model = ArticleIndexPage


class KnowledgeBasePageFactory(wagtail_factories.PageFactory):
    title = "Kennisbank"
    slug = "kennisbank"
    show_in_menus = True

    class Meta:
        model = KnowledgeBasePage


class TopicPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Onderwerp {n}")
    slug = factory.LazyAttribute(lambda obj: slugify(obj.title))
    theme = factory.SubFactory(ThemeFactory)
    summary = "Een samenvatting van één regel."
    teaser = "Een openbare inleiding op het onderwerp."
    body = stream(("key_questions", ["Wat is de kernvraag?"]), ("what_works", "<p>Dit werkt wel.</p>"))
    last_reviewed = datetime.date(2026, 10, 1)

    class Meta:
        model = TopicPage


class ArticlePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Artikel {n}")
    slug = factory.LazyAttribute(lambda obj: slugify(obj.title))
    lead = "Een korte, openbare inleiding."
    body = stream(("paragraph", "<p>De volledige tekst van het artikel.</p>"))
    publication_date = factory.Sequence(lambda n: datetime.date(2026, 1, 1) + datetime.timedelta(days=n))

    class Meta:
        model = ArticlePage
        skip_postgeneration_save = True

    @factory.post_generation
    def authors(self, create, extracted, **kwargs):
        self.authors.set(extracted if extracted is not None else [AuthorFactory()])
        if create:
            self.save()

    @factory.post_generation
    def topics(self, create, extracted, **kwargs):
        if extracted:
            self.topics.set(extracted)
            if create:
                self.save()


class CommentFactory(DjangoModelFactory):
    """A published comment on a page, straight into the table (the rules of posting are tested elsewhere)."""

    page = None
    user = factory.SubFactory(UserFactory)
    user_name = factory.LazyAttribute(lambda obj: obj.user.get_full_name() or obj.user.email.split("@")[0])
    user_email = factory.LazyAttribute(lambda obj: obj.user.email)
    comment = factory.Sequence(lambda n: f"Reactie {n}")
    body_html = factory.LazyAttribute(lambda obj: f"<p>{obj.comment}</p>")
    submit_date = factory.LazyFunction(timezone.now)
    is_public = True
    site_id = 1
    parent_id = 0

    class Meta:
        model = DiscussionComment
        exclude = ["page"]

    @factory.lazy_attribute
    def content_type(self):
        return ContentType.objects.get_for_model(self.page.specific_class)

    @factory.lazy_attribute
    def object_pk(self):
        return str(self.page.pk)
