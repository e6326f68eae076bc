"""Admin form widgets for editorial content."""

from django import forms
from django.utils.html import format_html
from django.utils.translation import gettext, pgettext


class SearchableSelectMultiple(forms.SelectMultiple):
    """A multiple choice that editors search as they type, shown as the chosen items and one search box.

    It stays a plain <select multiple> underneath (what is posted, and what is validated, is Django's own);
    kennisbank/static/editor/picker.js turns it into a combobox. All options are in the page, so typing
    asks the server nothing: a few hundred authors or topics are a few kilobytes.
    """

    class Media:
        js = ["editor/picker.js"]
        css = {"all": ["editor/picker.css"]}

    def render(self, name, value, attrs=None, renderer=None):
        # Wrapped in Python rather than a template: widgets render with Django's form renderer, which does
        # not look in the project's templates folder.
        return format_html(
            '<div class="kb-picker" data-picker data-text-search="{}" data-text-remove="{}" '
            'data-text-none="{}" data-text-found="{}" data-text-chosen="{}">{}</div>',
            gettext("Type to search"),
            pgettext("remove a chosen item", "Remove"),
            gettext("Nothing found"),
            gettext("found"),
            gettext("Chosen"),
            super().render(name, value, attrs, renderer),
        )
