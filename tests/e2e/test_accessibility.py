"""WCAG 2.2 AA on every page type: axe-core (npm, see package.json) checks each page at desktop and phone
width, as an anonymous visitor, a member with the discussion's forms open and a Pro member. Any serious or
critical violation fails, listed with its rule, the elements and the rule's help page."""

import os
import re
from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from playwright.sync_api import expect

from articles.models import ArticlePage, TopicPage
from discussion.models import DiscussionComment
from kennisbank.models import InformationPage

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
WIDTHS = (1280, 375)
BLOCKING = {"serious", "critical"}


@pytest.fixture(scope="module")
def axe_source():
    if not AXE.exists():
        reason = f"{AXE} is missing: `make e2e` installs it (npm ci --ignore-scripts)"
        if os.environ.get("REQUIRE_BROWSER"):
            pytest.fail(reason)
        pytest.skip(reason)
    return AXE.read_text()


@pytest.fixture
def demo(standin, root_page):
    """The demo site (its Pro member's trial through the Stripe stand-in), as `make run` shows it."""
    call_command("load_demo_content", stdout=StringIO())
    article = (
        ArticlePage.objects.live()
        .filter(pk__in=DiscussionComment.objects.filter(level=0).values("object_pk"))
        .first()
    )
    return {
        "article": article,
        "topic": TopicPage.objects.live().first(),
        "author": article.authors.first(),
    }


def sign_in(page, live_server, email):
    """A demo member's session (signing in itself is checked on the login page and in the journeys)."""
    client = Client()
    client.force_login(get_user_model().objects.get(email=email))
    cookie = client.cookies[settings.SESSION_COOKIE_NAME]
    page.context.add_cookies([{"name": cookie.key, "value": cookie.value, "url": live_server.url}])


def summary(node) -> str:
    """What axe says is wrong with the element, on one line."""
    return " ".join((node.get("failureSummary") or "").split())


def serious_violations(page, axe_source) -> list[str]:
    """axe's serious and critical WCAG 2.2 A/AA findings on the page as it is now, one line per element.
    What axe could not decide on its own ("incomplete", such as a duplicate id that ARIA refers to) counts
    too. axe is evaluated through the DevTools protocol: the site's CSP (no inline script) stays as it is."""
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.evaluate(axe_source)
    results = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})",
        WCAG_22_AA,
    )
    return [
        f"{rule['id']} ({rule['impact']}{'' if kind == 'violations' else ', needs review'}) "
        f"{' > '.join(map(str, node['target']))}: {summary(node)} {rule['helpUrl']}"
        for kind in ("violations", "incomplete")
        for rule in results[kind]
        if rule["impact"] in BLOCKING
        for node in rule["nodes"]
    ]


# One Tab stop: the focused element, unless the walk is back where it began (or left the page).
FOCUS_STOP = """() => {
    const element = document.activeElement;
    window.focusStops = window.focusStops || new Set();
    if (element === null || element === document.body || window.focusStops.has(element)) {
        return null;
    }
    window.focusStops.add(element);
    const style = getComputedStyle(element);
    const text = element.getAttribute("aria-label") || element.innerText || element.name || "";
    return {
        outlined: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2,
        label: element.tagName.toLowerCase() + (element.id ? "#" + element.id : "") + " " + text.trim(),
    };
}"""


def focus_without_outline(page, limit=300) -> list[str]:
    """Every Tab stop on the page, in order: the ones that show no focus outline (WCAG 2.4.7)."""
    missing, stops = [], 0
    page.evaluate("() => { window.focusStops = new Set(); }")
    for stops in range(limit):  # noqa: B007 - the count is checked below
        page.keyboard.press("Tab")
        stop = page.evaluate(FOCUS_STOP)
        if stop is None:
            break
        if not stop["outlined"]:
            missing.append(f"focus-visible: no outline on {stop['label'][:60]!r}")
    page.evaluate("() => document.activeElement.blur()")  # a focused skip link would cover the logo
    assert stops > 5, "the Tab walk stopped early: skip link, logo and menu come first on every page"
    return missing


