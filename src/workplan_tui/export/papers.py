"""The documents `workplan export --to KIND` writes from templates, and what each is called.

One line per document: its kind (the `--to` name and the templates' file names,
`templates/papers/<kind>.md.j2` and `<kind>.docx`), the Board's name for it (the Export
pane's words) and its context builder, `export/<kind>.py`'s `<kind>_context(plan, *, date=None)`:
everything the document says, as plain values a template (the package's or an officer's)
lays out. The builders are imported when a document is made, not when the list is read.
"""

from __future__ import annotations

import datetime as dt
import importlib
from typing import Any

import attrs

from workplan_tui.model import Plan


@attrs.frozen
class Kind:
    title: str  # the Board's name for the document: "Paper for direction"
    builder: str  # "module:function" of its context builder

    def context(self, plan: Plan, *, date: dt.date | None = None, **options: Any) -> dict[str, Any]:
        """The document's context; `options` are the builder's own keywords (the report's next_plan)."""
        module, _, function = self.builder.partition(":")
        build = getattr(importlib.import_module(module), function)
        context: dict[str, Any] = build(plan, date=date, **options)
        return context


KINDS: dict[str, Kind] = {
    "paper": Kind("Paper for direction", "workplan_tui.export.paper:paper_context"),
    "report": Kind("End of year report", "workplan_tui.export.report:report_context"),
}

