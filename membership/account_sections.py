"""Sections that other apps add to the member's account page.

Membership is the bottom layer and knows no other app; an app that keeps something of the member's (bookmarks,
follows) registers a section in its `AppConfig.ready()`:

    account_sections.register("bookmarks", order=40, template="articles/account_bookmarks.html",
                              context=bookmarks_context)

`context(request)` returns the template's context, or None to leave the section out for this member.
"""

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Section:
    name: str
    order: int
    template: str
    context: Callable  # request -> dict | None


@dataclass(frozen=True)
class RenderedSection:
    name: str
    template: str
    context: dict


_sections: dict[str, Section] = {}


def register(name: str, *, order: int, template: str, context: Callable) -> None:
    _sections[name] = Section(name=name, order=order, template=template, context=context)


def for_request(request) -> list[RenderedSection]:
    """The sections for this member, in order, each with its context."""
    rendered = []
    for section in sorted(_sections.values(), key=lambda s: (s.order, s.name)):
        context = section.context(request)
        if context is not None:
            rendered.append(RenderedSection(section.name, section.template, context))
    return rendered
