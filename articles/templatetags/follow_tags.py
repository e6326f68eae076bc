"""The follow button on topic and author pages.

Anonymous pages come from the shared page cache, so what an anonymous visitor gets is the same for all: a
link to log in. Signed-in visitors never get the shared cache; their button says whether they follow.
"""

from django import template

from ..follows import following

register = template.Library()


@register.inclusion_tag("articles/includes/follow_button.html", takes_context=True)
def follow_button(context, *, topic=None, author=None):
    request = context["request"]
    item = topic or author
    if item.pk is None:
        return {"hidden": True}  # a new page in an editor's preview: nothing to follow yet
    return {
        "request": request,
        "csrf_token": context.get("csrf_token"),
        "signed_in": request.user.is_authenticated,
        "following": following(request.user, topic=topic, author=author),
        "kind": "onderwerp" if topic is not None else "auteur",
        "item": item,
        "item_url": topic.get_url(request) if topic is not None else author.get_absolute_url(),
    }
