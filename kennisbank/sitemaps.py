from django.contrib.sitemaps import Sitemap
from wagtail.contrib.sitemaps import Sitemap as WagtailSitemap

from articles.models import Author


class AuthorSitemap(Sitemap):
    changefreq = "monthly"

    def items(self):
        return Author.objects.filter(articles__live=True).distinct().only("slug")


SITEMAPS = {"pages": WagtailSitemap, "authors": AuthorSitemap}
