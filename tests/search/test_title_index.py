"""Autocomplete's titles kept in each process (search/title_index.py): the same titles, in the same order,
as the database query it replaced (a folded title that starts with the text, or has it right after a space,
newest first)."""

from search.title_index import TitleIndex

ROWS = [  # (title, title_folded, url, kind), in the index's order: newest first
    ("Borging na de training", "borging na de training", "/a/1/", "artikel"),
    ("Zelfborging in teams", "zelfborging in teams", "/a/2/", "artikel"),
    ("Waarom borging faalt", "waarom borging faalt", "/a/3/", "artikel"),
    ("Het boren van tunnels", "het boren van tunnels", "/a/4/", "artikel"),
    ("Borging", "borging", "/o/borging/", "onderwerp"),
    ("Coöperatie en borging", "cooperatie en borging", "/a/5/", "artikel"),
]


def like_query(rows, text):
    """What the database was asked: title_folded LIKE 'text%' OR title_folded LIKE '% text%'."""
    return [row for row in rows if row[1].startswith(text) or " " + text in row[1]]


def test_titles_with_a_word_starting_with_the_text_in_the_index_order():
    index = TitleIndex.build(ROWS)
    for text in (
        "bor",
        "borging",
        "borging na",
        "borging na de training",
        "b",
        "coop",
        "van t",
        "en b",
        "zz",
        "t",
    ):
        assert index.matching(text) == like_query(ROWS, text), text
    assert "/a/2/" not in [row[2] for row in index.matching("bor")]  # inside a word is not a word's start


def test_at_most_the_limit_newest_first():
    rows = [(f"Borging {n}", f"borging {n}", f"/a/{n}/", "artikel") for n in range(50)]
    assert TitleIndex.build(rows).matching("borging", limit=10) == rows[:10]


def test_an_empty_index_finds_nothing():
    assert TitleIndex.build([]).matching("bor") == []
