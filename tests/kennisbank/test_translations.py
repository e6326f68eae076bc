from pathlib import Path

import polib
from django.conf import settings
from django.contrib.auth.models import Group

from tests.factories import UserFactory
from tests.helpers import with_two_factor

CATALOGUE = Path(settings.BASE_DIR) / "locale" / "nl" / "LC_MESSAGES"


def test_dutch_catalogue_is_complete():
    po = polib.pofile(str(CATALOGUE / "django.po"))
    assert po.untranslated_entries() == []
    assert po.fuzzy_entries() == []


def test_compiled_catalogue_matches_the_source():
    """The .mo file is committed (no gettext needed on a fresh machine), so it must not go stale."""
    po = polib.pofile(str(CATALOGUE / "django.po"))
    mo = polib.mofile(str(CATALOGUE / "django.mo"))
    compiled = {(entry.msgctxt, entry.msgid): (entry.msgstr, entry.msgstr_plural) for entry in mo}
    for entry in po.translated_entries():
        assert compiled.get((entry.msgctxt, entry.msgid)) == (entry.msgstr, entry.msgstr_plural), entry.msgid


def test_the_admin_says_in_dutch_what_wagtails_catalogue_leaves_english(client, article):
    editor = UserFactory(is_staff=True)
    editor.groups.add(Group.objects.get(name="Redacteuren"))
    client.force_login(with_two_factor(editor))
    html = client.get(f"/admin/pages/{article.pk}/edit/").content.decode()
    assert 'data-w-tooltip-content-value="Controles"' in html
    assert 'aria-label="Toon/verberg controles"' in html
    assert "Handleiding voor redacteuren" in html
    for english in ('"Checks"', "Checks aan/uitzetten", "Editor Guide"):
        assert english not in html
