"""Wagtail page-editor form data, as the admin's forms submit it, for tests that post to the page editor."""

from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

MARK = "Ongepubliceerde zin uit het formulier"
BODY_MARK = "Alinea die alleen in het formulier staat"  # in the StreamField body, apart from the other fields


def article_form(author, topic, title):
    return {
        "title": title,
        "slug": "concept-over-borging",
        "lead": f"{MARK} (inleiding).",
        "authors": [str(author.pk)],
        "publication_date": "01-11-2026",
        "topics": [str(topic.pk)],
        "body": streamfield([("paragraph", rich_text(f"<p>{BODY_MARK}.</p>"))]),
    }


def topic_form(topic, title):
    return {
        "title": title,
        "slug": "concept-onderwerp",
        "theme": str(topic.theme_id),
        "summary": "Een samenvatting van één regel.",
        "teaser": f"{MARK} (teaser).",
        "body": streamfield([("what_works", rich_text(f"<p>{BODY_MARK}.</p>"))]),
        "last_reviewed": "01-11-2026",
        "related_articles": inline_formset([]),
    }


def home_form(topic, title):
    return {
        "title": title,
        "slug": "home",
        "intro": f"{MARK} (intro).",
        "featured_topics": inline_formset([{"topic": str(topic.pk), "ORDER": "1"}]),
    }


def index_form(title, slug):
    return {"title": title, "slug": slug, "intro": f"{MARK} (intro)."}


def form_data(fields):
    """Flat POST data for the page editor from nested fields (StreamField, inline panels, multi-selects)."""
    choices = {name: value for name, value in fields.items() if isinstance(value, list)}  # multi-selects
    nested = {name: value for name, value in fields.items() if name not in choices}
    return {**nested_form_data({"comments": inline_formset([]), **nested}), **choices}
