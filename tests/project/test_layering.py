"""The core never imports Textual: the command line starts fast and is testable without a terminal."""

from __future__ import annotations

import ast
from pathlib import Path

import workplan_tui

PACKAGE = Path(workplan_tui.__file__).parent
UI_ONLY = {"ui", "commands/open_.py", "commands/serve.py"}


def imported_modules(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def core_files() -> list[Path]:
    files = []
    for path in PACKAGE.rglob("*.py"):
        relative = path.relative_to(PACKAGE).as_posix()
        if relative.split("/")[0] == "ui" or relative in UI_ONLY:
            continue
        files.append(path)
    return files


def test_there_is_a_core_to_check():
    names = {path.name for path in core_files()}
    assert {"model.py", "plan_io.py", "capacity.py", "errors.py", "cli.py"} <= names


def test_no_core_module_imports_textual():
    offenders = {
        path.relative_to(PACKAGE).as_posix(): sorted(m for m in imported_modules(path) if m.split(".")[0] in ("textual", "textual_serve", "textual_plotext", "rich"))
        for path in core_files()
    }
    assert {name: mods for name, mods in offenders.items() if mods} == {}


def test_no_core_module_imports_the_ui():
    offenders = [
        path.relative_to(PACKAGE).as_posix()
        for path in core_files()
        if any(m.startswith("workplan_tui.ui") for m in imported_modules(path))
    ]
    assert offenders == []
