"""Most read pages, counted by the site: a counter per page and day, people only, after the response;
and the editors' report (Reports > Most read) with comment activity per page."""

import datetime
from collections import Counter

import pytest
from django.db import connection
from django.db.models import QuerySet
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from articles import readership
from articles.readership import DailyReads, most_read, record_read
from tests.factories import ArticlePageFactory, CommentFactory, TopicPageFactory, UserFactory
from tests.helpers import with_two_factor

PERSON = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36"
REPORT = "/admin/meest-gelezen/"


def reads(page) -> int:
    return sum(DailyReads.objects.filter(page_id=page.pk).values_list("count", flat=True))


def test_people_are_counted_per_page_and_day_without_cookies(client, site_tree):
    article = ArticlePageFactory(parent=site_tree.article_index)
    crawled = client.get(article.url, HTTP_USER_AGENT="Googlebot")
    for _ in range(3):
        response = client.get(article.url, HTTP_USER_AGENT=PERSON)
        assert response.status_code == 200
        assert set(response.cookies) == set(crawled.cookies)  # counting sets nothing on the reader
    assert reads(article) == 3
    [row] = DailyReads.objects.all()
    assert row.day == timezone.localdate()
    assert [field.name for field in DailyReads._meta.fields] == ["id", "page", "day", "count"]


@pytest.mark.parametrize(
    "headers",
    [
        {},  # no user agent at all
        {"HTTP_USER_AGENT": "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"},
        {"HTTP_USER_AGENT": "facebookexternalhit/1.1"},
        {"HTTP_USER_AGENT": "curl/8.5.0"},
        {"HTTP_USER_AGENT": PERSON, "HTTP_SEC_PURPOSE": "prefetch"},
    ],
)
def test_crawlers_previews_and_prefetches_are_not_counted(client, site_tree, headers):
    article = ArticlePageFactory(parent=site_tree.article_index)
    assert client.get(article.url, **headers).status_code == 200
    assert reads(article) == 0


def test_head_requests_and_missing_pages_are_not_counted(client, site_tree):
    topic = TopicPageFactory(parent=site_tree.knowledge_base)
    client.head(topic.url, HTTP_USER_AGENT=PERSON)
    assert client.get("/kennisbank/bestaat-niet/", HTTP_USER_AGENT=PERSON).status_code == 404
    assert DailyReads.objects.count() == 0
    client.get(topic.url, HTTP_USER_AGENT=PERSON)  # a Pro topic read as a teaser still counts
    assert reads(topic) == 1


def test_counting_costs_one_update_after_the_first_read_of_the_day(client, site_tree):
    article = ArticlePageFactory(parent=site_tree.article_index)
    client.get(article.url, HTTP_USER_AGENT=PERSON)  # inserts the day's row
    with CaptureQueriesContext(connection) as crawler:
        client.get(article.url, HTTP_USER_AGENT="Googlebot")
    with CaptureQueriesContext(connection) as person:
        client.get(article.url, HTTP_USER_AGENT=PERSON)
    extra = person.captured_queries[len(crawler.captured_queries) :]
    assert len(person) == len(crawler) + 1, extra
    assert extra[0]["sql"].startswith('UPDATE "articles_dailyreads"')


def test_a_first_read_racing_another_is_counted_on_the_row_the_other_made(site_tree, monkeypatch):
    """Two first reads of the day at once: both find no row to update, one inserts it, the other's insert
    fails on the unique constraint and it updates the row instead."""
    article = ArticlePageFactory(parent=site_tree.article_index)
    day = datetime.date(2026, 11, 30)
    record_read(article.pk, day)  # the other request's row
    updates = []
    original_update = QuerySet.update

    def first_update_finds_nothing(queryset, **kwargs):
        updates.append(kwargs)
        return 0 if len(updates) == 1 else original_update(queryset, **kwargs)

    monkeypatch.setattr(QuerySet, "update", first_update_finds_nothing)
    record_read(article.pk, day)
    assert len(updates) == 2
    assert DailyReads.objects.get(page_id=article.pk, day=day).count == 2


