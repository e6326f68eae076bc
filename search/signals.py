"""Edits that change the index, turned into background tasks after the database commit.

Connected in SearchConfig.ready(): publishing, unpublishing, moving and deleting an indexed page (and the
pages that show something of it), editing a registered dependency (an author, a theme), editing a synonym.
Scheduling never raises into the edit: a failure is logged, and `search_index --check` shows the drift.
"""

import contextlib
import logging
import threading

from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_delete
from wagtail.models import Page

from . import registry, tasks

logger = logging.getLogger(__name__)
_paused = threading.local()


@contextlib.contextmanager
def paused():
    """No index tasks for edits made inside (a bulk load that rebuilds the index at its end)."""
    _paused.depth = getattr(_paused, "depth", 0) + 1
    try:
        yield
    finally:
        _paused.depth -= 1


def _is_paused() -> bool:
    return getattr(_paused, "depth", 0) > 0


def _enqueue(task, *args):
    try:
        task.enqueue(*args)
    except Exception:
        logger.exception("Could not queue the search task %s", task.name)


def schedule_sync(page_ids) -> None:
    page_ids = sorted({int(page_id) for page_id in page_ids})
    if page_ids and not _is_paused():
        transaction.on_commit(lambda: _enqueue(tasks.sync_pages, page_ids))


def schedule_rebuild() -> None:
    if not _is_paused():
        transaction.on_commit(lambda: _enqueue(tasks.rebuild_index))


def _related(instance) -> set[int]:
    try:
        return registry.related_page_ids(instance)
    except Exception:
        logger.exception("Could not find the pages related to %r for the search index", instance)
        return set()


def page_changed(sender, instance, **kwargs):
    """Published or unpublished: the page and the pages that show something of it."""
    if registry.kind_of(instance) is not None:
        schedule_sync({instance.pk} | _related(instance))


def page_moved(sender, instance, **kwargs):
    """A move changes the URL of the page and of everything below it."""
    moved = Page.objects.filter(pk=instance.pk).first()
    if moved is None or not registry.page_models():
        return
    ids = set(
        moved.get_descendants(inclusive=True).type(*registry.page_models()).values_list("pk", flat=True)
    )
    schedule_sync(ids)


def page_deleting(sender, instance, **kwargs):
    """Before the delete, while the relations still exist."""
    if isinstance(instance, Page) and registry.kind_of(instance) is not None:
        instance._search_related_ids = {instance.pk} | _related(instance)


def page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page) and registry.kind_of(instance) is not None:
        schedule_sync(getattr(instance, "_search_related_ids", {instance.pk}))


def dependency_saved(sender, instance, **kwargs):
    if registry.is_dependency(instance):
        schedule_sync(_related(instance))


def dependency_deleting(sender, instance, **kwargs):
    if registry.is_dependency(instance):
        instance._search_related_ids = _related(instance)


def dependency_deleted(sender, instance, **kwargs):
    if registry.is_dependency(instance):
        schedule_sync(getattr(instance, "_search_related_ids", set()))


def synonyms_changed(sender, instance, **kwargs):
    """Synonyms are part of the analysis: every document is analysed again."""
    schedule_rebuild()


def connect_model(model) -> None:
    """Delete and save handlers for one registered model. Each is connected for its own sender: a handler
    for every sender would make Django fetch every row of every bulk delete to send it the signal."""
    label = model._meta.label_lower
    if registry.is_indexed_model(model):
        pre_delete.connect(page_deleting, sender=model, dispatch_uid=f"search.deleting.{label}")
        post_delete.connect(page_deleted, sender=model, dispatch_uid=f"search.deleted.{label}")
    else:
        post_save.connect(dependency_saved, sender=model, dispatch_uid=f"search.saved.{label}")
        pre_delete.connect(dependency_deleting, sender=model, dispatch_uid=f"search.deleting.{label}")
        post_delete.connect(dependency_deleted, sender=model, dispatch_uid=f"search.deleted.{label}")
