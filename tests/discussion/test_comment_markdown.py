"""The Markdown subset of member comments, against hostile input first and foremost.

Assertions are made on the parsed output (BeautifulSoup), not on substrings, wherever safety is at
stake: only allowed elements, only href/rel on <a>, only http/https/mailto hrefs.
"""

import re
import sys
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup, Comment
from django.template import Context, Template
from django.utils.safestring import mark_safe

from discussion import markdown as comment_markdown
from discussion.markdown import count_links, plain_text, render_comment

ALLOWED_TAGS = {"p", "br", "em", "strong", "ol", "ul", "li", "blockquote", "a"}
REL = ["nofollow", "ugc", "noopener"]
CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b-\x1f\x7f]")


def parse(html):
    return BeautifulSoup(html, "html.parser")


def hrefs(html):
    return [a["href"] for a in parse(html).find_all("a") if a.has_attr("href")]


def assert_safe(html):
    """The invariants every rendering must satisfy, whatever the input."""
    assert isinstance(html, str)
    soup = parse(html)
    for element in soup.find_all(True):
        assert element.name in ALLOWED_TAGS, (element.name, html[:300])
        if element.name == "a":
            assert set(element.attrs) <= {"href", "rel"}, (element.attrs, html[:300])
            assert element.get("rel") == REL, html[:300]
            if element.has_attr("href"):
                href = element["href"]
                assert href == href.strip() and not CONTROL_CHARACTERS.search(href), href
                assert urlsplit(href).scheme.lower() in {"http", "https", "mailto"}, href
                squashed = re.sub(r"\s", "", href).lower()
                assert not squashed.startswith(("javascript:", "vbscript:", "data:")), href
        else:
            assert element.attrs == {}, (element.name, element.attrs, html[:300])
    assert not soup.find_all(string=lambda s: isinstance(s, Comment)), html[:300]
    # Independent of the parser: every tag in the raw markup is an allowed one.
    for name in re.findall(r"<\s*/?\s*([a-zA-Z][^\s/>]*)", html):
        assert name.lower() in ALLOWED_TAGS, (name, html[:300])
    assert "<!--" not in html and "\x00" not in html


def link_count(html):
    return len(parse(html).find_all("a", href=True))


# ----------------------------------------------------------------------------------------------
# Legitimate Markdown


def test_paragraphs_line_breaks_and_emphasis():
    html = render_comment("Hallo *wereld*, _ook_ **sterk**.\nVolgende regel\n\nTweede alinea")
    soup = parse(html)
    paragraphs = soup.find_all("p")
    assert [p.get_text() for p in paragraphs] == [
        "Hallo wereld, ook sterk.\nVolgende regel",
        "Tweede alinea",
    ]
    assert [e.get_text() for e in soup.find_all("em")] == ["wereld", "ook"]
    assert [s.get_text() for s in soup.find_all("strong")] == ["sterk"]
    assert len(paragraphs[0].find_all("br")) == 1
    assert_safe(html)


def test_numbered_list():
    soup = parse(render_comment("Stappen:\n\n1. een\n2. twee\n3. drie"))
    ol = soup.find("ol")
    assert ol is not None
    assert [li.get_text() for li in ol.find_all("li")] == ["een", "twee", "drie"]
    assert soup.find("ul") is None


def test_list_may_start_directly_under_a_line_of_text():
    # Python-Markdown itself needs a blank line before a list; members will not type one.
    soup = parse(render_comment("Stappen:\n1. een\n2. twee\n\nKlaar.\n- a\n- b"))
    assert [p.get_text() for p in soup.find_all("p")] == ["Stappen:", "Klaar."]
    assert [li.get_text() for li in soup.find("ol").find_all("li")] == ["een", "twee"]
    assert [li.get_text() for li in soup.find("ul").find_all("li")] == ["a", "b"]
    quoted = parse(render_comment("> Zij schreef:\n> - a\n> - b"))
    assert [li.get_text() for li in quoted.select("blockquote ul li")] == ["a", "b"]