def test_most_read_adds_up_the_days_of_the_period(site_tree):
    popular = ArticlePageFactory(parent=site_tree.article_index, title="Populair")
    quiet = TopicPageFactory(parent=site_tree.knowledge_base, title="Rustig")
    old = ArticlePageFactory(parent=site_tree.article_index, title="Van lang geleden")
    today = datetime.date(2026, 12, 2)
    for days_ago in range(3):
        for _ in range(2):
            record_read(popular.pk, today - datetime.timedelta(days=days_ago))
    record_read(quiet.pk, today)
    record_read(old.pk, today - datetime.timedelta(days=40))
    result = most_read(today - datetime.timedelta(days=6), today)
    assert [(page.title, count) for page, count in result] == [("Populair", 6), ("Rustig", 1)]


def test_editors_read_the_report_with_comment_activity(client, editor, site_tree):
    read_article = ArticlePageFactory(parent=site_tree.article_index, title="Veel gelezen")
    discussed = ArticlePageFactory(parent=site_tree.article_index, title="Veel besproken")
    for _ in range(4):
        record_read(read_article.pk)
    for _ in range(3):
        CommentFactory(page=discussed)
    CommentFactory(page=discussed, is_public=False)  # waiting for a moderator: not counted
    CommentFactory(page=read_article, submit_date=timezone.now() - datetime.timedelta(days=60))
    client.force_login(editor)
    assert REPORT in client.get("/admin/").content.decode()
    html = client.get(REPORT).content.decode()
    read_table = html[html.index('id="read"') : html.index("</table>", html.index('id="read"'))]
    commented = html[html.index('id="commented"') : html.index("</table>", html.index('id="commented"'))]
    assert "Veel gelezen" in read_table and "<td>4</td>" in read_table
    assert "Veel besproken" in commented and "<td>3</td>" in commented
    assert "Veel gelezen" not in commented  # its only comment is older than the period
    longer = client.get(REPORT, {"dagen": "90"}).content.decode()
    assert "Veel gelezen" in longer[longer.index('id="commented"') :]
    for junk in ("abc", "-1", "100000", "<script>"):
        assert client.get(REPORT, {"dagen": junk}).status_code == 200


def test_report_queries_do_not_grow_with_rows(client, editor, site_tree):
    client.force_login(editor)
    counts = []
    for number in (1, 20):
        pages = [ArticlePageFactory(parent=site_tree.article_index) for _ in range(number)]
        for page in pages:
            record_read(page.pk)
            CommentFactory(page=page)
        client.get(REPORT)
        with CaptureQueriesContext(connection) as captured:
            assert client.get(REPORT).status_code == 200
        counts.append(len(captured))
    assert counts[0] == counts[1], counts


def test_staff_without_the_permission_get_a_403(client, site_tree):
    client.force_login(with_two_factor(UserFactory(is_staff=True, is_superuser=False)))
    response = client.get(REPORT)
    assert response.status_code in (302, 403)


def test_reads_are_added_up_in_the_process_and_written_together(client, site_tree, settings, monkeypatch):
    """With READS_WRITE_SECONDS (production: 10) a read costs no query of its own: the process writes its
    reads together on the first read after the interval, one UPDATE per page and day, and before a report."""
    settings.READS_WRITE_SECONDS = 60
    monkeypatch.setattr(readership, "_pending", Counter())  # nothing left behind for other tests
    clock = {"now": 1_000.0}
    monkeypatch.setattr(readership.time, "monotonic", lambda: clock["now"])
    monkeypatch.setattr(readership, "_last_write", {"at": clock["now"]})
    first, second = (ArticlePageFactory(parent=site_tree.article_index) for _ in range(2))
    client.get(first.url, HTTP_USER_AGENT="Googlebot")  # warm: the page from the shared cache from now on
    with CaptureQueriesContext(connection) as captured:
        for page in (first, first, second, first):
            assert client.get(page.url, HTTP_USER_AGENT=PERSON).status_code == 200
    assert not [query for query in captured.captured_queries if "dailyreads" in query["sql"].lower()]
    assert reads(first) == reads(second) == 0
    clock["now"] += 61  # the interval has passed: the next read writes them all
    with CaptureQueriesContext(connection) as captured:
        client.get(second.url, HTTP_USER_AGENT=PERSON)
    writes = [query["sql"] for query in captured.captured_queries if "dailyreads" in query["sql"].lower()]
    assert (reads(first), reads(second)) == (3, 2)
    assert len(writes) <= 4, writes  # per page: an UPDATE, and an INSERT for the day's first
    client.get(first.url, HTTP_USER_AGENT=PERSON)  # pending again: a report includes it
    today = timezone.localdate()
    assert {page.pk: count for page, count in most_read(today, today)} == {first.pk: 4, second.pk: 2}
