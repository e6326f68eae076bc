from collections import defaultdict

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, Q

from . import cache
from .models import VISIBLE, DiscussionComment


def annotate_comment_counts(pages) -> None:
    """Set `comment_count` (comments readers see) on every page of a list: from the cache, where the counts
    are kept under the same numbers as the pages' trees, and one query for the pages it does not have."""
    pages = list(pages)
    if not pages:
        return
    keys = cache.count_keys([page.pk for page in pages])
    cached = cache.get_many(list(keys.values()))
    counts = {page_id: cached[key] for page_id, key in keys.items() if key in cached}
    if missing := [page for page in pages if page.pk not in counts]:
        counted = count_visible(missing)
        counts.update(counted)
        cache.put_many({keys[page_id]: total for page_id, total in counted.items()})
    for page in pages:
        page.comment_count = counts[page.pk]


def count_visible(pages) -> dict:
    """Comments readers see per page id, in one query."""
    ids_by_type = defaultdict(list)
    for page in pages:
        ids_by_type[ContentType.objects.get_for_model(page.specific_class)].append(str(page.pk))
    targets = Q()
    for content_type, ids in ids_by_type.items():
        targets |= Q(content_type=content_type, object_pk__in=ids)
    rows = (
        DiscussionComment.objects.filter(VISIBLE)
        .filter(targets)
        .order_by()
        .values_list("content_type_id", "object_pk")
        .annotate(total=Count("pk"))
    )
    counts = {(content_type_id, object_pk): total for content_type_id, object_pk, total in rows}
    return {
        page.pk: counts.get((ContentType.objects.get_for_model(page.specific_class).pk, str(page.pk)), 0)
        for page in pages
    }
