"""The Elasticsearch engine (elasticsearch-dsl over the official client), used when ELASTICSEARCH_URL is set.

It indexes the terms of search/analysis.py in whitespace-analysed fields: Elasticsearch adds no analysis of
its own, so both engines see the same terms. The query reproduces the database engine's score: per query
word a `dis_max` of `constant_score` clauses, one per field worth the field's weight, with `tie_breaker`
OTHER_FIELDS_SHARE (the best field plus a quarter of the others); the loose alternatives in a second such
`dis_max` worth LOOSE_SHARE; the word boosted by its IDF, computed in Python with the shared formula from
counts that a first request takes. Filters are a `post_filter`, so that each facet can be counted with the
other facets' filters in its own filter aggregation. Lucene adds scores as 32-bit floats where the database
engine rounds to six decimals: two documents whose scores differ by less than that could be ordered
differently (the judged queries show no such case, tests/search/test_relevance.py).

Both scopes live in one index. The public fields (title, summary, body) hold the public analysis of public
text; a search without Pro queries only them. A Pro member's search queries the full fields: the same text
with the full index's analysis (`full_*`; its vocabulary splits compounds the public one cannot) and `pro`,
the Pro body, which is left out of `_source`.

Versions: ELASTICSEARCH_INDEX is an alias for one versioned index. A rebuild loads a new index, checks its
count, then moves the alias in one request, so searches go on against the old one until the new one is
complete. Incremental writes go through the alias and never create an index.
"""

import functools
import logging
import time
from collections import Counter

from django.conf import settings
from django.utils import timezone
from elasticsearch import Elasticsearch, NotFoundError, helpers
from elasticsearch.dsl import Date, Document, Index, Keyword, Long, MetaField, Object, Q, Search, Text

from search.models import FULL, PUBLIC

from .base import (
    FACETS,
    FIELD_WEIGHTS,
    LOOSE_SHARE,
    OTHER_FIELDS_SHARE,
    AnalysedDocument,
    Engine,
    EngineError,
    EngineResults,
    FacetCount,
    inverse_document_frequency,
    minimum_should_match,
)

logger = logging.getLogger(__name__)

# The index field each scope searches, by the field names of AnalysedDocument.public and .full.
FIELDS = {
    PUBLIC: {"title": "title", "summary": "summary", "body": "body"},
    FULL: {"title": "full_title", "summary": "full_summary", "body": "full_body", "pro": "pro"},
}
LABEL_SEPARATOR = "\x1f"  # a facet bucket is "value<US>label", so one aggregation gives both
FACET_VALUES = 10_000  # every value of a facet, as the database engine counts them
WRITE_TIMEOUT = 30.0  # index writes run in the worker, not in a request
BULK_CHUNK = 500
SORT = ["_score", {"date": {"order": "desc", "missing": "_last"}}, "sort_title", "page_id"]


def terms():
    """Analysed terms, split on spaces and nothing else: the analysis was done in Python."""
    return Text(analyzer="whitespace", index_options="docs", norms=False)


class IndexedPage(Document):
    """One page in the index: analysed terms per field, facet values, and what ties are broken by."""

    page_id = Long()
    title = terms()
    summary = terms()
    body = terms()
    full_title = terms()
    full_summary = terms()
    full_body = terms()
    pro = terms()
    facets = Object(properties={facet: Keyword() for facet in FACETS})  # values, for filters
    buckets = Object(properties={facet: Keyword() for facet in FACETS})  # "value<US>label", for counts
    date = Date(format="yyyy-MM-dd")
    sort_title = Keyword()

    class Meta:
        dynamic = MetaField("strict")
        source = MetaField(excludes=["pro"])  # Pro text is searchable by Pro members, never returned

    @classmethod
    def of(cls, document: AnalysedDocument, index: str) -> dict:
        fields = {name: document.public.get(field, "") for field, name in FIELDS[PUBLIC].items()}
        fields |= {name: document.full.get(field, "") for field, name in FIELDS[FULL].items()}
        page = cls(
            meta={"id": document.id, "index": index},
            page_id=document.id,
            facets={facet: [value for value, _label in document.facets[facet]] for facet in FACETS},
            buckets={
                facet: [f"{value}{LABEL_SEPARATOR}{label}" for value, label in document.facets[facet]]
                for facet in FACETS
            },
            date=document.date,
            sort_title=document.title,
            **fields,
        )
        return page.to_dict(include_meta=True)


