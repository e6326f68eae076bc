import pytest
from django.core.cache import cache

from tests.articles.discussion_helpers import verified
from tests.factories import ArticlePageFactory, AuthorFactory, UserFactory


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()


@pytest.fixture
def article(site_tree):
    author_user = verified(UserFactory(first_name="Marieke", last_name="van Dijk"))
    author = AuthorFactory(name="Marieke van Dijk", user=author_user)
    return ArticlePageFactory(
        parent=site_tree.article_index, title="Drie tips voor borging", authors=[author]
    )
