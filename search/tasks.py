"""Index updates as background tasks (django-tasks): at once in development and tests, in the worker in
production. A failing task never reaches the editor.

An engine that fails a write (Elasticsearch down) is written again later, that engine only and those pages
only (`retry_engine`), after growing pauses (RETRY_DELAYS) where the backend can wait (`supports_defer`: the
database backend of production). The immediate backend of development and tests cannot wait: a retry there
runs at once, during the same outage, so it gets one attempt. After the last attempt the drift shows in
`search_index --check` and a rebuild repairs it.
"""

import datetime
import functools
import logging

from django.db import transaction
from django.utils import timezone
from django_tasks import task

from . import indexing

logger = logging.getLogger(__name__)

RETRY_DELAYS = (60, 5 * 60, 30 * 60, 2 * 60 * 60)  # seconds before the first, second, ... retry


@task()
def sync_pages(page_ids: list[int]) -> int:
    return indexing.sync_pages(page_ids, on_engine_failure=schedule_retry)


@task()
def rebuild_index() -> int:
    return indexing.rebuild(on_engine_failure=schedule_retry)


@task()
def retry_engine(engine_name: str, page_ids: list[int] | None, attempt: int) -> int:
    """Write these pages (all of them when None) to this engine again."""
    try:
        return indexing.resync_engine(engine_name, page_ids)
    except Exception:
        logger.exception("Search engine %s failed again (retry %s)", engine_name, attempt)
        schedule_retry(engine_name, page_ids, attempt + 1)
        return 0


def retries() -> int:
    """How many retries a failed write gets with the configured task backend."""
    return len(RETRY_DELAYS) if retry_engine.get_backend().supports_defer else 1


def schedule_retry(engine_name: str, page_ids: list[int] | None, attempt: int = 1) -> None:
    """Queue the retry after the commit, so that it reads what the failed write should have written."""
    if attempt > retries():
        logger.error(
            "Search engine %s: gave up on %s after %s retries; `manage.py search_index --rebuild` repairs it",
            engine_name,
            "every page" if page_ids is None else f"pages {page_ids}",
            attempt - 1,
        )
        return
    transaction.on_commit(functools.partial(_enqueue_retry, engine_name, page_ids, attempt))


def _enqueue_retry(engine_name, page_ids, attempt):
    retry = retry_engine
    if retry.get_backend().supports_defer:
        delay = datetime.timedelta(seconds=RETRY_DELAYS[attempt - 1])
        retry = retry.using(run_after=timezone.now() + delay)
    try:
        retry.enqueue(engine_name, page_ids, attempt)
    except Exception:
        logger.exception("Could not queue a retry for search engine %s", engine_name)
