"""A member fills in their profile on the account page (role, bio, photo), and a reader opens that bio from
the member's name under their comment with the keyboard alone."""

import io
import re

import pytest
from allauth.account.models import EmailAddress
from PIL import Image
from playwright.sync_api import expect

from tests.factories import ArticlePageFactory, CommentFactory, UserFactory

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_a_member_fills_in_a_profile_and_a_reader_opens_it_with_the_keyboard(
    live_server, page, site_tree, tmp_path
):
    member = UserFactory(email="sanne@example.com", first_name="Sanne", last_name="Bakker")
    EmailAddress.objects.create(user=member, email=member.email, verified=True, primary=True)
    article = ArticlePageFactory(parent=site_tree.article_index, title="Drie tips voor borging")
    comment = CommentFactory(page=article, user=member, comment="Plan de sessies een jaar vooruit.")
    photo = tmp_path / "sanne.png"
    buffer = io.BytesIO()
    Image.new("RGB", (640, 480), (30, 90, 160)).save(buffer, format="PNG")
    photo.write_bytes(buffer.getvalue())

    page.goto(f"{live_server.url}/account/login/?next=/account/")
    page.locator("input[name=login]").fill("sanne@example.com")
    page.locator("input[name=password]").fill("test-password")
    page.locator("main form").get_by_role("button").last.click()
    expect(page).to_have_url(re.compile(r"/account/$"))

    profile = page.locator("#account-profile")
    expect(profile.locator(".avatar--initials")).to_have_text("SB")
    profile.get_by_label("Rol of functie").fill("Trainer en organisatieadviseur")
    profile.get_by_label("Over jou").fill("Ik begeleid teams die willen dat verbeteringen blijven.")
    profile.get_by_label("Foto").set_input_files(str(photo))
    profile.get_by_role("button", name="Profiel opslaan").click()
    expect(page.get_by_text("Je profiel is opgeslagen.")).to_be_visible()
    expect(page.locator("#account-profile img.avatar")).to_have_attribute(
        "src", re.compile(r"^/media/avatars/")
    )
    expect(page.get_by_role("button", name="Foto verwijderen")).to_be_visible()

    page.context.clear_cookies()
    page.goto(f"{live_server.url}{article.url}")
    header = page.locator(f"#c{comment.pk} .comment__header")
    expect(header.locator(".comment__role")).to_have_text("Trainer en organisatieadviseur")
    bio = header.locator(".profile-card__bio")
    expect(bio).to_be_hidden()
    toggle = header.locator("summary")
    toggle.focus()  # the name is a disclosure button: reachable and opened from the keyboard
    page.keyboard.press("Enter")
    expect(bio).to_be_visible()
    expect(bio).to_have_text("Ik begeleid teams die willen dat verbeteringen blijven.")
    page.keyboard.press("Enter")
    expect(bio).to_be_hidden()
