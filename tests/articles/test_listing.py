import pytest
from bs4 import BeautifulSoup

from tests.factories import ArticlePageFactory, TopicPageFactory


def titles(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return [a.get_text(strip=True) for a in soup.select(".card__title a")]


@pytest.fixture
def many_articles(site_tree):
    # 13 articles: two pages of 12; publication dates ascend with the sequence.
    return [ArticlePageFactory(parent=site_tree.article_index, title=f"Stuk {n:02d}") for n in range(13)]


def test_index_lists_newest_first_twelve_per_page(client, many_articles):
    first = titles(client.get("/artikelen/"))
    assert len(first) == 12
    assert first[0] == "Stuk 12" and first[-1] == "Stuk 01"
    assert titles(client.get("/artikelen/?pagina=2")) == ["Stuk 00"]


@pytest.mark.parametrize(
    ("query", "expected_first"),
    [("pagina=abc", "Stuk 12"), ("pagina=", "Stuk 12"), ("pagina=-1", "Stuk 00"), ("pagina=999", "Stuk 00")],
)
def test_bad_page_numbers_fall_back_to_first_or_last_page(client, many_articles, query, expected_first):
    response = client.get(f"/artikelen/?{query}")
    assert response.status_code == 200
    assert titles(response)[0] == expected_first


def test_filter_by_topic(client, site_tree):
    topic = TopicPageFactory(parent=site_tree.knowledge_base, slug="feedback-geven")
    ArticlePageFactory(parent=site_tree.article_index, title="Over feedback", topics=[topic])
    ArticlePageFactory(parent=site_tree.article_index, title="Over iets anders")
    response = client.get("/artikelen/?onderwerp=feedback-geven")
    assert titles(response) == ["Over feedback"]
    assert client.get("/artikelen/?onderwerp=bestaat-niet").status_code == 404


def test_pagination_keeps_the_topic_filter(client, site_tree):
    topic = TopicPageFactory(parent=site_tree.knowledge_base, slug="feedback-geven")
    for n in range(13):
        ArticlePageFactory(parent=site_tree.article_index, title=f"Feedback {n}", topics=[topic])
    soup = BeautifulSoup(client.get("/artikelen/?onderwerp=feedback-geven").content, "html.parser")
    assert soup.select_one("a[rel=next]")["href"] == "?onderwerp=feedback-geven&pagina=2"
