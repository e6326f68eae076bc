"""The demo-data file format: TOML front matter between `+++` lines, then a body in a small Markdown subset.

A body is a sequence of blocks, each becoming one StreamField block:

- prose (paragraphs, `- ` and `1. ` lists, `**bold**`, `*italic*`, `[link](url)`) is a rich-text block;
- `## Heading` is a heading block;
- `::: name [title]` up to a line `:::` is the block `name`, parsed by its reader (ARTICLE_BLOCKS, ...).

Within a paragraph a line break is a space (writers may wrap lines); a blank line starts a new paragraph.
`data/README.md` is the guide for writers. Errors are DemoDataError with the line number; the caller adds
the file name.
"""

import html
import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

FENCE = ":::"
FRONT_MATTER = "+++"
ITEM_TITLE = "### "
BULLET = re.compile(r"- ")
NUMBERED = re.compile(r"\d+\. ")
FIELD_LINE = re.compile(r"([a-z_]+): (.*)")
ATTRIBUTION = re.compile(r"(?:—|--) (.*)")
BOLD = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")
ITALIC = re.compile(r"(?<!\*)\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?!\*)")
LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")


class DemoDataError(ValueError):
    """A problem in a demo data file; str() names the file and, where known, the line."""

    def __init__(self, message: str, line: int | None = None, path: Path | str | None = None):
        super().__init__(message)
        self.message, self.line, self.path = message, line, path

    def __str__(self):
        where = str(self.path or "")
        if self.line is not None:
            where = f"{where}, line {self.line}" if where else f"line {self.line}"
        return f"{where}: {self.message}" if where else self.message


@dataclass
class Lines:
    """Some lines of a file and the file line number of the first, for error messages."""

    lines: list[str]
    first: int

    def numbered(self):
        return ((self.first + offset, line) for offset, line in enumerate(self.lines))

    def slice(self, start, stop=None):
        return Lines(self.lines[start:stop], self.first + start)

    def is_blank(self):
        return not any(line.strip() for line in self.lines)


def split_front_matter(text: str) -> tuple[dict, Lines]:
    """The parsed TOML front matter and the body lines of a `+++` document."""
    lines = text.split("\n")
    if lines[0].strip() != FRONT_MATTER:
        raise DemoDataError(f"the file must start with a line '{FRONT_MATTER}' (the front matter)", 1)
    end = next((i for i, line in enumerate(lines[1:], 1) if line.strip() == FRONT_MATTER), None)
    if end is None:
        raise DemoDataError(f"the front matter is not closed by a second line '{FRONT_MATTER}'", 1)
    return parse_toml("\n" + "\n".join(lines[1:end])), Lines(lines[end + 1 :], end + 2)


def parse_toml(text: str) -> dict:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:  # its message carries the line and column
        raise DemoDataError(f"invalid TOML: {error}") from None


def unwrap(text: str) -> str:
    """Prose as written (wrapped, indented) to its stored form: paragraphs joined by one blank line."""
    paragraphs = re.split(r"\n[ \t]*\n", text.strip())
    return "\n\n".join(" ".join(line.strip() for line in p.split("\n") if line.strip()) for p in paragraphs)


# Body -------------------------------------------------------------------------------------------------


