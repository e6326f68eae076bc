from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import index as sitemap_index
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from articles import follow_views
from articles import views as article_views
from articles.feeds import ArticleFeed
from discussion import converters  # noqa: F401 -- registers <id:>, an id too long for the database is a 404

from .health import healthz, readyz
from .media_files import serve_media
from .sitemaps import SITEMAPS
from .views import admin_login, favicon, robots_txt, security_txt, switch_language

urlpatterns = [
    path("admin/login/", admin_login, name="admin_login"),
    path("admin/", include(wagtailadmin_urls)),
    path("documenten/", include(wagtaildocs_urls)),
    path("taal/", switch_language, name="set_language"),
    path("feed/", ArticleFeed(), name="article_feed"),
    path(
        "sitemap.xml",
        sitemap_index,
        {"sitemaps": SITEMAPS, "sitemap_url_name": "sitemap_section"},
        name="sitemap",
    ),
    path(
        "sitemap-<section>.xml",
        sitemap,
        {"sitemaps": SITEMAPS, "template_name": "kennisbank/sitemap.xml"},  # see site_tags.sitemap_urls
        name="sitemap_section",
    ),
    path("robots.txt", robots_txt, name="robots_txt"),
    path("favicon.ico", favicon, name="favicon"),
    path(".well-known/security.txt", security_txt, name="security_txt"),
    path("healthz/", healthz, name="healthz"),
    path("readyz/", readyz, name="readyz"),
    path("", include("membership.urls")),
    path("", include("discussion.urls")),
    path("", include("articles.urls")),
    path("account/", include("allauth.urls")),
    path("auteurs/", article_views.author_list, name="author_list"),
    path("auteurs/<slug:slug>/", article_views.author_detail, name="author_detail"),
    path("volgen/<str:kind>/<id:pk>/", follow_views.follow, name="follow"),
    path("zoeken/", include("search.urls")),
    re_path(r"^media/(?P<folder>[a-z]+)/(?P<path>.+)$", serve_media, name="media_file"),
]

urlpatterns.append(path("", include(wagtail_urls)))

handler500 = "kennisbank.views.server_error"
