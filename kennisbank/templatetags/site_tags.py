import datetime
import json
from html import escape as xml_escape
from urllib.parse import urlencode

from django import template
from django.conf import settings
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe
from wagtail.models import Site

from articles.models import KnowledgeBasePage, Theme
from kennisbank import fragments, seo, site_address, site_lookups
from kennisbank.models import FOOTER_LINKS, SiteSettings
from membership import two_factor

register = template.Library()

# Same escaping as Django's json_script: nothing in the data can close the <script> element.
_JSON_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.simple_tag(takes_context=True)
def structured_data(context, page):
    data = seo.page_structured_data(page, context["request"], authors=context.get("article_authors", ()))
    if data is None:
        return ""
    payload = json.dumps(data, ensure_ascii=False).translate(_JSON_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(payload))  # noqa: S308


@register.simple_tag
def meta_description(page):
    return seo.meta_description(page)


@register.inclusion_tag("includes/social_meta.html", takes_context=True)
def social_meta(context, page):
    return seo.social_meta(page, context["request"])


def _menu_items(request) -> list:
    site = Site.find_for_request(request)
    return [] if site is None else site_lookups.main_menu_items(request, site)


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    request = context["request"]
    return {"request": request, "items": _menu_items(request), "current": context.get("page")}


@register.simple_tag(takes_context=True)
def menu_section(context) -> str:
    """The id of the menu's section this page is in ("" for none): all the menu depends on, but for the
    view's name (the authors' pages)."""
    current = context.get("page")
    for item in _menu_items(context["request"]):
        if is_section_of(item, current):
            return str(item.pk)
    return ""


def _footer_links(request) -> list[tuple[str, str]]:
    """(label, URL) of the pages the editors chose in the site settings (privacy statement, terms, ...)."""
    site = Site.find_for_request(request)
    if site is None:
        return []
    labels = dict(FOOTER_LINKS)
    return [
        (labels[name], url)
        for name, url in site_lookups.footer_links(request, SiteSettings.for_request(request))
    ]


@register.inclusion_tag("includes/footer_links.html", takes_context=True)
def footer_links(context):
    request = context["request"]
    return {"links": _footer_links(request), "current_path": request.path}


@register.simple_tag(takes_context=True)
def footer_link_here(context) -> str:
    """This page's URL if the footer links to it (it is marked there as the current page), else "": all the
    footer depends on besides the language and the generation."""
    request = context["request"]
    return request.path if any(url == request.path for _label, url in _footer_links(request)) else ""


@register.filter
def sitemap_urls(urlset):
    """A sitemap's <url> elements as Django's own sitemap.xml renders them, built in Python: 2000 entries
    through the template language took most of a second (and Python's own escape is several times cheaper
    than Django's lazy-aware one, for plain strings)."""
    zone = timezone.get_current_timezone()
    parts = []
    for url in urlset:
        parts.append(f"<url><loc>{xml_escape(url['location'])}</loc>")
        if lastmod := url.get("lastmod"):
            if isinstance(lastmod, datetime.datetime) and timezone.is_aware(lastmod):
                lastmod = lastmod.astimezone(zone)  # the day where the site is, as the `date` filter gives
            parts.append(f"<lastmod>{lastmod:%Y-%m-%d}</lastmod>")
        if url.get("changefreq"):
            parts.append(f"<changefreq>{escape(url['changefreq'])}</changefreq>")
        if url.get("priority"):
            parts.append(f"<priority>{escape(url['priority'])}</priority>")
        for alternate in url.get("alternates") or ():
            parts.append(
                format_html(
                    '<xhtml:link rel="alternate" hreflang="{}" href="{}"/>',
                    alternate["lang_code"],
                    alternate["location"],
                )
            )
        parts.append("</url>")
    return mark_safe("".join(parts))  # noqa: S308 -- every value above is escaped


@register.filter
def is_section_of(page, current):
    """Whether `current` is this menu page or lies below it (for aria-current)."""
    return current is not None and getattr(current, "path", "").startswith(page.path)


@register.inclusion_tag("includes/knowledge_base_themes.html", takes_context=True)
def knowledge_base_themes(context, heading):
    """The themes of the knowledge base, each a link to its part of /kennisbank/: a way on from a search
    that found nothing. Themes and topic titles are public."""
    knowledge_base = KnowledgeBasePage.objects.live().public().first()
    themes = []
    if knowledge_base is not None:
        themes = Theme.objects.filter(topics__live=True).distinct().order_by("sort_order", "name")
    return {
        "request": context.get("request"),
        "heading": heading,
        "knowledge_base": knowledge_base,
        "themes": themes,
    }


@register.simple_tag(takes_context=True)
def canonical_url(context):
    """This page's address without its query string, on the configured site address."""
    return site_address.absolute_url(context["request"].path)


@register.filter
def menu_label(page):
    """A section's name in the menu: the editors' Dutch title, or in English the section's English name,
    so that the menu does not mix "Artikelen" with "Authors"."""
    if translation.get_language() == settings.LANGUAGE_CODE:
        return page.title
    return getattr(page.specific_class, "menu_label", None) or page.title


@register.simple_tag(takes_context=True)
def safe_next_url(context):
    """The request's `next` if it stays on this site (for links that continue a flow), else ""."""
    return two_factor.safe_next(context["request"])


@register.simple_tag(takes_context=True)
def url_keeping_next(context, url_name):
    """A URL of ours that carries this request's safe `next` along."""
    target = two_factor.safe_next(context["request"])
    return reverse(url_name) + (f"?{urlencode({'next': target})}" if target else "")


@register.filter
def tagged(messages, tag):
    """The messages that carry this extra tag (a list: the storage may be read twice in one request)."""
    return [message for message in messages or () if tag in message.extra_tags.split()]


@register.filter
def untagged(messages, tag):
    return [message for message in messages or () if tag not in message.extra_tags.split()]


class SharedFragmentNode(template.Node):
    def __init__(self, name, values, nodelist):
        self.name, self.values, self.nodelist = name, values, nodelist

    def render(self, context):
        values = [value.resolve(context) for value in self.values]
        html = fragments.shared(
            context.get("request"), self.name, values, lambda: self.nodelist.render(context)
        )
        return mark_safe(html)  # noqa: S308 -- our templates' output


@register.tag
def shared_fragment(parser, token):
    """`{% shared_fragment "name" value ... %}...{% endshared_fragment %}`: rendered once for everyone
    per name, values, language and generation (kennisbank/fragments.py). Only what is the same for every
    visitor goes inside; what it depends on goes in the values."""
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError("shared_fragment needs a name")
    nodelist = parser.parse(("endshared_fragment",))
    parser.delete_first_token()
    return SharedFragmentNode(
        template.Variable(bits[1]).resolve({}), [parser.compile_filter(bit) for bit in bits[2:]], nodelist
    )
