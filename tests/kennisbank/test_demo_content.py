import re
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db.models import Max
from django.utils.html import strip_tags
from wagtail.models import Page, Revision

from articles.models import ArticlePage, Author, Theme, TopicPage
from kennisbank.demo import content
from kennisbank.demo.generator import GENERATED_MARK
from kennisbank.demo.loader import DEMO_PASSWORD, DEMO_USERS
from membership.access import has_pro_access
from tests.helpers import with_two_factor


def snapshot():
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "authors": Author.objects.count(),
        "themes": Theme.objects.count(),
        "users": get_user_model().objects.count(),
        "related": sum(t.related_articles.count() for t in TopicPage.objects.all()),
        "latest_page_change": Page.objects.aggregate(Max("last_published_at"))["last_published_at__max"],
    }


@pytest.fixture
def demo(db):
    call_command("load_demo_content", stdout=StringIO())


def test_demo_content_is_idempotent(demo):
    before = snapshot()
    call_command("load_demo_content", stdout=StringIO())
    assert snapshot() == before


def test_demo_content_meets_the_minimums(demo):
    articles = ArticlePage.objects.live()
    assert articles.count() >= 12
    assert Author.objects.filter(articles__in=articles).distinct().count() >= 4
    assert TopicPage.objects.filter(articles__in=articles).distinct().count() >= 24
    assert Theme.objects.filter(topics__isnull=False).distinct().count() >= 4
    assert TopicPage.objects.filter(is_pro=True).count() == TopicPage.objects.count()


def test_demo_article_on_making_improvement_stick(demo):
    article = ArticlePage.objects.get(slug="drie-tips-voor-borging")
    tips = [block for block in article.body if block.block_type == "numbered_tips"]
    assert len(tips) == 1 and len(tips[0].value["tips"]) == 3
    assert article.topics.filter(slug="borging-van-verandering").exists()


def test_demo_text_is_real_writing_not_filler(demo):
    for article in ArticlePage.objects.all():
        text = " ".join(strip_tags(str(block.render())) for block in article.body)
        assert len(text.split()) >= 300, article.slug
        assert not re.search(r"lorem|ipsum", text, re.IGNORECASE)
        assert GENERATED_MARK not in article.title


def test_demo_users_and_roles(demo, client):
    users = {user.email: user for user in get_user_model().objects.all()}
    assert set(users) >= {email for email, *_rest in DEMO_USERS}
    assert users["admin@example.com"].is_superuser
    assert users["redactie@example.com"].groups.filter(name="Editors").exists()
    assert not users["lezer@example.com"].is_staff
    expert = Author.objects.get(user=users["expert@example.com"])
    assert expert.is_verified_expert
    for email in users:
        assert users[email].check_password(DEMO_PASSWORD)
    client.force_login(users["redactie@example.com"])
    # Staff set up two-factor authentication on their first visit to the admin.
    assert client.get("/admin/")["Location"].startswith("/account/2fa/totp/activate/")
    with_two_factor(users["redactie@example.com"])
    assert client.get("/admin/").status_code == 200


def test_demo_site_serves_every_page(demo, client):
    for page in Page.objects.live().filter(depth__gt=1).specific():
        response = client.get(page.url)
        assert response.status_code == 200, page.url
    for author in Author.objects.all():
        assert client.get(author.get_absolute_url()).status_code == 200


def test_demo_content_module_is_consistent():
    topic_slugs = {topic["slug"] for topic in content.TOPICS}
    theme_slugs = {theme["slug"] for theme in content.THEMES}
    author_slugs = {author["slug"] for author in content.AUTHORS}
    article_slugs = {article["slug"] for article in content.ARTICLES}
    assert {topic["theme"] for topic in content.TOPICS} <= theme_slugs
    assert {slug for a in content.ARTICLES for slug in a["topics"]} <= topic_slugs
    assert {slug for a in content.ARTICLES for slug in a["authors"]} <= author_slugs
    assert {slug for t in content.TOPICS for slug in t.get("related_articles", [])} <= article_slugs
    assert sum(1 for a in content.ARTICLES if a.get("featured")) == 1


def test_generate_content_creates_marked_servable_pages(demo, client):
    call_command("generate_content", articles=300, topics=10, stdout=StringIO())
    generated = ArticlePage.objects.filter(title__startswith=GENERATED_MARK)
    assert generated.count() == 300
    assert TopicPage.objects.filter(title__startswith=GENERATED_MARK).count() == 10
    assert all(not problems for problems in Page.find_problems())  # paths, depths and numchild agree
    sample = generated.order_by("?").first()
    response = client.get(sample.url)
    assert response.status_code == 200
    assert sample.title in response.content.decode()
    assert sample.authors.count() == 1
    # A second run continues the numbering instead of clashing.
    call_command("generate_content", articles=5, topics=0, stdout=StringIO())
    assert generated.count() == 305


def test_demo_pro_member_has_a_running_trial(db, standin, client, site_tree):
    call_command("load_demo_content", stdout=StringIO())
    pro = get_user_model().objects.get(email="pro@example.com")
    subscription = pro.subscriptions.get()
    assert subscription.status == "trialing"
    assert has_pro_access(pro)
    call_command("load_demo_content", stdout=StringIO())  # idempotent with Stripe too
    assert pro.subscriptions.count() == 1


def test_demo_loads_without_stripe_and_says_so(db):
    out = StringIO()
    call_command("load_demo_content", stdout=out)
    assert "gets its trial on the next run" in out.getvalue()


def test_demo_discussion_under_the_borging_article(demo, client):
    from bs4 import BeautifulSoup

    article = ArticlePage.objects.get(slug="drie-tips-voor-borging")
    soup = BeautifulSoup(client.get(article.url).content, "html.parser")
    comments = soup.select("li.comment")
    assert len(comments) >= 8
    expert = next(c for c in comments if c.select_one(":scope > article .badge--expert"))
    assert len(expert.select(":scope > article .comment__text ol > li")) == 4  # the numbered argument
    assert expert.select(":scope > ol.comment-list--replies > li")  # others reply to the expert
    assert soup.select(".badge--author")  # and the author answers
    moderator = get_user_model().objects.get(email="moderator@example.com")
    assert moderator.has_perm("django_comments.can_moderate")
