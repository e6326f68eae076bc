"""Reads the demo content from the files in `data/` and checks that it hangs together.

One file per article, topic, author and discussion; the file name (without extension) is the slug. `load()`
returns plain dataclasses and raises DemoDataError naming the file at the first unreadable file, or listing
every broken cross-reference at once. No database access: the loader turns the result into pages.
"""

import datetime
import re
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from .markup import (
    ARTICLE_BLOCKS,
    INFORMATION_BLOCKS,
    TOPIC_BLOCKS,
    DemoDataError,
    parse_body,
    parse_toml,
    plain_text,
    split_front_matter,
    unwrap,
)

DATA_DIR = Path(__file__).resolve().parent / "data"
SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


class Text(str):
    """Schema type: prose that may be wrapped over several lines (stored unwrapped)."""


@dataclass(frozen=True)
class Theme:
    slug: str
    name: str
    description: str


@dataclass(frozen=True)
class Topic:
    slug: str
    title: str
    theme: str
    summary: str
    teaser: str
    last_reviewed: datetime.date
    related_articles: list[str]
    body: list


@dataclass(frozen=True)
class Author:
    slug: str
    name: str
    role: str
    organisation: str
    bio: str
    expertise: list[str]
    verified_expert: bool
    user: str | None


@dataclass(frozen=True)
class Article:
    slug: str
    title: str
    lead: str
    authors: list[str]
    topics: list[str]
    publication_date: datetime.date
    pro: bool
    body: list

    def image_files(self):
        return [value["image"] for block_type, value in self.body if block_type == "image"]


@dataclass(frozen=True)
class Comment:
    key: str
    author: str
    minutes_after_publication: int
    text: str
    reply_to: str | None = None


@dataclass(frozen=True)
class Discussion:
    article: str
    comments: list[Comment]


@dataclass(frozen=True)
class Login:
    """A demo account someone signs in with; the command lists them."""

    email: str
    first_name: str
    last_name: str
    description: str
    staff: bool = False
    superuser: bool = False
    groups: list[str] = field(default_factory=list)
    pro_trial: bool = False


@dataclass(frozen=True)
class Commenter:
    """A person who only appears in the demo discussions."""

    email: str
    first_name: str
    last_name: str


@dataclass(frozen=True)
class ImageFile:
    file: str
    title: str
    path: Path


# The footer links an information page can fill (kennisbank.models.FOOTER_LINKS, without "_page").
FOOTER_SLOTS = ("privacy", "terms", "about", "contact")


@dataclass(frozen=True)
class InformationPage:
    slug: str
    title: str
    intro: str
    footer: str
    body: list


@dataclass(frozen=True)
class IndexPage:
    slug: str
    title: str
    intro: str


@dataclass(frozen=True)
class Site:
    home_title: str
    home_intro: str
    featured_article: str
    featured_topics: list[str]
    article_index: IndexPage
    knowledge_base: IndexPage
    tagline: str
    pro_invitation_title: str
    pro_invitation_text: str


@dataclass(frozen=True)
class DemoData:
    site: Site
    themes: list[Theme]
    topics: list[Topic]
    authors: list[Author]
    articles: list[Article]
    discussions: list[Discussion]
    logins: list[Login]
    commenters: list[Commenter]
    images: list[ImageFile]
    information_pages: list[InformationPage]

    @property
    def pro_trial_login(self) -> Login:
        return next(login for login in self.logins if login.pro_trial)


def load(root: Path | None = None) -> DemoData:
    root = Path(root or DATA_DIR)
    site = read_site(root / "site.toml")
    logins, commenters = read_users(root / "users.toml")
    data = DemoData(
        site=site,
        themes=read_themes(root / "themes.toml"),
        topics=[read_topic(path) for path in files(root / "topics", ".md")],
        authors=[read_author(path) for path in files(root / "authors", ".md")],
        articles=[read_article(path) for path in files(root / "articles", ".md")],
        discussions=[read_discussion(path) for path in files(root / "discussions", ".toml")],
        logins=logins,
        commenters=commenters,
        images=read_images(root / "images"),
        information_pages=[read_information_page(path) for path in files(root / "pages", ".md")],
    )
    check_references(data, root)
    return data