def parse_body(body: Lines, readers: dict[str, Callable], prose: str | None = None, headings: bool = False):
    """The body's blocks as (block type, value) pairs.

    `readers` are the allowed `:::` blocks; `prose` names the block that plain prose becomes (None: prose is
    not allowed); `headings` allows `## Heading` lines.
    """
    blocks, pending = [], []

    def flush():
        text_lines = Lines([line for _n, line in pending], pending[0][0]) if pending else None
        pending.clear()
        if text_lines is None or text_lines.is_blank():
            return
        if prose is None:
            raise DemoDataError("text outside a ':::' block; put it inside one", text_lines.first)
        blocks.append((prose, rich_text(text_lines)))

    lines = list(body.numbered())
    index = 0
    while index < len(lines):
        number, line = lines[index]
        if line.startswith(FENCE):
            flush()
            name, _space, argument = line[len(FENCE) :].strip().partition(" ")
            if not name:
                raise DemoDataError("a line ':::' closes a block, but no block is open", number)
            if name not in readers:
                allowed = ", ".join(sorted(readers))
                raise DemoDataError(f"unknown block '::: {name}' (allowed here: {allowed})", number)
            end = index + 1
            while end < len(lines) and not lines[end][1].startswith(FENCE):
                end += 1
            if end == len(lines) or lines[end][1].strip() != FENCE:
                raise DemoDataError(f"block '::: {name}' is not closed by a line ':::'", number)
            content = Lines([text for _n, text in lines[index + 1 : end]], number + 1)
            try:
                blocks.append((name, readers[name](argument.strip(), content)))
            except DemoDataError as error:
                error.line = error.line or number
                raise
            index = end + 1
            continue
        if line.startswith("#"):
            if not headings:
                raise DemoDataError("headings are not allowed here", number)
            if not line.startswith("## "):
                raise DemoDataError(
                    "write a heading as '## Heading' ('### ' is for items inside a block)", number
                )
            flush()
            blocks.append(("heading", line[3:].strip()))
        else:
            pending.append((number, line))
        index += 1
    flush()
    return blocks


# Rich text --------------------------------------------------------------------------------------------


def rich_text(section: Lines) -> str:
    """The Markdown subset to the HTML Wagtail's rich-text blocks store: <p>, <ul>, <ol>, <b>, <i>, <a>."""
    groups = []  # [tag, [text, ...]]: "p" holds one paragraph, "ul"/"ol" one text per item
    closed = True
    for number, raw in section.numbered():
        line = raw.strip()
        if not line:
            closed = True
            continue
        if line.startswith(("#", FENCE)):
            raise DemoDataError(f"unexpected '{line.split()[0]}' in text", number)
        marker = BULLET.match(line) or NUMBERED.match(line)
        if marker:
            tag = "ul" if marker.re is BULLET else "ol"
            if not groups or groups[-1][0] != tag:
                groups.append([tag, []])
            groups[-1][1].append(line[marker.end() :])
        elif groups and not closed:
            groups[-1][1][-1] += " " + line  # the paragraph or list item goes on
        else:
            groups.append(["p", [line]])
        closed = False
    html_parts = []
    for tag, texts in groups:
        if tag == "p":
            html_parts.append(f"<p>{inline(texts[0])}</p>")
        else:
            items = "".join(f"<li>{inline(text)}</li>" for text in texts)
            html_parts.append(f"<{tag}>{items}</{tag}>")
    return "".join(html_parts)


def inline(text: str) -> str:
    text = html.escape(text, quote=False)
    text = LINK.sub(lambda m: f'<a href="{m[2].replace(chr(34), "&quot;")}">{m[1]}</a>', text)
    text = BOLD.sub(r"<b>\1</b>", text)
    return ITALIC.sub(r"<i>\1</i>", text)


def plain_text(section: Lines) -> str:
    return unwrap("\n".join(section.lines))


# Block readers ----------------------------------------------------------------------------------------


def no_argument(name: str, argument: str):
    if argument:
        raise DemoDataError(f"'::: {name}' takes nothing after its name (found '{argument}')")


def fields_and_text(section: Lines, allowed: tuple[str, ...]) -> tuple[dict[str, str], Lines]:
    """Leading `name: value` lines (allowed names only), then the rest. An indented line continues a value."""
    fields, name = {}, None
    for offset, (number, line) in enumerate(section.numbered()):
        if not line.strip():
            name = None
            continue
        if name and line[:1].isspace():
            fields[name] += " " + line.strip()
            continue
        match = FIELD_LINE.fullmatch(line.strip())
        if not match or match[1] not in allowed:
            return fields, section.slice(offset)
        name = match[1]
        if name in fields:
            raise DemoDataError(f"'{name}:' is given twice", number)
        fields[name] = match[2].strip()
    return fields, section.slice(len(section.lines))


