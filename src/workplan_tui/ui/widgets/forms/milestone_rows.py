"""A project's milestones in its form: one row each, due at a meeting (chosen from the
plan's meetings) or on a date; rows are added and removed in place."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, Unpack

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.widgets import Button, Input, Select, Static

from workplan_tui.ui.textual_types import WidgetOptions

Typed = Callable[[str], Any]  # form_screen.typed, passed in: form_screen imports this module


class MilestoneRow(Vertical):
    def __init__(self, meetings: list[tuple[str, str]], milestone: dict[str, Any]) -> None:
        super().__init__(classes="milestone")
        self._meetings = meetings
        self._milestone = milestone
        self.error = Static("", classes="field-error")
        self.error.display = False

    def compose(self) -> ComposeResult:
        at = self._milestone.get("at") or None
        with Horizontal(classes="milestone-row"):
            yield Select(
                [(Text(label), key) for label, key in self._meetings],
                value=at if at in {key for _, key in self._meetings} else Select.NULL,
                prompt="on a date",
                compact=True,
                classes="milestone-at",
            )
            date = self._milestone.get("date")
            yield Input(str(date) if date else "", placeholder="YYYY-MM-DD", compact=True, classes="milestone-date")
            yield Input(self._milestone.get("what", ""), placeholder="what is due", compact=True, classes="milestone-what")
            yield Button("✕", compact=True, classes="milestone-remove", tooltip="Remove this milestone")
        yield self.error

    def on_mount(self) -> None:
        self._show_date()

    def on_select_changed(self, event: Select.Changed) -> None:
        self._show_date()  # the event goes on to the form, which validates

    def _show_date(self) -> None:
        # A milestone is due at a meeting or on a date, never both: the date field is for the second.
        self.query_one(".milestone-date", Input).display = self.query_one(".milestone-at", Select).is_blank()

    def value(self, typed: Typed) -> dict[str, Any]:
        at = self.query_one(".milestone-at", Select)
        fields: dict[str, Any] = {}
        if not at.is_blank():
            fields["at"] = at.value
        else:
            date = typed(self.query_one(".milestone-date", Input).value)
            if date is not None:
                fields["date"] = date
        fields["what"] = self.query_one(".milestone-what", Input).value.strip()
        return fields


class MilestoneRows(Vertical):
    class Changed(Message):
        """A row was added or removed."""

    def __init__(self, meetings: list[tuple[str, str]], milestones: list[dict[str, Any]], **options: Unpack[WidgetOptions]) -> None:
        super().__init__(**options)
        self._meetings = meetings
        self._initial = milestones

    def compose(self) -> ComposeResult:
        for milestone in self._initial:
            yield MilestoneRow(self._meetings, milestone)
        yield Button("+ milestone", compact=True, id="add-milestone")

    @property
    def rows(self) -> list[MilestoneRow]:
        # A row being added is in the DOM before its fields are: a check run meanwhile skips it.
        return [row for row in self.query(MilestoneRow) if row.is_mounted]

    def values(self, typed: Typed) -> list[dict[str, Any]]:
        return [row.value(typed) for row in self.rows]

    def error_lines(self) -> dict[str, Static]:
        return {f"milestones.{index}": row.error for index, row in enumerate(self.rows)}

    async def add_row(self, milestone: dict[str, Any] | None = None) -> MilestoneRow:
        row = MilestoneRow(self._meetings, milestone or {})
        await self.mount(row, before=self.query_one("#add-milestone"))
        self.post_message(self.Changed())
        return row

    async def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "add-milestone":
            row = await self.add_row()
            row.query_one(".milestone-at", Select).focus()
        elif event.button.has_class("milestone-remove"):
            await event.button.query_ancestor(MilestoneRow).remove()
            self.post_message(self.Changed())


def milestone_dicts(milestones: Any) -> list[dict[str, Any]]:
    """Model milestones as the rows' dicts (empty keys left out), to compare with what is typed."""
    result = []
    for milestone in milestones:
        fields: dict[str, Any] = {}
        if milestone.at:
            fields["at"] = milestone.at
        if isinstance(milestone.date, dt.date):
            fields["date"] = milestone.date
        fields["what"] = milestone.what
        result.append(fields)
    return result
