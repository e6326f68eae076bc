"""A member's public profile on the account page: name, role, bio and photo; the photo's checks, its
re-encoding and its file's life (replaced, removed, exported, deleted with the account)."""

import io
import json
from pathlib import Path

import pytest
from allauth.account.models import EmailAddress
from bs4 import BeautifulSoup
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import TestCase
from PIL import Image

import membership.billing
from membership import profiles
from tests.factories import UserFactory

PROFILE_URL = "/account/profiel/"
REMOVE_URL = "/account/profiel/foto-verwijderen/"
CAMERA = "Geheimcamera-XT"  # planted in the EXIF data: must not survive the re-encoding


def image_file(fmt="JPEG", size=(600, 400), mode="RGB", name=None, exif=None, colour=(200, 40, 40)):
    image = Image.new(mode, size, colour if mode != "1" else 0)
    buffer = io.BytesIO()
    options = {"exif": exif} if exif is not None else {}
    image.save(buffer, format=fmt, **options)
    return SimpleUploadedFile(name or f"foto.{fmt.lower()}", buffer.getvalue())


def profile_data(**fields):
    return {"first_name": "Wendela", "last_name": "Schouten", "job_title": "", "bio": "", **fields}


@pytest.fixture
def member(db):
    user = UserFactory(first_name="Wendela", last_name="Schouten")
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    return user


@pytest.fixture
def signed_in(client, member):
    client.force_login(member)
    return client


def upload(client, photo, **fields):
    with TestCase.captureOnCommitCallbacks(execute=True):
        return client.post(PROFILE_URL, {**profile_data(**fields), "photo": photo})


def stored_files():
    folder = Path(settings.MEDIA_ROOT) / "avatars"
    return sorted(folder.iterdir()) if folder.exists() else []


def page(response):
    return BeautifulSoup(response.content, "html.parser")


def test_the_account_page_has_a_profile_form_that_saves_role_and_bio(signed_in, member, site_tree):
    soup = page(signed_in.get("/account/"))
    form = soup.select_one("#account-profile form[enctype='multipart/form-data']")
    assert form["action"] == PROFILE_URL
    assert {field["name"] for field in form.select("input, textarea") if field.get("name")} >= {
        "first_name",
        "last_name",
        "job_title",
        "bio",
        "photo",
    }
    assert soup.select_one("#account-profile .avatar--initials").get_text() == "WS"

    response = signed_in.post(
        PROFILE_URL,
        profile_data(
            job_title="  Trainer   en organisatieadviseur ", bio="Ik help teams.\r\n\r\n\r\nEn  borgen."
        ),
    )
    assert response.status_code == 302
    assert response["Location"] == "/account/#account-profile"
    member.refresh_from_db()
    assert member.job_title == "Trainer en organisatieadviseur"
    assert member.bio == "Ik help teams.\n\nEn borgen."
    assert "Je profiel is opgeslagen." in signed_in.get("/account/").content.decode()


def test_a_bio_of_280_characters_with_line_breaks_fits_as_the_browser_counted(signed_in, member, site_tree):
    bio = "a" * 139 + "\r\n" + "b" * 140  # 281 characters as sent, 280 in the browser's textarea
    assert signed_in.post(PROFILE_URL, profile_data(bio=bio)).status_code == 302
    member.refresh_from_db()
    assert member.bio == "a" * 139 + "\n" + "b" * 140
    textarea = page(signed_in.get("/account/")).select_one("textarea[name=bio]")
    assert textarea["maxlength"] == "280"


@pytest.mark.parametrize(
    "fields, message",
    [
        ({"job_title": "Coach, zie www.koopnu.nl"}, "Je rol mag geen web- of e-mailadres bevatten."),
        ({"job_title": "x" * 81}, "niet meer dan 80 tekens"),
        ({"bio": "y" * 281}, "niet meer dan 280 tekens"),
        ({"first_name": "https://spam.example"}, "Een naam kan geen web- of e-mailadres bevatten."),
    ],
)
def test_a_refused_profile_keeps_what_was_typed_and_changes_nothing(
    signed_in, member, site_tree, fields, message
):
    member.bio = "Oude tekst"
    member.save()
    response = signed_in.post(PROFILE_URL, profile_data(**{"bio": "Nieuwe tekst", **fields}))
    assert response.status_code == 400
    soup = page(response)
    assert message in soup.select_one("#account-profile").get_text()
    assert "Je profiel is niet opgeslagen" in soup.get_text()
    assert soup.select_one("#account-profile textarea[name=bio]").get_text().strip() == fields.get(
        "bio", "Nieuwe tekst"
    )
    member.refresh_from_db()
    assert member.bio == "Oude tekst" and member.first_name == "Wendela"


