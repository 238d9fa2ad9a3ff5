"""Errors the user can fix, shown as a notification with their FILE:LINE:COL lines."""

from __future__ import annotations

from typing import Any

from textual.app import App
from textual.widget import Widget

from workplan_tui.errors import WorkplanError
from workplan_tui.ui.textual_types import workplan_app

MAX_LINES = 8  # a notification is a toast, not a report


def notify_error(node: Widget | App[Any], error: WorkplanError, title: str) -> None:
    lines = [located.shown() for located in error.errors]
    if len(lines) > MAX_LINES:
        lines = lines[:MAX_LINES] + [f"… and {len(lines) - MAX_LINES} more"]
    # markup=False: the lines quote file names and the user's own ids.
    node.notify("\n".join(lines), title=title, severity="error", timeout=12, markup=False)


def refuse_if_changed_on_disk(node: Widget, title: str, what_next: str) -> bool:
    """True (and says so) when the plan file no longer holds the plan on screen: nothing derived
    from the plan on screen may then be written, or it would describe a plan that is gone."""
    app = workplan_app(node)
    if not app.plan_changed_on_disk():
        return False
    node.notify(
        f"{app.plan_name} changed on disk since it was loaded; nothing written. Press r to reload it, {what_next}.",
        title=title,
        severity="error",
        timeout=15,
        markup=False,
    )
    return True