def items(section: Lines, text_field: str, field_names: tuple[str, ...] = (), required=True) -> list[dict]:
    """`### Title` items, each followed by optional `name: value` lines and its plain text."""
    starts = [i for i, line in enumerate(section.lines) if line.startswith(ITEM_TITLE)]
    if not starts:
        raise DemoDataError("this block needs at least one item, starting with '### Title'", section.first)
    if not section.slice(0, starts[0]).is_blank():
        raise DemoDataError("text before the first '### Title' item", section.first)
    result = []
    for position, start in enumerate(starts):
        end = starts[position + 1] if position + 1 < len(starts) else len(section.lines)
        title = section.lines[start][len(ITEM_TITLE) :].strip()
        if not title:
            raise DemoDataError("an item needs a title after '### '", section.first + start)
        fields, rest = fields_and_text(section.slice(start + 1, end), field_names)
        item = {"title": title, **{name: fields[name] for name in field_names if name in fields}}
        text = plain_text(rest)
        if text:
            item[text_field] = text
        elif required:
            raise DemoDataError(f"item '{title}' has no text", section.first + start)
        result.append(item)
    return result


def read_numbered_tips(argument: str, section: Lines):
    return {"title": argument, "tips": items(section, "text")}


def read_quote(argument: str, section: Lines):
    no_argument("quote", argument)
    filled = [i for i, line in enumerate(section.lines) if line.strip()]
    attribution = ATTRIBUTION.fullmatch(section.lines[filled[-1]].strip()) if filled else None
    text = plain_text(section.slice(0, filled[-1]) if attribution else section)
    if not text:
        raise DemoDataError("a quote needs its text")
    return {"text": text, "attribution": attribution[1].strip() if attribution else ""}


def read_callout(argument: str, section: Lines):
    if not argument:
        raise DemoDataError("'::: callout' needs a title after its name, e.g. '::: callout Kern'")
    return {"title": argument, "text": required_rich_text(section)}


def read_image(argument: str, section: Lines):
    if not argument:
        raise DemoDataError("'::: image' needs the image file after its name, e.g. '::: image schema.png'")
    fields, rest = fields_and_text(section, ("alt", "caption"))
    if not rest.is_blank():
        raise DemoDataError("an image block holds only 'alt:' and 'caption:' lines", rest.first)
    if not fields.get("alt"):
        raise DemoDataError("an image needs 'alt: ...', a description for people who cannot see it")
    return {"image": argument, "alt_text": fields["alt"], "caption": fields.get("caption", "")}


def read_key_questions(argument: str, section: Lines):
    no_argument("key_questions", argument)
    questions = []
    for number, line in section.numbered():
        if BULLET.match(line):
            questions.append(line[2:].strip())
        elif line.strip() and questions and line[:1].isspace():
            questions[-1] += " " + line.strip()
        elif line.strip():
            raise DemoDataError("write each question as a list item starting with '- '", number)
    if not questions:
        raise DemoDataError("'::: key_questions' needs at least one '- ' question")
    return questions


def required_rich_text(section: Lines) -> str:
    text = rich_text(section)
    if not text:
        raise DemoDataError("this block is empty")
    return text


def read_rich_text(name: str):
    def reader(argument: str, section: Lines):
        no_argument(name, argument)
        return required_rich_text(section)

    return reader


def read_item_list(name: str, text_field: str, field_names: tuple[str, ...] = (), required=True):
    def reader(argument: str, section: Lines):
        no_argument(name, argument)
        return items(section, text_field, field_names, required)

    return reader


# The `:::` blocks of an article body (prose is a paragraph block, '## ' a heading) and of a topic body.
ARTICLE_BLOCKS = {
    "numbered_tips": read_numbered_tips,
    "quote": read_quote,
    "callout": read_callout,
    "image": read_image,
}
# An information page (privacy statement, terms, about, contact): prose, headings and key takeaways.
INFORMATION_BLOCKS = {"callout": read_callout}
TOPIC_BLOCKS = {
    "key_questions": read_key_questions,
    "what_works": read_rich_text("what_works"),
    "what_does_not_work": read_rich_text("what_does_not_work"),
    "pitfalls": read_item_list("pitfalls", "text"),
    "further_reading": read_item_list("further_reading", "note", ("source", "url"), required=False),
}
