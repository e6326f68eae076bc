"""The image a page is shared with: its own, else the site's default (SharingSettings), as a rendition in
the size of a large social-media card.

The default is kept in the cache per site: nearly every page falls back to it, and reading the setting
and its rendition would add queries to every page view. Saving the setting, an image or a rendition
forgets it (ArticlesConfig.ready connects forget_default_images).
"""

from django.core.cache import cache
from wagtail.models import Site

from .models import SharingSettings

SOCIAL_IMAGE_FILTER = "fill-1200x630"


def _key(site_id) -> str:
    return f"articles:default-social-image:{site_id}"


def rendition_data(image) -> dict:
    rendition = image.get_rendition(SOCIAL_IMAGE_FILTER)
    return {"url": rendition.url, "width": rendition.width, "height": rendition.height}


def default_image(site) -> dict | None:
    if site is None:
        return None
    data = cache.get(_key(site.pk))
    if data is None:
        image = SharingSettings.for_site(site).default_social_image
        data = rendition_data(image) if image is not None else {}
        cache.set(_key(site.pk), data, timeout=None)
    return data or None


def page_image(page, request) -> dict | None:
    """URL (as stored, often relative), width and height of the image to share this page with, if any."""
    if getattr(page, "social_image_id", None):
        return rendition_data(page.social_image)
    return default_image(Site.find_for_request(request))


def forget_default_images(**kwargs):
    cache.delete_many([_key(site_id) for site_id in Site.objects.values_list("pk", flat=True)])
