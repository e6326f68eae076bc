"""Which page types search indexes, and which edits elsewhere change their documents.

Search does not import the apps whose pages it indexes; the site registers them (kennisbank/apps.py):

    register_page_type(ArticlePage, kind=ARTICLE)
    register_dependency(Author, lambda author: author.articles.all())
"""

from collections.abc import Callable, Iterable

_page_types: dict[type, dict] = {}
_dependencies: dict[type, Callable] = {}
_listeners: list[Callable] = []


def on_register(listener: Callable) -> None:
    """Call `listener(model)` for every registered model, now and for those registered later."""
    _listeners.append(listener)
    for model in [*_page_types, *_dependencies]:
        listener(model)


def register_page_type(model, *, kind: str, related_pages: Callable | None = None) -> None:
    """Index live pages of this type as `kind`; `related_pages(page)` gives pages whose documents show
    something of this page (an article shows its topics' titles), reindexed with it."""
    _page_types[model] = {"kind": kind, "related_pages": related_pages}
    for listener in _listeners:
        listener(model)


def register_dependency(model, related_pages: Callable) -> None:
    """An edit of this model (an author, a theme) changes the documents of `related_pages(instance)`."""
    _dependencies[model] = related_pages
    for listener in _listeners:
        listener(model)


def page_models() -> list[type]:
    return list(_page_types)


def kind_of(page) -> str | None:
    for model, options in _page_types.items():
        if isinstance(page, model):
            return options["kind"]
    return None


def is_indexed_model(model) -> bool:
    return any(issubclass(model, indexed) for indexed in _page_types)


def _ids(pages: Iterable) -> set[int]:
    return {page if isinstance(page, int) else page.pk for page in pages}


def related_page_ids(instance) -> set[int]:
    """Pages whose documents change when this page or object changes."""
    for model, options in _page_types.items():
        if isinstance(instance, model) and options["related_pages"]:
            return _ids(options["related_pages"](instance))
    for model, related_pages in _dependencies.items():
        if isinstance(instance, model):
            return _ids(related_pages(instance))
    return set()


def is_dependency(instance) -> bool:
    return any(isinstance(instance, model) for model in _dependencies)
