import pytest
from django.contrib.auth.models import Group

from tests.factories import UserFactory
from tests.helpers import with_two_factor


@pytest.fixture
def editor(db):
    user = UserFactory(is_staff=True)
    user.groups.add(Group.objects.get(name="Redacteuren"))  # kennisbank/migrations/0003_editorial_roles
    return with_two_factor(user)
