"""Pages about the site (privacy statement, terms, about, contact) that the editors write and choose for the
footer in the site settings; the footer follows every change through the shared page cache."""

import re
from io import StringIO

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from kennisbank.models import InformationPage, SiteSettings
from tests.discussion.helpers import member
from tests.factories import UserFactory, stream
from tests.helpers import with_two_factor


def footer(response) -> list[tuple[str, str]]:
    """(label, address) of the footer's links."""
    html = response.content.decode()
    part = re.search(r'<ul class="site-footer__links">(.*?)</ul>', html, re.S).group(1)
    return [(label, href) for href, label in re.findall(r'<a href="([^"]+)"[^>]*>([^<]+)</a>', part)]


def anonymous(url="/"):
    with CaptureQueriesContext(connection) as queries:
        response = Client().get(url)
    return response, len(queries)


def information_page(home, title, slug, **fields):
    page = InformationPage(title=title, slug=slug, **fields)
    home.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def pages(site_tree):
    home = site_tree.home
    return {
        "privacy": information_page(
            home,
            "Privacyverklaring",
            "privacyverklaring",
            intro="Welke gegevens we bewaren.",
            body=stream(
                ("heading", "Je rechten"), ("paragraph", "<p>Je downloadt alles onder Mijn account.</p>")
            ),
        ),
        "terms": information_page(home, "Algemene voorwaarden", "algemene-voorwaarden"),
        "about": information_page(home, "Over ons", "over-kennisbank"),
        "contact": information_page(home, "Contact", "contact"),
    }


@pytest.fixture
def editor(db):
    user = UserFactory(is_staff=True)
    user.groups.add(Group.objects.get(name="Redacteuren"))
    return with_two_factor(user)


def choose(site_tree, django_capture_on_commit_callbacks, **pages):
    settings_row = SiteSettings.for_site(site_tree.home.get_site())
    for slot, page in pages.items():
        setattr(settings_row, f"{slot}_page", page)
    with django_capture_on_commit_callbacks(execute=True):
        settings_row.save()


def test_an_information_page_renders_and_belongs_under_the_home_page(pages, site_tree):
    response = Client().get("/privacyverklaring/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1>Privacyverklaring</h1>" in html and "Welke gegevens we bewaren." in html
    assert "Je rechten" in html and "Je downloadt alles onder Mijn account." in html
    assert '<meta name="description" content="Welke gegevens we bewaren.">' in html
    assert InformationPage.can_create_at(site_tree.home)
    assert not InformationPage.can_create_at(site_tree.article_index)
    assert not InformationPage.can_create_at(pages["privacy"])


def test_the_footer_shows_the_chosen_pages_in_order_for_every_visitor(
    pages, site_tree, django_capture_on_commit_callbacks
):
    assert footer(anonymous()[0]) == [("RSS-feed", "/feed/"), ("Auteurs", "/auteurs/")]
    choose(site_tree, django_capture_on_commit_callbacks, **pages)
    expected = [
        ("Privacyverklaring", "/privacyverklaring/"),
        ("Algemene voorwaarden", "/algemene-voorwaarden/"),
        ("Over Kennisbank", "/over-kennisbank/"),
        ("Contact", "/contact/"),
        ("RSS-feed", "/feed/"),
        ("Auteurs", "/auteurs/"),
    ]
    assert footer(anonymous()[0]) == expected
    signed_in = Client()
    signed_in.force_login(member())
    assert footer(signed_in.get("/artikelen/")) == expected
    response, queries = anonymous()
    assert queries == 0 and footer(response) == expected  # from the shared cache
    english = Client()
    english.cookies["django_language"] = "en"
    assert [label for label, _ in footer(english.get("/"))][:4] == [
        "Privacy statement",
        "Terms and conditions",
        "About Kennisbank",
        "Contact",
    ]
    on_its_page = Client().get("/contact/").content.decode()
    assert '<a href="/contact/" aria-current="page">Contact</a>' in on_its_page


def test_unpublishing_or_moving_a_chosen_page_shows_in_the_footer_at_once(
    pages, site_tree, django_capture_on_commit_callbacks
):
    choose(site_tree, django_capture_on_commit_callbacks, privacy=pages["privacy"], about=pages["about"])
    assert [label for label, _ in footer(anonymous()[0])][:2] == ["Privacyverklaring", "Over Kennisbank"]
    with django_capture_on_commit_callbacks(execute=True):
        pages["about"].unpublish()
    assert "Over Kennisbank" not in dict(footer(anonymous()[0]))
    privacy = pages["privacy"]
    privacy.slug = "privacy"
    with django_capture_on_commit_callbacks(execute=True):
        privacy.save_revision().publish()
    assert dict(footer(anonymous()[0]))["Privacyverklaring"] == "/privacy/"
    with django_capture_on_commit_callbacks(execute=True):
        privacy.delete()
    assert "Privacyverklaring" not in dict(footer(anonymous()[0]))
    assert SiteSettings.for_site(site_tree.home.get_site()).privacy_page_id is None


def test_an_editor_changes_the_footer_links_in_the_site_settings(
    pages, site_tree, editor, django_capture_on_commit_callbacks
):
    choose(site_tree, django_capture_on_commit_callbacks, privacy=pages["privacy"])
    assert footer(anonymous()[0])[0][0] == "Privacyverklaring"  # now in the shared cache
    client = Client()
    client.force_login(editor)
    url = f"/admin/settings/kennisbank/sitesettings/{site_tree.home.get_site().pk}/"
    form = client.get(url)
    assert form.status_code == 200
    assert 'name="terms_page"' in form.content.decode() and 'name="contact_page"' in form.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            url,
            {
                "tagline": "",
                "pro_invitation_title": "",
                "pro_invitation_text": "",
                "footer_text": "",
                "privacy_page": "",
                "terms_page": pages["terms"].pk,
                "about_page": "",
                "contact_page": pages["contact"].pk,
            },
        )
    assert response.status_code == 302
    assert footer(anonymous()[0])[:2] == [
        ("Algemene voorwaarden", "/algemene-voorwaarden/"),
        ("Contact", "/contact/"),
    ]


def test_the_demo_content_writes_the_four_pages_and_links_them(db, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo_content", stdout=StringIO())
    labels = [label for label, _ in footer(Client().get("/"))]
    assert labels[:4] == ["Privacyverklaring", "Algemene voorwaarden", "Over Kennisbank", "Contact"]
    for slug in ("privacyverklaring", "algemene-voorwaarden", "over-kennisbank", "contact"):
        page = InformationPage.objects.live().get(slug=slug)
        response = Client().get(page.url)
        assert response.status_code == 200
        text = " ".join(str(block.value) for block in page.body)
        assert len(text.split()) >= 150, slug  # real writing, not a placeholder
    privacy = " ".join(
        str(block.value) for block in InformationPage.objects.get(slug="privacyverklaring").body
    )
    for subject in ("Stripe", "IP-adres", "Autoriteit Persoonsgegevens", "twee jaar", "Oud-lid"):
        assert subject in privacy, subject
    terms = " ".join(
        str(block.value) for block in InformationPage.objects.get(slug="algemene-voorwaarden").body
    )
    assert "eerste maand is gratis" in terms and "opzeggen" in terms.lower()

    # An editor removes a link; loading the demo again neither restores it nor adds a page.
    settings_row = SiteSettings.objects.get()
    settings_row.about_page = None
    settings_row.save()
    call_command("load_demo_content", stdout=StringIO())
    assert SiteSettings.objects.get().about_page_id is None
    assert InformationPage.objects.count() == 4
