"""What search engines and social media read in a page's head: meta description, sharing image, canonical
address, noindex and structured data, built from public fields only (title, teaser, dates, names, the
editors' chosen image)."""

from django.templatetags.static import static

from articles import sharing
from kennisbank.site_address import absolute_url

PRO_BODY_SELECTOR = ".pro-body"


def meta_description(page) -> str:
    """The editor's search description, else the public teaser, else the introduction. Never a Pro body."""
    if page.search_description:
        return page.search_description
    if hasattr(page, "teaser_text"):
        return page.teaser_text()
    return getattr(page, "intro", "") or ""


def social_meta(page, request) -> dict:
    """The canonical address, noindex and the sharing image (the page's own, else the site's default)."""
    image = sharing.page_image(page, request)
    return {
        "canonical": getattr(page, "canonical_url", "") or page.get_full_url(request),
        "noindex": getattr(page, "noindex", False),
        "image_url": absolute_url(image["url"]) if image else "",
        "image_width": image["width"] if image else None,
        "image_height": image["height"] if image else None,
    }


def page_structured_data(page, request, authors=()) -> dict | None:
    """schema.org data for an article or topic; Pro pages are marked as not free with their Pro part.

    `authors` come from the page's context, which reads them the way a preview also can."""
    kind = {"articlepage": "Article", "topicpage": "Article"}.get(page.specific_class._meta.model_name)
    if kind is None:
        return None
    data = {
        "@context": "https://schema.org",
        "@type": kind,
        "headline": page.title,
        "description": page.teaser_text(),
        "url": page.get_full_url(request),
        "mainEntityOfPage": page.get_full_url(request),
        "inLanguage": "nl",
        "isAccessibleForFree": not page.is_pro,
        "publisher": {
            "@type": "Organization",
            "name": "Kennisbank",
            "logo": {"@type": "ImageObject", "url": absolute_url(static("img/logo.svg"))},
        },
    }
    if date := getattr(page, "publication_date", None):
        data["datePublished"] = date.isoformat()
    if date := getattr(page, "last_reviewed", None):
        data["dateModified"] = date.isoformat()
    if authors:
        data["author"] = [
            {
                "@type": "Person",
                "name": author.name,
                "url": absolute_url(author.get_absolute_url()),
            }
            for author in authors
        ]
    if page.is_pro:
        data["hasPart"] = {
            "@type": "WebPageElement",
            "isAccessibleForFree": False,
            "cssSelector": PRO_BODY_SELECTOR,
        }
    return data
