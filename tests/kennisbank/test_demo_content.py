import re
import shutil
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.db.models import Count, Max
from django.utils.html import strip_tags
from wagtail.images import get_image_model
from wagtail.images.models import Rendition
from wagtail.models import Page, Revision

from articles.models import ArticlePage, Author, Theme, TopicPage
from discussion.models import DiscussionComment
from kennisbank.demo import dataset
from kennisbank.demo.generator import GENERATED_MARK
from kennisbank.demo.loader import DEMO_PASSWORD
from kennisbank.demo.markup import DemoDataError, Lines, rich_text
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
        "images": get_image_model().objects.count(),
        "latest_page_change": Page.objects.aggregate(Max("last_published_at"))["last_published_at__max"],
    }


@pytest.fixture
def demo(db):
    call_command("load_demo_content", stdout=StringIO())


def test_demo_content_is_idempotent(demo):
    before = snapshot()
    out = StringIO()
    call_command("load_demo_content", stdout=out)
    assert snapshot() == before
    assert "nothing changed" in out.getvalue()


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
    assert set(users) >= {login.email for login in dataset.load().logins}
    assert users["admin@example.com"].is_superuser
    roles = {
        "redactie@example.com": "Redacteuren",
        "eindredactie@example.com": "Eindredacteuren",
        "moderator@example.com": "Moderatoren",
    }
    for email, group in roles.items():
        assert list(users[email].groups.values_list("name", flat=True)) == [group], email
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


def test_demo_bodies_are_valid_stream_blocks(demo):
    """The parsed bodies pass the blocks' own validation (lengths, required fields, image references)."""
    for page in [*ArticlePage.objects.all(), *TopicPage.objects.all()]:
        page.body.stream_block.clean(page.body)


# The data files ---------------------------------------------------------------------------------------


def test_every_demo_data_file_parses_and_references_resolve():
    data = dataset.load()  # raises DemoDataError on any unreadable file or broken reference
    root = dataset.DATA_DIR
    assert [t.slug for t in data.topics] == sorted(p.stem for p in (root / "topics").glob("*.md"))
    assert [a.slug for a in data.articles] == sorted(p.stem for p in (root / "articles").glob("*.md"))
    assert [a.slug for a in data.authors] == sorted(p.stem for p in (root / "authors").glob("*.md"))
    assert [d.article for d in data.discussions] == sorted(
        p.stem for p in (root / "discussions").glob("*.toml")
    )
    themes = {theme.slug for theme in data.themes}
    topics = {topic.slug for topic in data.topics}
    authors = {author.slug for author in data.authors}
    articles = {article.slug for article in data.articles}
    emails = {person.email for person in [*data.logins, *data.commenters]}
    assert {topic.theme for topic in data.topics} <= themes
    assert {slug for topic in data.topics for slug in topic.related_articles} <= articles
    assert {slug for article in data.articles for slug in article.authors} <= authors
    assert {slug for article in data.articles for slug in article.topics} <= topics
    assert {slug for author in data.authors for slug in author.expertise} <= topics
    assert {discussion.article for discussion in data.discussions} <= articles
    for discussion in data.discussions:
        keys = []
        for comment in discussion.comments:
            assert comment.author in emails
            assert comment.reply_to is None or comment.reply_to in keys
            keys.append(comment.key)
    assert data.site.featured_article in articles
    assert set(data.site.featured_topics) <= topics
    used = {file for article in data.articles for file in article.image_files()}
    assert used == {image.file for image in data.images}
    for image in data.images:
        assert image.path.stat().st_size < 150_000, image.file
    assert (root / "images" / "ATTRIBUTION.md").is_file()


def test_demo_data_bodies_keep_their_structure():
    data = dataset.load()
    article = next(a for a in data.articles if a.slug == "drie-tips-voor-borging")
    assert [block_type for block_type, _value in article.body] == [
        "paragraph", "heading", "paragraph", "numbered_tips", "image", "quote", "paragraph", "callout"
    ]  # fmt: skip
    tips = dict(article.body)["numbered_tips"]
    assert tips["title"] == "Drie tips om verbeterprogramma's levend te houden"
    assert tips["tips"][0]["title"] == "Plan de vervolgsessies een jaar vooruit"
    assert dict(article.body)["quote"]["attribution"] == "Ilse Hoekstra, teamleider wijkverpleging"
    for topic in data.topics:
        assert [block_type for block_type, _value in topic.body] == [
            "key_questions", "what_works", "what_does_not_work", "pitfalls", "further_reading"
        ], topic.slug  # fmt: skip


def test_markdown_subset_becomes_the_rich_text_wagtail_stores():
    text = Lines(
        [
            "Een **vette** en een *schuine* zin,",
            "over twee regels & met [een link](https://example.org/?a=1&b=2).",
            "",
            "- eerste punt",
            "  loopt door",
            "- tweede punt",
            "",
            "1. stap een",
            "2. stap twee",
        ],
        1,
    )
    assert rich_text(text) == (
        "<p>Een <b>vette</b> en een <i>schuine</i> zin, over twee regels &amp; met "
        '<a href="https://example.org/?a=1&amp;b=2">een link</a>.</p>'
        "<ul><li>eerste punt loopt door</li><li>tweede punt</li></ul>"
        "<ol><li>stap een</li><li>stap twee</li></ol>"
    )


