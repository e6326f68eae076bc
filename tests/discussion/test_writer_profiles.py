"""The writer's profile next to their comments: photo or initials, role, and a bio behind their name.
It lives in the shared, cached tree, so every change goes through the real cache with other visitors."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client, TestCase
from PIL import Image

from discussion.service import post_comment
from membership import profiles
from tests.discussion.helpers import established, member
from tests.discussion.test_discussion_cache import visit
from tests.factories import AuthorFactory


def photo(fmt="PNG"):
    buffer = io.BytesIO()
    Image.new("RGB", (300, 300), (30, 90, 160)).save(buffer, format=fmt)
    return SimpleUploadedFile(f"foto.{fmt.lower()}", buffer.getvalue())


def header(section, comment):
    return section.select_one(f"#c{comment.pk} > article > .comment__header")


def change_profile(writer, **fields):
    """As the member does it: the profile form on their account page."""
    client = Client()
    client.force_login(writer)
    data = {"first_name": writer.first_name, "last_name": writer.last_name, "job_title": writer.job_title}
    data = {**data, "bio": writer.bio, **fields}
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = client.post("/account/profiel/", data)
    assert response.status_code == 302
    writer.refresh_from_db()


@pytest.fixture
def discussed(article):
    writer = established(member(first_name="Wendela", last_name="Schouten"), article)
    comment = post_comment(user=writer, page=article, text="Borging begint bij de planning.")
    return writer, comment


def test_without_a_profile_the_name_has_initials_on_a_palette_colour_and_no_card(article, discussed):
    writer, comment = discussed
    section, _read = visit(article)
    found = header(section, comment)
    avatar = found.select_one(".avatar")
    assert avatar.get_text() == "WS" and avatar["aria-hidden"] == "true"
    assert f"avatar--tone-{writer.pk % profiles.AVATAR_TONES}" in avatar["class"]
    assert found.select_one(".comment__author").get_text() == "Wendela Schouten"
    assert found.select_one("details") is None and found.select_one(".comment__role") is None
    assert section.select("[style]") == []


def test_photo_role_and_bio_show_and_the_name_opens_the_bio(article, discussed):
    writer, comment = discussed
    writer.job_title = "Trainer en organisatieadviseur"
    writer.bio = "Twintig jaar <b>verandertrajecten</b>.\nNu vooral borging."
    writer.save()
    profiles.replace_avatar(writer, profiles.prepare_avatar(photo()))
    section, _read = visit(article)
    found = header(section, comment)
    img = found.select_one("img.avatar.avatar--small")
    assert img["src"] == writer.avatar.url and img["alt"] == ""
    assert found.select_one(".comment__role").get_text() == "Trainer en organisatieadviseur"
    card = found.select_one("details.profile-card")
    summary = card.select_one("summary")
    assert summary.select_one(f"#c{comment.pk}-author").get_text() == "Wendela Schouten"
    assert summary.select_one(".visually-hidden").get_text(strip=True) == "(profiel)"
    bio = card.select_one(".profile-card__bio")
    assert bio.get_text() == "Twintig jaar <b>verandertrajecten</b>.Nu vooral borging."  # escaped, not bold
    assert bio.select("b") == [] and len(bio.select("br")) == 1
    assert card.select_one(".profile-card__role").get_text() == "Trainer en organisatieadviseur"
    assert section.select(f"#c{comment.pk} article[aria-labelledby='c{comment.pk}-author']")


def test_an_expert_keeps_the_badge_next_to_their_own_role(article):
    expert_user = established(member(first_name="Joris", last_name="Verbeke", job_title="Coach"), article)
    AuthorFactory(name="Joris Verbeke", user=expert_user, is_verified_expert=True, role="Trainer")
    comment = post_comment(user=expert_user, page=article, text="Doelen, werving, leiderschap.")
    found = header(visit(article)[0], comment)
    assert found.select_one(".badge--expert").get_text(strip=True) == "Expert · Trainer"
    assert found.select_one(".comment__role").get_text() == "Coach"


def test_a_new_bio_role_and_photo_reach_the_next_visitor_through_the_cache(article, discussed):
    writer, comment = discussed
    reader = member()
    visit(article)
    section, read = visit(article, reader)
    assert not read  # the tree is cached

    change_profile(writer, bio="Schrijft over borging.", job_title="Adviseur")
    section, read = visit(article, reader)
    assert read
    assert header(section, comment).select_one(".profile-card__bio").get_text() == "Schrijft over borging."
    assert header(section, comment).select_one(".comment__role").get_text() == "Adviseur"

    change_profile(writer, photo=photo("JPEG"))
    section, read = visit(article)
    assert read
    assert header(section, comment).select_one("img.avatar")["src"] == writer.avatar.url

    client = Client()
    client.force_login(writer)
    with TestCase.captureOnCommitCallbacks(execute=True):
        client.post("/account/profiel/foto-verwijderen/")
    section, read = visit(article, reader)
    assert read
    assert header(section, comment).select_one("img") is None
    assert header(section, comment).select_one(".avatar").get_text() == "WS"

    change_profile(writer, bio="", job_title="")
    section, read = visit(article)
    assert read
    assert header(section, comment).select_one("details") is None
    assert header(section, comment).select_one(".comment__role") is None


def test_saving_an_unchanged_profile_keeps_the_cached_tree(article, discussed, django_assert_num_queries):
    writer, _comment = discussed
    writer.bio = "Vaste tekst"
    writer.save()
    visit(article)
    writer.refresh_from_db()
    writer.is_active = True
    # The UPDATE, and the name check of discussion/writers.py: nothing asks which pages to retire.
    with TestCase.captureOnCommitCallbacks(execute=True), django_assert_num_queries(2):
        writer.save()
    _section, read = visit(article, member())
    assert not read
