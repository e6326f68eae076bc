"""A person who uses only the keyboard signs up, confirms the email, starts the Pro trial on the (stand-in)
checkout page, posts a comment and replies to another: Tab, Shift+Tab, Enter, Space and typing, no clicks.
Along the way the focused element shows a visible outline and is in view, not hidden under anything."""

import re

import pytest
from django.core import mail
from playwright.sync_api import expect

from devtools.stripe_standin import StripeStandIn
from discussion.models import DiscussionComment
from tests.discussion.helpers import member
from tests.factories import ArticlePageFactory, CommentFactory, TopicPageFactory, stream

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PRO_TEXT = "Wat werkt: plan de vervolgsessies een jaar vooruit."

FOCUSED = """() => {
    const element = document.activeElement;
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    // the middle of the part in view: is that the element, or something on top of it?
    const x = (Math.max(box.left, 0) + Math.min(box.right, window.innerWidth)) / 2;
    const y = (Math.max(box.top, 0) + Math.min(box.bottom, window.innerHeight)) / 2;
    const hit = document.elementFromPoint(x, y);
    return {
        tag: element.tagName.toLowerCase(),
        id: element.id,
        name: element.getAttribute("name") || "",
        text: (element.getAttribute("aria-label") || element.innerText || "").trim(),
        outline: style.outlineStyle,
        outlineWidth: parseFloat(style.outlineWidth),
        onTop: hit !== null && (hit === element || element.contains(hit)),
        inMain: element.closest("main") !== null,
    };
}"""


@pytest.fixture
def live_standin(live_server, settings):
    server = StripeStandIn(
        webhook_url=f"{live_server.url}/stripe/webhook/",
        webhook_secret=settings.STRIPE_WEBHOOK_SECRET,
        price_id=settings.STRIPE_PRICE_ID,
    ).start()
    settings.STRIPE_API_BASE = server.url
    yield server
    server.stop()


def focused(page) -> dict:
    return page.evaluate(FOCUSED)


def tab_to(page, wanted, key="Tab", limit=60) -> dict:
    """Press Tab (or Shift+Tab) until the focused element is the one wanted (a predicate on focused())."""
    seen = []
    for _ in range(limit):
        page.keyboard.press(key)
        element = focused(page)
        if wanted(element):
            return element
        seen.append(element["text"][:30] or element["tag"])
    raise AssertionError(f"{key} never reached the element; focus went through {seen}")


def named(pattern):
    return lambda element: re.search(pattern, element["text"]) is not None


def field(name):
    return lambda element: element["name"] == name


def main_button(element):
    return element["tag"] == "button" and element["inMain"]


def assert_focus_visible(page):
    """A visible outline, and (WCAG 2.4.11) the element in view, not covered: after the browser has scrolled
    it there (smoothly, unless the visitor asks for reduced motion; a text box only as far as its caret)."""
    expect(page.locator(":focus")).to_be_in_viewport()
    element = focused(page)
    assert element["outline"] != "none" and element["outlineWidth"] >= 2, element
    assert element["onTop"], element
    return element


def test_sign_up_start_the_trial_and_discuss_with_the_keyboard_only(
    live_server, live_standin, page, site_tree
):
    topic = TopicPageFactory(
        parent=site_tree.knowledge_base,
        title="Borging van verandering",
        teaser="Verandering zakt weg als niemand haar onderhoudt.",
        body=stream(("what_works", f"<p>{PRO_TEXT}</p>")),
    )
    article = ArticlePageFactory(parent=site_tree.article_index, title="Drie tips voor borging")
    question = CommentFactory(
        page=article,
        user=member(first_name="Sanne", last_name="Bakker"),
        comment="Hoe houd je de sessies vol als het druk wordt?",
    )
    page.goto(live_server.url + topic.url)

    # The first Tab reaches the skip link, which shows itself and lands on the main content.
    tab_to(page, named("^Naar de inhoud$"), limit=1)
    assert_focus_visible(page)
    page.keyboard.press("Enter")
    assert focused(page)["id"] == "main"

    tab_to(page, named("^Probeer Pro een maand gratis"))
    assert_focus_visible(page)
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/pro/(\?via=\d+)?$"))
    tab_to(page, named("^Kies het maandabonnement"))
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/account/signup/"))

    tab_to(page, field("email"))
    assert_focus_visible(page)
    page.keyboard.type("toetsenbord@example.com")
    tab_to(page, field("password1"), limit=3)
    page.keyboard.type("een-lang-Wachtwoord-42")
    tab_to(page, field("password2"), limit=3)
    page.keyboard.type("een-lang-Wachtwoord-42")
    # Back to the first password field and forward again: Shift+Tab walks the same order backwards.
    tab_to(page, field("password1"), key="Shift+Tab", limit=3)
    tab_to(page, field("password2"), limit=3)
    tab_to(page, main_button, limit=5)
    assert_focus_visible(page)
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/account/confirm-email/"))

    link = re.search(r"https?://\S+/account/confirm-email/\S+/", mail.outbox[-1].body).group(0)
    page.goto(link)
    tab_to(page, main_button)
    assert_focus_visible(page)
    page.keyboard.press("Space")

    expect(page).to_have_url(re.compile(r"/pro/abonneren/\?plan=monthly$"))
    tab_to(page, named("^Probeer Pro een maand gratis"))
    assert_focus_visible(page)
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(re.escape(live_standin.url) + r"/checkout/"))
    tab_to(page, named("^Proefperiode starten"))
    page.keyboard.press("Space")
    expect(page).to_have_url(re.compile(r"/pro/welkom/"))
    page.goto(live_server.url + topic.url)
    expect(page.get_by_text(PRO_TEXT)).to_be_visible()

    # The discussion: a comment of one's own, then a reply to Sanne's question.
    page.goto(live_server.url + article.url)
    tab_to(page, field("text"))
    assert focused(page)["id"] == "new-comment-text"
    assert_focus_visible(page)
    page.keyboard.type("Wij plannen de terugkomdagen vooraf in.")
    tab_to(page, named("^Reactie plaatsen"), limit=3)
    page.keyboard.press("Enter")
    waiting = page.locator(".discussion__waiting")
    expect(waiting).to_contain_text("Wij plannen de terugkomdagen vooraf in.")

    tab_to(page, named("^Reageren op Sanne Bakker$"))
    assert_focus_visible(page)
    page.keyboard.press("Enter")  # opens the reply form in place and moves focus into it
    expect(page.locator(f"#reply-form-{question.pk}-text")).to_be_focused()
    assert_focus_visible(page)
    page.keyboard.type("Door ze als vaste afspraak in de agenda te zetten.")
    tab_to(page, named("^Antwoord plaatsen"), limit=3)
    assert_focus_visible(page)
    page.keyboard.press("Enter")
    expect(waiting).to_contain_text("Door ze als vaste afspraak in de agenda te zetten.")
    answer = DiscussionComment.objects.get(comment__startswith="Door ze als vaste afspraak")
    assert answer.parent_id == question.pk
    assert answer.user.email == "toetsenbord@example.com"
