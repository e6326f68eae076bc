from django import template

from articles import bookmarks

register = template.Library()


@register.inclusion_tag("articles/bookmark_button.html", takes_context=True)
def bookmark_button(context, page):
    """The "Bewaren" toggle for a signed-in member; anonymous visitors get a link to log in, the same for
    all of them, as their page comes from the shared page cache."""
    request = context["request"]
    user = request.user
    return {
        "page": page,
        "page_url": page.get_url(request) if page.pk else None,
        "signed_in": user.is_authenticated,
        "saved": bookmarks.is_saved(user, page) if page.pk else False,
        "csrf_token": context.get("csrf_token"),
    }
