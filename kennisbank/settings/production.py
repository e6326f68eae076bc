"""Production: refuses to start without its secrets; everything deploy-time comes from the environment."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .env import env, env_bool, env_list, require

DEBUG = False
SECRET_KEY = require("SECRET_KEY")
require("DATABASE_URL")  # base.py parsed it; an SQLite fallback is never acceptable here
# Persistent connections (checked before reuse, base.py): a new PostgreSQL connection per request costs more
# than many a page's queries.
DATABASES["default"]["CONN_MAX_AGE"] = int(env("DATABASE_CONN_MAX_AGE", "60"))  # noqa: F405
require("ALLOWED_HOSTS")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
WAGTAILADMIN_BASE_URL = require("SITE_URL")

if redis_url := env("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "kennisbank.cache_backend.ResilientRedisCache",  # pages still served when it is down
            "LOCATION": redis_url,
            "TIMEOUT": 300,
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        }
    }

if email_host := env("EMAIL_HOST"):
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_HOST = email_host
    EMAIL_PORT = int(env("EMAIL_PORT", "587"))
    EMAIL_HOST_USER = env("EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD", "")
    EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
    EMAIL_TIMEOUT = 10
else:
    raise ImproperlyConfigured("The environment variable EMAIL_HOST must be set in production.")

# Elasticsearch is optional (the database engine is a complete search engine), but choosing it without
# saying where it runs is a mistake to stop at, not to hide behind the fallback.
if SEARCH_ENGINE == "elasticsearch" and not ELASTICSEARCH_URL:  # noqa: F405
    raise ImproperlyConfigured("SEARCH_ENGINE is elasticsearch: set ELASTICSEARCH_URL too.")

# WhiteNoise serves the collected static files right after the security middleware.
MIDDLEWARE.insert(1, "whitenoise.middleware.WhiteNoiseMiddleware")  # noqa: F405
TASKS = {"default": {"BACKEND": "django_tasks_db.backend.DatabaseBackend"}}

# Real Stripe only: the stand-in never runs in production.
STRIPE_STANDIN = False
STRIPE_SECRET_KEY = require("STRIPE_SECRET_KEY")
STRIPE_WEBHOOK_SECRET = require("STRIPE_WEBHOOK_SECRET")
STRIPE_PRICE_ID = require("STRIPE_PRICE_ID")
STRIPE_YEARLY_PRICE_ID = require("STRIPE_YEARLY_PRICE_ID")
if STRIPE_API_BASE:  # noqa: F405
    raise ImproperlyConfigured("STRIPE_API_BASE points Stripe elsewhere; production talks to Stripe itself.")

STORAGES["staticfiles"] = {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"}  # noqa: F405

# One JSON object a line, with the request's id (kennisbank/request_log.py), for the log collector.
LOGGING["handlers"]["console"]["formatter"] = "json"  # noqa: F405

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = int(env("SECURE_HSTS_SECONDS", "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
# Preloading is a promise to browsers that takes months to undo: an opt-in (README, "Deploy"). Without it,
# Django's reminder (W021) is silenced so that `check --deploy --fail-level WARNING` stays a real gate.
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)
if not SECURE_HSTS_PRELOAD:
    SILENCED_SYSTEM_CHECKS = ["security.W021"]
