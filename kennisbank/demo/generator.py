"""A large synthetic corpus for load and search tests, clearly marked as generated.

Pages are written in bulk (computed tree paths, one INSERT per table per batch) because creating 10 000
pages one `add_child` at a time takes many minutes. Titles start with GENERATED_MARK, slugs with
GENERATED_SLUG_PREFIX, and generated topics sit in their own theme.
"""

import json
import random
import uuid

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.utils import timezone
from wagtail.models import Page

from articles.models import ArticleIndexPage, ArticlePage, Author, KnowledgeBasePage, Theme, TopicPage
from discussion.markdown import render_comment
from discussion.models import DiscussionComment
from membership.models import Subscription, SubscriptionStatus

GENERATED_MARK = "[Gegenereerd]"
GENERATED_SLUG_PREFIX = "gegenereerd-"
GENERATED_THEME_SLUG = "gegenereerd"
GENERATED_MEMBER_DOMAIN = "gegenereerd.example"
BATCH_SIZE = 500

WORDS = (
    "team leiderschap verandering training borging feedback doelen gedrag cultuur overleg evaluatie coaching "
    "medewerker manager adviseur organisatie strategie proces verbetering vaardigheid gesprek vertrouwen "
    "eigenaarschap weerstand ritme planning resultaat klant kwaliteit aandacht reflectie afspraak werkvloer "
    "sessie praktijk leren ontwikkeling samenwerking besluit rol verantwoordelijkheid energie focus tijd "
    "middelen structuur inzicht ervaring methode gewoonte succes geduld onderzoek"
).split()
VERBS = "versterkt vraagt verandert helpt ondersteunt bepaalt beperkt vergroot verduidelijkt".split()


def sentence(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(4, 9))]
    words.insert(rng.randint(1, len(words) - 1), rng.choice(VERBS))
    return " ".join(words).capitalize() + "."


def paragraph(rng: random.Random, sentences: int = 5) -> str:
    return " ".join(sentence(rng) for _ in range(sentences))


