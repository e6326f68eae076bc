"""Pro text stays Pro in search. A unique word is planted only in the Pro body of an article and of a topic:
for everyone without Pro it finds nothing, is highlighted nowhere, is suggested and autocompleted nowhere,
and is not even close enough to anything to be "meant" (no oracle). Pro members find it. On every engine.
The test is first shown to catch the same word in a public field."""

import json

import pytest
from django.contrib.auth.models import AnonymousUser
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from search import service, state
from search.analysis import stem
from search.models import FULL, PUBLIC, PopularQuery, SearchDocument, SearchProText, SearchWord
from tests.factories import UserFactory
from tests.search.conftest import member_with

SECRET = "zwavelkwartier"  # a word that occurs nowhere else
NEAR_SECRET = "zwavelkwartir"  # one letter off: would be corrected to the secret if it leaked


@pytest.fixture
def planted(make_article, make_topic, rebuild):
    article = make_article(
        "Verbeteren met het hele team",
        lead="Een openbare lead over verbeteren.",
        body=f"De Pro-tekst noemt het {SECRET} en verbeteren.",
        is_pro=True,
    )
    topic = make_topic(
        "Continu verbeteren",
        summary="Openbare samenvatting over verbeteren.",
        teaser="Openbare inleiding.",
        body=f"Alleen voor Pro: {SECRET} als voorbeeld.",
    )
    free = make_article("Gratis artikel over verbeteren", body="Openbare tekst zonder geheim.")
    rebuild()
    return {"article": article, "topic": topic, "free": free}


def non_members():
    return {
        "anonymous": lambda: None,
        "registered_free": UserFactory,
        "cancelled": lambda: member_with("canceled"),
        "unpaid": lambda: member_with("unpaid"),
        "incomplete": lambda: member_with("incomplete"),
        "staff_without_pro_permission": lambda: UserFactory(is_staff=True),
    }


def everything_search_shows(user, query):
    """Every string the search service gives back for this query: results, snippets, suggestions."""
    user = user or AnonymousUser()
    results = service.search(query, user=user)
    shown = [results.suggestion or "", str(results.total)]
    for result in results.results:
        shown += [result.title, result.url, str(result.snippet), *result.topics, *result.authors]
    for facet_values in results.facets.values():
        shown += [value.label for value in facet_values]
    for prefix in (query, query[:4], query[:6]):
        shown += [s.label for s in service.suggest(prefix, user=user)]
    return results, " ".join(shown)


@pytest.mark.parametrize("persona", list(non_members()))
def test_pro_text_is_no_oracle_for_non_members(engine, planted, persona):
    user = non_members()[persona]()
    for query in (SECRET, NEAR_SECRET, f"verbeteren {SECRET}", f'"{SECRET}"', SECRET.upper()):
        results, shown = everything_search_shows(user, query)
        assert SECRET not in shown.lower(), query
        if query in (SECRET, NEAR_SECRET, f'"{SECRET}"', SECRET.upper()):
            assert results.total == 0, query
            assert results.suggestion is None, query
    # The Pro pages stay findable through their public fields, flagged Pro, with public snippets only.
    results = service.search("verbeteren", user=user)
    assert {r.title for r in results.results} == {
        "Verbeteren met het hele team",
        "Continu verbeteren",
        "Gratis artikel over verbeteren",
    }
    assert {r.title: r.is_pro for r in results.results}["Continu verbeteren"] is True
    assert all("Pro-tekst" not in r.snippet and "Alleen voor Pro" not in r.snippet for r in results.results)


def test_pro_members_search_everything(engine, planted, pro_member, staff_user):
    for user in (pro_member, staff_user, member_with("trialing"), member_with("past_due")):
        results = service.search(SECRET, user=user)
        assert {r.title for r in results.results} == {"Verbeteren met het hele team", "Continu verbeteren"}
        assert all(f"<mark>{SECRET}</mark>" in r.snippet for r in results.results)
        assert results.engine == engine
        assert service.search(NEAR_SECRET, user=user).suggestion == SECRET