def index_definition(name: str) -> Index:
    index = Index(name)
    index.document(IndexedPage)
    # One shard: the corpus is small. A replica only where a second node can hold it, so a single node
    # stays green. Deep pages are allowed: Lucene sizes its queue by the index, not by from + size.
    index.settings(number_of_shards=1, auto_expand_replicas="0-1", max_result_window=1_000_000)
    return index


@functools.lru_cache(maxsize=8)
def client(url: str, node_class) -> Elasticsearch:
    """One client (and connection pool) per process; no retries: a failed search falls back at once."""
    return Elasticsearch(url, node_class=node_class, max_retries=0, retry_on_timeout=False)


# Queries -------------------------------------------------------------------------------------------------


def in_field(alternatives, field: str) -> Q:
    """Any alternative with all of its terms in this one field."""
    each = [Q("bool", filter=[Q("term", **{field: t}) for t in alternative]) for alternative in alternatives]
    return Q("bool", should=each, minimum_should_match=1)


def fields_query(alternatives, fields: dict, share: float) -> Q:
    """The best field the alternatives match in, plus OTHER_FIELDS_SHARE of each other field."""
    clauses = [
        Q("constant_score", filter=in_field(alternatives, name), boost=share * FIELD_WEIGHTS[field])
        for field, name in fields.items()
    ]
    return Q("dis_max", queries=clauses, tie_breaker=OTHER_FIELDS_SHARE)


def word_query(group, fields: dict, weight: float = 1.0) -> Q:
    """One query word: its exact alternatives, or LOOSE_SHARE of its loose ones if that is more, times its
    weight (the IDF)."""
    sides = [fields_query(group.alternatives, fields, 1.0)]
    if group.loose:
        sides.append(fields_query(group.loose, fields, LOOSE_SHARE))
    return Q("dis_max", queries=sides, tie_breaker=0.0, boost=weight)


def filters_query(filters: dict, ignore: str | None = None) -> Q:
    """All facets must agree, any value within one facet (the facet `ignore` left out)."""
    return Q(
        "bool",
        filter=[
            Q("terms", **{f"facets.{facet}": values})
            for facet, values in filters.items()
            if facet != ignore and values
        ],
    )


def facet_counts(aggregations: dict) -> dict:
    facets = {}
    for facet in FACETS:
        counts, labels = Counter(), {}
        for bucket in aggregations[facet]["values"]["buckets"]:
            value, _separator, label = bucket["key"].partition(LABEL_SEPARATOR)
            counts[value] += bucket["doc_count"]
            labels[value] = label
        facets[facet] = [
            FacetCount(value=value, label=labels[value], count=count)
            for value, count in sorted(counts.items(), key=lambda item: (-item[1], labels[item[0]]))
        ]
    return facets


# The engine ----------------------------------------------------------------------------------------------


