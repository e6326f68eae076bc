"""Reading the discussion.

One query loads all comments of a page and the tree is built in Python (the stock tree template runs about
two queries per comment). The rendered tree is the same for every visitor, so it is cached per page, sort,
length and language; what depends on who is looking (the form, the notes, the buttons under each comment
and the reply form) is rendered around it, or into its placeholders, for each request.
"""

import re
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.messages import get_messages
from django.middleware.csrf import get_token
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django_comments.forms import CommentSecurityForm

from . import cache
from .models import VISIBLE, CommentLike
from .rules import CommentRefused, can_moderate, can_post_comment, can_read_discussion, may_like_something
from .service import comments_for, quote_for

SORT_PARAMETER = "volgorde"
SORTS = {"oudste": "oldest", "nieuwste": "newest", "gewaardeerd": "most_liked"}
DEFAULT_SORT = "oudste"
# ?antwoord=<id> opens the reply form under a comment (without JavaScript); with &citeren=1 it quotes it.
QUOTE_PARAMETER = "citeren"
# In the shared tree, one placeholder per comment marks where this visitor's buttons (and reply form) go:
# <!--actions:comment id:writer's user id (0 for none):whether a reply may be nested under it:writer's name-->
# The name (HTML-escaped, so it holds no ">") gives each button a name of its own: "Reageren op Sanne".
# A tree cached before names were in it has none: its buttons keep their short names until it expires.
ACTIONS_PLACEHOLDER = re.compile(r"<!--actions:(\d+):(\d+):([01])(?::([^>]*?))?-->")
REPLY_FORM_PLACEHOLDER = "<!--reply-form:{}-->"
# Stand for the comment id and its writer's name in a visitor's buttons, rendered once per kind of comment
# and request.
ID_STAND_IN = "918273645"
NAME_STAND_IN = "writer-name-stand-in"
# Stand for what is the member's own in the section kept for members who may post (_members_section).
TREE_STAND_IN = "discussiontreestandin"
CSRF_STAND_IN = "csrftokenstandin"
TIMESTAMP_STAND_IN = "formtimestampstandin"
SECURITY_HASH_STAND_IN = "formsecurityhashstandin"
# Members' buttons hold nothing of the member's own (no CSRF token: the like buttons submit the section's one
# like form), so they are rendered once per process for each language and kind of comment. Moderators' are
# rendered for each request: their form carries a token and names the page it returns to.
_KEPT_ACTIONS: dict[tuple, str] = {}  # at most 2 languages x 32 kinds


@dataclass
class Node:
    comment: object
    children: list = field(default_factory=list)
    badge: str = ""
    badge_detail: str = ""

    @property
    def visible(self) -> bool:
        """Shown as written; a removed comment is still 'visible' as its placeholder."""
        return self.comment.is_public and not self.comment.is_hidden

    @property
    def shown(self) -> bool:
        """Removed or hidden comments still hold their place when someone replied to them."""
        return self.visible or any(child.shown for child in self.children)


def load_nodes(page):
    """All comments of the page with their writers' author profiles, in one query.

    Badges come from the page's `authors` (their `user_id`) and a writer's `author_profile`
    (`is_verified_expert`, `role`), when the page and the user have them.
    """
    comments = list(
        comments_for(page).select_related("user", "user__author_profile").order_by("thread_id", "order")
    )
    # .all() rather than values_list: it uses the page's prefetched authors, as modelcluster keeps them.
    authors = page.specific.authors.all() if hasattr(page.specific, "authors") else []
    author_user_ids = {author.user_id for author in authors if author.user_id}
    nodes = {c.pk: Node(c) for c in comments}
    roots = []
    for node in nodes.values():
        comment = node.comment
        profile = getattr(comment.user, "author_profile", None) if comment.user_id else None
        if comment.user_id and comment.user_id in author_user_ids:
            node.badge = "author"
        elif profile is not None and profile.is_verified_expert:
            node.badge, node.badge_detail = "expert", profile.role
        parent = nodes.get(comment.parent_id)
        if comment.parent_id == comment.pk or parent is None:
            roots.append(node)
        else:
            parent.children.append(node)
    return roots, comments


