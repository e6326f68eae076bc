"""The site's own address, in one place: SITE_URL (production), or what `make run` sets from PORT.

Django keeps it as WAGTAILADMIN_BASE_URL; Wagtail's Site record (for page.full_url: canonical, og:url,
JSON-LD, the sitemap) and Django's Site (allauth's mails) are brought in line with it after every migrate,
so no absolute link depends on the Host header of whoever asked."""

from urllib.parse import urlsplit

from django.conf import settings

from kennisbank import page_cache


def site_url() -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def absolute_url(path: str) -> str:
    """A path on this site as a full URL; a URL that is already absolute (media on a CDN) stays as it is."""
    if urlsplit(path).scheme:
        return path
    return f"{site_url()}{path}"


def host_and_port() -> tuple[str, int]:
    parts = urlsplit(site_url())
    return parts.hostname or "localhost", parts.port or (443 if parts.scheme == "https" else 80)


def sync_site_records(**kwargs):
    """post_migrate: the default Wagtail Site and Django's Site say the configured address."""
    from django.contrib.sites.models import Site as DjangoSite
    from wagtail.models import Site

    hostname, port = host_and_port()
    Site.objects.filter(is_default_site=True).exclude(hostname=hostname, port=port).update(
        hostname=hostname, port=port
    )
    domain = hostname if port in (80, 443) else f"{hostname}:{port}"
    DjangoSite.objects.filter(pk=settings.SITE_ID).exclude(domain=domain).update(
        domain=domain, name="Kennisbank"
    )
    DjangoSite.objects.clear_cache()
    page_cache.renew()  # update() sends no signal: running processes drop the site and pages they keep