class Audit:
    """Visits pages at both widths and collects what axe finds (and, at desktop width, Tab stops without a
    focus outline), to report every page's findings at once."""

    def __init__(self, page, axe_source, base_url):
        self.page, self.axe_source, self.base_url = page, axe_source, base_url
        self.findings = []

    def check(self, label):
        """The page as it is now, at both widths."""
        for width in WIDTHS:
            self.page.set_viewport_size({"width": width, "height": 900})
            problems = serious_violations(self.page, self.axe_source)
            if width == WIDTHS[0]:  # the whole menu is in view here
                problems += focus_without_outline(self.page)
            self.findings += [f"{label} at {width}px: {problem}" for problem in problems]

    def visit(self, label, path, expected_status=200):
        response = self.page.goto(self.base_url + path)
        assert response.status == expected_status, (path, response.status)
        self.check(label)

    def assert_clean(self):
        assert not self.findings, "WCAG 2.2 AA violations (serious or critical):\n" + "\n".join(self.findings)


def test_every_page_type_as_an_anonymous_visitor(live_server, page, demo, axe_source):
    audit = Audit(page, axe_source, live_server.url)
    audit.visit("home", "/")
    audit.visit("article index", demo["article"].get_parent().url)
    audit.visit("article with its discussion", demo["article"].url)
    audit.visit("knowledge base", demo["topic"].get_parent().url)
    audit.visit("topic (teaser)", demo["topic"].url)
    expect(page.locator(".pro-invitation")).to_be_visible()
    audit.visit("authors", reverse("author_list"))
    audit.visit("author page", f"/auteurs/{demo['author'].slug}/")
    audit.visit("search results", "/zoeken/?q=feedback")
    audit.visit("search without results", "/zoeken/?q=qwxzv")
    audit.visit("sign-up", "/account/signup/")
    audit.visit("login", "/account/login/")
    audit.visit("Pro", "/pro/")
    audit.visit("page not found", "/bestaat-niet/", expected_status=404)
    audit.visit("information page (privacy statement)", InformationPage.objects.live().first().url)
    audit.assert_clean()


def test_the_discussion_account_and_pro_topic_signed_in(live_server, page, demo, axe_source):
    audit = Audit(page, axe_source, live_server.url)
    article = demo["article"]
    sign_in(page, live_server, "lezer@example.com")
    audit.visit("article, comment form open", article.url)
    expect(page.locator("#new-comment textarea")).to_be_visible()

    first = DiscussionComment.objects.filter(object_pk=str(article.pk), level=0).first()

    page.locator(f"#c{first.pk}").get_by_role("link", name=re.compile("^Reageren op ")).first.click()
    expect(page.locator(f"#reply-form-{first.pk} textarea")).to_be_focused()
    audit.check("article, reply form open")
    page.locator("#new-comment textarea").fill("Een *voorbeeld* van wat ik wil zeggen.")
    page.locator("#new-comment").get_by_role("button", name="Voorbeeld").click()
    expect(page.locator("#new-comment [data-preview-body] em")).to_have_text("voorbeeld")
    audit.check("article, comment preview shown")
    page.locator(".article__header").get_by_role("button", name="Bewaren").click()
    expect(page.locator(".article__header .bookmark-button")).to_have_attribute("aria-pressed", "true")
    someone_elses = (
        DiscussionComment.objects.filter(object_pk=str(article.pk), is_public=True)
        .exclude(user__email="lezer@example.com")
        .first()
    )
    audit.visit("report a comment", reverse("comment_report", args=[someone_elses.pk]))
    audit.visit("account", "/account/")
    audit.visit("saved pages", reverse("saved_list"))
    audit.visit("email addresses", reverse("account_email"))
    audit.visit("password", reverse("account_change_password"))
    audit.visit("topic as a free member", demo["topic"].url)

    page.context.clear_cookies()
    sign_in(page, live_server, "pro@example.com")
    audit.visit("topic as a Pro member", demo["topic"].url)
    expect(page.locator(".pro-invitation")).to_have_count(0)
    audit.visit("account with Pro", "/account/")
    audit.assert_clean()
