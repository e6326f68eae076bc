import pytest
from django.contrib.auth.models import Group, Permission

from tests.factories import UserFactory
from tests.helpers import with_two_factor


@pytest.fixture
def editor(db):
    user = UserFactory(is_staff=True)
    editors = Group.objects.get(name="Editors")  # created by Wagtail's migrations, with page permissions
    for codename in ("add_author", "change_author", "add_theme", "change_theme"):
        editors.permissions.add(Permission.objects.get(codename=codename))
    user.groups.add(editors)
    return with_two_factor(user)
