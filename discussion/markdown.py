"""The small Markdown subset that members may use in comments.

``render_comment`` turns a member's comment into HTML that is safe to mark safe in a template.
Safety does not depend on the Markdown step: whatever markdown-it produces always goes through nh3
with a strict allow-list (tags, ``a[href]`` only, http/https/mailto, ``rel`` set by nh3).
markdown-it starts from its "zero" preset (nothing enabled) and gets only the rules below:

* supported: paragraphs, line breaks, ``*em*``/``_em_``, ``**strong**``, numbered and bulleted
  lists, block quotes, ``[text](url)``, ``<https://...>``, bare ``https://``/``www.`` URLs,
  backslash escapes and ``@Name`` mentions of the names the caller allows (see ``render_comment``);
* not supported (rendered as literal text): headings, horizontal rules, code blocks and inline
  code, reference links, tables, raw HTML (``<b>`` shows up as "<b>"), entities (``&lt;`` shows
  up as "&lt;"); images show their description; links to relative URLs or other schemes show
  their text.
"""

from __future__ import annotations

import functools
import html
import re

import nh3
from markdown_it import MarkdownIt
from markdown_it.rules_block import blockquote, list_block
from markdown_it.token import Token

__all__ = ["count_links", "mentioned_names", "plain_text", "render_comment"]

ALLOWED_TAGS = frozenset({"p", "br", "em", "strong", "ol", "ul", "li", "blockquote", "a", "span"})
ALLOWED_ATTRIBUTES = {"a": {"href"}, "span": {"class"}}
# The one span there is: a mention, <span class="mention">@Name</span>.
MENTION_CLASS = "mention"
ALLOWED_SCHEMES = frozenset({"http", "https", "mailto"})
LINK_REL = "nofollow ugc noopener"

# Deepest nesting of block quotes and lists together, a quote counting one level and a list two (list
# and item): 8 quotes or 4 lists. Deeper markers render as literal text.
MAX_BLOCK_DEPTH = 8
# Deepest element nesting in the HTML (block and inline together); deeper markup becomes text.
MAX_TREE_DEPTH = 40
# markdown-it-py's inline parsing is linear but slow on hostile input (100 000 times "[" takes seconds).
# A paragraph longer than this (four times DISCUSSION_MAX_LENGTH) is shown as plain text instead.
MAX_INLINE_CHARS = 20_000
# Leading indentation only means list nesting (code blocks are off), which MAX_BLOCK_DEPTH caps;
# cutting it back keeps indented lines from making the input, and the parsing, quadratic.
MAX_INDENT = 4 * MAX_BLOCK_DEPTH

# C0 controls except \t and \n, DEL, C1 controls, and lone surrogates (which cannot be encoded,
# and would make nh3 raise).
_CONTROL_RE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
_C0_AND_SPACE = "".join(map(chr, range(0x21)))
_DEEP_INDENT_RE = re.compile(rf"^[ \t]{{{MAX_INDENT + 1},}}", re.MULTILINE)
# A bare URL: http(s):// or www., not glued to a preceding word or URL character.
_BARE_URL_RE = re.compile(r"(?<![\w/@.:-])(?:https?://|www\.)[^\s<>\"'`]+", re.IGNORECASE)
_TRAILING_PUNCTUATION = ".,:;!?'\"*_&"

# For count_links: the destination part of an inline Markdown link, and any URL-ish word.
_MD_LINK_DESTINATION_RE = re.compile(r"\]\([ \t\n]*<?[^\s)>]*")
_URL_WORD_RE = re.compile(r"(?:https?://|www\.|mailto:)[^\s<>]*", re.IGNORECASE)


def _normalise(text: str) -> str:
    text = str(text or "").replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL_RE.sub("", text)


def _safe_href(value: str | None) -> str | None:
    """The URL if it is an absolute http(s)/mailto URL, else None (relative, javascript:, data:...)."""
    if value is None:
        return None
    # What a browser does before looking at the scheme: strip C0/space, drop tabs and newlines.
    url = re.sub(r"[\t\n\r]", "", value).strip(_C0_AND_SPACE)
    scheme, colon, _rest = url.partition(":")
    if not colon or scheme.lower() not in ALLOWED_SCHEMES or not re.fullmatch(r"[A-Za-z]+", scheme):
        return None
    return url


# ----------------------------------------------------------------------------------------------
# markdown-it configuration


def _depth_capped(rule):
    """Quotes and lists parse their content recursively; beyond MAX_BLOCK_DEPTH (state.level: one per
    quote, two per list) the rule declines, so the markers stay paragraph text (markdown-it's own
    maxNesting would drop the content instead)."""
    return lambda state, *args: state.level < MAX_BLOCK_DEPTH and rule(state, *args)


