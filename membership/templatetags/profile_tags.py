"""A member's avatar wherever they appear: their photo, or their initials on a colour of their own."""

from django import template

from ..profiles import avatar_tone, initials

register = template.Library()


@register.inclusion_tag("membership/avatar.html")
def avatar(user, name="", size=""):
    """`user` may be None (a deleted account's comment): then the initials of `name` on the neutral colour."""
    if user is not None and user.avatar:
        return {"url": user.avatar.url, "size": size}
    if not name and user is not None:
        name = user.public_name
    return {"initials": initials(name), "tone": avatar_tone(user.pk if user else None), "size": size}
