"""Imports point one way (README, "Rooms and imports"): a test reads every module's imports and fails on one
that runs the wrong way, or on an import of our own code hidden inside a function to dodge a cycle."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Which of our packages each package may import. membership is the bottom layer.
ALLOWED = {
    "kennisbank": {"articles", "discussion", "membership", "search"},
    "articles": {"membership"},
    "discussion": {"membership"},
    "search": {"membership"},
    "membership": set(),
    "devtools": set(),  # development tools stand apart: nothing of the product imports them, nor they it
}
PACKAGES = set(ALLOWED)


def modules():
    for package in sorted(PACKAGES):
        for path in sorted((ROOT / package).rglob("*.py")):
            if "migrations" not in path.parts:
                yield package, path


def imported_packages(node, path):
    """Our top-level packages named by one import statement (relative imports stay in their package)."""
    if isinstance(node, ast.Import):
        names = [alias.name for alias in node.names]
    elif node.level:
        return set()
    else:
        names = [node.module or ""]
    return {name.split(".")[0] for name in names} & PACKAGES


def imports_in(path):
    tree = ast.parse(path.read_text(), filename=str(path))
    inside_functions = set()
    for function in ast.walk(tree):
        if isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
            inside_functions.update(
                id(node) for node in ast.walk(function) if isinstance(node, ast.Import | ast.ImportFrom)
            )
    for node in ast.walk(tree):
        if isinstance(node, ast.Import | ast.ImportFrom):
            yield node, id(node) in inside_functions


def test_imports_point_one_way():
    wrong = []
    for package, path in modules():
        for node, _inside in imports_in(path):
            for target in imported_packages(node, path) - ALLOWED[package] - {package}:
                wrong.append(f"{path.relative_to(ROOT)}:{node.lineno} {package} -> {target}")
    assert wrong == []


def test_no_import_of_our_code_hides_inside_a_function():
    """Only AppConfig.ready() may import late: models are not loaded before it runs."""
    hidden = []
    for _package, path in modules():
        if path.name == "apps.py":
            continue
        for node, inside in imports_in(path):
            if inside and (imported_packages(node, path) or getattr(node, "level", 0)):
                hidden.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert hidden == []


def test_the_check_sees_a_wrong_import(tmp_path):
    """The checks above would pass on nothing: make sure they read what they claim to read."""
    bad = tmp_path / "access.py"
    bad.write_text("from articles.models import ArticlePage\n\ndef f():\n    from .models import X\n")
    found = [(imported_packages(node, bad), inside) for node, inside in imports_in(bad)]
    assert ({"articles"}, False) in found
    assert (set(), True) in found
    assert sum(1 for _ in modules()) > 40