def test_a_good_photo_is_stored_as_a_256_pixel_webp_square_without_its_metadata(signed_in, member, site_tree):
    exif = Image.Exif()
    exif[0x010F] = CAMERA  # Make
    response = upload(signed_in, image_file("JPEG", size=(900, 500), exif=exif.tobytes()))
    assert response.status_code == 302
    member.refresh_from_db()
    assert member.avatar.name.startswith("avatars/") and member.avatar.name.endswith(".webp")
    [stored] = stored_files()
    content = stored.read_bytes()
    assert CAMERA.encode() not in content
    with Image.open(stored) as image:
        assert (image.format, image.size) == ("WEBP", (256, 256))
        assert not image.getexif()
        assert "exif" not in image.info and "icc_profile" not in image.info
    soup = page(signed_in.get("/account/"))
    img = soup.select_one("#account-profile img.avatar")
    assert img["src"] == f"/media/{member.avatar.name}" and img["alt"] == ""
    assert soup.select_one(f"form[action='{REMOVE_URL}'] button")


@pytest.mark.parametrize(
    "photo",
    [
        image_file("PNG", mode="RGBA", colour=(10, 90, 80, 120)),
        image_file("WEBP"),
        image_file("PNG", name="profielfoto.txt"),  # what the file is counts, not its name
        image_file("JPEG", mode="CMYK", colour=(0, 80, 80, 0)),
    ],
)
def test_png_webp_and_other_jpegs_are_taken_whatever_their_name(signed_in, member, site_tree, photo):
    assert upload(signed_in, photo).status_code == 302
    member.refresh_from_db()
    with Image.open(member.avatar.path) as image:
        assert (image.format, image.size) == ("WEBP", (256, 256))


def test_a_phone_photo_is_turned_upright_before_it_is_cut_square(signed_in, member, site_tree):
    image = Image.new("RGB", (600, 400), (255, 0, 0))
    image.paste((0, 0, 255), (300, 0, 600, 400))  # left half red, right half blue
    exif = Image.Exif()
    exif[0x0112] = 6  # Orientation: shown turned a quarter clockwise, so the left half is at the top
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", exif=exif.tobytes())
    upload(signed_in, SimpleUploadedFile("telefoon.jpg", buffer.getvalue()))
    member.refresh_from_db()
    with Image.open(member.avatar.path) as stored:
        top, bottom = stored.convert("RGB").getpixel((128, 20)), stored.convert("RGB").getpixel((128, 235))
    assert top[0] > 200 and top[2] < 60  # red
    assert bottom[2] > 200 and bottom[0] < 60  # blue


def _gif():
    return image_file("GIF", mode="P", name="foto.png")


def _text():
    return SimpleUploadedFile("foto.jpg", b"Dit is geen foto, maar een tekst met de naam van een foto.")


