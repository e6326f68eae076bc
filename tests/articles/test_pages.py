import datetime
import json

import pytest
import wagtail_factories
from bs4 import BeautifulSoup

from articles.models import ArticlePage, TopicPage, estimate_reading_minutes
from tests.factories import ArticlePageFactory, AuthorFactory, TopicPageFactory, stream

PRO_SECRET = "geheime-pro-tekst-7f3a"


@pytest.fixture
def topic(site_tree):
    return TopicPageFactory(
        parent=site_tree.knowledge_base,
        slug="borging-van-verandering",
        title="Borging van verandering",
        summary="Waarom veranderingen wegzakken en wat helpt.",
        body=stream(("what_works", f"<p>{PRO_SECRET}</p>")),
    )


@pytest.fixture
def free_article(site_tree, topic):
    return ArticlePageFactory(
        parent=site_tree.article_index,
        title="Drie tips voor borging",
        slug="drie-tips-voor-borging",
        lead="Waarom verbeterprogramma's na de trainingsdag verwateren.",
        body=stream(
            ("paragraph", "<p>Openbare tekst van het artikel.</p>"),
            (
                "numbered_tips",
                {
                    "title": "Drie tips",
                    "tips": [
                        {"title": "Plan een jaar vooruit", "text": "Zet de sessies nu al in de agenda."},
                        {"title": "Laat niets voorgaan", "text": "Urgent is zelden belangrijk."},
                        {"title": "Vier kleine successen", "text": "Geduld loont."},
                    ],
                },
            ),
            ("quote", {"text": "Borging is saai werk.", "attribution": "Een trainer"}),
            ("callout", {"title": "Kern", "text": "<p>Herhaling wint.</p>"}),
        ),
        topics=[topic],
    )


@pytest.fixture
def pro_article(site_tree):
    return ArticlePageFactory(
        parent=site_tree.article_index,
        title="Een Pro-artikel",
        slug="een-pro-artikel",
        lead="De openbare lead van het Pro-artikel.",
        body=stream(("paragraph", f"<p>{PRO_SECRET}</p>")),
        is_pro=True,
    )


def test_article_renders_blocks_and_metadata(client, free_article):
    response = client.get("/artikelen/drie-tips-voor-borging/")
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.html["lang"] == "nl"
    assert soup.h1.get_text(strip=True) == "Drie tips voor borging"
    tips = soup.select("ol.tips__list > li")
    assert [tip.h3.get_text(strip=True) for tip in tips] == [
        "Plan een jaar vooruit",
        "Laat niets voorgaan",
        "Vier kleine successen",
    ]
    assert soup.select_one("figure.quote figcaption").get_text(strip=True) == "Een trainer"
    assert soup.select_one("aside.callout h2").get_text(strip=True) == "Kern"
    topic_link = soup.select_one(".article__footer a.tag")
    assert topic_link["href"] == "/kennisbank/borging-van-verandering/"
    assert soup.find("a", class_="skip-link")["href"] == "#main"
    assert soup.find("main", id="main") is not None


def test_reading_time_is_derived_from_the_body(site_tree):
    words = " ".join(["woord"] * 1000)
    article = ArticlePageFactory(
        parent=site_tree.article_index, body=stream(("paragraph", f"<p>{words}</p>"))
    )
    article.refresh_from_db()
    assert article.reading_minutes == 5  # 1000 words at 220 a minute
    assert estimate_reading_minutes(article.body) == 5


def test_article_is_free_by_default_and_topics_pro_by_default(site_tree):
    assert ArticlePage().is_pro is False
    assert TopicPage().is_pro is True


