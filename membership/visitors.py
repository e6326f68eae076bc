"""Whether a request comes from a person, rather than a crawler, a link preview, a script or a browser's
prefetch. Counts kept without personal data (search analytics, page reads) count only people."""

import re

# A simple check: honest crawlers, link previews and scripts say what they are.
BOT_USER_AGENT = re.compile(
    r"bot|crawl|spider|slurp|archiver|preview|facebookexternalhit|headless|lighthouse|"
    r"curl|wget|python-|httpx|java/|go-http|okhttp|libwww|scrapy|monitor",
    re.IGNORECASE,
)
PREFETCH_HEADERS = ("HTTP_SEC_PURPOSE", "HTTP_PURPOSE", "HTTP_X_PURPOSE", "HTTP_X_MOZ")


def is_person(request) -> bool:
    agent = request.META.get("HTTP_USER_AGENT", "")
    if not agent or BOT_USER_AGENT.search(agent):
        return False
    return not any(
        word in request.META.get(header, "").lower()
        for header in PREFETCH_HEADERS
        for word in ("prefetch", "prerender", "preview")
    )
