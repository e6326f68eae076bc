from datetime import datetime, time

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.translation import gettext_lazy as _

from membership.access import public_can_read_full

from .models import ArticlePage, card_prefetches


class DutchRssFeed(Rss201rev2Feed):
    content_type = "application/rss+xml; charset=utf-8"


class ArticleFeed(Feed):
    """The latest articles. A feed is public, so it carries what an anonymous visitor may read.

    One instance (in kennisbank/urls.py) serves every request, in every thread, so it keeps nothing about
    a request: get_object() hands the request to items(), which builds each link for that request."""

    feed_type = DutchRssFeed
    title = _("Kennisbank: new articles")
    link = "/artikelen/"
    description = _("Practical articles for managers, trainers and consultants.")
    language = "nl"
    description_template = "articles/feed_description.html"

    def get_object(self, request, *args, **kwargs):
        return request

    def items(self, request):
        articles = list(
            ArticlePage.objects.live()
            .public()
            .order_by("-publication_date", "-pk")
            .prefetch_related(*card_prefetches())[:30]
        )
        for article in articles:
            article.feed_link = article.get_url(request=request)
        return articles

    def item_title(self, item):
        return item.title

    def item_link(self, item):
        return item.feed_link

    def item_pubdate(self, item):
        return timezone.make_aware(datetime.combine(item.publication_date, time(8, 0)))

    def item_author_name(self, item):
        return ", ".join(author.name for author in item.authors.all())

    def item_categories(self, item):
        return [topic.title for topic in item.topics.all()]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["can_read_full"] = public_can_read_full(kwargs["item"])
        return context