def sort_threads(roots, sort):
    if sort == "nieuwste":
        return sorted(roots, key=lambda n: n.comment.submit_date, reverse=True)
    if sort == "gewaardeerd":
        return sorted(roots, key=lambda n: (-n.comment.like_count, n.comment.submit_date))
    return sorted(roots, key=lambda n: n.comment.submit_date)


def visible_count(comments) -> int:
    return sum(1 for c in comments if c.is_visible)


def requested_sort(request) -> str:
    sort = request.GET.get(SORT_PARAMETER, DEFAULT_SORT)
    return sort if sort in SORTS else DEFAULT_SORT


def requested_limit(request) -> int:
    step = settings.DISCUSSION_THREADS_PER_PAGE
    try:
        wanted = int(request.GET.get("meer", step))
    except ValueError:
        wanted = step
    return max(step, min(wanted, 100_000))


def shared_tree(page, sort, limit, request) -> dict:
    """The part of the discussion that is the same for every visitor, from the cache when it is there."""
    key = cache.tree_key(page.pk, sort, limit, get_language(), request)
    tree = cache.get(key)
    if tree is None:
        roots, comments = load_nodes(page)
        threads = [node for node in sort_threads(roots, sort) if node.shown]
        html = render_to_string(
            "discussion/tree.html",
            {"threads": threads[:limit], "max_level": settings.COMMENTS_XTD_MAX_THREAD_LEVEL},
        )
        tree = {
            "html": html,
            "count": visible_count(comments),
            "threads": len(threads),
            "more": len(threads) > limit,
        }
        cache.put(key, tree)
    return tree


# Messages about the discussion (a comment waiting, a report received) are shown in the discussion section,
# where the member is looking after the redirect, not at the top of the page.
MESSAGE_TAG = "discussion"
# The pages on which this member has a comment waiting for a moderator (kept in their session): only there
# is it worth a query to show them their own waiting comments.
WAITING_SESSION_KEY = "discussion_waiting_pages"


def remember_waiting(request, page) -> None:
    waiting = set(request.session.get(WAITING_SESSION_KEY, []))
    request.session[WAITING_SESSION_KEY] = sorted(waiting | {page.pk})


def own_waiting_comments(request, page) -> list:
    """This member's comments on this page that wait for a moderator (shown to them alone)."""
    session = getattr(request, "session", None)
    if session is None or page.pk not in session.get(WAITING_SESSION_KEY, []):
        return []
    waiting = list(
        comments_for(page)
        .filter(user=request.user, is_public=False, is_removed=False)
        .order_by("submit_date")
    )
    if not waiting:  # approved or removed meanwhile: no more queries for this page
        session[WAITING_SESSION_KEY] = [pk for pk in session[WAITING_SESSION_KEY] if pk != page.pk]
    return waiting


class _SignedTimestamp(CommentSecurityForm):
    """comments-xtd's signed timestamp for a page (django_comments' own hash) without building the form,
    which deep-copies its fields: that cost more than the hash on every page a member may post on."""

    def __init__(self, target_object):  # the form's fields are never used: no super().__init__()
        self.target_object = target_object  # all that generate_security_data reads