def test_number_other_than_one_does_not_interrupt_a_paragraph():
    html = render_comment("Het was in\n2024. Daarna niet meer.")
    assert parse(html).find("ol") is None
    assert parse(html).get_text() == "Het was in\n2024. Daarna niet meer."


def test_bulleted_lists_with_dash_and_star():
    for text in ("- een\n- twee", "* een\n* twee"):
        ul = parse(render_comment(text)).find("ul")
        assert [li.get_text() for li in ul.find_all("li")] == ["een", "twee"]


def test_nested_list():
    soup = parse(render_comment("- a\n    - b\n        - c"))
    assert [li.get_text(" ", strip=True) for li in soup.select("ul ul ul li")] == ["c"]


def test_block_quote():
    soup = parse(render_comment("> Geciteerd\n> verder\n\nMijn antwoord"))
    quote = soup.find("blockquote")
    assert quote.find("p").get_text() == "Geciteerd\nverder"
    assert soup.find_all("p")[-1].get_text() == "Mijn antwoord"
    assert soup.find_all("p")[-1].find_parent("blockquote") is None


def test_link_gets_rel_from_nh3():
    html = render_comment("Lees [de wet](https://wetten.overheid.nl/BWBR0001840) eens.")
    assert '<a href="https://wetten.overheid.nl/BWBR0001840" rel="nofollow ugc noopener">de wet</a>' in html
    assert_safe(html)


def test_link_with_query_string_and_title():
    html = render_comment('[zoek](https://a.example/?q=1&r=2 "titel")')
    assert hrefs(html) == ["https://a.example/?q=1&r=2"]
    assert 'href="https://a.example/?q=1&amp;r=2"' in html
    assert "title" not in html


def test_mailto_link():
    assert hrefs(render_comment("[mail ons](mailto:redactie@kennisbank.example)")) == [
        "mailto:redactie@kennisbank.example"
    ]


def test_bare_urls_are_linked_without_trailing_punctuation():
    html = render_comment(
        "Zie https://a.example/pad?x=1&y=2. Of www.b.example, (en https://nl.wikipedia.org/wiki/Foo_(bar))."
    )
    assert hrefs(html) == [
        "https://a.example/pad?x=1&y=2",
        "https://www.b.example",
        "https://nl.wikipedia.org/wiki/Foo_(bar)",
    ]
    assert parse(html).get_text().endswith("(en https://nl.wikipedia.org/wiki/Foo_(bar)).")
    assert_safe(html)


def test_angle_bracket_autolink():
    assert hrefs(render_comment("<https://a.example/x>")) == ["https://a.example/x"]


def test_url_inside_link_text_is_not_linked_twice():
    html = render_comment("[https://a.example](https://b.example)")
    assert hrefs(html) == ["https://b.example"]
    assert parse(html).find("a").get_text() == "https://a.example"


def test_relative_and_other_scheme_links_render_as_text():
    html = render_comment("[intern](/artikelen/) [ftp](ftp://a.example/) [tel](tel:0201234567)")
    assert hrefs(html) == []
    assert parse(html).get_text() == "intern ftp tel"


@pytest.mark.parametrize(
    "text",
    [
        "# Kop",
        "## Kop",
        "Kop\n===",
        "Kop\n---",
        "---",
        "    ingesprongen code",
        "```\ncode\n```",
        "`inline`",
        "| a | b |\n|---|---|\n| 1 | 2 |",
        "Term\n: definitie",
        "*[HTML]: Hyper Text",
    ],
)
def test_unsupported_markdown_stays_literal_text(text):
    html = render_comment(text)
    assert_safe(html)
    soup = parse(html)
    assert {e.name for e in soup.find_all(True)} <= {"p", "br"}
    assert soup.get_text().split() == text.split()


