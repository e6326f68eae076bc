"""Which page led to a Pro sign-up, as Ghost attributes a paid sign-up to the post that led to it.

The paywall's invitation links to the Pro page with `?via=<page id>`; the Pro page remembers that id in the
session, the checkout carries it to Stripe in the subscription's metadata, and the subscription row keeps it.
Only a page id: membership does not know pages, and nothing about the reader is recorded."""

SESSION_KEY = "pro_source_page"
QUERY_PARAMETER = "via"
METADATA_KEY = "source_page_id"
_LARGEST_ID = 2**31 - 1  # the largest value a PositiveIntegerField holds on every database


def parse_page_id(value) -> int | None:
    """A page id from a URL or Stripe's metadata, or None for anything that is not one."""
    text = str(value or "")
    if not text.isascii() or not text.isdigit() or len(text) > 10:
        return None
    number = int(text)
    return number if 0 < number <= _LARGEST_ID else None


def remember_source(request):
    """On the Pro page: a valid `?via=` replaces the remembered page; anything else leaves it as it was."""
    page_id = parse_page_id(request.GET.get(QUERY_PARAMETER))
    if page_id is not None:
        request.session[SESSION_KEY] = page_id


def remembered_source(request) -> int | None:
    return parse_page_id(request.session.get(SESSION_KEY))


def checkout_metadata(user, source_page_id: int | None) -> dict[str, str]:
    metadata = {"user_id": str(user.pk)}
    if source_page_id is not None:
        metadata[METADATA_KEY] = str(source_page_id)
    return metadata


def source_from_metadata(metadata) -> int | None:
    return parse_page_id((metadata or {}).get(METADATA_KEY))
