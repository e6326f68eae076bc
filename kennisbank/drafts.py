"""Drafts that Wagtail's autosave made from a new-page form that its editor then left.

Autosave creates the page as soon as the editor types in a new-page form. Leaving the form leaves that
draft behind, and its slug blocks the next attempt at the same title. Such a draft is marked
(`AutosavedDraft`) until the editor saves, submits or publishes it on purpose. A marked draft that no
editor has open is abandoned: the same editor starting the same page again takes its place at once, and
the scheduler deletes the rest after a day (`delete_abandoned_drafts`).
"""

import datetime

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from wagtail.admin.models import EditingSession
from wagtail.models import Page

from kennisbank.models import AutosavedDraft

# An open editor pings its editing session every few seconds (a browser may slow a hidden tab to once a
# minute); a closed one ends the session.
IN_USE = datetime.timedelta(minutes=2)
ABANDONED_AFTER = datetime.timedelta(days=1)


def is_autosave(request) -> bool:
    """Autosave posts the form in the background and asks for JSON; an editor's click asks for a page."""
    return not request.accepts("text/html")


def mark_autosaved(request, page):
    """after_create_page: a page created by autosave is marked until it is saved on purpose."""
    if is_autosave(request):
        AutosavedDraft.objects.get_or_create(page=page, defaults={"user": request.user})


def unmark_saved_on_purpose(request, page):
    """after_edit_page: saving, submitting or publishing by hand makes the draft intended."""
    if not is_autosave(request):
        AutosavedDraft.objects.filter(page=page).delete()


def abandoned(pages):
    """The marked, never-published pages among these that nobody has open in the editor."""
    in_use = EditingSession.objects.filter(
        content_type=ContentType.objects.get_for_model(Page),
        last_seen_at__gte=timezone.now() - IN_USE,
    ).values("object_id")
    marked = AutosavedDraft.objects.values("page_id")
    # A page submitted for approval was submitted on purpose, so it carries no mark.
    return pages.filter(pk__in=marked, live=False, first_published_at__isnull=True).exclude(
        pk__in=[int(pk) for pk in in_use.values_list("object_id", flat=True)]
    )


def make_way_for_a_new_page(request, parent_page, page_class):
    """before_create_page: a new-page form posting a slug that the same editor's abandoned draft holds
    replaces that draft (it is the same page started again), so the slug is free."""
    slug = request.POST.get("slug") if request.method == "POST" else None
    if not slug:
        return
    own = AutosavedDraft.objects.filter(user=request.user).values("page_id")
    for page in abandoned(parent_page.get_children().filter(slug=slug, pk__in=own)):
        page.delete()


def delete_abandoned_drafts(now=None) -> int:
    """Abandoned drafts nobody touched for a day; returns how many were deleted."""
    cutoff = (now or timezone.now()) - ABANDONED_AFTER
    stale = abandoned(Page.objects.filter(latest_revision_created_at__lt=cutoff))
    deleted = 0
    for page in stale:
        page.delete()
        deleted += 1
    return deleted
