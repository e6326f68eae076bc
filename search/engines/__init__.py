"""The engine is chosen by settings: `SEARCH_ENGINE` (a name or a dotted path), by default the database
engine. Another engine is always paired with the database engine, which keeps its own index so it can
answer at once when the other fails."""

import logging

from django.conf import settings
from django.utils.module_loading import import_string

from .base import Engine, EngineError, EngineResults
from .database import DatabaseEngine

logger = logging.getLogger(__name__)

ENGINES = {"database": "search.engines.database.DatabaseEngine"}


class FallbackEngine(Engine):
    """Searches the primary engine; on any failure, logs it and answers from the fallback."""

    def __init__(self, primary: Engine, fallback: Engine):
        self.primary = primary
        self.fallback = fallback
        self.name = primary.name

    def search(self, query, **options) -> EngineResults:
        try:
            return self.primary.search(query, **options)
        except Exception:
            logger.exception(
                "Search engine %s failed; answering from %s", self.primary.name, self.fallback.name
            )
            return self.fallback.search(query, **options)


def configured_engine() -> Engine:
    """`SEARCH_ENGINE` by name or dotted path. A name without an engine (Elasticsearch, until its engine
    exists) falls back to the database engine, with a warning, rather than breaking every page."""
    name = getattr(settings, "SEARCH_ENGINE", "database") or "database"
    path = ENGINES.get(name, name)
    if "." not in path:
        logger.warning("Search engine %r is not available; the database engine answers", name)
        path = ENGINES["database"]
    return import_string(path)()


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


__all__ = ["DatabaseEngine", "Engine", "EngineError", "EngineResults", "get_engine", "index_engines"]