def render_discussion(request, page, csrf_token=None) -> str:
    """The discussion section of a page as this visitor may see it. `csrf_token`: the page's own, when
    it has one already (one masked token serves every form on a page, as in one template)."""
    user = request.user
    if not can_read_discussion(user, page):
        count = comments_for(page).filter(VISIBLE).count()
        return render_to_string("discussion/closed.html", {"count": count}, request=request)
    sort, limit = requested_sort(request), requested_limit(request)
    tree = shared_tree(page, sort, limit, request)
    may_post = can_post_comment(user, page)
    # comments-xtd's signed timestamp: a form older than two hours, or forged, is refused.
    security = _SignedTimestamp(page).generate_security_data() if may_post else {}
    tree_html = fill_in_actions(request, page, tree, may_post, security)
    context = {
        "page": page,
        "page_url": page.get_url(request),  # with the request: its root paths, not a cache read of its own
        "count": tree["count"],
        "show_sorts": tree["threads"] > 1,
        "more": tree["more"],
        "next_limit": limit + settings.DISCUSSION_THREADS_PER_PAGE,
        "sort": sort,
        "sorts": SORTS,
        "sort_parameter": SORT_PARAMETER,
        "may_post": may_post,
        "waiting": own_waiting_comments(request, page) if user.is_authenticated else [],
        "notes": [message for message in get_messages(request) if MESSAGE_TAG in message.extra_tags.split()],
        "security": security,
    }
    if may_post and not (context["waiting"] or context["notes"] or settings.DEBUG):
        return _members_section(request, tree, context, tree_html, csrf_token)
    context["tree_html"] = mark_safe(tree_html)  # noqa: S308 - our templates' output
    return render_to_string("discussion/section.html", context, request=request)


def _members_section(request, tree, context, tree_html, csrf_token) -> str:
    """The section around the tree for a member who may post, with nothing waiting or to tell them: the same
    for every such member but for the CSRF token and the form's signed timestamp, so it is rendered once per
    kept tree (which is per page, sort, length and language) with stand-ins for those and for the tree."""
    if "members_section" not in tree:
        html = render_to_string(
            "discussion/section.html",
            {
                **context,
                "tree_html": TREE_STAND_IN,
                "csrf_token": CSRF_STAND_IN,
                "security": {
                    **context["security"],
                    "timestamp": TIMESTAMP_STAND_IN,
                    "security_hash": SECURITY_HASH_STAND_IN,
                },
            },
        )
        tree["members_section"] = html.split(TREE_STAND_IN)
    before, after = tree["members_section"]
    own = {
        CSRF_STAND_IN: str(csrf_token) if csrf_token else get_token(request),
        TIMESTAMP_STAND_IN: str(context["security"]["timestamp"]),
        SECURITY_HASH_STAND_IN: context["security"]["security_hash"],
    }
    for stand_in, value in own.items():
        before, after = before.replace(stand_in, value), after.replace(stand_in, value)
    return "".join((before, tree_html, after))


def fill_in_actions(request, page, tree, may_post, security) -> str:
    """This visitor's buttons under every comment: reply, like and report, or edit and delete their own;
    for moderators also hide (into the admin, which checks again)."""
    moderating = can_moderate(request.user)
    if not (may_post or moderating):  # the same for every reader: made once per tree and process
        if "html_without_actions" not in tree:
            tree["html_without_actions"] = ACTIONS_PLACEHOLDER.sub("", tree["html"])
        return tree["html_without_actions"]
    parts, slots = _split_at_placeholders(tree)
    viewer = request.user.pk
    liked = set()
    if may_post and slots and may_like_something(request.user):  # the like buttons' state: one query
        liked = set(
            CommentLike.objects.filter(user=request.user, comment_id__in=[slot[0] for slot in slots])
            .values_list("comment_id", flat=True)
            .order_by()
        )
    kind_html = _buttons_by_kind(request, may_post, moderating)

    def buttons(slot, own, likes) -> str:
        comment_id, _writer_id, can_reply, name = slot
        html = kind_html(own, can_reply, likes, bool(name))
        return html.replace(ID_STAND_IN, str(comment_id)).replace(NAME_STAND_IN, name)

    if moderating or settings.DEBUG:
        filled = list(parts)
        for index, slot in enumerate(slots):
            filled[2 * index + 1] = buttons(slot, slot[1] == viewer, slot[0] in liked)
    else:
        # Members' buttons are the same for all members except on their own and their liked comments: the
        # tree filled in for "none of them" is kept with it, and only those comments are filled in anew.
        if "members_parts" not in tree:
            members_parts = list(parts)
            for index, slot in enumerate(slots):
                members_parts[2 * index + 1] = buttons(slot, False, False)
            tree["members_parts"] = members_parts
        filled = tree["members_parts"]
        if theirs := [index for index, slot in enumerate(slots) if slot[1] == viewer or slot[0] in liked]:
            filled = list(filled)
            for index in theirs:
                slot = slots[index]
                filled[2 * index + 1] = buttons(slot, slot[1] == viewer, slot[0] in liked)
    html = "".join(filled)
    reply_to = request.GET.get("antwoord", "") if may_post else ""
    if reply_to and any(str(slot[0]) == reply_to and slot[2] for slot in slots):
        form = render_to_string(  # the reply form in place, without JavaScript
            "discussion/form.html",
            {
                "page": page,
                "parent_id": reply_to,
                "form_id": "reply-form",
                "security": security,
                "initial_text": _quote(request, reply_to) if request.GET.get(QUOTE_PARAMETER) else "",
            },
            request=request,
        )
        html = html.replace(REPLY_FORM_PLACEHOLDER.format(reply_to), form, 1)
    return html


