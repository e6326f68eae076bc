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
    """The latest articles. A feed is public, so it carries what an anonymous visitor may read."""

    feed_type = DutchRssFeed
    title = _("Kennisbank: new articles")
    link = "/artikelen/"
    description = _("Practical articles for managers, trainers and consultants.")
    language = "nl"
    description_template = "articles/feed_description.html"

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def items(self):
        return list(
            ArticlePage.objects.live()
            .public()
            .order_by("-publication_date", "-pk")
            .prefetch_related(*card_prefetches())[:30]
        )

    def item_title(self, item):
        return item.title

    def item_link(self, item):
        return item.get_url(request=self.request)

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