@pytest.mark.parametrize("persona", ["anonymous", "reader"])
def test_pro_body_is_not_sent_to_non_members(client, reader, pro_article, topic, persona):
    if persona == "reader":
        client.force_login(reader)
    for url in ("/artikelen/een-pro-artikel/", "/kennisbank/borging-van-verandering/"):
        response = client.get(url)
        assert response.status_code == 200
        html = response.content.decode()
        assert PRO_SECRET not in html
        assert "pro-invitation" in html
        assert "private" in response["Cache-Control"]
    # The public teaser is there.
    assert (
        "De openbare lead van het Pro-artikel." in client.get("/artikelen/een-pro-artikel/").content.decode()
    )


def test_staff_read_the_pro_body(client, staff_user, pro_article, topic):
    client.force_login(staff_user)
    for url in ("/artikelen/een-pro-artikel/", "/kennisbank/borging-van-verandering/"):
        response = client.get(url)
        html = response.content.decode()
        assert PRO_SECRET in html
        assert "pro-invitation" not in html
        assert "private" in response["Cache-Control"]


def test_free_article_body_is_public(client, free_article):
    html = client.get("/artikelen/drie-tips-voor-borging/").content.decode()
    assert "Openbare tekst van het artikel." in html
    assert "pro-invitation" not in html


def test_topic_page_shows_teaser_summary_and_related_articles(client, topic, free_article):
    topic.related_articles.create(article=free_article)
    topic.save_revision().publish()
    response = client.get("/kennisbank/borging-van-verandering/")
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select_one(".topic__teaser").get_text(strip=True) == topic.teaser
    assert "Drie tips voor borging" in soup.select_one("#curated-title").find_parent("section").get_text()
    assert soup.select_one(".article__meta time")["datetime"] == "2026-10-01"


def test_knowledge_base_groups_topics_by_theme(client, site_tree):
    first = TopicPageFactory(
        parent=site_tree.knowledge_base, title="Feedback geven", summary="Over feedback."
    )
    TopicPageFactory(
        parent=site_tree.knowledge_base, title="Coaching", summary="Over coaching.", theme=first.theme
    )
    other = TopicPageFactory(parent=site_tree.knowledge_base, title="OKR", summary="Over doelen.")
    soup = BeautifulSoup(client.get("/kennisbank/").content, "html.parser")
    sections = soup.select("section.theme")
    assert [s.h2.get_text(strip=True) for s in sections] == sorted(
        [first.theme.name, other.theme.name], key=lambda n: (0, n)
    )
    first_section = next(sec for sec in sections if sec.h2.get_text(strip=True) == first.theme.name)
    first_section_topics = [a.get_text(strip=True) for a in first_section.select(".topic-list__item > a")]
    assert first_section_topics == ["Coaching", "Feedback geven"]
    assert "Over coaching." in first_section.get_text()