def files(folder: Path, suffix: str) -> list[Path]:
    if not folder.is_dir():
        raise DemoDataError(f"missing folder {folder}")
    paths = sorted(folder.glob(f"*{suffix}"))
    for path in paths:
        if not SLUG.fullmatch(path.stem):
            raise DemoDataError(
                "the file name is the slug: lower-case letters, digits and single hyphens only", path=path
            )
    return paths


# Reading one file -------------------------------------------------------------------------------------


@contextmanager
def reading(path: Path):
    """A DemoDataError raised inside names this file; so does a file that cannot be read."""
    try:
        yield
    except DemoDataError as error:
        error.path = error.path or path
        raise
    except (OSError, UnicodeDecodeError) as error:
        raise DemoDataError(f"cannot read the file ({error})", path=path) from error


def read_text(path: Path) -> str:
    return path.read_text(encoding="utf-8")


class Tables(list):
    """Schema type: an array of tables, written [[name]] in TOML."""


def fields(table: object, schema: dict[str, type], optional: dict | None = None, where: str = "") -> dict:
    """The table's values, checked against the schema; `optional` gives the defaults of optional fields."""
    optional = optional or {}
    prefix = f"{where}: " if where else ""
    if not isinstance(table, dict):
        raise DemoDataError(f"{prefix}expected a table of fields")
    unknown = sorted(set(table) - set(schema))
    if unknown:
        raise DemoDataError(f"{prefix}unknown field '{unknown[0]}' (allowed: {', '.join(schema)})")
    values = {}
    for name, kind in schema.items():
        if name in table:
            values[name] = checked(table[name], kind, f"{prefix}field '{name}'")
        elif name in optional:
            values[name] = optional[name]
        else:
            raise DemoDataError(f"{prefix}missing field '{name}'")
    return values


# What each schema type accepts, and how to say so to a writer.
KINDS = {
    str: ("text in quotes", lambda v: isinstance(v, str)),
    Text: ("text in quotes", lambda v: isinstance(v, str)),
    list: (
        'a list of texts, like ["a", "b"]',
        lambda v: isinstance(v, list) and all(isinstance(i, str) for i in v),
    ),
    Tables: ("a list of tables", lambda v: isinstance(v, list) and all(isinstance(i, dict) for i in v)),
    dict: ("a table", lambda v: isinstance(v, dict)),
    bool: ("true or false (no quotes)", lambda v: isinstance(v, bool)),
    int: ("a whole number", lambda v: isinstance(v, int) and not isinstance(v, bool)),
    datetime.date: (
        "a date written like 2026-03-10 (no quotes)",
        lambda v: isinstance(v, datetime.date) and not isinstance(v, datetime.datetime),
    ),
}


def checked(value, kind, label):
    description, is_valid = KINDS[kind]
    if not is_valid(value):
        raise DemoDataError(f"{label} must be {description}")
    if isinstance(value, str):
        value = unwrap(value) if kind is Text else value.strip()
        if not value:
            raise DemoDataError(f"{label} is empty")
    return value


def read_topic(path: Path) -> Topic:
    with reading(path):
        front, body = split_front_matter(read_text(path))
        values = fields(
            front,
            {
                "title": str,
                "theme": str,
                "summary": Text,
                "last_reviewed": datetime.date,
                "related_articles": list,
                "teaser": Text,
            },
            optional={"related_articles": []},
        )
        return Topic(slug=path.stem, body=parse_body(body, TOPIC_BLOCKS, headings=True), **values)


