"""Public search results are kept in the shared cache for everyone without Pro (search.service): computed
once, keyed on the index generation, the query, filters and page; a Pro member's results are never kept
nor given kept ones. Tested through the real cache with different visitors in a row.

Outside tests results are kept only outside a transaction (state.may_keep); these tests let them be kept
inside the test's transaction and forget what the process kept afterwards."""

import pytest
from django.test import Client
from django.utils import translation

from search import analytics, service, state
from search.engines import database
from search.models import SearchEvent
from tests.search.test_analytics import PERSON

SECRET = "zwavelkwartier"  # only in a Pro body


@pytest.fixture
def keeping(monkeypatch):
    monkeypatch.setattr(state, "may_keep", lambda: True)
    yield
    database._snapshot = None  # the rollback reuses generation numbers: nothing kept may outlive the test
    state.forget()


@pytest.fixture
def computed(monkeypatch):
    """The searches the service actually ran (not answered from the cache)."""
    ran = []
    original = service._search

    def counting(text, scope, *args):
        ran.append((text, scope))
        return original(text, scope, *args)

    monkeypatch.setattr(service, "_search", counting)
    return ran


def test_public_results_are_computed_once_for_everyone_without_pro(
    keeping, computed, make_article, rebuild, anonymous, free_member
):
    make_article("Borging na de training")
    rebuild()
    answers = [service.search("borging", user=visitor) for visitor in (anonymous, free_member, anonymous)]
    assert [found.total for found in answers] == [1, 1, 1]
    assert computed == [("borging", "public")]
    assert service.search("borging", user=anonymous, page=2).total == 1  # another page: its own entry
    assert service.search("training borging", user=anonymous).total == 1  # another query likewise
    assert len(computed) == 3


def test_a_pro_member_neither_gets_kept_public_results_nor_leaves_his_own(
    keeping, computed, make_article, rebuild, anonymous, pro_member
):
    make_article("Verbeteren met het team", body=f"De Pro-tekst noemt {SECRET}.", is_pro=True)
    rebuild()
    assert service.search(SECRET, user=anonymous).total == 0  # kept for everyone without Pro
    for _ in range(2):
        found = service.search(SECRET, user=pro_member)
        assert found.pro and found.total == 1
    again = service.search(SECRET, user=anonymous)
    assert again.total == 0 and not again.pro
    assert [scope for _text, scope in computed] == ["public", "full", "full"]


def test_each_language_gets_its_own_facet_labels_in_a_row(keeping, make_article, rebuild, anonymous):
    make_article("Borging na de training")
    rebuild()
    labels = {}
    for language in ("nl", "en", "nl"):
        with translation.override(language):
            found = service.search("borging", user=anonymous)
        labels.setdefault(language, []).append([value.label for value in found.facets["access"]])
    assert labels["nl"][0] == labels["nl"][1] == ["Gratis"]
    assert labels["en"] == [["Free"]]


def test_a_change_to_the_index_shows_in_the_next_search(
    keeping, make_article, rebuild, anonymous, django_capture_on_commit_callbacks
):
    make_article("Borging na de training")
    rebuild()
    assert service.search("borging", user=anonymous).total == 1
    with django_capture_on_commit_callbacks(execute=True):  # the index task, run as after a commit
        make_article("Borging in het team").save_revision().publish()
    assert service.search("borging", user=anonymous).total == 2


def test_every_search_from_kept_results_is_recorded_with_its_own_click_links(keeping, make_article, rebuild):
    make_article("Borging na de training")
    rebuild()
    pages = [Client(headers={"user-agent": PERSON}).get("/zoeken/", {"q": "borging"}) for _ in range(2)]
    assert [page.status_code for page in pages] == [200, 200]
    events = list(SearchEvent.objects.order_by("pk"))
    assert len(events) == 2
    for page, event in zip(pages, events, strict=True):  # each page reports clicks on its own search
        html = page.content.decode()
        assert "Borging na de training" in html
        assert f'ping="{analytics.click_url(event, 1)}"' in html