@pytest.fixture
def data_copy(tmp_path):
    root = tmp_path / "data"
    shutil.copytree(dataset.DATA_DIR, root)
    return root


def edit(path, old, new):
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new, 1))


BROKEN_FILES = [
    # file, text to replace, replacement, words the error must contain
    ("articles/feedback-die-landt.md", "pro = false", "pro = nee", ["line 6", "invalid TOML"]),
    ("articles/feedback-die-landt.md", "pro = false", 'pro = "false"', ["'pro' must be true or false"]),
    ("articles/feedback-die-landt.md", "+++\ntitle", "title", ["must start with a line '+++'"]),
    ("articles/feedback-die-landt.md", "::: quote", "::: citaat", ["unknown block '::: citaat'", "line"]),
    (
        "articles/feedback-die-landt.md",
        "beleidsmedewerker\n:::",
        "beleidsmedewerker",
        ["'::: quote' is not closed"],
    ),
    ("topics/okr.md", 'theme = "strategie-en-organisatie"\n', "", ["missing field 'theme'"]),
    ("topics/okr.md", "title =", "titel =", ["unknown field 'titel'"]),
    ("topics/okr.md", "::: pitfalls\n###", "::: pitfalls\nInleiding\n###", ["text before the first"]),
    ("authors/lotte-claes.md", '"onboarding"', '"inwerken"', ["unknown topic 'inwerken'"]),
    ("discussions/weerstand-is-informatie.toml", 'reply_to = "c1"', 'reply_to = "c9"', ["'c9'"]),
    ("discussions/weerstand-is-informatie.toml", "pieter.desmet@", "pieter@", ["unknown author"]),
]


@pytest.mark.parametrize(("name", "old", "new", "expected"), BROKEN_FILES)
def test_a_malformed_data_file_gives_an_error_naming_it(data_copy, name, old, new, expected):
    edit(data_copy / name, old, new)
    with pytest.raises(DemoDataError) as raised:
        dataset.load(data_copy)
    message = str(raised.value)
    assert str(data_copy / name) in message
    for words in expected:
        assert words in message


def test_the_command_refuses_malformed_data_and_loads_nothing(db, data_copy, monkeypatch):
    edit(data_copy / "themes.toml", 'slug = "advieswerk"', 'slug = "advieswerk"\nslug = "dubbel"')
    monkeypatch.setattr(dataset, "DATA_DIR", data_copy)
    pages = Page.objects.count()
    with pytest.raises(CommandError, match=re.escape(str(data_copy / "themes.toml"))):
        call_command("load_demo_content", stdout=StringIO())
    assert Page.objects.count() == pages


# Images -----------------------------------------------------------------------------------------------


def test_demo_images_render_as_renditions(demo, client):
    assert get_image_model().objects.count() == len(dataset.load().images)
    article = ArticlePage.objects.get(slug="drie-tips-voor-borging")
    image_blocks = [block for block in article.body if block.block_type == "image"]
    assert len(image_blocks) == 1 and image_blocks[0].value["alt_text"]
    assert not Rendition.objects.exists()
    response = client.get(article.url)
    assert response.status_code == 200
    html = response.content.decode()
    rendition = Rendition.objects.get(image=image_blocks[0].value["image"], filter_spec="width-1200")
    assert rendition.width == 1200
    assert re.search(rf'<img src="{re.escape(rendition.url)}"[^>]* alt="Jaarplan van januari', html)
    assert "/media/images/" in rendition.url


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


def test_generate_content_adds_members_and_threaded_discussions(demo, client):
    call_command(
        "generate_content",
        articles=20,
        topics=2,
        members=30,
        discussed_articles=2,
        comments=10,
        stdout=StringIO(),
    )
    members = get_user_model().objects.filter(email__endswith="@gegenereerd.example")
    assert members.count() == 30
    assert all(member.emailaddress_set.get().verified for member in members)
    assert 0 < sum(has_pro_access(member) for member in members) < 30
    generated = DiscussionComment.objects.filter(user__in=members)
    discussed = list(generated.order_by().values("object_pk").annotate(n=Count("pk")))
    assert sorted(row["n"] for row in discussed) == [10, 10]
    comments = generated.filter(object_pk=discussed[0]["object_pk"])
    assert sorted(comment.level for comment in comments) == [0, 0, 1, 1, 1, 1, 2, 2, 2, 2]
    page = ArticlePage.objects.get(pk=discussed[0]["object_pk"])
    response = client.get(page.url)
    assert response.status_code == 200
    assert response.content.decode().count('class="comment') >= 10
    # A second run discusses other articles.
    call_command(
        "generate_content", articles=0, topics=0, discussed_articles=1, comments=5, stdout=StringIO()
    )
    assert generated.order_by().values("object_pk").distinct().count() == 3


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
