import pytest
from django.contrib.auth.models import AnonymousUser, Group

from articles.models import ArticlePage, TopicPage
from membership.access import can_read_full, has_pro_access, public_can_read_full
from tests.factories import UserFactory


def editor(**fields):
    user = UserFactory(is_staff=True, **fields)
    user.groups.add(Group.objects.get(name="Redacteuren"))  # the roles migration grants read_pro_content
    return user


@pytest.mark.parametrize(
    ("persona", "expected"),
    [
        ("anonymous", False),
        ("reader", False),
        ("staff_without_pro_permission", False),
        ("inactive_editor", False),
        ("editor", True),
        ("superuser", True),
    ],
)
def test_who_reads_pro(db, persona, expected):
    user = {
        "anonymous": lambda: AnonymousUser(),
        "reader": lambda: UserFactory(),
        "staff_without_pro_permission": lambda: UserFactory(is_staff=True),
        "inactive_editor": lambda: editor(is_active=False),
        "editor": lambda: editor(),
        "superuser": lambda: UserFactory(is_staff=True, is_superuser=True),
    }[persona]()
    assert has_pro_access(user) is expected
    assert can_read_full(user, ArticlePage(is_pro=True)) is expected
    assert can_read_full(user, TopicPage()) is expected  # topics are Pro by default
    assert can_read_full(user, ArticlePage(is_pro=False)) is True


def test_public_channels_read_as_anonymous(db):
    assert public_can_read_full(ArticlePage(is_pro=False)) is True
    assert public_can_read_full(ArticlePage(is_pro=True)) is False
