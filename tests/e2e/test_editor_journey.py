"""A Redacteur writes an article in the Wagtail admin, previews it and submits it; an Eindredacteur approves
and publishes it, and schedules a second one that the scheduler publishes when its time comes."""

import datetime
import importlib
import re

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.apps import apps as django_apps
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.utils import timezone
from playwright.sync_api import expect
from wagtail.models import Revision

from articles.models import ArticlePage
from tests.factories import ArticlePageFactory, AuthorFactory, TopicPageFactory, UserFactory
from tests.helpers import csp_violations, totp_code

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

BODY = "Borging begint op de dag dat het project eindigt."


@pytest.fixture
def roles(site_tree):
    """The roles and workflow that kennisbank/migrations/0003 sets up. A transactional test that ran before
    may have flushed the migrations' data (tests/conftest.py recreates the root page for the same reason)."""
    if not Group.objects.filter(name="Eindredacteuren").exists():
        importlib.import_module("kennisbank.migrations.0003_editorial_roles").set_up_roles(django_apps, None)


def staff(email, group):
    user = UserFactory(email=email, is_staff=True)
    EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    user.groups.add(Group.objects.get(name=group))
    secret = generate_totp_secret()
    TOTP.activate(user, secret)
    return user, secret


def sign_in(page, base_url, email, secret):
    page.goto(f"{base_url}/account/login/?next=/admin/")
    page.locator("input[name=login]").fill(email)
    page.locator("input[name=password]").fill("test-password")
    page.locator("main form").get_by_role("button").last.click()
    code = totp_code(secret)
    page.locator("input[name=code]").fill(code)
    page.locator("main form").get_by_role("button", name="Inloggen").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))


class Traffic:
    """The page's requests in flight. The editor sends some of its own (the preview's refresh, autosave); on
    the tests' in-memory SQLite a second writing request at the same moment fails with "table is locked"
    (a file database waits instead), so a journey lets them finish before it submits."""

    def __init__(self, page):
        self.page = page
        self.in_flight = 0
        page.on("request", self._started)
        page.on("requestfinished", self._ended)
        page.on("requestfailed", self._ended)

    def _started(self, request):
        self.in_flight += 1

    def _ended(self, request):
        self.in_flight = max(0, self.in_flight - 1)

    def settle(self, quiet_ms=800, limit_ms=15_000):
        quiet = waited = 0
        while quiet < quiet_ms and waited < limit_ms:
            self.page.wait_for_timeout(100)
            waited += 100
            quiet = quiet + 100 if self.in_flight == 0 else 0


def footer_action(page, selector):
    """A page-editor action from the footer's dropdown (the first action is the visible button)."""
    button = page.locator(f"footer button{selector}")
    if not button.is_visible():
        page.locator("footer [data-w-dropdown-target='toggle']").first.click()
    button.click()


