"""Other apps add sections to the account page through membership.account_sections."""

import pytest

from membership import account_sections
from tests.factories import UserFactory


@pytest.fixture
def registered_section(monkeypatch, tmp_path, settings):
    monkeypatch.setattr(account_sections, "_sections", {})
    template_dir = tmp_path / "templates"
    (template_dir / "probe").mkdir(parents=True)
    (template_dir / "probe" / "section.html").write_text('<section id="probe">{{ section.label }}</section>')
    settings.TEMPLATES = [{**settings.TEMPLATES[0], "DIRS": [template_dir, *settings.TEMPLATES[0]["DIRS"]]}]
    shown_to = set()

    def context(request):
        return {"label": "Probe for " + request.user.email} if request.user.email in shown_to else None

    account_sections.register("probe", order=10, template="probe/section.html", context=context)
    return shown_to


@pytest.mark.django_db
def test_a_registered_section_shows_with_its_context_and_can_leave_itself_out(client, registered_section):
    member = UserFactory(email="lid@example.com")
    client.force_login(member)
    assert 'id="probe"' not in client.get("/account/").content.decode()
    registered_section.add("lid@example.com")
    html = client.get("/account/").content.decode()
    assert '<section id="probe">Probe for lid@example.com</section>' in html


def test_sections_come_in_order(monkeypatch):
    monkeypatch.setattr(account_sections, "_sections", {})
    account_sections.register("b", order=20, template="b.html", context=lambda request: {})
    account_sections.register("a", order=30, template="a.html", context=lambda request: {})
    account_sections.register("c", order=10, template="c.html", context=lambda request: None)
    assert [s.name for s in account_sections.for_request(object())] == ["b", "a"]
