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

# Tests start their own stand-in and point STRIPE_API_BASE at it (the `standin` fixture, tests/conftest.py).
STRIPE_STANDIN = True
STRIPE_SECRET_KEY = "sk_test_standin"  # noqa: S105
STRIPE_WEBHOOK_SECRET = "whsec_test_secret"  # noqa: S105
STRIPE_PRICE_ID = "price_kennisbank_pro"
STRIPE_YEARLY_PRICE_ID = "price_kennisbank_pro_yearly"
STRIPE_API_BASE = "http://127.0.0.1:9"  # nothing listens here unless a test starts the stand-in
STRIPE_TIMEOUT_SECONDS = 2
STRIPE_MAX_NETWORK_RETRIES = 0
ACCOUNT_RATE_LIMITS = False
READS_WRITE_SECONDS = 0  # each read written at once; tests/articles/test_readership.py tries the added-up way

# Search tests choose their engine per test (the `engine` fixture in tests/search/conftest.py); an
# ELASTICSEARCH_URL in the environment adds a real Elasticsearch there and changes nothing else.
SEARCH_ENGINE = "database"
ELASTICSEARCH_URL = None
ELASTICSEARCH_INDEX = "kennisbank-test"
