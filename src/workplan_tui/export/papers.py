"""The documents `workplan export --to KIND` writes from templates, and what each is called.

One line per document: its kind (the `--to` name and the templates' file names,
`templates/papers/<kind>.md.j2` and `<kind>.docx`), the Board's name for it (the Export
pane's words), its context builder, `export/<kind>.py`'s `<kind>_context(plan, *, date=None)`:
everything the document says, as plain values a template (the package's or an officer's)
lays out; and what `workplan check` warns of for it (`warnings`, optional:
`(plan) -> [(key path, "W1xx", message)]`, a section the document would leave empty). The
functions are imported when they are used, not when the list is read.
"""

from __future__ import annotations

import datetime as dt
import importlib
from typing import Any

import attrs

from workplan_tui.errors import LocatedError
from workplan_tui.model import Plan

Warning = tuple[tuple[str | int, ...], str, str]  # (key path, "W101", message)


def _function(name: str) -> Any:
    module, _, function = name.partition(":")
    return getattr(importlib.import_module(module), function)


@attrs.frozen
class Kind:
    title: str  # the Board's name for the document: "Paper for direction"
    builder: str  # "module:function" of its context builder
    warnings: str = ""  # "module:function" of what `check` warns of; "": nothing

    def context(self, plan: Plan, *, date: dt.date | None = None) -> dict[str, Any]:
        context: dict[str, Any] = _function(self.builder)(plan, date=date)
        return context

    def gaps(self, plan: Plan) -> list[Warning]:
        return list(_function(self.warnings)(plan)) if self.warnings else []


KINDS: dict[str, Kind] = {
    "paper": Kind("Paper for direction", "workplan_tui.export.paper:paper_context", "workplan_tui.export.paper:paper_warnings"),
}


def document_warnings(plan: Plan, text: str, file: str) -> list[LocatedError]:
    """Every document's warnings for the plan (`text` read from `file`), each at the key that
    would fill the empty section, or the nearest table, or the top of the file."""
    warnings = [warning for kind in KINDS.values() for warning in kind.gaps(plan)]
    if not warnings:
        return []
    from workplan_tui.locate import locate

    where = locate(text)
    located = []
    for path, code, message in warnings:
        position = where.key(path)
        located.append(LocatedError(file, position.line, position.column, code, message, path=path))
    return located