def _plain_long_paragraphs(state) -> None:
    """Runs before "inline": an overlong paragraph becomes one text token, never inline-parsed."""
    for index, token in enumerate(state.tokens):
        if token.type == "inline" and len(token.content) > MAX_INLINE_CHARS:
            state.tokens[index] = Token("text", "", 0, content=token.content)


def _trim_url(url: str) -> str:
    """Trailing punctuation belongs to the sentence; a closing parenthesis only when unbalanced."""
    end, unbalanced = len(url), url.count(")") - url.count("(")
    while end:
        if url[end - 1] in _TRAILING_PUNCTUATION:
            end -= 1
        elif url[end - 1] == ")" and unbalanced > 0:
            end, unbalanced = end - 1, unbalanced - 1
        else:
            break
    return url[:end]


def _split_bare_urls(token: Token) -> list[Token]:
    """A text token as text and links: bare http(s):// and www. URLs, exactly what count_links counts.
    (markdown-it's linkify would also link "kennisbank.nl", uncounted, and not "www.x.dev".)"""
    result, start = [], 0
    for match in _BARE_URL_RE.finditer(token.content):
        url = _trim_url(match.group())
        if len(url) <= len("https://"):
            continue
        href = "https://" + url if url[:4].lower() == "www." else url
        result += [
            Token("text", "", 0, content=token.content[start : match.start()]),
            Token("link_open", "a", 1, attrs={"href": href}, markup="linkify"),
            Token("text", "", 0, content=url),
            Token("link_close", "a", -1, markup="linkify"),
        ]
        start = match.start() + len(url)
    return [*result, Token("text", "", 0, content=token.content[start:])] if result else [token]


def _as_text(token: Token) -> Token:
    """An element that may not be one: emphasis shows its markers, a link just its text."""
    if token.type in ("link_open", "link_close"):
        content = ("<" if token.nesting == 1 else ">") if token.markup == "autolink" else ""
    else:
        content = token.markup
    return Token("text", "", 0, content=content)


def _clean_inline(tokens: list[Token], depth: int) -> list[Token]:
    result, kept = [], []  # kept: per open element, whether it stayed an element
    for token in tokens:
        if token.type == "image":
            result += _clean_inline(token.children or [], depth)
        elif token.nesting == 1:
            keep = depth < MAX_TREE_DEPTH and (
                token.type != "link_open" or _safe_href(token.attrGet("href")) is not None
            )
            kept.append(keep)
            depth += keep
            result.append(token if keep else _as_text(token))
        elif token.nesting == -1:
            keep = kept.pop()
            depth -= keep
            result.append(token if keep else _as_text(token))
        else:
            result.append(token)
    return result


def _finish_inline(state) -> None:
    """Last core rule: bare URLs outside links become links; then images become their description,
    links to anything but http(s)/mailto become their text (not a dead <a>), and inline markup beyond
    MAX_TREE_DEPTH becomes text. nh3 enforces the same rules again afterwards."""
    for block in state.tokens:
        if block.type != "inline" or not block.children:
            continue
        tokens, in_link = [], 0
        for token in block.children:
            in_link += (token.type == "link_open") - (token.type == "link_close")
            tokens += _split_bare_urls(token) if token.type == "text" and not in_link else [token]
        block.children = _clean_inline(tokens, block.level)


def mention_pattern(names) -> re.Pattern | None:
    """@ and the longest of `names` (any case) that follows it, not glued to a word before (an email
    address) or after ("@Anna" does not mention Anna in "@Annabel")."""
    names = sorted({name.strip() for name in names if name and name.strip()}, key=len, reverse=True)
    if not names:
        return None
    return re.compile(rf"(?<![\w@.])@({'|'.join(map(re.escape, names))})(?!\w)", re.IGNORECASE)


def _split_mentions(token: Token, pattern: re.Pattern) -> tuple[list[Token], list[str]]:
    result, found, start = [], [], 0
    for match in pattern.finditer(token.content):
        result += [
            Token("text", "", 0, content=token.content[start : match.start()]),
            Token("mention", "span", 0, content=match.group(1)),
        ]
        found.append(match.group(1).lower())
        start = match.end()
    return ([*result, Token("text", "", 0, content=token.content[start:])] if result else [token]), found


def _mentions(state) -> None:
    """After _finish_inline: @Name in text outside links becomes a mention. Those outside block quotes are
    collected in env["mentioned"] (quoting someone's mention does not mention them again)."""
    pattern = state.env.get("mention_pattern")
    if pattern is None:
        return
    quoted = 0
    for block in state.tokens:
        quoted += (block.type == "blockquote_open") - (block.type == "blockquote_close")
        if block.type != "inline" or not block.children:
            continue
        tokens, in_link = [], 0
        for token in block.children:
            in_link += (token.type == "link_open") - (token.type == "link_close")
            if token.type != "text" or in_link:
                tokens.append(token)
                continue
            split, found = _split_mentions(token, pattern)
            tokens += split
            if not quoted:
                state.env["mentioned"].update(found)
        block.children = tokens


