"""What search stores in the database, whatever the engine.

The document store keeps, per indexed page, what results and snippets are made of. Pro text is kept
apart: `SearchDocument` holds only what everyone may read; the body of a Pro page lives in
`SearchProText`, which only the code path for Pro members reads. The database engine's index tables
(FTS5 on SQLite, tsvector on PostgreSQL) are created by migration 0002: a public index that never
receives Pro text, and a full index for Pro members.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index

PUBLIC = "public"
FULL = "full"
SCOPES = (PUBLIC, FULL)

ARTICLE = "artikel"
TOPIC = "onderwerp"
KIND_LABELS = {ARTICLE: _("Article"), TOPIC: _("Topic")}


class SearchDocument(models.Model):
    """One indexed page: its result data and the text everyone may read."""

    # No database constraint: a document outlives its deleted page until the index task removes it (and
    # its words from the vocabulary), after the delete has been committed.
    page = models.OneToOneField(
        "wagtailcore.Page",
        primary_key=True,
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        related_name="+",
    )
    url = models.CharField(max_length=500)
    kind = models.CharField(max_length=20)
    title = models.CharField(max_length=255)
    title_folded = models.CharField(max_length=255, db_index=True)  # for autocomplete
    summary = models.TextField(blank=True)  # lead or one-line summary
    public_body = models.TextField(blank=True)  # a topic's teaser, and the body of a free page
    is_pro = models.BooleanField(default=False)
    date = models.DateField(null=True)
    themes = models.JSONField(default=list)  # [[slug, name], ...]
    topics = models.JSONField(default=list)
    authors = models.JSONField(default=list)
    indexed_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("search document")

    def __str__(self):
        return self.title


class SearchProText(models.Model):
    """The Pro body of a Pro page, apart from everything public."""

    document = models.OneToOneField(
        SearchDocument, primary_key=True, on_delete=models.CASCADE, related_name="pro_text"
    )
    body = models.TextField()

    class Meta:
        verbose_name = _("Pro search text")

    def __str__(self):
        return str(self.document)


class SearchWord(models.Model):
    """The vocabulary of an index: each folded word and the number of documents it occurs in. Used for
    typos, "Bedoelde u" and compound words; the public vocabulary never holds a word seen only in Pro text."""

    scope = models.CharField(max_length=10)
    word = models.CharField(max_length=60)
    documents = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["scope", "word"], name="search_word_unique")]

    def __str__(self):
        return f"{self.scope}:{self.word}"


class SearchState(models.Model):
    """A counter that every change to the index raises, so cached vocabularies know when they are old."""

    generation = models.PositiveBigIntegerField(default=0)

    def __str__(self):
        return f"generation {self.generation}"


class Synonym(index.Indexed, models.Model):
    """Words that mean the same to our readers; editors extend the list, and the index is rebuilt."""

    words = models.CharField(
        _("words"),
        max_length=255,
        unique=True,
        help_text=_("Words or phrases with the same meaning, separated by commas: KPI, prestatie-indicator"),
    )

    panels = [FieldPanel("words")]
    search_fields = [index.SearchField("words"), index.AutocompleteField("words")]

    class Meta:
        ordering = ["words"]
        verbose_name = _("synonym")
        verbose_name_plural = _("synonyms")

    def __str__(self):
        return self.words


class PopularQuery(models.Model):
    """How often a query that found something was searched, for autocomplete."""

    query = models.CharField(max_length=200, unique=True)
    count = models.PositiveIntegerField(default=0)
    last_searched = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-count"]

    def __str__(self):
        return self.query


class SearchEvent(models.Model):
    """One search, for the editors' report (search/analytics.py). Nothing about the person: no user, no
    session, no address, not even the time of day; the week is enough to count and to expire it."""

    week = models.DateField(_("week"), help_text=_("The Monday of the week of the search."))
    query = models.CharField(_("query"), max_length=200)  # folded, whitespace collapsed
    results = models.PositiveIntegerField(_("results"))
    relaxed = models.BooleanField(_("relaxed"), default=False)  # no result had every word
    engine = models.CharField(_("engine"), max_length=30)
    pro = models.BooleanField(_("searched with Pro"), default=False)
    filtered = models.BooleanField(_("filtered"), default=False)  # a facet was chosen
    promotions = models.PositiveSmallIntegerField(_("promoted results shown"), default=0)
    # The rank of the first result clicked: 1 and up for the results, 0 for a promoted result.
    clicked_rank = models.PositiveIntegerField(_("clicked rank"), null=True, blank=True)

    class Meta:
        verbose_name = _("search event")
        verbose_name_plural = _("search events")
        indexes = [models.Index(fields=["week", "query"], name="search_event_week_query")]

    def __str__(self):
        return f"{self.week:%G-W%V} {self.query}"