def test_reference_links_are_not_supported():
    html = render_comment("[x][ref] en [ref]\n\n[ref]: https://a.example")
    soup = parse(html)
    assert soup.find("p").get_text() == "[x][ref] en [ref]"
    # The definition stays visible; its URL is just a bare URL.
    assert soup.find_all("p")[1].get_text() == "[ref]: https://a.example"
    assert hrefs(html) == ["https://a.example"]


def test_heading_is_a_paragraph_with_the_literal_hash():
    assert render_comment("# Kop") == "<p># Kop</p>"


def test_image_renders_as_its_alt_text():
    html = render_comment("Kijk: ![een grafiek](https://a.example/grafiek.png) en ![x](javascript:alert(1))")
    assert parse(html).get_text() == "Kijk: een grafiek en x"
    assert "img" not in html
    assert_safe(html)


def test_entities_are_literal_text():
    soup = parse(render_comment("&lt;b&gt; &amp; &#106; a & b"))
    assert soup.get_text() == "&lt;b&gt; &amp; &#106; a & b"


def test_returns_plain_str_not_safestring():
    assert type(render_comment("*x*")) is str


def test_empty_and_whitespace():
    assert render_comment("") == ""
    assert render_comment("   \n\n  ") == ""
    assert render_comment(None) == ""


# ----------------------------------------------------------------------------------------------
# Raw HTML


def test_script_tag_is_shown_literally_never_executed():
    html = render_comment("<script>alert(1)</script>")
    soup = parse(html)
    assert soup.find("script") is None
    assert soup.get_text() == "<script>alert(1)</script>"
    assert "<script" not in html
    assert_safe(html)


def test_user_typed_b_tag_is_literal():
    soup = parse(render_comment("Dit is <b>vet</b>"))
    assert soup.find("b") is None
    assert soup.get_text() == "Dit is <b>vet</b>"


@pytest.mark.parametrize(
    "text",
    [
        "<img src=x onerror=alert(1)>",
        "<a onclick=alert(1) href=https://a.example>x</a>",
        '<a href="https://a.example" rel="opener" target="_blank" style="x" class="y">x</a>',
        "<p onmouseover=alert(1)>x</p>",
        "<svg/onload=alert(1)>",
        "<body onload=alert(1)>",
    ],
)
def test_event_handler_attributes_never_survive(text):
    html = render_comment(text)
    assert_safe(html)
    soup = parse(html)
    assert not any(attr.startswith("on") for e in soup.find_all(True) for attr in e.attrs)
    assert soup.get_text() == text  # shown as typed


def test_html_comment_is_literal():
    html = render_comment("<!-- verborgen --> zichtbaar")
    assert parse(html).get_text() == "<!-- verborgen --> zichtbaar"
    assert_safe(html)


# ----------------------------------------------------------------------------------------------
# Links with a dangerous scheme


@pytest.mark.parametrize(
    "text",
    [
        "[x](javascript:alert(1))",
        "[x](JaVaScRiPt:alert(1))",
        "[x](  javascript:alert(1))",
        "[x](java&#115;cript:alert(1))",
        "[x](java&#x73;cript:alert(1))",
        "[x](&#106;avascript:alert(1))",
        "[x](&#x6A;avascript:alert(1))",
        "[x](&#0000106avascript:alert(1))",
        "[x](javascript&colon;alert(1))",
        "[x](java\tscript:alert(1))",
        "[x](java\nscript:alert(1))",
        "[x](java\x00script:alert(1))",
        "[x](\x01javascript:alert(1))",
        "[x](javascript%3Aalert(1))",
        "[x](%6Aavascript:alert(1))",
        "[x](%20javascript:alert(1))",
        "[x](<javascript:alert(1)>)",
        '[x](javascript:alert(1) "titel")',
        "[x](\\javascript:alert(1))",
        "[x](vbscript:msgbox(1))",
        "[x](VBScript:msgbox(1))",
        "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "[x](data:text/html,<script>alert(1)</script>)",
        "[x](DATA:image/svg+xml,<svg/onload=alert(1)>)",
        "[x](file:///etc/passwd)",
        "<javascript:alert(1)>",
        "![x](javascript:alert(1))",
    ],
)
def test_dangerous_schemes_never_become_links(text):
    html = render_comment(text)
    assert_safe(html)
    assert hrefs(html) == []
    assert parse(html).find("a") is None  # not even a dead <a>: the link is shown as its text


