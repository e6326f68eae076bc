import re
import time

import pytest
from playwright.sync_api import expect

from search import indexing
from search.models import PopularQuery, SearchEvent
from tests.factories import ArticlePageFactory, TopicPageFactory, stream

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

# A person's browser: headless Chromium says "HeadlessChrome", which the analytics count as a robot.
BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36"


@pytest.fixture
def corpus(site_tree):
    topic = TopicPageFactory(
        parent=site_tree.knowledge_base,
        title="Feedback geven",
        slug="feedback-geven",
        summary="Feedback die tot verandering leidt.",
        body=stream(("what_works", "<p>Alleen voor Pro-leden.</p>")),
    )
    for title in ("Feedback die landt", "Feedback in het team"):
        ArticlePageFactory(
            parent=site_tree.article_index,
            title=title,
            lead="Over feedback in de praktijk.",
            body=stream(("paragraph", "<p>Feedback vraagt om een relatie.</p>")),
            topics=[topic],
        )
    indexing.rebuild()
    PopularQuery.objects.create(query="feedback praktijk", count=5)
    return topic


def test_autocomplete_by_keyboard(live_server, page, corpus):
    page.goto(live_server.url + "/")
    box = page.get_by_role("combobox", name="Zoeken op de site")
    expect(box).to_have_attribute("aria-expanded", "false")
    box.press_sequentially("feedb", delay=30)
    listbox = page.get_by_role("listbox", name="Suggesties")
    expect(listbox).to_be_visible()
    expect(box).to_have_attribute("aria-expanded", "true")
    expect(box).to_have_attribute("aria-controls", listbox.get_attribute("id"))
    options = listbox.get_by_role("option")
    expect(options).to_have_count(4)  # three titles, the topic first, and a popular search
    expect(options.first).to_contain_text("Feedback geven")
    expect(options.first).to_contain_text("Onderwerp")
    expect(page.locator("header [data-autocomplete-status]")).to_have_text(
        "4 suggesties. Kies met de pijltjestoetsen omhoog en omlaag."
    )

    box.press("ArrowDown")
    expect(options.nth(0)).to_have_attribute("aria-selected", "true")
    expect(box).to_have_attribute("aria-activedescendant", options.nth(0).get_attribute("id"))
    expect(box).to_be_focused()  # focus stays in the box
    box.press("ArrowUp")  # wraps to the last
    expect(options.nth(3)).to_have_attribute("aria-selected", "true")
    expect(options.nth(0)).to_have_attribute("aria-selected", "false")
    box.press("ArrowDown")  # and back to the first
    expect(options.nth(0)).to_have_attribute("aria-selected", "true")

    box.press("Escape")  # closes the list, keeps what was typed
    expect(listbox).to_be_hidden()
    expect(box).to_have_attribute("aria-expanded", "false")
    expect(box).not_to_have_attribute("aria-activedescendant", re.compile(".+"))
    expect(box).to_have_value("feedb")

    box.press("ArrowDown")  # opens it again on the first option
    expect(listbox).to_be_visible()
    expect(options.nth(0)).to_have_attribute("aria-selected", "true")
    box.press("Enter")  # a page opens
    expect(page).to_have_url(live_server.url + "/kennisbank/feedback-geven/")


def test_a_popular_search_is_searched_and_the_list_closes_on_tab(live_server, page, corpus):
    page.goto(live_server.url + "/artikelen/")
    box = page.get_by_role("combobox", name="Zoeken op de site")
    box.press_sequentially("feedback p", delay=30)
    option = page.get_by_role("option", name=re.compile("feedback praktijk"))
    expect(option).to_contain_text("Veelgezocht")
    box.press("Tab")
    expect(page.get_by_role("listbox")).to_be_hidden()
    expect(box).to_have_attribute("aria-expanded", "false")
    box.focus()
    box.press("ArrowDown")
    expect(option).to_have_attribute("aria-selected", "true")
    box.press("Enter")
    expect(page).to_have_url(re.compile(r"/zoeken/\?q=feedback\+praktijk$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Zoekresultaten voor “feedback praktijk”")
    expect(page.get_by_role("status").filter(has_text="resultaten")).to_contain_text("2 resultaten")


def test_a_suggestion_chosen_with_the_mouse(live_server, page, corpus):
    page.goto(live_server.url + "/kennisbank/")
    box = page.get_by_role("combobox", name="Zoeken in de kennisbank")
    box.press_sequentially("feedback in", delay=30)
    page.get_by_role("option", name=re.compile("Feedback in het team")).click()
    expect(page).to_have_url(re.compile(r"/artikelen/feedback-in-het-team/$"))


def test_search_works_without_javascript(live_server, browser, corpus):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(live_server.url + "/")
    box = page.get_by_role("searchbox", name="Zoeken op de site")
    box.fill("feedback")
    box.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Zoekresultaten voor “feedback”")
    expect(page.locator("ol.search-results h3 a")).to_have_count(3)
    page.locator("a.facet__link", has_text="Artikel").click()  # a facet is a link
    expect(page.locator("ol.search-results h3 a")).to_have_count(2)
    expect(page.locator(".search-chosen__filter")).to_contain_text("Soort: Artikel")
    context.close()


def test_a_click_on_a_result_is_reported(live_server, browser, corpus):
    context = browser.new_context(user_agent=BROWSER)
    page = context.new_page()
    page.goto(live_server.url + "/zoeken/?q=feedback")
    second = page.locator("ol.search-results h3 a").nth(1)
    expect(second).not_to_have_attribute("ping", re.compile(".*"))  # the script reports with a beacon
    href = second.get_attribute("href")
    second.click()
    expect(page).to_have_url(live_server.url + href)
    event = SearchEvent.objects.get()
    deadline = time.monotonic() + 5
    while event.clicked_rank is None and time.monotonic() < deadline:
        time.sleep(0.1)
        event.refresh_from_db()
    assert event.clicked_rank == 2
    context.close()
