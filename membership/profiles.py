"""A member's public profile: the name, role, bio and avatar others see next to their comments.

An uploaded photo is checked by what it is (Pillow reads it), not by its name, and stored only as our own
re-encoding: a 256x256 WebP square with none of the original's metadata (location, camera, comments).
The old file goes once the database holds the new name, so a failed upload or save loses nothing.
"""

import io
import logging
import secrets
import warnings

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import transaction
from django.utils.translation import gettext as _
from PIL import Image, ImageOps, UnidentifiedImageError

logger = logging.getLogger(__name__)

AVATAR_MAX_BYTES = 2 * 1024 * 1024
AVATAR_FORMATS = {"JPEG", "PNG", "WEBP"}
AVATAR_SIZE = 256
# Larger photos are refused before they are decoded: a small file can unpack into a huge image.
AVATAR_MAX_PIXELS = 40_000_000
# The initials' background colours (avatar--tone-N in authors.css): classes, as the CSP forbids inline styles.
AVATAR_TONES = 8


def initials(name: str) -> str:
    """The first letters of the first and the last word ("Wendela Schouten": "WS"; "j.jansen": "J")."""
    words = [word for word in name.split() if word[:1].isalnum()]
    if not words:
        return "?"
    letters = words[0][0] + (words[-1][0] if len(words) > 1 else "")
    return letters.upper()


def avatar_tone(user_id) -> int | None:
    """A colour of the palette that stays the member's own (derived from the id), None without an account."""
    return user_id % AVATAR_TONES if user_id else None


def prepare_avatar(upload) -> ContentFile:
    """The uploaded file as our square WebP, or a ValidationError with a message for the member."""
    if upload.size > AVATAR_MAX_BYTES:
        raise ValidationError(_("This photo is larger than 2 MB. Choose a smaller one."), code="too_large")
    refused = ValidationError(
        _("This file is not a JPEG, PNG or WebP image we can read. Choose another photo."), code="invalid"
    )
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            upload.seek(0)
            with Image.open(upload) as image:
                if image.format not in AVATAR_FORMATS:
                    raise refused
                width, height = image.size
                if width * height > AVATAR_MAX_PIXELS:
                    raise ValidationError(
                        _("This photo has too many pixels. Choose a smaller one."), code="too_many_pixels"
                    )
                image.load()
                image = ImageOps.exif_transpose(image)  # phone photos stand upright
                image = image.convert("RGBA" if _has_transparency(image) else "RGB")
                square = ImageOps.fit(image, (AVATAR_SIZE, AVATAR_SIZE), Image.Resampling.LANCZOS)
    except ValidationError:
        raise
    except (UnidentifiedImageError, Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        raise refused from error
    except (OSError, SyntaxError, ValueError, EOFError) as error:  # truncated or corrupt image data
        raise refused from error
    # A new image from the pixels alone: nothing of the original's metadata can travel along.
    clean = Image.frombytes(square.mode, square.size, square.tobytes())
    output = io.BytesIO()
    clean.save(output, format="WEBP", quality=85, method=4)
    return ContentFile(output.getvalue(), name=f"{secrets.token_hex(12)}.webp")


def _has_transparency(image) -> bool:
    return image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info)


def replace_avatar(user, content: ContentFile) -> None:
    """Store the new photo and point the account at it; the old file goes after the commit."""
    old_name = user.avatar.name
    new_name = user.avatar.storage.save(user.avatar.field.generate_filename(user, content.name), content)
    try:
        with transaction.atomic():
            user.avatar.name = new_name
            user.save(update_fields=["avatar"])
    except Exception:
        user.avatar.name = old_name
        user.avatar.storage.delete(new_name)  # the row still names the old file, which stays
        raise
    if old_name:
        delete_after_commit(old_name)


def remove_avatar(user) -> None:
    old_name = user.avatar.name
    if not old_name:
        return
    user.avatar.name = ""
    user.save(update_fields=["avatar"])
    delete_after_commit(old_name)


def delete_after_commit(name: str) -> None:
    """The file goes only when nothing can roll the row back to naming it."""

    def delete():
        try:
            default_storage.delete(name)
        except OSError:
            logger.warning("Could not delete the avatar file %s", name)

    transaction.on_commit(delete)


def delete_avatar_of_deleted_user(sender, instance, **kwargs) -> None:
    """A deleted account (on its page or in the admin) takes its photo along."""
    if instance.avatar.name:
        delete_after_commit(instance.avatar.name)