class CorpusGenerator:
    def __init__(self, seed: int = 1):
        self.rng = random.Random(seed)  # noqa: S311 -- reproducible filler, not security
        self.now = timezone.now()

    @transaction.atomic
    def generate(self, articles: int, topics: int):
        article_index = ArticleIndexPage.objects.first()
        knowledge_base = KnowledgeBasePage.objects.first()
        if article_index is None or knowledge_base is None:
            raise RuntimeError("Load the demo content first (python manage.py load_demo_content).")
        theme, _created = Theme.objects.get_or_create(
            slug=GENERATED_THEME_SLUG,
            defaults={
                "name": "Gegenereerd",
                "description": "Gegenereerde onderwerpen voor tests.",
                "sort_order": 99,
            },
        )
        authors = list(Author.objects.all()[:20])
        if not authors:
            raise RuntimeError("There are no authors to attribute generated articles to.")

        new_topics = self.create_pages(knowledge_base, TopicPage, topics, self.topic_fields(theme))
        all_topic_ids = list(TopicPage.objects.values_list("pk", flat=True))
        new_articles = self.create_pages(article_index, ArticlePage, articles, self.article_fields())

        through_authors = ArticlePage.authors.through
        through_topics = ArticlePage.topics.through
        through_authors.objects.bulk_create(
            [
                through_authors(articlepage_id=pk, author_id=self.rng.choice(authors).pk)
                for pk in new_articles
            ],
            batch_size=BATCH_SIZE,
        )
        through_topics.objects.bulk_create(
            [
                through_topics(articlepage_id=pk, topicpage_id=topic_id)
                for pk in new_articles
                for topic_id in self.rng.sample(all_topic_ids, k=min(2, len(all_topic_ids)))
            ],
            batch_size=BATCH_SIZE,
        )
        return len(new_articles), len(new_topics)

    @transaction.atomic
    def generate_members(self, members: int, pro_share: float = 0.2) -> int:
        """Verified members (member-00001@gegenereerd.example, ...); about `pro_share` of them with Pro.
        They share one unusable password: benchmarks sign them in with sessions made for them."""
        User = get_user_model()
        existing = User.objects.filter(email__endswith=f"@{GENERATED_MEMBER_DOMAIN}").count()
        password = make_password(None)
        users = [
            User(
                username=f"member-{number:05d}@{GENERATED_MEMBER_DOMAIN}",
                email=f"member-{number:05d}@{GENERATED_MEMBER_DOMAIN}",
                first_name=f"Lid {number}",
                password=password,
            )
            for number in range(existing + 1, existing + members + 1)
        ]
        User.objects.bulk_create(users, batch_size=BATCH_SIZE)
        users = list(User.objects.filter(email__in=[user.email for user in users]).order_by("pk"))
        EmailAddress.objects.bulk_create(
            [EmailAddress(user=user, email=user.email, verified=True, primary=True) for user in users],
            batch_size=BATCH_SIZE,
        )
        Subscription.objects.bulk_create(
            [
                Subscription(
                    user=user,
                    stripe_subscription_id=f"sub_generated_{user.pk}",
                    stripe_customer_id=f"cus_generated_{user.pk}",
                    status=SubscriptionStatus.ACTIVE,
                    current_period_end=self.now + timezone.timedelta(days=30),
                )
                for user in users
                if self.rng.random() < pro_share
            ],
            batch_size=BATCH_SIZE,
        )
        return len(users)

    @transaction.atomic
    def generate_comments(self, articles: int, per_article: int) -> int:
        """Threaded discussions under the newest generated public articles that have none yet: threads of
        five (a comment, two replies, a reply to the first reply), by generated members."""
        writers = list(
            get_user_model()
            .objects.filter(email__endswith=f"@{GENERATED_MEMBER_DOMAIN}")
            .order_by("pk")[:500]
        )
        if not writers:
            raise RuntimeError("Generate members first (--members).")
        content_type = ContentType.objects.get_for_model(ArticlePage)
        discussed = set(
            DiscussionComment.objects.filter(content_type=content_type).values_list("object_pk", flat=True)
        )
        pages = [
            pk
            for pk in ArticlePage.objects.filter(title__startswith=GENERATED_MARK, is_pro=False)
            .order_by("-publication_date", "-pk")
            .values_list("pk", flat=True)[: articles + len(discussed)]
            if str(pk) not in discussed
        ][:articles]
        made = 0
        for page_pk in pages:
            started = self.now - timezone.timedelta(days=30)
            for _thread in range(per_article // 5):
                root = self.comment(content_type, page_pk, writers, started, None)
                first = self.comment(content_type, page_pk, writers, started, root)
                self.comment(content_type, page_pk, writers, started, root)
                self.comment(content_type, page_pk, writers, started, first)
                self.comment(content_type, page_pk, writers, started, first)
                made += 5
                started += timezone.timedelta(minutes=7)
        return made

    def comment(self, content_type, page_pk, writers, when, parent):
        writer = self.rng.choice(writers)
        text = paragraph(self.rng, self.rng.randint(1, 4))
        comment = DiscussionComment(
            content_type=content_type,
            object_pk=str(page_pk),
            site_id=settings.SITE_ID,
            user=writer,
            user_name=writer.first_name,
            user_email=writer.email,
            comment=text,
            body_html=render_comment(text),
            submit_date=when + timezone.timedelta(seconds=self.rng.randint(0, 400)),
            is_public=True,
            like_count=self.rng.randint(0, 12),
            parent_id=parent.pk if parent is not None else 0,
        )
        comment.save()
        return comment

    def topic_fields(self, theme):
        def fields(number):
            return {
                "title": f"{GENERATED_MARK} Onderwerp {number}",
                "theme_id": theme.pk,
                "summary": sentence(self.rng)[:200],
                "teaser": paragraph(self.rng, 3),
                "body": json.dumps(
                    [
                        {"type": "key_questions", "value": [sentence(self.rng) for _ in range(3)]},
                        {"type": "what_works", "value": f"<p>{paragraph(self.rng)}</p>"},
                        {"type": "what_does_not_work", "value": f"<p>{paragraph(self.rng)}</p>"},
                    ]
                ),
                "last_reviewed": self.now.date(),
                "is_pro": True,
            }

        return fields

    def article_fields(self):
        def fields(number):
            paragraphs = [f"<p>{paragraph(self.rng)}</p>" for _ in range(self.rng.randint(3, 6))]
            words = sum(len(p.split()) for p in paragraphs)
            return {
                "title": f"{GENERATED_MARK} Artikel {number}: {sentence(self.rng)[:-1].lower()}"[:255],
                "lead": paragraph(self.rng, 2)[:400],
                "publication_date": (self.now - timezone.timedelta(days=self.rng.randint(0, 2000))).date(),
                "body": json.dumps(
                    [{"type": "paragraph", "value": p, "id": str(uuid.uuid4())} for p in paragraphs]
                ),
                "is_pro": self.rng.random() < 0.2,
                "reading_minutes": max(1, words // 220),
            }

        return fields

    def create_pages(self, parent, page_class, count, make_fields):
        """Append `count` live children of `parent` in bulk; returns their primary keys."""
        if count <= 0:
            return []
        content_type = ContentType.objects.get_for_model(page_class)
        existing = page_class.objects.child_of(parent).filter(slug__startswith=GENERATED_SLUG_PREFIX).count()
        last_child = parent.get_last_child()
        next_step = (Page._str2int(last_child.path[-Page.steplen :]) + 1) if last_child else 1
        kind = page_class._meta.model_name.replace("page", "")
        local_fields = [f for f in page_class._meta.local_concrete_fields if f.name != "page_ptr"]
        created_pks = []
        for batch_start in range(0, count, BATCH_SIZE):
            batch = range(batch_start, min(count, batch_start + BATCH_SIZE))
            pages, extra_rows = [], []
            for offset in batch:
                number = existing + offset + 1
                fields = make_fields(number)
                slug = f"{GENERATED_SLUG_PREFIX}{kind}-{number:05d}"
                pages.append(
                    Page(
                        title=fields["title"],
                        draft_title=fields["title"],
                        slug=slug,
                        content_type=content_type,
                        path=Page._get_path(parent.path, parent.depth + 1, next_step + offset),
                        depth=parent.depth + 1,
                        numchild=0,
                        url_path=f"{parent.url_path}{slug}/",
                        live=True,
                        has_unpublished_changes=False,
                        first_published_at=self.now,
                        last_published_at=self.now,
                        locale_id=parent.locale_id,
                        translation_key=uuid.uuid4(),
                    )
                )
                extra_rows.append(fields)
            Page.objects.bulk_create(pages)
            if connection.features.can_return_rows_from_bulk_insert:
                pks = [page.pk for page in pages]
            else:
                pks = dict(Page.objects.filter(path__in=[p.path for p in pages]).values_list("path", "pk"))
                pks = [pks[page.path] for page in pages]
            self.insert_rows(page_class, local_fields, pks, extra_rows)
            created_pks.extend(pks)
        Page.objects.filter(pk=parent.pk).update(numchild=parent.get_children().count())
        parent.refresh_from_db()
        return created_pks

    @staticmethod
    def insert_rows(page_class, local_fields, pks, rows):
        """The child table rows of a multi-table page; Django's bulk_create refuses those models. A field a
        row leaves out gets its default (an empty social image, no noindex, ...)."""
        table = connection.ops.quote_name(page_class._meta.db_table)
        columns = ["page_ptr_id"] + [f.column for f in local_fields]
        placeholders = ", ".join(["%s"] * len(columns))
        quoted = ", ".join(connection.ops.quote_name(c) for c in columns)
        values = [
            [pk]
            + [
                field.get_db_prep_save(
                    field.to_python(row.get(field.attname, field.get_default())), connection
                )
                for field in local_fields
            ]
            for pk, row in zip(pks, rows, strict=True)
        ]
        with connection.cursor() as cursor:
            cursor.executemany(f"INSERT INTO {table} ({quoted}) VALUES ({placeholders})", values)  # noqa: S608
