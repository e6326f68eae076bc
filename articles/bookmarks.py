"""Bookmarks ("Bewaard"): members save articles and topics and find them again on their account.

What a saved page shows in a list is its title and public teaser only (`teaser_text`), with the access
policy's answer for the member: a Pro page they cannot read says so instead of offering its body. Pages
that are no longer live (or sit behind a view restriction) drop out of the lists, and come back when they
are published again.
"""

from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.db.models import Exists, OuterRef
from wagtail.models import Page

from membership.access import can_read_full
from membership.auth_backends import forget_fact, ruled_out

from .models import BOOKMARKABLE, Bookmark

LATEST_ON_ACCOUNT = 3
# A page id from a URL beyond this does not fit the database's column: nothing to look for.
MAX_PAGE_ID = 2**31 - 1
HAS_BOOKMARKS = "member_has_bookmarks"  # read with the signed-in member (apps.py)


@dataclass(frozen=True)
class SavedItem:
    bookmark: Bookmark
    page: Page  # the specific page, with its public teaser
    can_read_full: bool

    @property
    def kind(self) -> str:
        return self.page._meta.verbose_name


def saveable_pages():
    return Page.objects.live().public().type(*BOOKMARKABLE)


def saved_bookmarks(user):
    """The member's bookmarks of pages that are live and public, newest first."""
    return Bookmark.objects.filter(user=user, page__in=saveable_pages()).order_by("-created_at", "-pk")


def with_pages(user, bookmarks) -> list[SavedItem]:
    """The bookmarks with their specific pages: one query per saveable page type, however many there are."""
    bookmarks = list(bookmarks)
    ids = [bookmark.page_id for bookmark in bookmarks]
    pages = {}
    for model in BOOKMARKABLE:
        pages.update((page.pk, page) for page in model.objects.filter(pk__in=ids).defer_streamfields())
    return [
        SavedItem(bookmark, pages[bookmark.page_id], can_read_full(user, pages[bookmark.page_id]))
        for bookmark in bookmarks
        if bookmark.page_id in pages
    ]


def has_bookmarks():
    return Exists(Bookmark.objects.filter(user=OuterRef("pk")))


def is_saved(user, page) -> bool:
    if not user.is_authenticated:
        return False
    if ruled_out(user, HAS_BOOKMARKS):  # most members never save anything: no query on every page
        return False
    return Bookmark.objects.filter(user=user, page_id=page.pk).exists()


def save(user, page) -> None:
    """Saves the page for the member; saving it twice (a double click, two tabs) keeps one bookmark."""
    try:
        with transaction.atomic():
            Bookmark.objects.get_or_create(user=user, page=page)
    except IntegrityError:  # the same save in parallel won the race: the bookmark exists
        pass
    forget_fact(user, HAS_BOOKMARKS)


def remove(user, page_id: int) -> None:
    Bookmark.objects.filter(user=user, page_id=page_id).delete()
    forget_fact(user, HAS_BOOKMARKS)


def account_section(request) -> dict:
    """The account page's section (membership.account_sections): the latest few and how many in all."""
    bookmarks = saved_bookmarks(request.user)
    return {
        "items": with_pages(request.user, bookmarks[:LATEST_ON_ACCOUNT]),
        "total": bookmarks.count(),
    }


def export(user) -> list[dict]:
    """Every bookmark, also of pages no longer shown (membership.personal_data)."""
    return [
        {"page_id": page_id, "title": title, "saved_at": saved_at.isoformat()}
        for page_id, title, saved_at in Bookmark.objects.filter(user=user)
        .order_by("created_at", "pk")
        .values_list("page_id", "page__title", "created_at")
    ]


def erase(user) -> None:
    Bookmark.objects.filter(user=user).delete()
