"""One function builds the document for a page, for bulk and single updates alike.

Duck typing on the fields search needs: `title`, `lead` or `summary`, `teaser`, `body` (a StreamField or
text), `is_pro`, `topics`, `authors`, `theme`, `publication_date` or `last_reviewed`. What everyone may read
(title, lead or summary, teaser, and the body of a free page) goes to the public fields; the body of a Pro
page goes to `pro_body` only.
"""

from dataclasses import dataclass, field

from django.utils.html import strip_tags

from . import registry
from .analysis import fold, is_content_word, words
from .models import TOPIC


@dataclass
class BuiltDocument:
    id: int
    url: str
    kind: str
    title: str
    summary: str
    public_body: str
    pro_body: str
    is_pro: bool
    date: object
    themes: list = field(default_factory=list)
    topics: list = field(default_factory=list)
    authors: list = field(default_factory=list)

    @property
    def title_folded(self):
        return " ".join(fold(self.title).split())

    @property
    def labels(self) -> str:
        """The names of its topics, themes and authors: searched with the summary, not shown in snippets."""
        return "\n".join(name for _slug, name in [*self.topics, *self.themes, *self.authors])

    def public_words(self) -> set[str]:
        return vocabulary_words(self.title, self.summary, self.labels, self.public_body)

    def full_words(self) -> set[str]:
        return self.public_words() | vocabulary_words(self.pro_body)


def vocabulary_words(*texts) -> set[str]:
    """The words an index's vocabulary learns from these texts (stop words and bare numbers left out)."""
    return {
        word
        for text in texts
        for word in words(text or "")
        if is_content_word(word) and len(word) > 1 and not word.isdigit()
    }


def plain_text(value) -> str:
    """The searchable text of a field: Wagtail's own notion for a StreamField, the text without its markup
    for rich text, and plain text as it is (a "<" in a lead is a character, escaped when shown)."""
    if value is None:
        return ""
    stream_block = getattr(value, "stream_block", None)
    if stream_block is not None:
        return "\n".join(str(text) for text in stream_block.get_searchable_content(value) if text)
    if hasattr(value, "source"):  # RichText
        return strip_tags(value.source)
    return str(value)


def _live(related):
    queryset = related.all()
    return queryset.live() if hasattr(queryset, "live") else queryset


def build_document(page) -> BuiltDocument | None:
    """The document for a page (its specific instance), or None when search does not index its type."""
    kind = registry.kind_of(page)
    if kind is None:
        return None
    is_pro = bool(getattr(page, "is_pro", False))
    summary = plain_text(next((getattr(page, n) for n in ("lead", "summary") if getattr(page, n, "")), ""))
    teaser = plain_text(getattr(page, "teaser", ""))
    body = plain_text(getattr(page, "body", None))
    topics = list(_live(page.topics).order_by("title")) if hasattr(page, "topics") else []
    if kind == TOPIC:
        topics = [page, *topics]
    themes = []
    for source in [page, *topics]:
        theme = getattr(source, "theme", None)
        if theme is not None and [theme.slug, theme.name] not in themes:
            themes.append([theme.slug, theme.name])
    authors = list(page.authors.all()) if hasattr(page, "authors") else []
    date = getattr(page, "publication_date", None) or getattr(page, "last_reviewed", None)
    if date is None and page.last_published_at:
        date = page.last_published_at.date()
    return BuiltDocument(
        id=page.pk,
        url=page.get_url() or page.url_path,
        kind=kind,
        title=page.title,
        summary=summary,
        public_body="\n\n".join(text for text in (teaser, "" if is_pro else body) if text),
        pro_body=body if is_pro else "",
        is_pro=is_pro,
        date=date,
        themes=themes,
        topics=[[topic.slug, topic.title] for topic in topics],
        authors=[[author.slug, author.name] for author in authors],
    )
