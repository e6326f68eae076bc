"""The stylesheets: plain CSS files by component, linked in cascade order, with one set of design tokens."""

import re
from pathlib import Path

from django.contrib.staticfiles import finders

CSS_DIR = Path(__file__).resolve().parents[2] / "kennisbank" / "static" / "css"
# The cascade order: tokens, base, then the components. A later file may override an earlier one.
CASCADE = [
    "tokens.css",
    "base.css",
    "header.css",
    "messages.css",
    "buttons.css",
    "forms.css",
    "badges.css",
    "cards.css",
    "pro.css",
    "article.css",
    "authors.css",
    "footer.css",
    "account.css",
    "discussion.css",
    "search.css",
]


def _css(name):
    """A stylesheet without its comments (they quote colours and selectors)."""
    return re.sub(r"/\*.*?\*/", "", (CSS_DIR / name).read_text(), flags=re.S)


def test_pages_link_every_stylesheet_in_cascade_order(client, site_tree):
    html = client.get("/").content.decode()
    linked = re.findall(r'<link rel="stylesheet" href="/static/css/([\w-]+\.css)">', html)
    assert linked == CASCADE
    assert sorted(path.name for path in CSS_DIR.glob("**/*.css")) == sorted(CASCADE)  # none left unlinked
    for name in linked:
        assert finders.find(f"css/{name}"), name


def test_design_tokens_are_defined_once_in_tokens_css():
    defined = re.findall(r"(--[\w-]+)\s*:", _css("tokens.css"))
    assert len(defined) == len(set(defined)), "a custom property is defined twice"
    assert _css("tokens.css").count(":root") == 1
    for name in CASCADE[1:]:
        assert ":root" not in _css(name), name
    # Components use tokens; at most they re-point one for their part of the page (the footer's focus colour).
    used = {token for name in CASCADE for token in re.findall(r"var\((--[\w-]+)", _css(name))}
    assert used <= set(defined), used - set(defined)


def test_colours_are_tokens_outside_tokens_css():
    for name in CASCADE[1:]:
        css = _css(name)
        assert not re.findall(r"#[0-9a-fA-F]{3,8}\b", css), name
        assert not re.findall(r"\b(?:rgba?|hsla?)\(", css), name
        assert not re.findall(r":\s*(?:white|black)\b", css), name


def test_each_media_query_is_in_the_file_of_the_component_it_styles():
    # One block per condition and file: the same query is not repeated inside a file.
    for name in CASCADE:
        queries = re.findall(r"@media\s*([^{]+)\{", _css(name))
        assert len(queries) == len({q.strip() for q in queries}), name
