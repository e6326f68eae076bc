"""What each app keeps about a person, for the account's data download and deletion.

Membership is the bottom layer and knows no other app; each app that stores personal data registers how
to export it and how to erase it in its `AppConfig.ready()`:

    personal_data.register("comments", export=export_comments, erase=anonymise_comments)
"""

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Source:
    export: Callable  # user -> JSON-serialisable data
    erase: Callable  # user -> None; runs in the deletion's transaction, before the user row goes


_sources: dict[str, Source] = {}


def register(name: str, *, export: Callable, erase: Callable) -> None:
    _sources[name] = Source(export=export, erase=erase)


def export(user) -> dict:
    return {name: source.export(user) for name, source in sorted(_sources.items())}


def erase(user) -> None:
    for source in _sources.values():
        source.erase(user)
