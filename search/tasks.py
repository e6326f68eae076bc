"""Index updates as background tasks (django-tasks): at once in development and tests, in the worker in
production. A failing engine is logged by the indexing code; a failing task never reaches the editor."""

from django_tasks import task

from . import indexing


@task()
def sync_pages(page_ids: list[int]) -> int:
    return indexing.sync_pages(page_ids)


@task()
def rebuild_index() -> int:
    return indexing.rebuild()