def read_article(path: Path) -> Article:
    with reading(path):
        front, body = split_front_matter(read_text(path))
        values = fields(
            front,
            {
                "title": str,
                "lead": Text,
                "authors": list,
                "topics": list,
                "publication_date": datetime.date,
                "pro": bool,
            },
            optional={"topics": [], "pro": False},
        )
        if not values["authors"]:
            raise DemoDataError("an article needs at least one author")
        blocks = parse_body(body, ARTICLE_BLOCKS, prose="paragraph", headings=True)
        if not blocks:
            raise DemoDataError("the article has no body after the front matter")
        return Article(slug=path.stem, body=blocks, **values)


def read_information_page(path: Path) -> InformationPage:
    with reading(path):
        front, body = split_front_matter(read_text(path))
        values = fields(front, {"title": str, "intro": Text, "footer": str})
        if values["footer"] not in FOOTER_SLOTS:
            raise DemoDataError(f"footer must be one of {', '.join(FOOTER_SLOTS)}")
        blocks = parse_body(body, INFORMATION_BLOCKS, prose="paragraph", headings=True)
        if not blocks:
            raise DemoDataError("the page has no body after the front matter")
        return InformationPage(slug=path.stem, body=blocks, **values)


def read_author(path: Path) -> Author:
    with reading(path):
        front, body = split_front_matter(read_text(path))
        values = fields(
            front,
            {
                "name": str,
                "role": str,
                "organisation": str,
                "expertise": list,
                "verified_expert": bool,
                "user": str,
            },
            optional={
                "role": "",
                "organisation": "",
                "expertise": [],
                "verified_expert": False,
                "user": None,
            },
        )
        return Author(slug=path.stem, bio=plain_text(body), **values)


def read_discussion(path: Path) -> Discussion:
    comment_schema = {
        "key": str,
        "author": str,
        "reply_to": str,
        "minutes_after_publication": int,
        "text": str,
    }
    with reading(path):
        document = fields(parse_toml(read_text(path)), {"comment": Tables})
        comments = [
            Comment(**fields(table, comment_schema, optional={"reply_to": None}, where=f"comment {number}"))
            for number, table in enumerate(document["comment"], 1)
        ]
    return Discussion(article=path.stem, comments=comments)


def read_themes(path: Path) -> list[Theme]:
    with reading(path):
        document = fields(parse_toml(read_text(path)), {"theme": Tables})
        return [
            Theme(**fields(table, {"slug": str, "name": str, "description": Text}, where=f"theme {number}"))
            for number, table in enumerate(document["theme"], 1)
        ]


def read_users(path: Path) -> tuple[list[Login], list[Commenter]]:
    login_schema = {
        "email": str,
        "first_name": str,
        "last_name": str,
        "description": str,
        "staff": bool,
        "superuser": bool,
        "groups": list,
        "pro_trial": bool,
    }
    login_defaults = {"staff": False, "superuser": False, "groups": [], "pro_trial": False}
    commenter_schema = {"email": str, "first_name": str, "last_name": str}
    with reading(path):
        document = fields(
            parse_toml(read_text(path)), {"login": Tables, "commenter": Tables}, optional={"commenter": []}
        )
        logins = [
            Login(**fields(table, login_schema, optional=login_defaults, where=f"login {number}"))
            for number, table in enumerate(document["login"], 1)
        ]
        commenters = [
            Commenter(**fields(table, commenter_schema, where=f"commenter {number}"))
            for number, table in enumerate(document["commenter"], 1)
        ]
    return logins, commenters


def read_site(path: Path) -> Site:
    index_schema = {"slug": str, "title": str, "intro": Text}
    with reading(path):
        document = fields(
            parse_toml(read_text(path)),
            {"home": dict, "article_index": dict, "knowledge_base": dict, "settings": dict},
        )
        home = fields(
            document["home"],
            {"title": str, "intro": Text, "featured_article": str, "featured_topics": list},
            where="[home]",
        )
        settings = fields(
            document["settings"],
            {"tagline": str, "pro_invitation_title": str, "pro_invitation_text": Text},
            where="[settings]",
        )
        return Site(
            home_title=home["title"],
            home_intro=home["intro"],
            featured_article=home["featured_article"],
            featured_topics=home["featured_topics"],
            article_index=IndexPage(
                **fields(document["article_index"], index_schema, where="[article_index]")
            ),
            knowledge_base=IndexPage(
                **fields(document["knowledge_base"], index_schema, where="[knowledge_base]")
            ),
            **settings,
        )


