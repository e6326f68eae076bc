"""Reading the discussion: one query for all comments of a page, the tree built in Python, and the rendered
HTML cached per page, sort order and length (the stock tree template runs about two queries per comment)."""

from dataclasses import dataclass, field

from django.conf import settings
from django.core.cache import cache
from django.middleware.csrf import get_token
from django.template.loader import render_to_string
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django_comments.forms import CommentSecurityForm

from membership.access import can_post_comment, can_read_discussion

from .models import VISIBLE
from .service import comments_for, version

SORTS = {"oudste": "oldest", "nieuwste": "newest", "gewaardeerd": "most_liked"}
DEFAULT_SORT = "oudste"
CSRF_PLACEHOLDER = "<!--csrf-token-->"
CACHE_SECONDS = 3600  # well inside the security timestamp's two hours


@dataclass
class Node:
    comment: object
    children: list = field(default_factory=list)
    badge: str = ""
    badge_detail: str = ""

    @property
    def visible(self) -> bool:
        """Shown as written; a removed comment is still 'visible' as its placeholder."""
        return self.comment.is_public and not self.comment.hidden_by_reports

    @property
    def shown(self) -> bool:
        """Removed or hidden comments still hold their place when someone replied to them."""
        return self.visible or any(child.shown for child in self.children)


def load_nodes(page):
    """All comments of the page with their authors' profiles, in one query."""
    comments = list(
        comments_for(page).select_related("user", "user__author_profile").order_by("thread_id", "order")
    )
    author_user_ids = (
        set(page.specific.authors.values_list("user_id", flat=True))
        if hasattr(page.specific, "authors")
        else set()
    )
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


def requested_limit(request) -> int:
    step = settings.DISCUSSION_THREADS_PER_PAGE
    try:
        wanted = int(request.GET.get("meer", step))
    except ValueError:
        wanted = step
    return max(step, min(wanted, 100_000))


def discussion_context(request, page) -> dict:
    """What the page template needs: either the cached HTML of the discussion or the count and the
    Pro invitation. Nothing of a Pro page's discussion is rendered for people without access."""
    user = request.user
    if not can_read_discussion(user, page):
        count = comments_for(page).filter(VISIBLE).count()
        return {"discussion_closed": True, "discussion_count": count}
    sort = request.GET.get("reacties", DEFAULT_SORT)
    sort = sort if sort in SORTS else DEFAULT_SORT
    limit = requested_limit(request)
    reply_to = request.GET.get("antwoord", "")
    may_post = can_post_comment(user, page)
    own = user.pk if user.is_authenticated and comments_for(page).filter(user=user).exists() else 0
    key = f"discussion:{page.pk}:{version(page.pk)}:{sort}:{limit}:{int(may_post)}:{own}"
    html = None if reply_to else cache.get(key)
    if html is None:
        html = render_discussion(request, page, sort, limit, may_post, reply_to)
        if not reply_to:
            cache.set(key, html, CACHE_SECONDS)
    csrf = format_html('<input type="hidden" name="csrfmiddlewaretoken" value="{}">', get_token(request))
    return {"discussion_html": mark_safe(html.replace(CSRF_PLACEHOLDER, csrf))}  # noqa: S308


def render_discussion(request, page, sort, limit, may_post, reply_to) -> str:
    roots, comments = load_nodes(page)
    threads = [node for node in sort_threads(roots, sort) if node.shown]
    return render_to_string(
        "articles/discussion/section.html",
        {
            "page": page,
            "threads": threads[:limit],
            "more": len(threads) > limit,
            "next_limit": limit + settings.DISCUSSION_THREADS_PER_PAGE,
            "count": visible_count(comments),
            "sort": sort,
            "sorts": SORTS,
            "may_post": may_post,
            "viewer": request.user,
            "reply_to": str(reply_to),
            "max_level": settings.COMMENTS_XTD_MAX_THREAD_LEVEL,
            "csrf_placeholder": mark_safe(CSRF_PLACEHOLDER),  # noqa: S308
            "page_url": page.url,
            # comments-xtd's signed timestamp: a form older than two hours, or forged, is refused.
            "security": CommentSecurityForm(page).generate_security_data(),
        },
    )


def thread_position(page, comment) -> int:
    """How many threads (oldest first) a reader must load to see this comment: for permalinks."""
    roots, _comments = load_nodes(page)
    threads = [node for node in sort_threads(roots, DEFAULT_SORT) if node.shown]
    for index, node in enumerate(threads):
        if node.comment.thread_id == comment.thread_id:
            return index + 1
    return 1
