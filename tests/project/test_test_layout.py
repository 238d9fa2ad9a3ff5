"""The tests themselves: each in its layer's folder, fixtures only in conftest.py, and no test
module importing another (shared plain helpers live in tests/helpers)."""

from __future__ import annotations

import ast
from pathlib import Path

from helpers.paths import TESTS

LAYERS = {"core", "cli", "ui", "project"}


def python_files() -> list[Path]:
    return [path for path in TESTS.rglob("*.py") if "data" not in path.relative_to(TESTS).parts]


def imported_modules(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_every_test_module_is_in_a_layer_folder():
    misplaced = [
        path.relative_to(TESTS).as_posix()
        for path in TESTS.rglob("test_*.py")
        if path.relative_to(TESTS).parts[0] not in LAYERS or len(path.relative_to(TESTS).parts) != 2
    ]
    assert misplaced == []


def test_no_module_of_the_tests_imports_a_test_module_or_a_conftest():
    offenders = {
        path.relative_to(TESTS).as_posix(): sorted(
            name for name in imported_modules(path) if name.split(".")[-1].startswith("test_") or name.split(".")[-1] == "conftest"
        )
        for path in python_files()
    }
    assert {name: modules for name, modules in offenders.items() if modules} == {}


def test_the_helpers_define_no_fixtures():
    # A fixture in a helper module would have to be imported to be found: what conftest.py is for.
    in_helpers = [path.name for path in (TESTS / "helpers").glob("*.py") if "pytest.fixture" in path.read_text(encoding="utf-8")]
    assert in_helpers == []