# ----------------------------------------------------------------------------------------------
# Attribute breakout


@pytest.mark.parametrize(
    "text",
    [
        '[x](http://a.example/" onmouseover="alert(1))',
        "[x](http://a.example/'><script>alert(1)</script>)",
        '[x](http://a.example/"><img src=x onerror=alert(1)>)',
        '[x](https://a.example "t" onclick="alert(1)")',
        '[x](https://a.example "t\\" onclick=\\"alert(1)")',
        '<http://a.example/"onmouseover=alert(1)>',
        'http://a.example/"onmouseover="alert(1)"',
        "www.a.example/'onmouseover='alert(1)'",
        '![x" onerror="alert(1)](http://a.example/x.png)',
        "[<img src=x onerror=alert(1)>](https://a.example)",
    ],
)
def test_attribute_breakout_is_impossible(text):
    html = render_comment(text)
    assert_safe(html)
    for a in parse(html).find_all("a"):
        assert set(a.attrs) <= {"href", "rel"}
    assert parse(html).find("img") is None
    assert parse(html).find("script") is None


# ----------------------------------------------------------------------------------------------
# Template syntax, unicode, control characters


def test_template_syntax_comes_out_literally():
    text = "{{ request.user }} {% debug %} {# commentaar #}"
    html = render_comment(text)
    assert parse(html).get_text() == text
    # The caller puts the rendering in a template as a variable; it is not evaluated again.
    rendered = Template("{{ body }}").render(Context({"body": mark_safe(html), "request": object()}))  # noqa: S308
    assert "{{ request.user }}" in rendered and "{% debug %}" in rendered


def test_rtl_override_is_kept_and_nul_removed():
    html = render_comment("a\u202eb\x00c\u200bd")
    assert parse(html).get_text() == "a\u202ebc\u200bd"


def test_control_characters_and_lone_surrogates_are_removed():
    html = render_comment("a\x01\x07\x08\x0b\x0c\x1b\x7f\x85b\ud800c\tend")
    assert parse(html).get_text().split() == ["abc", "end"]  # the tab is expanded to a tab stop


def test_python_markdown_placeholders_cannot_be_forged():
    for text in ("\x02wzxhzdk:0\x03", "\x02klzzwxh:0\x03", "\x02amp\x03", "\x0260\x03script\x0262\x03"):
        html = render_comment(text)
        assert_safe(html)
        assert "\x02" not in html and "\x03" not in html


def test_crlf_is_normalised():
    assert render_comment("a\r\nb\rc") == render_comment("a\nb\nc")


def test_unicode_text_and_idn_urls():
    html = render_comment("Café 😀 *ŝ* https://пример.рф/путь")
    assert_safe(html)
    assert "Café 😀" in parse(html).get_text()
    assert hrefs(html) == ["https://пример.рф/путь"]


# ----------------------------------------------------------------------------------------------
# Size and depth


def _work(text) -> int:
    """The Python function calls (ours, the libraries' and built-ins) rendering takes: a count, not a time,
    so a slow or busy machine changes nothing. Speed is for the benchmarks (benchmarks/)."""
    calls = 0

    def count(frame, event, arg):
        nonlocal calls
        if event in ("call", "c_call"):
            calls += 1

    sys.setprofile(count)
    try:
        render_comment(text)
    finally:
        sys.setprofile(None)
    return calls


