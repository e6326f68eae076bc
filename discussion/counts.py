from collections import defaultdict

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, Q

from .models import VISIBLE, DiscussionComment


def annotate_comment_counts(pages) -> None:
    """Set `comment_count` (comments readers see) on every page of a list, in one query for the list."""
    pages = list(pages)
    ids_by_type = defaultdict(list)
    for page in pages:
        ids_by_type[ContentType.objects.get_for_model(page.specific_class)].append(str(page.pk))
    if not pages:
        return
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
    for page in pages:
        content_type = ContentType.objects.get_for_model(page.specific_class)
        page.comment_count = counts.get((content_type.pk, str(page.pk)), 0)
