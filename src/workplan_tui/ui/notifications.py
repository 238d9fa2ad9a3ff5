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


def refuse_if_changed_on_disk(node: DOMNode, title: str, what_next: str) -> bool:
    """True (and says so) when the plan file no longer holds the plan on screen: nothing derived
    from the plan on screen may then be written, or it would describe a plan that is gone."""
    app = node.app
    if not app.plan_changed_on_disk():  # type: ignore[attr-defined]
        return False
    node.notify(
        f"{app.plan_path.name} changed on disk since it was loaded; nothing written. Press r to reload it, {what_next}.",  # type: ignore[attr-defined]
        title=title,
        severity="error",
        timeout=15,
        markup=False,
    )
    return True