def test_write_preview_submit_approve_publish_and_schedule(live_server, browser, site_tree, roles):
    author = AuthorFactory(name="Anouk de Vries")
    topic = TopicPageFactory(parent=site_tree.knowledge_base, title="Borging van verandering")
    writer_secret = staff("redactie@example.com", "Redacteuren")[1]
    approver_secret = staff("eindredactie@example.com", "Eindredacteuren")[1]
    base = live_server.url

    # The Redacteur writes a new article, sees it in the preview panel and submits it.
    writer = browser.new_context(viewport={"width": 1400, "height": 1000}).new_page()
    writer.set_default_timeout(15_000)
    violations = csp_violations(writer)
    sign_in(writer, base, "redactie@example.com", writer_secret)
    writer_traffic = Traffic(writer)
    writer.goto(f"{base}/admin/pages/add/articles/articlepage/{site_tree.article_index.pk}/")
    writer.locator("#id_title").fill("Drie tips voor borging")
    writer.locator("#id_lead").fill("Waarom verbeterprogramma's verwateren.")
    # Authors and topics are chosen by typing (articles/widgets.py).
    writer.get_by_role("combobox", name="Auteurs").press_sequentially("anouk", delay=20)
    writer.get_by_role("option", name=author.name).click()
    writer.get_by_role("combobox", name="Onderwerpen").press_sequentially("borging", delay=20)
    writer.get_by_role("option", name=topic.title).click()
    writer.locator(".c-sf-add-button").first.click()
    writer.get_by_role("option", name=re.compile("^Alinea$|^Paragraph$")).first.click()
    writer.locator(".public-DraftEditor-content").first.click()
    writer.keyboard.type(BODY)
    # Draftail hands its text to the form's hidden input a moment later; the preview sends that input.
    expect(writer.locator('[name="body-0-value"]')).to_have_value(re.compile("Borging begint"))
    writer.locator('[data-side-panel-toggle="preview"]').click()
    preview = writer.frame_locator("#w-preview-iframe")
    expect(preview.locator("body")).to_contain_text(BODY, timeout=15_000)
    expect(preview.locator("body")).to_contain_text("Anouk de Vries")
    # The checks panel reads the same preview: the accessibility checker and the content metrics run on it.
    writer.get_by_role("button", name="Toon/verberg controles").click()
    expect(writer.locator("[data-content-word-count]")).to_have_text(re.compile(r"^[1-9]\d*$"))
    expect(writer.locator("[data-side-panel='checks']")).to_contain_text("Problemen gevonden")
    expect(writer.locator('footer button[name="action-publish"]')).to_have_count(0)  # a Redacteur submits
    writer_traffic.settle()
    footer_action(writer, '[name="action-submit"]')
    expect(writer.locator(".messages")).to_contain_text("Drie tips voor borging")
    article = ArticlePage.objects.get(title="Drie tips voor borging")
    assert not article.live
    writer.goto(f"{base}/admin/pages/{article.pk}/edit/")
    expect(writer.locator("body")).to_contain_text("Goedkeuring door Eindredacteuren")

    # The Eindredacteur finds it awaiting review, approves it, and it is live.
    approver = browser.new_context(viewport={"width": 1400, "height": 1000}).new_page()
    approver.set_default_timeout(15_000)
    violations += csp_violations(approver)
    sign_in(approver, base, "eindredactie@example.com", approver_secret)
    expect(approver.locator("body")).to_contain_text("Drie tips voor borging")
    approver.goto(f"{base}/admin/pages/{article.pk}/edit/")
    footer_action(
        approver, '[data-workflow-action-name="approve"]:not([data-workflow-action-modal-url])'
    )  # "Goedkeuren en publiceren"
    expect(approver.locator(".messages")).to_be_visible()
    article.refresh_from_db()
    assert article.live
    approver.goto(f"{base}{article.url}")
    expect(approver.locator("main")).to_contain_text(BODY)

    # A second article is scheduled for tomorrow; the scheduler publishes it once that time has come.
    later = ArticlePageFactory(
        parent=site_tree.article_index,
        title="Vijf valkuilen",
        live=False,
        publication_date=timezone.localdate(),  # the day it was written
    )
    approver.goto(f"{base}/admin/pages/{later.pk}/edit/")
    approver.locator('[data-side-panel-toggle="status"]').click()
    approver.locator('button[data-a11y-dialog-show="schedule-publishing-dialog"]').first.click()
    go_live = timezone.localtime() + datetime.timedelta(days=1)
    approver.locator("#id_go_live_at").fill(go_live.strftime("%d-%m-%Y %H:%M"))
    # The date picker stays open over the dialog's button: the editor uses the keyboard.
    approver.get_by_role("button", name="Schema opslaan").focus()
    approver.keyboard.press("Enter")
    footer_action(approver, '[name="action-publish"]')  # now "Publicatie inplannen"
    expect(approver.locator(".messages")).to_be_visible()
    later.refresh_from_db()
    assert not later.live
    revision = Revision.objects.get(object_id=str(later.pk), approved_go_live_at__isnull=False)
    revision.approved_go_live_at = timezone.now() - datetime.timedelta(minutes=1)
    revision.content["go_live_at"] = revision.approved_go_live_at.isoformat()
    revision.save()
    call_command("run_scheduler", "--once")
    approver.goto(f"{base}{later.url}")
    expect(approver.locator("h1")).to_contain_text("Vijf valkuilen")
    later.refresh_from_db()
    assert later.publication_date == go_live.date()  # it shows and sorts as the day it appeared
    writer.context.close()
    approver.context.close()
    assert violations == [], "the admin broke its Content-Security-Policy"