def _truncated():
    whole = image_file("JPEG", size=(800, 800)).read()
    return SimpleUploadedFile("kapot.jpg", whole[: len(whole) // 3])


def _huge():
    return SimpleUploadedFile("groot.jpg", b"\xff\xd8\xff\xe0" + b"0" * (2 * 1024 * 1024))


def _too_many_pixels():
    return image_file("PNG", size=(9000, 5000), mode="1", name="bom.png")  # small file, 45 million pixels


def _svg():
    return SimpleUploadedFile(
        "foto.svg", b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
    )


@pytest.mark.parametrize(
    "make, message",
    [
        (_gif, "Dit bestand is geen JPEG-, PNG- of WebP-afbeelding die we kunnen lezen."),
        (_text, "Dit bestand is geen JPEG-, PNG- of WebP-afbeelding die we kunnen lezen."),
        (_truncated, "Dit bestand is geen JPEG-, PNG- of WebP-afbeelding die we kunnen lezen."),
        (_svg, "Dit bestand is geen JPEG-, PNG- of WebP-afbeelding die we kunnen lezen."),
        (_huge, "Deze foto is groter dan 2 MB."),
        (_too_many_pixels, "Deze foto heeft te veel pixels."),
    ],
)
def test_a_bad_file_gets_a_dutch_message_and_the_photo_and_profile_stay(
    signed_in, member, site_tree, make, message
):
    upload(signed_in, image_file("JPEG"), bio="Eerste versie")
    member.refresh_from_db()
    before = member.avatar.name
    assert [f.name for f in stored_files()] == [Path(before).name]

    response = upload(signed_in, make(), bio="Tweede versie")
    assert response.status_code == 400
    errors = page(response).select_one("#account-profile .field--file .field__errors")
    assert message in errors.get_text()
    member.refresh_from_db()
    assert member.avatar.name == before and member.bio == "Eerste versie"
    assert [f.name for f in stored_files()] == [Path(before).name]


def test_a_new_photo_replaces_the_old_file_and_removing_deletes_it(signed_in, member, site_tree):
    upload(signed_in, image_file("JPEG"))
    member.refresh_from_db()
    first = member.avatar.name
    upload(signed_in, image_file("PNG"))
    member.refresh_from_db()
    assert member.avatar.name != first
    assert [f.name for f in stored_files()] == [Path(member.avatar.name).name]

    with TestCase.captureOnCommitCallbacks(execute=True):
        response = signed_in.post(REMOVE_URL)
    assert response.status_code == 302
    member.refresh_from_db()
    assert member.avatar.name == ""
    assert stored_files() == []
    soup = page(signed_in.get("/account/"))
    assert soup.select_one("#account-profile img") is None
    assert soup.select_one("#account-profile .avatar--initials").get_text() == "WS"
    assert "Je foto is verwijderd." in soup.get_text()


def test_saving_the_profile_without_a_file_keeps_the_photo(signed_in, member, site_tree):
    upload(signed_in, image_file("JPEG"))
    member.refresh_from_db()
    photo = member.avatar.name
    with TestCase.captureOnCommitCallbacks(execute=True):
        signed_in.post(PROFILE_URL, profile_data(bio="Alleen de tekst"))
    member.refresh_from_db()
    assert member.avatar.name == photo and member.bio == "Alleen de tekst"
    assert len(stored_files()) == 1


def test_a_failed_save_removes_the_new_file_and_keeps_the_old(member, site_tree, monkeypatch):
    profiles.replace_avatar(member, profiles.prepare_avatar(image_file("JPEG")))
    old = member.avatar.name

    def broken_save(*args, **kwargs):
        raise RuntimeError("database gone")

    monkeypatch.setattr(member, "save", broken_save)
    with pytest.raises(RuntimeError):
        profiles.replace_avatar(member, profiles.prepare_avatar(image_file("PNG")))
    assert member.avatar.name == old
    assert [f.name for f in stored_files()] == [Path(old).name]


def test_profile_changes_and_photo_removal_only_take_a_post(signed_in, site_tree):
    assert signed_in.get(PROFILE_URL).status_code == 405
    assert signed_in.get(REMOVE_URL).status_code == 405


def test_signed_out_visitors_are_sent_to_log_in(client, site_tree):
    response = client.post(PROFILE_URL, profile_data())
    assert response.status_code == 302 and "/account/login/" in response["Location"]


def test_initials_get_a_colour_class_from_the_palette_never_an_inline_style(signed_in, member, site_tree):
    html = signed_in.get("/account/").content.decode()
    avatar = page(signed_in.get("/account/")).select_one("#account-profile .avatar")
    assert f"avatar--tone-{member.pk % profiles.AVATAR_TONES}" in avatar["class"]
    assert "style=" not in html
    assert profiles.initials("j.jansen") == "J"
    assert profiles.initials("Anne-Marie van der Berg") == "AB"
    assert profiles.initials("") == "?"


def test_the_export_tells_role_bio_and_whether_there_is_a_photo(signed_in, member, site_tree):
    upload(signed_in, image_file("JPEG"), job_title="Trainer", bio="Over mij")
    exported = json.loads(signed_in.get("/account/gegevens/").content)["profile"]
    assert (exported["role"], exported["bio"], exported["has_photo"]) == ("Trainer", "Over mij", True)
    with TestCase.captureOnCommitCallbacks(execute=True):
        signed_in.post(REMOVE_URL)
    assert json.loads(signed_in.get("/account/gegevens/").content)["profile"]["has_photo"] is False


def test_deleting_the_account_deletes_the_photo(signed_in, member, site_tree, monkeypatch):
    upload(signed_in, image_file("JPEG"))
    assert len(stored_files()) == 1
    monkeypatch.setattr(membership.billing, "close_billing", lambda user: None)
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = signed_in.post("/account/verwijderen/", {"password": "test-password"})
    assert response.status_code == 302
    assert stored_files() == []
