"""Errors the user can fix, shown as a notification with their FILE:LINE:COL lines."""

from __future__ import annotations

from textual.dom import DOMNode

from workplan_tui.errors import WorkplanError

MAX_LINES = 8  # a notification is a toast, not a report


def notify_error(node: DOMNode, error: WorkplanError, title: str) -> None:
    lines = [str(located) for located in error.errors]
    if len(lines) > MAX_LINES:
        lines = lines[:MAX_LINES] + [f"… and {len(lines) - MAX_LINES} more"]
    # markup=False: the lines quote file names and the user's own ids.
    node.notify("\n".join(lines), title=title, severity="error", timeout=12, markup=False)