def test_pro_text_is_stored_apart(planted):
    """Only the Pro store and the full index hold the word; the public store, index and vocabulary do not."""
    for document in SearchDocument.objects.all():
        assert SECRET not in " ".join(str(value) for value in document.__dict__.values())
    assert SearchProText.objects.filter(body__contains=SECRET).count() == 2
    assert SearchWord.objects.filter(scope=FULL, word=SECRET).exists()
    assert not SearchWord.objects.filter(scope=PUBLIC, word=SECRET).exists()
    postgresql = connection.vendor == "postgresql"
    with connection.cursor() as cursor:
        public = "terms::text" if postgresql else "title || summary || body"
        cursor.execute(f"SELECT {public} FROM search_public_index")  # noqa: S608
        assert not any(SECRET in row[0] for row in cursor.fetchall())
        pro = (
            "terms::text FROM search_full_index WHERE field = 4"
            if postgresql
            else "pro FROM search_full_index"
        )
        cursor.execute(f"SELECT {pro}")
        assert any(SECRET in row[0] for row in cursor.fetchall())
    assert not state.analyser_for(PUBLIC).vocabulary.knows(SECRET)


def test_the_check_catches_the_word_in_a_public_field(engine, planted, rebuild):
    """Proof that the checks above can fail: the same word in a public field is found by everyone."""
    free = planted["free"]
    free.lead = f"Openbaar: {SECRET}."
    free.save()
    rebuild()
    results, shown = everything_search_shows(None, SECRET)
    assert results.total == 1 and SECRET in shown
    assert service.search(NEAR_SECRET, user=None).suggestion == SECRET


def test_elasticsearch_keeps_pro_text_out_of_source(elasticsearch, planted):
    """The Pro body is indexed (Pro members search it) but never stored to be returned: a document fetched
    raw from Elasticsearch has no Pro text, while a public word of the same page is there."""
    secret = stem(SECRET)
    client, alias = elasticsearch.writer, elasticsearch.alias
    mapping = next(iter(client.indices.get_mapping(index=alias).values()))["mappings"]
    assert mapping["_source"]["excludes"] == ["pro"]
    for page in (planted["article"], planted["topic"]):
        source = client.get(index=alias, id=page.pk)["_source"]
        assert "pro" not in source
        assert secret not in json.dumps(source) and SECRET not in json.dumps(source)
        assert stem("verbeteren") in source["title"] + source["summary"]  # the check reads real documents
    found = client.search(index=alias, query={"term": {"pro": secret}}, source=False)["hits"]["hits"]
    assert {int(hit["_id"]) for hit in found} == {planted["article"].pk, planted["topic"].pk}
    public_fields = ("title", "summary", "body", "full_title", "full_summary", "full_body")
    for field in public_fields:
        assert client.count(index=alias, query={"term": {field: secret}})["count"] == 0, field


def test_autocomplete_through_the_shared_cache_with_visitors_in_a_row(planted, pro_member, client):
    """Anonymous visitors' autocomplete is kept in the shared page cache: a Pro member, whose suggestions may
    name Pro words, neither gets theirs nor leaves his own there, whoever asks first."""
    PopularQuery.objects.create(query=f"{SECRET} verbeteren", count=10)
    pro = Client()
    pro.force_login(pro_member)

    def labels(visitor):
        response = visitor.get("/zoeken/suggesties/", {"q": "zwavel"})
        assert response.status_code == 200
        assert response["X-Robots-Tag"] == "noindex"
        return [s["label"] for s in response.json()["suggestions"]]

    assert labels(pro) == [f"{SECRET} verbeteren"]
    assert labels(client) == []
    with CaptureQueriesContext(connection) as kept:
        assert labels(Client()) == []  # another anonymous visitor, from the cache
    assert len(kept) == 0
    assert labels(pro) == [f"{SECRET} verbeteren"]
    assert labels(client) == []
