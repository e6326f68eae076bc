import pytest
from playwright.sync_api import expect

from tests.factories import ArticlePageFactory, TopicPageFactory, stream

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_reader_follows_an_article_to_its_topic_and_meets_the_paywall(live_server, page, site_tree):
    topic = TopicPageFactory(
        parent=site_tree.knowledge_base,
        title="Borging van verandering",
        slug="borging-van-verandering",
        teaser="Verandering zakt weg als niemand haar onderhoudt.",
        body=stream(("what_works", "<p>Alleen voor Pro-leden.</p>")),
    )
    ArticlePageFactory(
        parent=site_tree.article_index,
        title="Drie tips voor borging",
        lead="Waarom verbeterprogramma's na de trainingsdag verwateren.",
        body=stream(("paragraph", "<p>Plan de sessies een jaar vooruit.</p>")),
        topics=[topic],
    )

    page.goto(live_server.url + "/")
    expect(page.locator("html")).to_have_attribute("lang", "nl")  # Dutch even for an English browser
    page.get_by_role("link", name="Drie tips voor borging").first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Drie tips voor borging")
    expect(page.get_by_text("Plan de sessies een jaar vooruit.")).to_be_visible()

    page.locator(".article__footer").get_by_role("link", name="Borging van verandering").click()
    expect(page).to_have_url(live_server.url + "/kennisbank/borging-van-verandering/")
    expect(page.get_by_text("Verandering zakt weg als niemand haar onderhoudt.")).to_be_visible()
    expect(page.locator(".pro-invitation")).to_be_visible()
    assert "Alleen voor Pro-leden." not in page.content()


def test_on_a_phone_the_header_folds_behind_a_menu_button(live_server, page, site_tree):
    page.set_viewport_size({"width": 375, "height": 667})
    page.goto(live_server.url + "/")
    menu_button = page.get_by_role("button", name="Menu")
    expect(menu_button).to_be_visible()
    expect(menu_button).to_have_attribute("aria-expanded", "false")
    navigation = page.get_by_role("navigation", name="Hoofdmenu")
    expect(navigation).to_be_hidden()
    header_height = page.locator(".site-header").bounding_box()["height"]
    assert header_height < 0.2 * 667, header_height

    menu_button.click()
    expect(menu_button).to_have_attribute("aria-expanded", "true")
    expect(navigation).to_be_visible()
    expect(page.locator(".site-header .search-box__input")).to_be_visible()
    page.keyboard.press("Escape")
    expect(navigation).to_be_hidden()
    expect(menu_button).to_be_focused()

    page.set_viewport_size({"width": 1280, "height": 900})  # wide: no button, everything in view
    expect(menu_button).to_be_hidden()
    expect(navigation).to_be_visible()


def test_the_footer_switches_the_language_without_a_token_and_the_choice_stays(live_server, page, site_tree):
    """Shared pages carry no CSRF token: the browser's own Sec-Fetch-Site lets the switch through."""
    page.goto(live_server.url + "/")
    assert "csrfmiddlewaretoken" not in page.content()
    page.get_by_label("Taal").select_option("en")
    page.get_by_role("button", name="Wijzigen").click()
    expect(page.locator("html")).to_have_attribute("lang", "en")
    page.goto(live_server.url + "/artikelen/")
    expect(page.locator("html")).to_have_attribute("lang", "en")
