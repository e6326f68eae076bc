from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Count, IntegerField, OuterRef, Subquery, Value
from django.db.models.functions import Cast, Coalesce

from .models import VISIBLE, DiscussionComment


def with_comment_counts(queryset):
    """Annotate `comment_count` (public comments) in the list's own query: no query per article."""
    content_type = ContentType.objects.get_for_model(queryset.model)
    counts = (
        DiscussionComment.objects.filter(VISIBLE)
        .filter(content_type=content_type, object_pk=Cast(OuterRef("pk"), CharField()))
        .order_by()
        .values("object_pk")
        .annotate(total=Count("pk"))
        .values("total")
    )
    return queryset.annotate(comment_count=Coalesce(Subquery(counts, output_field=IntegerField()), Value(0)))