class ElasticsearchEngine(Engine):
    name = "elasticsearch"
    node_class = "urllib3"  # the transport's HTTP node (the tests use one that talks plain JSON to osmem)

    @classmethod
    def is_configured(cls) -> bool:
        return bool(settings.ELASTICSEARCH_URL)

    def __init__(self):
        self.alias = settings.ELASTICSEARCH_INDEX
        self.timeout = settings.ELASTICSEARCH_TIMEOUT
        self.client = client(settings.ELASTICSEARCH_URL, self.node_class)
        self.writer = self.client.options(request_timeout=WRITE_TIMEOUT)

    def check(self):
        reader = self.client.options(request_timeout=self.timeout)
        if not reader.indices.exists_alias(name=self.alias):
            raise EngineError(f"no index behind the alias {self.alias}")

    # Indexing ----------------------------------------------------------------------------------------

    def index(self, documents):
        actions = (IndexedPage.of(document, self.alias) for document in documents)
        # require_alias: before the first rebuild there is no index, and a write must not create one with
        # guessed mappings; it fails, and is retried.
        helpers.bulk(self.writer, actions, chunk_size=BULK_CHUNK, refresh="wait_for", require_alias=True)

    def delete(self, ids):
        actions = ({"_op_type": "delete", "_index": self.alias, "_id": page_id} for page_id in ids)
        helpers.bulk(self.writer, actions, chunk_size=BULK_CHUNK, refresh="wait_for", ignore_status=(404,))

    def clear(self):
        self.rebuild([])

    def rebuild(self, documents):
        """A new versioned index, loaded and counted, then the alias moved to it in one request."""
        name = f"{self.alias}-{timezone.now():%Y%m%d%H%M%S%f}"
        index_definition(name).create(using=self.writer)
        try:
            actions = (IndexedPage.of(document, name) for document in documents)
            helpers.bulk(self.writer, actions, chunk_size=BULK_CHUNK)
            self.writer.indices.refresh(index=name)
            stored = self.writer.count(index=name)["count"]
            if stored != len(documents):
                raise EngineError(f"Index {name} holds {stored} documents instead of {len(documents)}")
            old = self.versions()
            moves = [{"remove": {"index": version, "alias": self.alias}} for version in old]
            moves.append({"add": {"index": name, "alias": self.alias}})
            self.writer.indices.update_aliases(actions=moves)
        except Exception:
            self._drop(name)
            raise
        for version in old:
            self._drop(version)

    def versions(self) -> list[str]:
        """The indexes the alias points at (one, unless something went wrong)."""
        try:
            return sorted(self.writer.indices.get_alias(name=self.alias))
        except NotFoundError:
            return []

    def _drop(self, name):
        try:
            self.writer.indices.delete(index=name, ignore_unavailable=True)
        except Exception:
            logger.exception("Could not delete the Elasticsearch index %s", name)

    def indexed_ids(self, scope):
        # One index holds both scopes: every document has its public fields and its full fields.
        search = Search(using=self.writer, index=self.alias).source(False).params(size=BULK_CHUNK)
        return {int(hit.meta.id) for hit in search.scan()}

    # Searching ---------------------------------------------------------------------------------------

    def search(self, query, *, scope, filters, offset, limit):
        if not query.groups:
            return EngineResults(ids=[], total=0, engine=self.name)
        deadline = time.monotonic() + self.timeout
        fields = FIELDS[scope]
        words = [word_query(group, fields) for group in query.groups]
        count = len(words)
        required = minimum_should_match(count)
        total_documents, frequencies, every_word, enough = self._statistics(words, required, deadline)
        if not enough and count > 1:  # no document has most words: any word will do
            required = 1
            enough = any(frequencies)
        if not enough:
            return EngineResults(ids=[], total=0, facets={facet: [] for facet in FACETS}, engine=self.name)
        weights = [inverse_document_frequency(frequency, total_documents) for frequency in frequencies]
        scored = [word_query(g, fields, weight) for g, weight in zip(query.groups, weights, strict=True)]
        search = Search(index=self.alias).query(Q("bool", should=scored, minimum_should_match=required))
        if filters:
            search = search.post_filter(filters_query(filters))
        for facet in FACETS:
            search.aggs.bucket(facet, "filter", filter=filters_query(filters, ignore=facet)).bucket(
                "values", "terms", field=f"buckets.{facet}", size=FACET_VALUES
            )
        search = search.sort(*SORT).source(False).extra(track_total_hits=True)
        response = self._run(search[offset : offset + limit], deadline)
        return EngineResults(
            ids=[int(hit.meta.id) for hit in response.hits],
            total=response.hits.total.value,
            facets=facet_counts(response.aggregations.to_dict()),
            relaxed=not every_word and count > 1,
            engine=self.name,
        )

    def _statistics(self, words, required, deadline):
        """In one request: how many documents there are, how many match each word, whether one matches
        every word, and whether any matches enough of them."""
        buckets = {str(position): word for position, word in enumerate(words)}
        buckets["every"] = Q("bool", filter=words)
        buckets["enough"] = Q("bool", should=words, minimum_should_match=required)
        search = Search(index=self.alias).extra(size=0, track_total_hits=True)
        search.aggs.bucket("words", "filters", filters=buckets)
        response = self._run(search, deadline)
        buckets = response.aggregations.to_dict()["words"]["buckets"]
        counts = {key: bucket["doc_count"] for key, bucket in buckets.items()}
        frequencies = [counts[str(position)] for position in range(len(words))]
        return response.hits.total.value, frequencies, counts["every"] > 0, counts["enough"] > 0

    def _run(self, search: Search, deadline: float):
        """Run a request within what is left of the search's time."""
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise EngineError(f"Elasticsearch took longer than {self.timeout} s")
        return search.using(self.client.options(request_timeout=remaining)).execute()