def _split_at_placeholders(tree) -> tuple[list, list]:
    """The tree's HTML cut at its placeholders, once per kept tree: the parts (HTML, a slot left empty for
    the buttons, HTML, ...) and per placeholder (comment id, writer's user id, whether a reply may be nested
    under it, writer's name)."""
    if "parts" not in tree:
        pieces = ACTIONS_PLACEHOLDER.split(tree["html"])  # HTML and the four groups of each placeholder
        parts, slots = [pieces[0]], []
        for at in range(1, len(pieces), 5):
            comment_id, writer_id, can_reply, name = pieces[at : at + 4]
            slots.append((int(comment_id), int(writer_id) or None, can_reply == "1", name or ""))
            parts += ["", pieces[at + 4]]
        tree["parts"], tree["slots"] = parts, slots
    return tree["parts"], tree["slots"]


def _buttons_by_kind(request, may_post, moderating):
    """(own, can_reply, liked, named) -> that kind of comment's buttons with stand-ins for the comment id
    and the writer's name, rendered once per kind and request (or process, see _actions_html)."""
    rendered = {}

    def kind_html(own, can_reply, likes, named) -> str:
        if (own, can_reply, likes, named) not in rendered:
            rendered[own, can_reply, likes, named] = _actions_html(
                request,
                {
                    "comment_id": ID_STAND_IN,
                    "writer_name": NAME_STAND_IN if named else "",
                    "own": own,
                    "can_reply": can_reply,
                    "liked": likes,
                    "may_post": may_post,
                    "moderating": moderating,
                },
            )
        return rendered[own, can_reply, likes, named]

    return kind_html


def _actions_html(request, context) -> str:
    """One kind of comment's buttons, with stand-ins for the comment id and writer's name."""
    if context["moderating"] or settings.DEBUG:  # DEBUG: an edited template shows at once
        return render_to_string("discussion/actions.html", context, request=request)
    key = (get_language(), *context.values())  # the stand-ins, the kind of comment, whether they may post
    if key not in _KEPT_ACTIONS:
        _KEPT_ACTIONS[key] = render_to_string("discussion/actions.html", context)
    return _KEPT_ACTIONS[key]


def _quote(request, comment_id) -> str:
    """The comment replied to as a quote, from its stored text and as the access policy allows."""
    try:
        return quote_for(request.user, comment_id)
    except CommentRefused:
        return ""


def thread_position(page, comment) -> int:
    """How many threads (oldest first) a reader must load to see this comment: for permalinks."""
    roots, _comments = load_nodes(page)
    threads = [node for node in sort_threads(roots, DEFAULT_SORT) if node.shown]
    for index, node in enumerate(threads):
        if node.comment.thread_id == comment.thread_id:
            return index + 1
    return 1
