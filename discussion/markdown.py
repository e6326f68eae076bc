"""The small Markdown subset that members may use in comments.

``render_comment`` turns a member's comment into HTML that is safe to mark safe in a template.
Safety does not depend on the Markdown step: whatever Python-Markdown produces always goes
through nh3 with a strict allow-list (tags, ``a[href]`` only, http/https/mailto, ``rel`` set by
nh3). The Markdown configuration only keeps the output pleasant and predictable:

* supported: paragraphs, line breaks, ``*em*``/``_em_``, ``**strong**``, numbered and bulleted
  lists, block quotes, ``[text](url)``, ``<https://...>`` and bare ``https://``/``www.`` URLs;
* not supported (rendered as literal text): headings, horizontal rules, code blocks and inline
  code, reference links, tables, raw HTML (``<b>`` shows up as "<b>"), entities (``&lt;`` shows
  up as "&lt;"); images show their alt text.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as etree

import markdown
import nh3
from markdown.blockprocessors import BlockQuoteProcessor, ListIndentProcessor
from markdown.extensions import Extension
from markdown.extensions.sane_lists import SaneOListProcessor, SaneUListProcessor
from markdown.inlinepatterns import ImageInlineProcessor, InlineProcessor, LinkInlineProcessor
from markdown.preprocessors import Preprocessor
from markdown.treeprocessors import Treeprocessor
from markdown.util import AMP_SUBSTITUTE, AtomicString

__all__ = ["count_links", "plain_text", "render_comment"]

ALLOWED_TAGS = frozenset({"p", "br", "em", "strong", "ol", "ul", "li", "blockquote", "a"})
ALLOWED_ATTRIBUTES = {"a": {"href"}}
ALLOWED_SCHEMES = frozenset({"http", "https", "mailto"})
LINK_REL = "nofollow ugc noopener"

# Deepest nesting of block quotes and lists together; deeper markers render as literal text.
MAX_BLOCK_DEPTH = 8
# Deepest element nesting in the HTML (block and inline together); deeper content becomes text.
MAX_TREE_DEPTH = 40
# Python-Markdown's inline processing is quadratic in the number of matches in one paragraph (every
# match rebuilds the paragraph's string): 50 000 escapes or line breaks take seconds. A paragraph
# longer than this (four times DISCUSSION_MAX_LENGTH) is shown as plain text instead.
MAX_INLINE_CHARS = 20_000
# Leading indentation is capped: more would only mean deeper lists (or code blocks, unsupported).
MAX_INDENT = 4 * MAX_BLOCK_DEPTH

# C0 controls except \t and \n, DEL, C1 controls, and lone surrogates (which cannot be encoded,
# and would make nh3 raise). \x02 and \x03 matter in particular: Python-Markdown uses them for its
# internal placeholders, so user text must never contain them (Python-Markdown strips them too).
_CONTROL_RE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
_C0_AND_SPACE = "".join(map(chr, range(0x21)))
_LEADING_SPACES_RE = re.compile(rf"^ {{{MAX_INDENT + 1},}}")
_QUOTE_PREFIX_RE = re.compile(r"(?: {0,3}> ?)*")
# What may interrupt a paragraph: a bullet, or a numbered list that starts at 1 (not "In 2024. ...").
_LIST_START_RE = re.compile(r" {0,3}(?:[*+-]|1\.)[ ]+\S")

# A bare URL: http(s):// or www., not glued to a preceding word or URL character.
_BARE_URL_RE = (
    r"(?<![\w/@.:-])((?:[Hh][Tt][Tt][Pp][Ss]?://|[Ww][Ww][Ww]\.)(?:[^\s<>\"'`\x02\x03]|\x02amp\x03)+)"
)
# The "&" of the input, written so that Python-Markdown leaves it alone and outputs "&amp;".
_AMP = AMP_SUBSTITUTE + "amp;"
# Link text: brackets nested up to two levels inside it. Destination: <...>, or no spaces with one level of
# balanced parentheses, then an optional title. Both linear, unlike Python-Markdown's own scanning.
_LINK_TEXT_RE = re.compile(r"((?:[^\[\]]|\[(?:[^\[\]]|\[[^\[\]]*\])*\])*)\]")
_LINK_DESTINATION_RE = re.compile(
    r"""\([ \t\n]*(?:<([^<>\n]*)>|((?:[^\s()]|\([^\s()]*\))*))(?:[ \t\n]+(?:"[^"]*"|'[^']*'))?[ \t\n]*\)"""
)
_TRAILING_PUNCTUATION = ".,:;!?'\"*_"

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
# Python-Markdown configuration


class _InputPreprocessor(Preprocessor):
    """Runs after Python-Markdown's own whitespace normalisation (which expands tabs and, notably,
    deletes STX/ETX, the characters of its placeholders).

    * Every "&" becomes literal text: "&lt;b&gt;" shows as typed, "java&#115;cript:" is not decoded.
      The serialiser would keep an "&amp;" as an entity; the substitute survives until the end.
    * Indentation beyond MAX_INDENT is cut back.
    * A list may start right under a line of text ("Stappen:" newline "1. ..."), as in CommonMark:
      Python-Markdown needs a blank line there, which members will not type.
    """

    def run(self, lines):
        result = []
        previous_prefix, state = "", "blank"  # state: blank, text, list (an item and its lines)
        for line in lines:
            line = _LEADING_SPACES_RE.sub(" " * MAX_INDENT, line).replace("&", _AMP)
            prefix = _QUOTE_PREFIX_RE.match(line).group(0)
            rest = line[len(prefix) :]
            quote_depth = prefix.count(">")
            if quote_depth != previous_prefix.count(">") and state != "blank":
                state = "text"
            if not rest.strip():
                state = "blank"
            elif _LIST_START_RE.match(rest):
                if state == "text":
                    result.append(prefix.rstrip())
                state = "list"
            elif state != "list":
                state = "text"
            result.append(line)
            previous_prefix = prefix
        return result


class _DepthGuard:
    """Block processors that nest (quotes, lists) share one counter per Markdown instance.

    Beyond MAX_BLOCK_DEPTH they decline, so the block falls through to the paragraph processor and
    the markers show as text. Without this, Python-Markdown recurses once per ">" or list level and
    2000 of them end in a RecursionError.
    """

    def test(self, parent, block):
        if getattr(self.parser.md, "_kb_depth", 0) >= MAX_BLOCK_DEPTH:
            return False
        return super().test(parent, block)

    def run(self, parent, blocks):
        md = self.parser.md
        md._kb_depth = getattr(md, "_kb_depth", 0) + 1
        try:
            return super().run(parent, blocks)
        finally:
            md._kb_depth -= 1


class _QuoteProcessor(_DepthGuard, BlockQuoteProcessor):
    pass


class _IndentProcessor(_DepthGuard, ListIndentProcessor):
    pass


class _OListProcessor(_DepthGuard, SaneOListProcessor):
    pass


class _UListProcessor(_DepthGuard, SaneUListProcessor):
    pass


def _tree_url(value: str) -> str:
    """A URL as it will be after the final serialisation (and as a browser will decode it)."""
    return html.unescape(value.replace(AMP_SUBSTITUTE, "&"))


class _BoundedLinkMixin:
    """Python-Markdown scans for the closing "]" and ")" in Python, from every "[" to the end of the
    paragraph: 50 000 times "[" takes minutes. These regular expressions find them in linear time."""

    def getText(self, data, index):
        m = _LINK_TEXT_RE.match(data, index)
        if m is None:
            return "", index, False
        return m.group(1), m.end(), True

    def getLink(self, data, index):
        m = _LINK_DESTINATION_RE.match(data, index)
        if m is None:
            return "", None, index, False
        href = m.group(1) if m.group(1) is not None else m.group(2)
        # Titles are dropped: nh3 would remove the attribute anyway.
        return self.unescape(href).strip(), None, m.end(), True


class _LinkProcessor(_BoundedLinkMixin, LinkInlineProcessor):
    pass


class _ImageProcessor(_BoundedLinkMixin, ImageInlineProcessor):
    """Parses ![alt](src) so it does not show up half-linked; the cleanup turns it into its alt text."""


class _BareUrlProcessor(InlineProcessor):
    """Links bare http(s):// and www. URLs; never inside an existing link."""

    ANCESTOR_EXCLUDES = ("a",)

    def handleMatch(self, m, data):
        url = m.group(1)
        # Trailing punctuation belongs to the sentence; a closing parenthesis only when unbalanced.
        # "&" was escaped up front, so a trailing "&" arrives as "&amp;".
        end, unbalanced = len(url), url.count(")") - url.count("(")
        while end:
            if url.endswith(_AMP, 0, end):
                end -= len(_AMP)
            elif url[end - 1] in _TRAILING_PUNCTUATION:
                end -= 1
            elif url[end - 1] == ")" and unbalanced > 0:
                end, unbalanced = end - 1, unbalanced - 1
            else:
                break
        url = url[:end]
        href = "https://" + url if url.lower().startswith("www.") else url
        if len(url) <= len("https://") or _safe_href(_tree_url(href)) is None:
            return None, None, None
        el = etree.Element("a")
        el.set("href", href)
        el.text = AtomicString(url)
        return el, m.start(1), m.start(1) + len(url)


class _LongTextTreeprocessor(Treeprocessor):
    """Runs before "inline": marks overlong paragraphs atomic, so they are not inline-processed."""

    def run(self, root):
        for element in root.iter():
            if element.text and len(element.text) > MAX_INLINE_CHARS:
                element.text = AtomicString(element.text)


class _CleanupTreeprocessor(Treeprocessor):
    """Runs last: images become their alt text, unsafe links become their text, depth is capped.

    This is a convenience (a javascript: link renders as its text rather than as a dead <a>);
    nh3 enforces the same rules again afterwards.
    """

    def run(self, root):
        self._flatten(root, depth=0)
        return None

    def _flatten(self, parent, depth):
        # Iterative over siblings, recursive over depth, which MAX_TREE_DEPTH bounds.
        index = 0
        while index < len(parent):
            child = parent[index]
            replacement = None
            if child.tag == "img":
                replacement = child.get("alt") or ""
            elif (child.tag == "a" and _safe_href(_tree_url(child.get("href") or "")) is None) or (
                depth >= MAX_TREE_DEPTH
            ):
                replacement = "".join(child.itertext())
            if replacement is None:
                self._flatten(child, depth + 1)
                index += 1
                continue
            text = replacement + (child.tail or "")
            parent.remove(child)
            if index == 0:
                parent.text = (parent.text or "") + text
            else:
                previous = parent[index - 1]
                previous.tail = (previous.tail or "") + text


class _CommentSubsetExtension(Extension):
    def extendMarkdown(self, md):
        # Raw HTML never passes through: the input is escaped anyway, but belt and braces.
        md.preprocessors.deregister("html_block")
        md.preprocessors.register(_InputPreprocessor(md), "kb_input", 25)
        for name in ("code", "hashheader", "setextheader", "hr", "reference"):
            md.parser.blockprocessors.deregister(name)
        md.parser.blockprocessors.register(_IndentProcessor(md.parser), "indent", 90)
        md.parser.blockprocessors.register(_OListProcessor(md.parser), "olist", 40)
        md.parser.blockprocessors.register(_UListProcessor(md.parser), "ulist", 30)
        md.parser.blockprocessors.register(_QuoteProcessor(md.parser), "quote", 20)
        for name in ("backtick", "reference", "image_reference", "short_reference", "short_image_ref"):
            md.inlinePatterns.deregister(name)
        for name in ("automail", "html", "entity"):
            md.inlinePatterns.deregister(name)
        md.inlinePatterns.register(_LinkProcessor(markdown.inlinepatterns.LINK_RE, md), "link", 160)
        md.inlinePatterns.register(
            _ImageProcessor(markdown.inlinepatterns.IMAGE_LINK_RE, md), "image_link", 150
        )
        md.inlinePatterns.register(_BareUrlProcessor(_BARE_URL_RE, md), "kb_bare_url", 115)
        md.treeprocessors.register(_LongTextTreeprocessor(md), "kb_long_text", 25)
        # After "unescape" (0), so attribute values no longer hold placeholders.
        md.treeprocessors.register(_CleanupTreeprocessor(md), "kb_cleanup", -10)


def _markdown() -> markdown.Markdown:
    # The subset extension comes last: it replaces sane_lists' list processors with guarded ones.
    return markdown.Markdown(
        extensions=["nl2br", "sane_lists", _CommentSubsetExtension()],
        output_format="html",
    )


def _filter_attribute(tag: str, attribute: str, value: str) -> str | None:
    # nh3 calls this for the rel it adds itself too (after link_rel), so rel must be let through;
    # a user-supplied rel never gets here, as "rel" is not an allowed attribute.
    if tag == "a" and attribute == "href":
        return _safe_href(value)
    if tag == "a" and attribute == "rel":
        return LINK_REL
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
    """Escaped paragraphs with line breaks, for input Python-Markdown cannot cope with."""
    paragraphs = [p.strip("\n") for p in re.split(r"\n[ \t]*\n", text) if p.strip()]
    return "\n".join("<p>" + html.escape(p, quote=False).replace("\n", "<br>\n") + "</p>" for p in paragraphs)


# ----------------------------------------------------------------------------------------------
# Public API


def render_comment(text: str) -> str:
    """The comment as sanitised HTML (a plain ``str``; the caller marks it safe)."""
    text = _normalise(text)
    try:
        rendered = _markdown().convert(text)
    except RecursionError:
        rendered = _fallback_html(text)
    return _CLEANER.clean(rendered)


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
