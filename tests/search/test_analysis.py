"""The Dutch analysis, without a database: the same terms at index time and at query time."""

import pytest

from search.analysis import (
    MAX_QUERY_LENGTH,
    SAFE_TERM,
    Analyser,
    SynonymGroup,
    Vocabulary,
    clean_query,
    fold,
    stem,
    words,
)

VOCABULARY = Vocabulary(
    counts={
        "verandering": 5,
        "veranderingen": 3,
        "management": 2,
        "verandermanagement": 1,
        "team": 8,
        "ontwikkeling": 4,
        "feedback": 6,
        "leiderschap": 3,
        "stijlen": 2,
        "weerstand": 4,
        "onboarding": 2,
    }
)
SYNONYMS = [SynonymGroup.parse(1, "KPI, prestatie-indicator"), SynonymGroup.parse(2, "HR, personeelszaken")]


@pytest.fixture
def analyser():
    return Analyser(VOCABULARY, SYNONYMS)


def query_terms(analyser, text):
    return analyser.analyse_query(text).terms


def test_folding_lower_case_and_diacritics():
    assert fold("Coöperatie") == fold("cooperatie") == "cooperatie"
    assert fold("ÉÉN") == "een"
    assert words("Ideeën, financiële cliënt") == ["ideeen", "financiele", "client"]


def test_stop_words_are_not_indexed(analyser):
    assert analyser.index_terms("de en het een van") == []
    assert analyser.index_terms("één") == []  # folded to "een", a stop word
    assert analyser.analyse_query("hoe en wat").groups == ()


def test_stemming_finds_inflections(analyser):
    assert stem("veranderingen") == stem("verandering") == stem("veranderen")
    assert stem("vergaderingen") == stem("vergaderen")
    assert query_terms(analyser, "veranderingen") & set(analyser.index_terms("Een verandering"))


def test_compounds_are_split_into_known_parts_and_kept_whole(analyser):
    terms = analyser.index_terms("Verandermanagement")
    assert stem("verandermanagement") in terms
    assert stem("management") in terms
    assert stem("verandering") in terms  # "verander" is the stem of a known word
    assert stem("ontwikkeling") in analyser.index_terms("teamontwikkeling")
    assert stem("stijlen") in analyser.index_terms("leiderschapsstijlen")  # the linking s


def test_suffixes_and_particles_are_not_compound_parts():
    vocabulary = Vocabulary(
        counts={"leider": 1, "schap": 1, "onder": 1, "handelen": 1, "weer": 1, "stand": 1}
    )
    analyser = Analyser(vocabulary)
    assert analyser.split("leiderschap") is None
    assert analyser.split("onderhandelen") is None
    assert analyser.split("weerstand") is None


def test_synonyms_at_index_and_query_time(analyser):
    kpi = query_terms(analyser, "KPI's")
    assert kpi & set(analyser.index_terms("Elke prestatie-indicator telt"))
    assert kpi & set(analyser.index_terms("De KPI van dit team"))
    assert query_terms(analyser, "personeelszaken") & set(analyser.index_terms("De afdeling HR"))
    # A phrase synonym matches as a phrase, not as two loose words.
    assert SYNONYMS[0].term not in analyser.index_terms("prestatie van de indicator")


def test_one_typo_is_tolerated_for_words_of_five_letters_or_more(analyser):
    group = analyser.analyse_query("feedbak").groups[0]
    assert (stem("feedback"),) in group.loose
    assert analyser.analyse_query("taem").groups[0].loose == ()  # four letters: no correction
    assert analyser.analyse_query("fedbakk").groups[0].loose == ()  # two edits: no correction


def test_did_you_mean_from_the_vocabulary(analyser):
    assert analyser.suggestion(analyser.analyse_query("weerstnd bij onbording")) == "weerstand bij onboarding"
    assert analyser.suggestion(analyser.analyse_query("weerstand")) is None
    assert analyser.suggestion(analyser.analyse_query("xqzwv")) is None


def test_did_you_mean_leaves_short_words_alone():
    vocabulary = Vocabulary(counts={"fout": 3, "burn": 1, "team": 5})
    analyser = Analyser(vocabulary)
    assert analyser.suggestion(analyser.analyse_query("burn-ou")) is None  # "ou" is not "fou(t)"
    assert analyser.suggestion(analyser.analyse_query("burn-fou")) is None  # three letters: no guess
    assert analyser.suggestion(analyser.analyse_query("tean")) == "team"  # four letters are corrected


@pytest.mark.parametrize(
    "hostile",
    [
        '"',
        '"onboarding',
        "feedback*",
        "NEAR(feedback team, 3)",
        "feedback AND OR NOT team",
        "(((team",
        "-team +feedback",
        "title:feedback {body}:x ^2",
        "'; DROP TABLE search_searchdocument; --",
        "\x00\x01\x1bteam\u200b\ufeff",
        "日本語 العربية 🙂 Ω≈ç√",
        "a" * 5000,
        "\ud800",
        "%s %% ? ?1 :name",
    ],
)
def test_any_input_becomes_safe_terms(analyser, hostile):
    query = analyser.analyse_query(hostile)
    assert len(query.text) <= MAX_QUERY_LENGTH
    for term in query.terms:
        assert SAFE_TERM.fullmatch(term), term
    for term in analyser.index_terms(hostile):
        assert SAFE_TERM.fullmatch(term), term


def test_clean_query_strips_control_characters_and_cuts_at_200():
    assert clean_query("  team\x00\n\tfeedback\u200b  ") == "team feedback"
    assert len(clean_query("woord " * 100)) <= 200
    assert clean_query(None) == ""
    assert clean_query(["lijst"]) == ""


def test_the_last_part_of_a_compound_counts_loosely_unless_it_is_common():
    vocabulary = Vocabulary(
        counts={"zorg": 1, "organisatie": 8, "management": 2, "dashboard": 1, "team": 3}, documents=8
    )
    analyser = Analyser(vocabulary)
    dashboard = analyser.analyse_query("managementdashboard").groups[0]
    assert (stem("management"), stem("dashboard")) in dashboard.alternatives
    assert dashboard.loose == ((stem("dashboard"),),)
    assert analyser.analyse_query("zorgorganisatie").groups[0].loose == ()  # in every document: says little