def test_author_page_lists_their_articles(client, site_tree):
    author = AuthorFactory(name="Anouk de Vries", slug="anouk-de-vries", is_verified_expert=True)
    ArticlePageFactory(parent=site_tree.article_index, title="Haar artikel", authors=[author])
    ArticlePageFactory(parent=site_tree.article_index, title="Iemand anders")
    response = client.get("/auteurs/anouk-de-vries/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Haar artikel" in html and "Iemand anders" not in html
    assert "badge--expert" in html
    assert client.get("/auteurs/bestaat-niet/").status_code == 404
    assert "Anouk de Vries" in client.get("/auteurs/").content.decode()


def test_home_page_shows_featured_latest_and_topics(client, site_tree, free_article, topic):
    home = site_tree.home
    home.featured_article = free_article
    home.featured_topics.create(topic=topic)
    home.save_revision().publish()
    other = ArticlePageFactory(parent=site_tree.article_index, title="Nieuwste artikel")
    soup = BeautifulSoup(client.get("/").content, "html.parser")
    assert soup.select_one(".featured__article h3").get_text(strip=True) == "Drie tips voor borging"
    latest = [a.get_text(strip=True) for a in soup.select("#latest-title ~ .card-grid .card__title a")]
    assert latest == [other.title]  # the featured article is not repeated
    assert "Borging van verandering" in soup.select_one(".topic-list").get_text()
    assert soup.select_one(".pro-invitation") is not None


def test_unpublished_article_is_not_listed_or_served(client, site_tree):
    draft = ArticlePageFactory(parent=site_tree.article_index, title="Concept", live=False)
    assert "Concept" not in client.get("/artikelen/").content.decode()
    assert client.get(f"/artikelen/{draft.slug}/").status_code == 404


def test_seo_tags_come_from_the_teaser(client, pro_article):
    soup = BeautifulSoup(client.get("/artikelen/een-pro-artikel/").content, "html.parser")
    description = soup.find("meta", attrs={"name": "description"})["content"]
    assert description == "De openbare lead van het Pro-artikel."
    assert soup.find("meta", property="og:description")["content"] == description
    assert soup.find("meta", property="og:title")["content"] == "Een Pro-artikel"
    assert soup.find("link", rel="canonical")["href"] == "http://testserver/artikelen/een-pro-artikel/"
    assert soup.title.get_text() == "Een Pro-artikel | Kennisbank"


def test_json_ld_marks_pro_articles(client, pro_article, free_article):
    def json_ld(url):
        soup = BeautifulSoup(client.get(url).content, "html.parser")
        return json.loads(soup.find("script", type="application/ld+json").string)

    pro = json_ld("/artikelen/een-pro-artikel/")
    assert pro["@type"] == "Article"
    assert pro["isAccessibleForFree"] is False
    assert pro["hasPart"] == {
        "@type": "WebPageElement",
        "isAccessibleForFree": False,
        "cssSelector": ".pro-body",
    }
    assert pro["description"] == "De openbare lead van het Pro-artikel."
    assert PRO_SECRET not in json.dumps(pro)
    free = json_ld("/artikelen/drie-tips-voor-borging/")
    assert free["isAccessibleForFree"] is True
    assert "hasPart" not in free
    assert free["datePublished"] == free_article.publication_date.isoformat()


def test_json_ld_cannot_break_out_of_its_script(client, site_tree):
    ArticlePageFactory(parent=site_tree.article_index, slug="xss", title="</script><script>alert(1)</script>")
    html = client.get("/artikelen/xss/").content.decode()
    assert "</script><script>alert(1)" not in html


def test_dates_render_in_dutch(client, free_article):
    free_article.publication_date = datetime.date(2026, 3, 5)
    free_article.save_revision().publish()
    assert "5 maart 2026" in client.get("/artikelen/drie-tips-voor-borging/").content.decode()


def test_image_block_renders_alt_text_and_caption(client, site_tree):
    image = wagtail_factories.ImageFactory(title="Schema")
    ArticlePageFactory(
        parent=site_tree.article_index,
        slug="met-beeld",
        body=stream(
            (
                "image",
                {"image": image.pk, "alt_text": "Een schema van drie stappen", "caption": "De drie stappen"},
            )
        ),
    )
    soup = BeautifulSoup(client.get("/artikelen/met-beeld/").content, "html.parser")
    figure = soup.select_one("figure.figure")
    assert figure.img["alt"] == "Een schema van drie stappen"
    assert figure.figcaption.get_text(strip=True) == "De drie stappen"
    assert figure.img["src"].startswith("/media/images/")


def test_author_photo_or_initials(client, site_tree):
    with_photo = AuthorFactory(name="Fatima El Amrani", photo=wagtail_factories.ImageFactory())
    without = AuthorFactory(name="Jan de Boer")
    ArticlePageFactory(parent=site_tree.article_index, slug="twee-auteurs", authors=[with_photo, without])
    soup = BeautifulSoup(client.get("/artikelen/twee-auteurs/").content, "html.parser")
    boxes = soup.select(".author-box")
    assert boxes[0].find("img", class_="avatar")["alt"] == ""
    assert boxes[1].select_one(".avatar--initials").get_text(strip=True) == "JB"
