"""What every search engine offers. Engines receive analysed terms (search/analysis.py), never raw input,
and answer with page ids in rank order; the service turns ids into results and snippets.

The scoring definitions live here because every engine must rank alike: the database engine computes the
score in Python, the Elasticsearch engine expresses the same sum in its query.
"""

import math
from dataclasses import dataclass, field

from search.analysis import AnalysedQuery

FACETS = ("kind", "theme", "topic", "author", "access")
FREE = "gratis"
PRO = "pro"

# How much a match in each field counts: title above summary (lead) above body. Recency only breaks ties.
FIELD_WEIGHTS = {"title": 3.0, "summary": 2.0, "body": 1.0, "pro": 1.0}
PUBLIC_FIELDS = ("title", "summary", "body")
FULL_FIELDS = ("title", "summary", "body", "pro")
OTHER_FIELDS_SHARE = 0.25  # a word's other matching fields add a quarter of their weight to its best one
LOOSE_SHARE = 0.5  # a typo's correction or a compound's last part counts half


def minimum_should_match(words: int) -> int:
    """How many words of a query a document must match: all of one or two, all but one of three or four,
    three quarters of longer queries (people type questions with words no page uses)."""
    if words <= 2:
        return words
    if words <= 4:
        return words - 1
    return math.ceil(0.75 * words)


def inverse_document_frequency(frequency: int, total_documents: int) -> float:
    """How much a word says: BM25's IDF, from the number of documents it matches out of all documents."""
    n = max(total_documents, 1)
    return math.log(1 + (n - frequency + 0.5) / (frequency + 0.5))


class EngineError(Exception):
    """The engine could not answer (down, slow, broken); the caller falls back or logs."""


@dataclass(frozen=True)
class AnalysedDocument:
    """One document as the engines index it: its id, what results are filtered and counted by, and the
    analysed terms of each field (space-separated) for the public index and for the full (Pro) index."""

    id: int
    kind: str
    is_pro: bool
    date: object
    facets: dict  # facet name -> [[value, label], ...]
    public: dict  # title, summary, body
    full: dict  # title, summary, body, pro
    title: str = ""  # as written: equal scores and dates are ordered by it


@dataclass(frozen=True)
class FacetCount:
    value: str
    label: str
    count: int


@dataclass
class EngineResults:
    ids: list  # the requested slice of page ids, best first
    total: int
    facets: dict = field(default_factory=dict)  # facet name -> [FacetCount, ...]
    relaxed: bool = False
    engine: str = ""


class Engine:
    """The interface a second engine (Elasticsearch) implements beside the database engine."""

    name = "engine"

    @classmethod
    def is_configured(cls) -> bool:
        """Whether the settings give this engine what it needs to run."""
        return True

    def check(self) -> None:
        """For the readiness probe: raises when the engine cannot answer now. The database engine answers
        whenever the database does (checked on its own)."""

    def index(self, documents: list[AnalysedDocument]) -> None:
        raise NotImplementedError

    def rebuild(self, documents: list[AnalysedDocument]) -> None:
        """Replace everything the engine holds with these documents."""
        self.clear()
        self.index(documents)

    def delete(self, ids) -> None:
        raise NotImplementedError

    def clear(self) -> None:
        raise NotImplementedError

    def indexed_ids(self, scope: str) -> set:
        raise NotImplementedError

    def search(
        self, query: AnalysedQuery, *, scope: str, filters: dict, offset: int, limit: int
    ) -> EngineResults:
        raise NotImplementedError
