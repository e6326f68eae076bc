"""The engine is chosen by settings: `SEARCH_ENGINE` (a name or a dotted path); "elasticsearch" when
ELASTICSEARCH_URL is set, the database engine otherwise. Another engine is always paired with the database
engine, which keeps its own index so it can answer at once when the other fails."""

import logging

from django.conf import settings
from django.utils.module_loading import import_string

from .base import Engine, EngineError, EngineResults
from .breaker import breaker_for
from .database import DatabaseEngine

logger = logging.getLogger(__name__)

ENGINES = {
    "database": "search.engines.database.DatabaseEngine",
    "elasticsearch": "search.engines.elasticsearch.ElasticsearchEngine",
}


class FallbackEngine(Engine):
    """Searches the primary engine; on any failure, logs it and answers from the fallback. The primary's
    circuit breaker skips it for a while after several failures in a row, so no search waits for it."""

    def __init__(self, primary: Engine, fallback: Engine):
        self.primary = primary
        self.fallback = fallback
        self.name = primary.name

    def search(self, query, **options) -> EngineResults:
        breaker = breaker_for(self.primary.name)
        if breaker.allows():
            try:
                found = self.primary.search(query, **options)
            except Exception:
                logger.exception(
                    "Search engine %s failed; answering from %s", self.primary.name, self.fallback.name
                )
                breaker.failed()
            else:
                breaker.succeeded()
                return found
        return self.fallback.search(query, **options)


def configured_engine() -> Engine:
    """`SEARCH_ENGINE` by name or dotted path. An engine that is unknown or not configured (Elasticsearch
    without ELASTICSEARCH_URL) leaves the database engine to answer, with a warning, rather than breaking
    every page."""
    name = getattr(settings, "SEARCH_ENGINE", "database") or "database"
    path = ENGINES.get(name, name)
    engine_class = import_string(path) if "." in path else None
    if engine_class is None or not engine_class.is_configured():
        logger.warning("Search engine %r is not available; the database engine answers", name)
        engine_class = DatabaseEngine
    return engine_class()


def get_engine() -> Engine:
    """The engine that answers searches."""
    primary = configured_engine()
    if isinstance(primary, DatabaseEngine):
        return primary
    return FallbackEngine(primary, DatabaseEngine())


def index_engines() -> list[Engine]:
    """Every engine that keeps an index: the database engine first, then the configured one."""
    primary = configured_engine()
    return [primary] if isinstance(primary, DatabaseEngine) else [DatabaseEngine(), primary]


def index_engine(name: str) -> Engine | None:
    """The engine of that name among those that keep an index (None when it is no longer configured)."""
    return next((engine for engine in index_engines() if engine.name == name), None)


__all__ = [
    "DatabaseEngine",
    "Engine",
    "EngineError",
    "EngineResults",
    "get_engine",
    "index_engine",
    "index_engines",
]
