"""Loads the demo content from the data files (see dataset.py and data/README.md). Idempotent: everything is
keyed by slug, email or image title, created only when missing, and nothing that already exists is changed,
so running it twice changes nothing and duplicates nothing."""

import datetime
import json

import stripe
from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.core.files import File
from django.db import transaction
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.models import Page, Site
from wagtail.utils.file import hash_filelike

from articles.models import ArticleIndexPage, ArticlePage, Author, KnowledgeBasePage, Theme, TopicPage
from discussion import markdown, models, service
from kennisbank.models import HomePage, InformationPage, SiteSettings
from kennisbank.site_address import host_and_port
from membership.billing import get_or_create_customer_id, store_subscription
from membership.stripe_service import BillingUnavailable, client

from .dataset import DemoData

DEMO_PASSWORD = "kennisbank-demo"  # noqa: S105 -- documented demo password, local data only


def stream(blocks, images=None) -> str:
    """StreamField JSON for parsed blocks; image blocks name a file, stored as that image's id."""
    return json.dumps(
        [
            {"type": block_type, "value": {**value, "image": images[value["image"]].pk}}
            if block_type == "image"
            else {"type": block_type, "value": value}
            for block_type, value in blocks
        ]
    )


class DemoLoader:
    def __init__(self, data: DemoData, stdout=None):
        self.data = data
        self.stdout = stdout
        self.created = []

    def log(self, message):
        if self.stdout is not None:
            self.stdout.write(message)

    @transaction.atomic
    def load(self):
        site = self.data.site
        home = self.home_page()
        article_index = self.child_page(home, ArticleIndexPage, site.article_index)
        knowledge_base = self.child_page(home, KnowledgeBasePage, site.knowledge_base)
        themes = self.themes()
        topics, new_topics = self.topics(knowledge_base, themes)
        users = self.users()
        authors = self.authors(topics, users)
        images = self.images()
        articles = self.articles(article_index, authors, topics, images)
        self.link_related_articles(new_topics, articles)
        self.home_selection(home, articles, topics)
        self.site_settings(home, self.information_pages(home))
        self.pro_trial(users[self.data.pro_trial_login.email])
        self.discussions(articles, authors)
        return self.created

    # Pages -------------------------------------------------------------------------------------

    def home_page(self):
        home = HomePage.objects.first()
        if home is not None:
            return home
        root = Page.get_first_root_node()
        # Wagtail's initial "Welcome" page (a plain Page, slug "home") makes way for ours, with its Site.
        for welcome in root.get_children().filter(
            content_type__model="page", content_type__app_label="wagtailcore"
        ):
            welcome.delete()
        home = HomePage(title=self.data.site.home_title, slug="home", intro=self.data.site.home_intro)
        root.add_child(instance=home)
        home.save_revision().publish()
        hostname, port = host_and_port()
        Site.objects.update_or_create(
            is_default_site=True,
            defaults={"hostname": hostname, "port": port, "root_page": home, "site_name": "Kennisbank"},
        )
        self.created.append(home)
        return home

    def child_page(self, parent, page_class, data):
        existing = page_class.objects.child_of(parent).filter(slug=data.slug).first()
        if existing is not None:
            return existing
        page = page_class(slug=data.slug, title=data.title, intro=data.intro, show_in_menus=True)
        parent.add_child(instance=page)
        page.save_revision().publish()
        self.created.append(page)
        return page

    def themes(self):
        themes = {}
        for position, data in enumerate(self.data.themes):
            theme, _created = Theme.objects.get_or_create(
                slug=data.slug,
                defaults={"name": data.name, "description": data.description, "sort_order": position},
            )
            themes[theme.slug] = theme
        return themes

    def topics(self, knowledge_base, themes):
        existing = {page.slug: page for page in TopicPage.objects.child_of(knowledge_base)}
        topics, new_topics = {}, []
        for data in self.data.topics:
            topic = existing.get(data.slug)
            if topic is None:
                topic = TopicPage(
                    slug=data.slug,
                    title=data.title,
                    theme=themes[data.theme],
                    summary=data.summary,
                    teaser=data.teaser,
                    body=stream(data.body),
                    last_reviewed=data.last_reviewed,
                    is_pro=True,
                )
                knowledge_base.add_child(instance=topic)
                new_topics.append((topic, data))
                self.created.append(topic)
            topics[topic.slug] = topic
        return topics, new_topics

    def articles(self, article_index, authors, topics, images):
        existing = {page.slug: page for page in ArticlePage.objects.child_of(article_index)}
        articles = {}
        for data in self.data.articles:
            article = existing.get(data.slug)
            if article is None:
                article = ArticlePage(
                    slug=data.slug,
                    title=data.title,
                    lead=data.lead,
                    publication_date=data.publication_date,
                    body=stream(data.body, images),
                    is_pro=data.pro,
                )
                article.authors.set([authors[slug] for slug in data.authors])
                article.topics.set([topics[slug] for slug in data.topics])
                article_index.add_child(instance=article)
                article.save_revision().publish()
                self.created.append(article)
            articles[article.slug] = article
        return articles

    def link_related_articles(self, new_topics, articles):
        """Curated links and a first revision for the topics this run created."""
        for topic, data in new_topics:
            for position, slug in enumerate(data.related_articles):
                topic.related_articles.create(article=articles[slug], sort_order=position)
            topic.save_revision().publish()

    def home_selection(self, home, articles, topics):
        changed = False
        if home.featured_article_id is None:
            home.featured_article = articles[self.data.site.featured_article]
            changed = True
        if not home.featured_topics.exists():
            for position, slug in enumerate(self.data.site.featured_topics):
                home.featured_topics.create(topic=topics[slug], sort_order=position)
            changed = True
        if changed:
            home.save_revision().publish()

    def information_pages(self, home):
        """The footer's pages: {footer slot: (page, whether this run created it)}."""
        existing = {page.slug: page for page in InformationPage.objects.child_of(home)}
        pages = {}
        for data in self.data.information_pages:
            page = existing.get(data.slug)
            created = page is None
            if created:
                page = InformationPage(
                    slug=data.slug, title=data.title, intro=data.intro, body=stream(data.body)
                )
                home.add_child(instance=page)
                page.save_revision().publish()
                self.created.append(page)
            pages[data.footer] = (page, created)
        return pages

    def site_settings(self, home, footer_pages):
        site = Site.objects.get(root_page=home)
        settings, created = SiteSettings.objects.get_or_create(
            site=site,
            defaults={
                "tagline": self.data.site.tagline,
                "pro_invitation_title": self.data.site.pro_invitation_title,
                "pro_invitation_text": self.data.site.pro_invitation_text,
            },
        )
        # A footer link is set with its new page (or new settings); one an editor cleared stays cleared.
        changed = False
        for slot, (page, page_created) in footer_pages.items():
            field = f"{slot}_page_id"
            if (created or page_created) and getattr(settings, field) is None:
                setattr(settings, field, page.pk)
                changed = True
        if changed:
            settings.save()

    # People ------------------------------------------------------------------------------------

    def discussions(self, articles, authors):
        """The demo threads; a page that already has comments is left alone."""
        User = get_user_model()
        people = {}
        for data in self.data.commenters:
            person = User.objects.filter(email=data.email).first()
            if person is None:
                person = User.objects.create(
                    username=data.email,
                    email=data.email,
                    first_name=data.first_name,
                    last_name=data.last_name,
                )
                person.set_password(DEMO_PASSWORD)
                person.save(update_fields=["password"])
                EmailAddress.objects.create(user=person, email=person.email, verified=True, primary=True)
            people[person.email] = person
        # An author whose account is a commenter gets it now it exists (their comments get the author badge).
        for data in self.data.authors:
            author = authors[data.slug]
            if data.user in people and author.user_id is None:
                author.user = people[data.user]
                author.save(update_fields=["user"])
        for thread in self.data.discussions:
            page = articles[thread.article]
            if service.comments_for(page).exists():
                continue
            published = timezone.make_aware(
                datetime.datetime.combine(page.publication_date, datetime.time(9))
            )
            created = {}
            for data in thread.comments:
                person = people.get(data.author) or User.objects.get(email=data.author)
                parent = created.get(data.reply_to)
                comment = models.DiscussionComment(
                    content_type=ContentType.objects.get_for_model(ArticlePage),
                    object_pk=str(page.pk),
                    site_id=settings.SITE_ID,
                    user=person,
                    user_name=service.display_name(person),
                    user_email=person.email,
                    comment=data.text,
                    body_html=markdown.render_comment(data.text),
                    submit_date=published + datetime.timedelta(minutes=data.minutes_after_publication),
                    is_public=True,
                    parent_id=parent.pk if parent else 0,
                )
                comment.save()
                created[data.key] = comment
                self.created.append(comment)

    def pro_trial(self, user):
        """The Pro demo member gets a running trial, through Stripe (in development: the stand-in)."""
        if user.subscriptions.exists():
            return
        try:
            remote = client().v1.subscriptions.create(
                params={
                    "customer": get_or_create_customer_id(user),
                    "items": [{"price": settings.STRIPE_PRICE_ID}],
                    "trial_period_days": settings.PRO_TRIAL_DAYS,
                    "metadata": {"user_id": str(user.pk)},
                },
                options={"idempotency_key": f"kennisbank-demo-trial-{user.pk}"},
            )
            subscription = store_subscription(remote)
        except (stripe.StripeError, BillingUnavailable) as error:
            self.log(f"Stripe is not reachable ({error}); {user.email} gets its trial on the next run.")
            return
        self.created.append(subscription)

    def users(self):
        User = get_user_model()
        users = {}
        for data in self.data.logins:
            user = User.objects.filter(email=data.email).first()
            if user is None:
                user = User(
                    username=data.email,
                    email=data.email,
                    first_name=data.first_name,
                    last_name=data.last_name,
                    is_staff=data.staff,
                    is_superuser=data.superuser,
                )
                user.set_password(DEMO_PASSWORD)
                user.save()
                user.groups.set(Group.objects.filter(name__in=data.groups))
                # Demo addresses count as confirmed, so the demo logins work at once.
                EmailAddress.objects.create(user=user, email=data.email, verified=True, primary=True)
                self.created.append(user)
            users[data.email] = user
        return users

    def authors(self, topics, users):
        authors = {}
        for data in self.data.authors:
            author = Author.objects.filter(slug=data.slug).first()
            if author is None:
                author = Author(
                    slug=data.slug,
                    name=data.name,
                    role=data.role,
                    organisation=data.organisation,
                    bio=data.bio,
                    is_verified_expert=data.verified_expert,
                    user=users.get(data.user),  # a commenter's account is linked in discussions()
                )
                author.expertise.set([topics[slug] for slug in data.expertise])
                author.save()
                self.created.append(author)
            authors[author.slug] = author
        return authors

    def images(self):
        """Images for the library, by title; the files are copied into the media storage."""
        Image = get_image_model()
        images = {}
        for data in self.data.images:
            image = Image.objects.filter(title=data.title).first()
            if image is None:
                with data.path.open("rb") as file:
                    image = Image(title=data.title, file=File(file, name=data.path.name))
                    image.file_size = data.path.stat().st_size
                    image.file_hash = hash_filelike(file)
                    file.seek(0)
                    image.save()
                self.created.append(image)
            images[data.file] = image
        return images
