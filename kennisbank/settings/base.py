"""Settings shared by every environment. Deploy-time values come from the environment (see env.py)."""

from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _
from wagtail.embeds import oembed_providers

from .env import env, env_bool, env_list

BASE_DIR = Path(__file__).resolve().parent.parent.parent
PROJECT_DIR = BASE_DIR / "kennisbank"

# No secret here: dev and test set their own, production requires SECRET_KEY.
DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # Before our apps, so that discussion.apps can undo one of comments-xtd's signal handlers.
    "django_comments_xtd",
    "django_comments",
    "kennisbank",
    "articles",
    "discussion",
    "membership",
    "search",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.redirects",
    "wagtail.contrib.search_promotions",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    # No template of ours loads humanize, but the Wagtail admin uses its naturaltime and intcomma, whose
    # Dutch comes from this app's catalogue ("3 minuten geleden" instead of "3 minutes ago").
    "django.contrib.humanize",
    "django.contrib.sites",
    "django_tasks_db",
]
SITE_ID = 1

MIDDLEWARE = [
    "kennisbank.request_log.RequestIdMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "kennisbank.content_security.ContentSecurityPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "kennisbank.middleware.SiteLanguageMiddleware",
    "kennisbank.page_cache.SharedPageCacheLookupMiddleware",  # answers hits early: see the module
    "kennisbank.site_lookups.SiteLookupsMiddleware",  # the site and its settings, kept per generation
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "membership.middleware.StaffTwoFactorMiddleware",
    "membership.middleware.AccountPagesNotStoredMiddleware",
    "kennisbank.middleware.PrivateForSignedInMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "kennisbank.page_cache.SharedPageCacheMiddleware",  # innermost, stores: see the module
]

ROOT_URLCONF = "kennisbank.urls"
WSGI_APPLICATION = "kennisbank.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "membership.context_processors.membership",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        env("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=int(env("DATABASE_CONN_MAX_AGE", "0")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # The embedded default serves parallel requests: writers take the lock when their transaction starts
    # and wait up to 20 s for it (instead of failing at once with "database is locked" when a read
    # transaction turns into a write), and with WAL readers do not block the writer.
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "membership.User"

CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Whole pages for anonymous visitors (kennisbank/page_cache.py); 0 turns the shared page cache off.
PAGE_CACHE_SECONDS = int(env("PAGE_CACHE_SECONDS", "600"))
PAGE_CACHE_PROXY_SECONDS = 60  # s-maxage: a proxy in front is not told of changes, so it keeps pages briefly
# Parts of pages that are the same for every visitor, rendered once per generation (kennisbank/fragments.py);
# 0 renders them for every request.
FRAGMENT_CACHE_SECONDS = 600
# Reads of a page are added up in each process and written together at most this often
# (articles/readership.py); 0 writes each read at once.
READS_WRITE_SECONDS = 10

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# allauth's email login, with the member and the facts every page asks about them read in one query.
AUTHENTICATION_BACKENDS = ["membership.auth_backends.MemberBackend"]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "account_overview"

# Accounts (django-allauth): email and password, mandatory verification, enumeration-safe, rate limited.
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Kennisbank] "
ACCOUNT_ADAPTER = "membership.adapters.AccountAdapter"
ACCOUNT_FORMS = {"signup": "membership.forms.SignupForm"}  # a known address costs the same password hash
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "Kennisbank"

# The interface is Dutch; English is a translation a visitor can choose.
LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", _("Dutch")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [PROJECT_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env("MEDIA_ROOT", str(BASE_DIR / "media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "Kennisbank <redactie@kennisbank.example>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Background work (emails, index updates) runs through django-tasks: at once in development and tests,
# in a worker process (`manage.py db_worker`) in production, so a slow mail server never holds up a request.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# /.well-known/security.txt (RFC 9116). Expires is at most a year ahead; a test fails 30 days before it.
SECURITY_CONTACT = env("SECURITY_CONTACT", "mailto:security@kennisbank.example")
SECURITY_TXT_EXPIRES = "2027-11-30T23:00:00Z"

# Sessions stay in the database and are read from the cache (Redis in production), which every signed-in
# request reaches anyway: no query for the session. Without the cache they are read from the database.
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"