def _render_mention(renderer, tokens, index, options, env) -> str:
    return f'<span class="{MENTION_CLASS}">@{html.escape(tokens[index].content, quote=False)}</span>'


class _CommentMarkdown(MarkdownIt):
    def __init__(self):
        # maxNesting (beyond which markdown-it drops content) stays at the preset's 20: above
        # MAX_BLOCK_DEPTH, and low enough to bound the "[" look-ahead.
        super().__init__("zero", {"breaks": True})
        self.enable(["blockquote", "list", "newline", "escape", "emphasis", "link", "image", "autolink"])
        # Registered again with markdown-it's own alternatives (the block rules each may interrupt).
        alternatives = ["paragraph", "reference", "blockquote"]
        self.block.ruler.at("blockquote", _depth_capped(blockquote), {"alt": [*alternatives, "list"]})
        self.block.ruler.at("list", _depth_capped(list_block), {"alt": alternatives})
        self.core.ruler.before("inline", "kb_long_paragraphs", _plain_long_paragraphs)
        self.core.ruler.push("kb_finish_inline", _finish_inline)
        self.core.ruler.push("kb_mentions", _mentions)
        self.add_render_rule("mention", _render_mention)

    def validateLink(self, url: str) -> bool:
        # Every [text](url) parses as a link, so _finish_inline can show an unsafe one as its text.
        return True

    def normalizeLink(self, url: str) -> str:
        return url  # as typed: no punycode or %-encoding (nh3 escapes the attribute)

    def normalizeLinkText(self, link: str) -> str:
        return link

    convert = MarkdownIt.render  # the one method render_comment needs (tests substitute stand-ins)


@functools.cache
def _markdown() -> _CommentMarkdown:
    # One per process: markdown-it keeps all per-render state in the state objects and env.
    return _CommentMarkdown()


def _filter_attribute(tag: str, attribute: str, value: str) -> str | None:
    # nh3 calls this for the rel it adds itself too (after link_rel), so rel must be let through;
    # a user-supplied rel never gets here, as "rel" is not an allowed attribute.
    if tag == "a" and attribute == "href":
        return _safe_href(value)
    if tag == "a" and attribute == "rel":
        return LINK_REL
    if tag == "span" and attribute == "class" and value == MENTION_CLASS:
        return value
    return None


_CLEANER = nh3.Cleaner(
    tags=set(ALLOWED_TAGS),
    clean_content_tags={"script", "style"},
    attributes={tag: set(attrs) for tag, attrs in ALLOWED_ATTRIBUTES.items()},
    attribute_filter=_filter_attribute,
    url_schemes=set(ALLOWED_SCHEMES),
    url_relative="deny",
    link_rel=LINK_REL,
    strip_comments=True,
)


def _fallback_html(text: str) -> str:
    """Escaped paragraphs with line breaks, for input the parser cannot cope with."""
    paragraphs = [p.strip("\n") for p in re.split(r"\n[ \t]*\n", text) if p.strip()]
    return "\n".join("<p>" + html.escape(p, quote=False).replace("\n", "<br>\n") + "</p>" for p in paragraphs)


# ----------------------------------------------------------------------------------------------
# Public API


def _render(text: str, names) -> tuple[str, set[str]]:
    text = _DEEP_INDENT_RE.sub(" " * MAX_INDENT, _normalise(text))
    env = {"mention_pattern": mention_pattern(names), "mentioned": set()}
    try:
        rendered = _markdown().convert(text, env)
    except RecursionError:  # not expected with the depth caps; belt and braces
        rendered = _fallback_html(text)
    return _CLEANER.clean(rendered).rstrip("\n"), env["mentioned"]  # markdown-it ends blocks with "\n"


def render_comment(text: str, names=()) -> str:
    """The comment as sanitised HTML (a plain ``str``; the caller marks it safe). ``@Name`` for one of
    `names` (the public names that may be mentioned) shows as a mention."""
    return _render(text, names)[0]


def mentioned_names(text: str, names) -> set[str]:
    """Which of `names` (lower case) the comment mentions outside block quotes."""
    return _render(text, names)[1]


def plain_text(text: str) -> str:
    """The comment as plain text for e-mail: control characters removed, Markdown left as typed."""
    lines = [line.rstrip() for line in _normalise(text).split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")


def count_links(text: str) -> int:
    """How many links the comment contains: Markdown links, <autolinks>, bare URLs, mailto:.

    Counts generously (``[x](anything)`` is a link even if rendering drops its URL), so it is at
    least the number of links ``render_comment`` produces.
    """
    text = _normalise(text)
    text, markdown_links = _MD_LINK_DESTINATION_RE.subn(" ", text)
    return markdown_links + len(_URL_WORD_RE.findall(text))