def read_images(folder: Path) -> list[ImageFile]:
    path = folder / "images.toml"
    with reading(path):
        document = fields(parse_toml(read_text(path)), {"image": Tables}, optional={"image": []})
        images = []
        for number, table in enumerate(document["image"], 1):
            values = fields(table, {"file": str, "title": str}, where=f"image {number}")
            if not (folder / values["file"]).is_file():
                raise DemoDataError(f"image {number}: there is no file {values['file']} next to images.toml")
            images.append(ImageFile(path=folder / values["file"], **values))
    return images


# Cross-references -------------------------------------------------------------------------------------


def check_references(data: DemoData, root: Path):
    """Every slug, email and image name points at something that exists; all problems at once."""
    problems = []

    def expect(known, wanted, where, what):
        for item in [wanted] if isinstance(wanted, str) else wanted:
            if item not in known:
                problems.append(f"{where}: unknown {what} '{item}'")

    def unique(values, where, what):
        seen = set()
        for value in values:
            if value in seen:
                problems.append(f"{where}: {what} '{value}' appears twice")
            seen.add(value)

    themes = {theme.slug for theme in data.themes}
    topics = {topic.slug for topic in data.topics}
    authors = {author.slug for author in data.authors}
    articles = {article.slug for article in data.articles}
    images = {image.file for image in data.images}
    emails = [login.email for login in data.logins] + [commenter.email for commenter in data.commenters]
    site, users = root / "site.toml", root / "users.toml"

    unique((theme.slug for theme in data.themes), root / "themes.toml", "theme")
    unique((image.title for image in data.images), root / "images" / "images.toml", "title")
    unique(emails, users, "email")
    if sum(login.pro_trial for login in data.logins) != 1:
        problems.append(f"{users}: exactly one login needs 'pro_trial = true'")
    expect(articles, data.site.featured_article, site, "article")
    expect(topics, data.site.featured_topics, site, "topic")
    if len(data.site.featured_topics) > 9:
        problems.append(f"{site}: the home page shows at most 9 topics")
    for topic in data.topics:
        where = root / "topics" / f"{topic.slug}.md"
        expect(themes, topic.theme, where, "theme")
        expect(articles, topic.related_articles, where, "article")
    for author in data.authors:
        where = root / "authors" / f"{author.slug}.md"
        expect(topics, author.expertise, where, "topic")
        if author.user is not None:
            expect(emails, author.user, where, "user (not in users.toml)")
    for article in data.articles:
        where = root / "articles" / f"{article.slug}.md"
        expect(authors, article.authors, where, "author")
        expect(topics, article.topics, where, "topic")
        expect(images, article.image_files(), where, "image (not in images/images.toml)")
    unique((page.footer for page in data.information_pages), root / "pages", "footer link")
    for discussion in data.discussions:
        where = root / "discussions" / f"{discussion.article}.toml"
        expect(articles, discussion.article, where, "article (the file name is the article's slug)")
        unique((comment.key for comment in discussion.comments), where, "key")
        earlier, minutes = set(), 0
        for comment in discussion.comments:
            expect(emails, comment.author, f"{where}, comment '{comment.key}'", "author (not in users.toml)")
            if comment.reply_to is not None and comment.reply_to not in earlier:
                problems.append(f"{where}, comment '{comment.key}': no earlier comment '{comment.reply_to}'")
            if comment.minutes_after_publication < minutes:
                problems.append(f"{where}, comment '{comment.key}': posted before the comment above it")
            earlier.add(comment.key)
            minutes = comment.minutes_after_publication
    if problems:
        raise DemoDataError("broken references in the demo data:\n  " + "\n  ".join(problems))
