from django import template
from django.utils.safestring import mark_safe

from ..counts import annotate_comment_counts
from ..tree import render_discussion

register = template.Library()


@register.simple_tag(takes_context=True)
def discussion(context, page):
    """The discussion under a page, as the visitor may see it; the tag owns the caching (see tree.py)."""
    if page.pk is None:  # the preview of a page not saved yet: nothing to discuss, nowhere to post
        return ""
    html = render_discussion(context["request"], page, csrf_token=context.get("csrf_token"))
    return mark_safe(html)  # noqa: S308 - our own templates' output


@register.simple_tag
def comment_counts(pages) -> str:
    """`{% comment_counts articles %}` before a list of cards: each gets `comment_count`, one query in all."""
    annotate_comment_counts(pages)
    return ""
