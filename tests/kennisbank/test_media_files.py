"""Images and members' photos are served by the site itself, in production settings too; nothing else in the
media folder is (documents stay behind Wagtail's document view and the access policy)."""

import pytest
from django.test import override_settings

pytestmark = pytest.mark.django_db


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    for folder in ("images", "avatars", "documents"):
        (tmp_path / folder).mkdir()
    (tmp_path / "images" / "borging.width-800.png").write_bytes(b"\x89PNG\r\n\x1a\nimage")
    (tmp_path / "avatars" / "lid.webp").write_bytes(b"RIFF....WEBPphoto")
    (tmp_path / "documents" / "pro-verslag.pdf").write_bytes(b"%PDF- Pro text")
    (tmp_path / "secret.txt").write_text("not for anyone")
    return tmp_path


@pytest.mark.parametrize("debug", [False, True])
def test_images_and_photos_are_served_with_cache_and_safety_headers(client, media, debug):
    with override_settings(DEBUG=debug):
        image = client.get("/media/images/borging.width-800.png")
        photo = client.get("/media/avatars/lid.webp")
    assert image.status_code == 200
    assert b"".join(image.streaming_content) == b"\x89PNG\r\n\x1a\nimage"
    assert image["Content-Type"] == "image/png"
    assert image["Cache-Control"] == "public, max-age=86400"
    assert image["X-Content-Type-Options"] == "nosniff"
    assert "sandbox" in image["Content-Security-Policy"]
    assert photo.status_code == 200
    assert photo["Content-Type"] == "image/webp"


def test_head_is_answered_and_post_is_refused(client, media):
    assert client.head("/media/images/borging.width-800.png").status_code == 200
    assert client.post("/media/images/borging.width-800.png").status_code == 405


@pytest.mark.parametrize(
    "path",
    [
        "/media/documents/pro-verslag.pdf",  # documents only through Wagtail's view (access policy)
        "/media/secret.txt",
        "/media/images/../secret.txt",
        "/media/images/%2e%2e/secret.txt",
        "/media/avatars/..%2fsecret.txt",
        "/media/images/",
        "/media/images/missing.png",
        "/media/original_images/../../etc/passwd",
    ],
)
def test_nothing_else_in_the_media_folder_is_served(client, media, path):
    response = client.get(path)
    assert response.status_code in (400, 404)  # a path climbing out of the folder is a 400
    assert b"not for anyone" not in response.content
    assert b"Pro text" not in response.content
