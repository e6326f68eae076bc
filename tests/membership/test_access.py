import pytest
from django.contrib.auth.models import AnonymousUser

from articles.models import ArticlePage, TopicPage
from membership.access import can_read_full, has_pro_access, public_can_read_full
from tests.factories import UserFactory


@pytest.mark.parametrize(
    ("persona", "expected"),
    [
        ("anonymous", False),
        ("reader", False),
        ("inactive_staff", False),
        ("staff", True),
        ("superuser", True),
    ],
)
def test_who_reads_pro(db, persona, expected):
    user = {
        "anonymous": lambda: AnonymousUser(),
        "reader": lambda: UserFactory(),
        "inactive_staff": lambda: UserFactory(is_staff=True, is_active=False),
        "staff": lambda: UserFactory(is_staff=True),
        "superuser": lambda: UserFactory(is_staff=True, is_superuser=True),
    }[persona]()
    assert has_pro_access(user) is expected
    assert can_read_full(user, ArticlePage(is_pro=True)) is expected
    assert can_read_full(user, TopicPage()) is expected  # topics are Pro by default
    assert can_read_full(user, ArticlePage(is_pro=False)) is True


def test_public_channels_read_as_anonymous(db):
    assert public_can_read_full(ArticlePage(is_pro=False)) is True
    assert public_can_read_full(ArticlePage(is_pro=True)) is False
