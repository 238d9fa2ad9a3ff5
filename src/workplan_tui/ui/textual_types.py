"""What Textual types loosely, typed exactly once for the whole UI.

Textual types `node.app` as `App[object]`; in this package it is always the WorkplanApp,
and `workplan_app(node)` is the one cast that says so (as Posting casts `self.app`), so
panes, screens and widgets reach `plan`, `committed`, `editor` and `plan_path` typed.

`WidgetOptions` are the keyword arguments every Textual widget takes: a widget that keeps
state of its own takes `**options: Unpack[WidgetOptions]` and hands them on unchanged.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict, cast

from textual.message_pump import MessagePump

if TYPE_CHECKING:
    from workplan_tui.ui.app import WorkplanApp


class WidgetOptions(TypedDict, total=False):
    name: str | None
    id: str | None
    classes: str | None
    disabled: bool


def workplan_app(node: MessagePump) -> WorkplanApp:
    """The app this widget, screen or pane runs in."""
    return cast("WorkplanApp", node.app)