# Wagtail
WAGTAIL_SITE_NAME = "Kennisbank"
WAGTAILADMIN_BASE_URL = env("SITE_URL", "http://127.0.0.1:8000")
WAGTAIL_I18N_ENABLED = False
# One password reset for everyone, staff included: allauth's (rate limited, enumeration-safe). Wagtail's own
# /admin/password_reset/ would be a second, unlimited one.
WAGTAIL_PASSWORD_RESET_ENABLED = False
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_DOCUMENT_MODEL = "articles.SiteDocument"
# Documents always go through Wagtail's view, where the access policy is asked (articles/wagtail_hooks.py).
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "txt", "xlsx"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
# No Gravatar: it breaks offline and would send every staff member's email hash to a third party.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_DATE_FORMAT = "%d-%m-%Y"
WAGTAIL_DATETIME_FORMAT = "%d-%m-%Y %H:%M"
# Embeds from the providers the Content-Security-Policy lets into frames (kennisbank/content_security.py),
# sized by the stylesheet rather than by an inline style, which the policy refuses.
WAGTAILEMBEDS_FINDERS = [
    {
        "class": "wagtail.embeds.finders.oembed",
        "providers": [oembed_providers.youtube, oembed_providers.vimeo],
    }
]
WAGTAILEMBEDS_RESPONSIVE_HTML = False

ARTICLES_PER_PAGE = 12
BOOKMARKS_PER_PAGE = 20

# Site search (search/): Elasticsearch answers when ELASTICSEARCH_URL is set, the database engine otherwise.
# The database engine keeps its own index either way and answers when Elasticsearch fails or is slow.
ELASTICSEARCH_URL = env("ELASTICSEARCH_URL")
SEARCH_ENGINE = env("SEARCH_ENGINE", "elasticsearch" if ELASTICSEARCH_URL else "database")
ELASTICSEARCH_INDEX = env("ELASTICSEARCH_INDEX", "kennisbank")  # the alias; versions are "kennisbank-<time>"
ELASTICSEARCH_TIMEOUT = float(env("ELASTICSEARCH_TIMEOUT", "1.0"))  # seconds for one whole search
SEARCH_RESULTS_PER_PAGE = 10

# The discussion (django-comments-xtd, rendered by our own templates and views in discussion/).
COMMENTS_APP = "django_comments_xtd"
COMMENTS_XTD_MODEL = "discussion.models.DiscussionComment"
COMMENTS_XTD_MAX_THREAD_LEVEL = 2  # a comment and two levels of replies: three levels deep
COMMENTS_XTD_LIST_ORDER = ("thread_id", "order")
# comments-xtd's own views, template tags and API are not mounted (ours post, like and report), so their
# options (COMMENTS_XTD_APP_MODEL_OPTIONS, COMMENTS_XTD_CONFIRM_EMAIL) are not set: nothing would read them.
DISCUSSION_THREADS_PER_PAGE = 50
DISCUSSION_EDIT_MINUTES = 15
DISCUSSION_MAX_LENGTH = 5000
DISCUSSION_NEW_MEMBER_MAX_LINKS = 2
DISCUSSION_REPORTS_TO_HIDE = 3
# (comments, seconds); previews (per member) are counted apart from comments.
DISCUSSION_RATE_LIMITS = {"member": (5, 600), "address": (20, 600), "preview": (60, 600)}

# Stripe. Without a secret key, development and tests use the local stand-in (devtools/stripe_standin).
STRIPE_API_VERSION = "2026-10-28.endive"
STRIPE_SECRET_KEY = env("STRIPE_SECRET_KEY")
STRIPE_WEBHOOK_SECRET = env("STRIPE_WEBHOOK_SECRET")
# The Pro plans (membership/plans.py): their amounts come from these Stripe Prices, not from settings.
STRIPE_PRICE_ID = env("STRIPE_PRICE_ID")  # monthly
STRIPE_YEARLY_PRICE_ID = env("STRIPE_YEARLY_PRICE_ID")
STRIPE_API_BASE = env("STRIPE_API_BASE")
STRIPE_STANDIN = False
STRIPE_TIMEOUT_SECONDS = float(env("STRIPE_TIMEOUT_SECONDS", "5"))
STRIPE_MAX_NETWORK_RETRIES = int(env("STRIPE_MAX_NETWORK_RETRIES", "2"))
PRO_TRIAL_DAYS = 30
PRO_VAT_PERCENT = 21  # Dutch VAT (btw): the Stripe Prices include it; the Pro page shows it both ways

# Content-Security-Policy (kennisbank/content_security.py): report-only to roll a change out first.
CSP_REPORT_ONLY = env_bool("CSP_REPORT_ONLY", False)
CSP_REPORT_URI = env("CSP_REPORT_URI")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"request_id": {"()": "kennisbank.request_log.RequestIdFilter"}},
    "formatters": {"json": {"()": "kennisbank.request_log.JsonFormatter"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "filters": ["request_id"]}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.server": {"level": "WARNING" if env("QUIET_SERVER") else "INFO"},
        # One line per immediate task run is noise in development and tests.
        "django_tasks": {"level": "WARNING"},
        "stripe": {"level": "WARNING"},
    },
}
