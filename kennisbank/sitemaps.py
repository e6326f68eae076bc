from django.contrib.sitemaps import Sitemap
from wagtail.contrib.sitemaps import Sitemap as WagtailSitemap

from articles.models import Author


class AuthorSitemap(Sitemap):
    changefreq = "monthly"

    def items(self):
        return Author.objects.filter(articles__live=True).distinct().only("slug")


class PageSitemap(WagtailSitemap):
    """Pages in sections of 5000 URLs, listed by the sitemap index: files stay small as content grows."""

    limit = 5000


SITEMAPS = {"pages": PageSitemap, "authors": AuthorSitemap}
