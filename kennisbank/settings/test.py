"""Tests: fast hashing, in-memory email, the same embedded defaults as development."""

from pathlib import Path

from .base import *  # noqa: F403
from .env import env

SECRET_KEY = "test-only-insecure-key"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = Path(env("TEST_MEDIA_ROOT", "/tmp/kennisbank-test-media"))  # noqa: S108
WAGTAILADMIN_BASE_URL = "http://testserver"
