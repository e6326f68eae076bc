"""Hot pages run the same number of SQL queries however many items they show (architecture invariant 5)."""

import pytest
import wagtail_factories
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.models import Author
from kennisbank.demo.generator import CorpusGenerator
from tests.factories import ArticlePageFactory, AuthorFactory, ThemeFactory, TopicPageFactory

# Lists of article cards: at most one query for the comment counts of all cards, none when they are cached.
CEILING = {"home": 11, "article_index": 12, "article": 9, "knowledge_base": 8, "topic": 16}


# With the shared fragments kept (kennisbank/fragments.py) and the route and page kept
# (kennisbank/site_lookups.py), an anonymous visitor's page is rendered again without a query; the index and
# a topic read the one thing their page depends on (the list's page of ids, the visitor's access).
CEILING_WITH_FRAGMENTS = {"home": 0, "article_index": 1, "article": 0, "knowledge_base": 0, "topic": 1}


@pytest.fixture(autouse=True)
def _rendered_not_from_the_shared_cache(settings):
    """The queries of rendering a page; the shared page cache (kennisbank/page_cache.py) would answer the
    second request without any, and the shared fragments (kennisbank/fragments.py) most of it."""
    settings.PAGE_CACHE_SECONDS = 0
    settings.FRAGMENT_CACHE_SECONDS = 0


def queries_for(client, url):
    for _ in range(
        2
    ):  # warm per-process caches (content types, site root paths, the route and the page kept)
        client.get(url)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


def build(site_tree, items):
    themes = [ThemeFactory() for _ in range(min(items, 4))]
    topics = [
        TopicPageFactory(parent=site_tree.knowledge_base, theme=themes[n % len(themes)]) for n in range(items)
    ]
    authors = [AuthorFactory() for _ in range(items)]
    articles = [
        ArticlePageFactory(parent=site_tree.article_index, authors=authors[: n + 1], topics=topics[: n + 1])
        for n in range(items)
    ]
    for article in articles[: items // 2 + 1]:  # the first topic curates some of its articles
        topics[0].related_articles.create(article=article)
    topics[0].save_revision().publish()
    featured = ArticlePageFactory(parent=site_tree.article_index, authors=authors[:1], topics=topics[:1])
    home = site_tree.home
    home.featured_article = featured
    for topic in topics[:9]:
        home.featured_topics.create(topic=topic)
    home.save_revision().publish()
    return [*articles, featured]


def url_of(page, articles):
    return {
        "home": "/",
        "article_index": "/artikelen/",
        "article": articles[-2].url,  # the last built article has `items` authors and topics
        "knowledge_base": "/kennisbank/",
        "topic": articles[0].topics.get().url,  # every article is on the first topic
    }[page]


@pytest.mark.parametrize("page", sorted(CEILING))
def test_query_count_does_not_grow_with_items(client, django_db_blocker, site_tree, page):
    counts = []
    for items in (1, 20):
        articles = build(site_tree, items)
        url = url_of(page, articles)
        counts.append(queries_for(client, url))
        for article in articles:
            article.delete()
    assert counts[0] == counts[1], f"{page}: {counts[0]} queries with 1 item, {counts[1]} with 20"
    assert counts[1] <= CEILING[page], counts


@pytest.mark.parametrize("page", sorted(CEILING_WITH_FRAGMENTS))
def test_with_the_shared_fragments_and_the_kept_page_little_is_read(client, site_tree, settings, page):
    settings.FRAGMENT_CACHE_SECONDS = 600
    url = url_of(page, build(site_tree, 20))
    assert queries_for(client, url) <= CEILING_WITH_FRAGMENTS[page]


def test_author_list_with_photos_does_not_grow_with_authors(client, site_tree):
    counts = []
    for number in (1, 20):
        Author.objects.all().delete()
        for _ in range(number):
            AuthorFactory(photo=wagtail_factories.ImageFactory())
        counts.append(queries_for(client, "/auteurs/"))
    assert counts[0] == counts[1], counts


def test_page_500_of_the_index_costs_what_page_1_costs(client, site_tree, settings):
    """Deep pages read ids in index order and then only their own rows (articles.models.paginate)."""
    settings.ARTICLES_PER_PAGE = 2
    AuthorFactory()
    CorpusGenerator(seed=3).generate(articles=1000, topics=3)
    newest_first = list(
        site_tree.article_index.articles()
        .order_by("-publication_date", "-pk")
        .values_list("title", flat=True)
    )
    first, deep = queries_for(client, "/artikelen/"), queries_for(client, "/artikelen/?pagina=500")
    assert first == deep <= CEILING["article_index"]
    html = client.get("/artikelen/?pagina=500").content.decode()
    assert newest_first[998] in html and newest_first[999] in html and newest_first[997] not in html
    assert "Pagina 500 van 500" in html