def assert_linear(make, size):
    """Ten times the input costs at most about ten times the work (1.5 times the growth of the text allows
    for fixed costs); a quadratic blow-up would cost a hundred times."""
    small_text, large_text = make(size // 10), make(size)
    small, large = _work(small_text), _work(large_text)
    growth = len(large_text) / len(small_text)
    assert large <= 1.5 * growth * small, f"{large / small:.1f} times the work, {growth:.1f} times the text"


def test_very_long_word():
    word = "a" * 10_000
    assert parse(render_comment(f"begin {word} eind")).get_text() == f"begin {word} eind"
    assert_linear(lambda n: f"begin {'a' * n} eind", 10_000)


def test_very_long_url():
    url = "https://a.example/" + "b" * 10_000
    html = render_comment(url)
    assert hrefs(html) == [url]


PARAGRAPH = "Dit is *een* zin met **nadruk** en een [link](https://a.example/x).\n" * 10


def test_hundred_thousand_character_body_renders_markdown():
    text = (PARAGRAPH + "\n") * 150
    assert len(text) > 100_000
    soup = parse(render_comment(text))
    assert len(soup.find_all("p")) == 150
    assert len(soup.find_all("a")) == 1500
    assert len(soup.find_all("em")) == 1500
    assert_linear(lambda n: (PARAGRAPH + "\n") * n, 150)


# (before, repeated part, times, after): the whole text for the safety check, a tenth and a hundredth of
# the repetitions for the growth check (under MAX_INLINE_CHARS, where markdown-it parses everything).
HOSTILE = [
    ("", "x ", 50_000, ""),
    ("", "[", 100_000, ""),
    ("", "[a](", 25_000, ""),
    ("", "](", 50_000, ""),
    ("", "(", 100_000, ""),
    ("", "*", 100_000, ""),
    ("", "_", 100_000, ""),
    ("", "*_", 50_000, ""),
    ("", "**a ", 25_000, ""),
    ("", "\\", 100_000, ""),
    ("", "\\*", 50_000, ""),
    ("", "&", 100_000, ""),
    ("", "<", 100_000, ""),
    ("", "a\n", 50_000, ""),
    ("", "a  \n", 25_000, ""),
    ("", "https://a.example/ ", 5_000, ""),
    ("https://a.example/", ")", 100_000, ""),
    ("https://a.example/", ".", 100_000, ""),
    ("", "[x](https://a.example) ", 4_000, ""),
    ("", "- a\n", 25_000, ""),
    ("", "1. a\n", 20_000, ""),
    ("", "> a\n", 25_000, ""),
    ("", "\\*" * 5_000 + "\n\n", 10, ""),
    ("", "*a* " * 4_900 + "\n\n", 5, ""),
]


def hostile(before, part, times, after):
    return before + part * times + after


@pytest.mark.parametrize("case", HOSTILE, ids=lambda case: repr(hostile(*case)[:12]))
def test_hundred_thousand_character_hostile_bodies_are_safe_and_linear(case):
    before, part, times, after = case
    text = hostile(*case)
    assert len(text) >= 50_000
    assert_safe(render_comment(text))
    if times >= 100:
        assert_linear(lambda n: hostile(before, part, n, after), times // 10)


def _depth(soup, names):
    deepest = 0
    for element in soup.find_all(names):
        deepest = max(deepest, 1 + len(element.find_parents(names)))
    return deepest


DEEP = [
    lambda n: ">" * n + " diep",
    lambda n: "> " * n + "diep",
    lambda n: "\n".join(">" * i + " diep" for i in range(1, n + 1, 50)),
    lambda n: "- " * n + "diep",
    lambda n: "1. " * n + "diep",
    lambda n: "> - 1. " * (n * 7 // 20) + "diep",
    lambda n: "\n".join("\t" * i + "- diep" for i in range(n)),
    lambda n: "\n".join(" " * (4 * i) + "- diep" for i in range(n)),
    lambda n: "\n".join(" " * (2 * i) + ("> " if i % 2 else "- ") + "diep" for i in range(n)),
    lambda n: "- a\n" + " " * (4 * n) + "- diep",
    lambda n: "> " + " " * (4 * n) + "- diep",
    lambda n: "**" * n + "diep" + "**" * n,
    lambda n: "*_" * n + "diep" + "_*" * n,
    lambda n: "[" * n + "diep" + "](https://a.example)" * n,
]


@pytest.mark.parametrize("make", DEEP, ids=lambda make: repr(make(2000)[:12]))
def test_deep_nesting_is_capped(make):
    html = render_comment(make(2000))
    assert_safe(html)
    soup = parse(html)
    assert "diep" in soup.get_text()
    assert _depth(soup, ["blockquote", "ul", "ol"]) <= comment_markdown.MAX_BLOCK_DEPTH
    assert _depth(soup, list(ALLOWED_TAGS)) <= comment_markdown.MAX_TREE_DEPTH + 1
    assert_linear(make, 2000)


def test_recursion_error_falls_back_to_escaped_paragraphs(monkeypatch):
    class Exploding:
        def convert(self, text, env=None):
            raise RecursionError

    monkeypatch.setattr(comment_markdown, "_markdown", Exploding)
    html = render_comment("<b>a</b> & *b*\nc\n\nd")
    assert html == "<p>&lt;b&gt;a&lt;/b&gt; &amp; *b*<br>\nc</p>\n<p>d</p>"


def test_nh3_has_the_last_word_even_if_markdown_misbehaves(monkeypatch):
    class Rogue:
        def convert(self, text, env=None):
            return (
                '<script>alert(1)</script><style>*{}</style><!-- c --><h1 id="x">kop</h1>'
                '<a href="javascript:alert(1)" onclick="x" rel="opener" target="_blank">a</a>'
                '<a href="/relatief">b</a><a href=" JAVA&#09;SCRIPT:alert(1)">c</a>'
                '<a href="https://a.example" style="x" class="y" title="t">d</a>'
                '<img src=x onerror=alert(1)><p style="x" class="y">z</p><iframe src="https://a.example">'
            )

    monkeypatch.setattr(comment_markdown, "_markdown", Rogue)
    html = render_comment("x")
    assert_safe(html)
    assert hrefs(html) == ["https://a.example"]
    assert "alert" not in html and "*{}" not in html


# ----------------------------------------------------------------------------------------------
# Property-style: the invariants for a long list of nasty payloads


NASTY_PAYLOADS = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
    "<img src=x onerror=alert(1)>",
    "<a onclick=alert(1) href=https://a.example>x</a>",
    "<a href='javascript:alert(1)'>x</a>",
    "<svg/onload=alert(1)>",
    "<iframe src=javascript:alert(1)></iframe>",
    "<style>body{display:none}</style>",
    "<math><mi xlink:href='javascript:alert(1)'>x</mi></math>",
    "<!--><script>alert(1)</script>-->",
    "<![CDATA[<script>alert(1)</script>]]>",
    "[x](javascript:alert(1))",
    "[x](JaVaScRiPt:alert(1))",
    "[x](  javascript:alert(1))",
    "[x](java&#115;cript:alert(1))",
    "[x](&#106;avascript:alert(1))",
    "[x](java\tscript:alert(1))",
    "[x](javascript%3Aalert(1))",
    "[x](vbscript:msgbox(1))",
    "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    '[x](http://a.example/" onmouseover="alert(1))',
    "[x](http://a.example/'><script>alert(1)</script>)",
    '[x](https://a.example "t" onclick="alert(1)")',
    '![x" onerror="alert(1)](http://a.example/x.png)',
    "![x](javascript:alert(1))",
    "<javascript:alert(1)>",
    '<http://a.example/"onmouseover=alert(1)>',
    "http://a.example/<script>alert(1)</script>",
    'www.a.example/"><svg onload=alert(1)>',
    "[x]: javascript:alert(1)\n\n[y][x]",
    "[x](mailto:a@b.example?subject=<script>alert(1)</script>)",
    "{{ request.user }} {% debug %}",
    "*<b>*x*</b>*",
    "> <script>alert(1)</script>\n> [x](javascript:alert(1))",
    "- [x](javascript:alert(1))\n- <img src=x onerror=alert(1)>\n1. <b>x</b>",
    "```\n<script>alert(1)</script>\n```",
    "    <script>alert(1)</script>",
    "`<script>alert(1)</script>`",
    "\u202e[x](javascript:alert(1))\u202c",
    "\x00<scr\x00ipt>alert(1)</script>",
    "\x02wzxhzdk:0\x03<script>",
    "[<img src=x onerror=alert(1)>](https://a.example)",
    "[x](https://a.example)<!--",
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "[[x](javascript:alert(1))](https://a.example)",
    ">" * 2000 + "<script>alert(1)</script>",
    "[x](https://a.example/" + "(" * 500 + ")",
    "<<script>script>alert(1)<</script>/script>",
    "\\<script>alert(1)\\</script>",
]


def test_nasty_payload_invariants():
    assert len(NASTY_PAYLOADS) >= 40
    for payload in NASTY_PAYLOADS:
        html = render_comment(payload)
        assert_safe(html)
        soup = parse(html)
        assert soup.find("script") is None
        # Never more rendered links than count_links reports.
        assert count_links(payload) >= link_count(html), payload
        text = plain_text(payload)
        assert not CONTROL_CHARACTERS.search(text), payload
        # Rendering is stable: the same input gives the same output.
        assert render_comment(payload) == html


def test_nasty_payload_invariants_in_combination():
    html = render_comment("\n\n".join(NASTY_PAYLOADS))
    assert_safe(html)
    html = render_comment(" ".join(p.replace("\n", " ") for p in NASTY_PAYLOADS))
    assert_safe(html)


# ----------------------------------------------------------------------------------------------
# plain_text and count_links


def test_plain_text_keeps_markdown_and_removes_control_characters():
    text = "Hallo *wereld*\r\n\r\n\r\n\r\n<b>vet</b> \x00\x07[link](https://a.example)  \n> citaat"
    assert plain_text(text) == "Hallo *wereld*\n\n<b>vet</b> [link](https://a.example)\n> citaat"


def test_plain_text_of_nothing():
    assert plain_text("") == ""
    assert plain_text(None) == ""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Geen links hier. Wel een e-mail: a@b.example", 0),
        ("[a](https://a.example)", 1),
        ("[a](https://a.example) en https://a.example", 2),
        ("[a](/relatief) [b](javascript:alert(1))", 2),
        ("<https://a.example>", 1),
        ("https://a.example, http://b.example. HTTPS://C.EXAMPLE", 3),
        ("www.a.example en WWW.B.EXAMPLE", 2),
        ("http://www.a.example", 1),
        ("mailto:a@b.example en [c](mailto:c@d.example)", 2),
        ("[a](<https://a.example>)", 1),
        ("ht\x00tp://a.example", 1),
        ("[x](https://a.example) [y](https://b.example) https://c.example", 3),
        ("tekst [met haken] (en haakjes)", 0),
    ],
)
def test_count_links(text, expected):
    assert count_links(text) == expected


def test_count_links_is_never_less_than_rendered_links():
    samples = [
        "Zie https://a.example/x, www.b.example en [c](https://c.example).",
        "<https://a.example> <http://b.example>",
        "[a](https://a.example)[b](https://b.example)",
        "ht\x00tp://a.example HTTP://B.EXAMPLE",
        "[**a**](https://a.example) ![b](https://b.example/x.png)",
        "- https://a.example\n- [b](mailto:b@c.example)\n> www.d.example",
    ]
    for text in samples:
        assert count_links(text) >= link_count(render_comment(text)) > 0, text
