import os
from dataclasses import dataclass

import pytest
from django.core.cache import cache
from wagtail.models import Page, Site

from devtools.stripe_standin import StripeStandIn
from tests.discussion.helpers import verified
from tests.factories import (
    ArticleIndexPageFactory,
    ArticlePageFactory,
    AuthorFactory,
    HomePageFactory,
    KnowledgeBasePageFactory,
    UserFactory,
)


@dataclass
class SiteTree:
    home: object
    article_index: object
    knowledge_base: object


def _recreate_root():
    """A transactional test flushed the tables, migration data (root page, locale, collection) included,
    and maybe the content types too (a flush that expected serialized_rollback to restore them)."""
    from django.conf import settings
    from django.contrib.contenttypes.models import ContentType
    from django.core.management.sql import emit_post_migrate_signal
    from wagtail.models import Collection, Locale

    ContentType.objects.clear_cache()
    emit_post_migrate_signal(verbosity=0, interactive=False, db="default")
    locale, _created = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    return Page.add_root(instance=Page(title="Root", slug="root", locale=locale))


@pytest.fixture
def root_page(db):
    """Wagtail's root page, recreated when a transactional test flushed it. Browser tests see a connection
    of their own (Playwright runs an event loop in the test's thread), so serialized_rollback's copy of the
    migration data is not always restored for them."""
    return Page.get_first_root_node() or _recreate_root()


@pytest.fixture
def site_tree(root_page):
    """Home, article index and knowledge base, with the default Site pointing at home."""
    root = root_page
    for welcome in root.get_children():  # Wagtail's initial page (and its Site) make way for ours
        welcome.delete()
    home = HomePageFactory(parent=root)
    Site.objects.create(hostname="testserver", port=80, root_page=home, is_default_site=True)
    return SiteTree(
        home=home,
        article_index=ArticleIndexPageFactory(parent=home),
        knowledge_base=KnowledgeBasePageFactory(parent=home),
    )


@pytest.fixture
def article(site_tree):
    """An article whose author has a member account (for author badges and notifications)."""
    author_user = verified(UserFactory(first_name="Marieke", last_name="van Dijk"))
    author = AuthorFactory(name="Marieke van Dijk", user=author_user)
    return ArticlePageFactory(
        parent=site_tree.article_index, title="Drie tips voor borging", authors=[author]
    )


@pytest.fixture
def standin(settings):
    """The local Stripe stand-in over real HTTP; the test hands its webhooks to the site (deliver_event)."""
    server = StripeStandIn(
        webhook_secret=settings.STRIPE_WEBHOOK_SECRET,
        price_id=settings.STRIPE_PRICE_ID,
        yearly_price_id=settings.STRIPE_YEARLY_PRICE_ID,
        auto_deliver=False,
    ).start()
    settings.STRIPE_API_BASE = server.url
    yield server
    server.stop()


@pytest.fixture
def staff_user(db):
    """Staff with the Pro-reading permission (as editors and moderators have)."""
    from django.contrib.auth.models import Permission

    user = UserFactory(is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="read_pro_content"))
    return user


@pytest.fixture
def reader(db):
    return UserFactory()


@pytest.fixture(autouse=True)
def _cache_of_this_test_only():
    """Each test starts with an empty cache, as it starts with an empty database: rows are rolled back and
    their ids reused by the next test, so an entry about an earlier test's row describes nothing real.
    Within a test the cache is never cleared; caching is tested there with several visitors in a row."""
    cache.clear()


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


def pytest_report_header(config):
    return f"database: {os.environ.get('DATABASE_URL', 'sqlite (default)')}"
