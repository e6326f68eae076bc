"""Following a topic or an author: the buttons' endpoint and the list on the member's account page."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from . import follows
from .follows import Follow
from .models import Author, TopicPage

KINDS = {"onderwerp": "topic", "auteur": "author"}


def _followed_item(kind, pk):
    if kind == "onderwerp":
        return TopicPage.objects.live().public().filter(pk=pk).first()
    if kind == "auteur":
        return Author.objects.filter(pk=pk).first()
    return None


@never_cache
@require_POST
def follow(request, kind, pk):
    """`action=follow` or `action=unfollow`; back to the topic or author page either way."""
    item = _followed_item(kind, pk)
    if item is None:
        raise Http404
    item_url = item.url if kind == "onderwerp" else item.get_absolute_url()
    if not request.user.is_authenticated:
        return redirect(f"{reverse('account_login')}?{urlencode({'next': item_url})}")
    target = {KINDS[kind]: item}
    if request.POST.get("action") == "unfollow":
        follows.unfollow(request.user, **target)
        messages.success(request, _("You no longer follow %(name)s.") % {"name": item})
    else:
        follows.follow(request.user, **target)
        messages.success(request, _("You now follow %(name)s.") % {"name": item})
    if request.POST.get("back") == "account":
        return redirect(f"{reverse('account_overview')}#account-follows")
    return redirect(item_url)


def account_follows_context(request):
    """What the member follows, for the account page: one query however many."""
    follows = (
        Follow.objects.filter(user=request.user).select_related("topic", "author").order_by("created_at")
    )
    items = []
    for follow in follows:
        if follow.topic_id and follow.topic.live:
            topic = follow.topic
            items.append({"name": topic.title, "url": topic.url, "kind": "onderwerp", "pk": topic.pk})
        elif follow.author_id:
            author = follow.author
            items.append(
                {"name": author.name, "url": author.get_absolute_url(), "kind": "auteur", "pk": author.pk}
            )
    return {"items": items}
