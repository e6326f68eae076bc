"""Development: embedded defaults only (SQLite, local-memory cache, console email)."""

from .base import *  # noqa: F403
from .env import env, env_list

DEBUG = True
# A development-only key; production requires SECRET_KEY from the environment.
SECRET_KEY = env("SECRET_KEY", "dev-only-insecure-key-not-for-production")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"])

# Payments are simulated by the local Stripe stand-in unless real test-mode keys are given.
STRIPE_STANDIN = STRIPE_SECRET_KEY is None  # noqa: F405
if STRIPE_STANDIN:
    STRIPE_SECRET_KEY = "sk_test_standin"  # noqa: S105 -- the stand-in accepts any test key
    STRIPE_WEBHOOK_SECRET = "whsec_standin_development"  # noqa: S105
    STRIPE_PRICE_ID = "price_kennisbank_pro"
    STRIPE_YEARLY_PRICE_ID = "price_kennisbank_pro_yearly"
    STRIPE_API_BASE = env("STRIPE_API_BASE", "http://127.0.0.1:12111")
