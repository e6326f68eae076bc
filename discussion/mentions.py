"""@mentions: who can be mentioned under a page, and whom a comment mentions.

Anyone who took part in the page's discussion (by the public name their comments show) and the page's
authors (by their author name) can be mentioned with "@" and that name; the longest name that follows the
"@" wins, so "@Anna de Vries" mentions Anna de Vries, not Anna. The rendering is stored with the comment
(the same for every reader); the mentioned members get a mail (notifications.recipients).
"""

from .markdown import mentioned_names
from .models import VISIBLE, comments_for


def mentionable(page) -> dict[str, set[int]]:
    """Public name (lower case) -> the ids of the members with that name who can be mentioned under `page`."""
    names = {}
    writers = comments_for(page).filter(VISIBLE).exclude(user=None).order_by()
    authors = page.authors.exclude(user=None) if hasattr(page, "authors") else None
    pairs = [
        *writers.values_list("user_name", "user_id").distinct(),
        *(authors.values_list("name", "user_id") if authors is not None else []),
    ]
    for name, user_id in pairs:
        if name.strip():
            names.setdefault(name.strip().lower(), set()).add(user_id)
    return names


def mentioned_user_ids(text, page) -> set[int]:
    """The members `text` mentions outside block quotes (a quote of someone's mention does not count)."""
    names = mentionable(page)
    return {user_id for name in mentioned_names(text, names) for user_id in names.get(name, ())}
