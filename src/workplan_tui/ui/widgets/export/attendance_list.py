"""The meeting's attendance, ticked from the roster: one line per member, by label.

Space (or enter, or a click) on a member marks them present, then sending apologies, then
absent; on a substitute it asks whom they stand in for (StandInScreen). Nothing marked is
attendance not recorded. The rules (who may stand in for whom, what marking a member
present ends) are attendance.py's; this list only shows the marks and posts each change.
"""

from __future__ import annotations

from typing import Unpack

from rich.text import Text
from textual.binding import Binding
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from workplan_tui.attendance import (
    NOT_RECORDED,
    SUBSTITUTE_ROLE,
    Attendance,
    mark_of,
    marked,
    next_mark,
    stand_in_choices,
    standing_in,
)
from workplan_tui.model import Plan
from workplan_tui.ui.textual_types import WidgetOptions

MARK_WORDS = {"present": "present", "apologies": "apologies", "": "—"}
MARK_STYLES = {"present": "green", "apologies": "yellow", "": "dim"}
MARK_WIDTH = 10


class AttendanceList(OptionList):
    BINDING_GROUP_TITLE = "Attendance"
    BINDINGS = [
        Binding("space", "mark", "Mark attendance"),
        Binding("delete", "clear", "Attendance not recorded"),
    ]

    class Changed(Message):
        def __init__(self, attendance: Attendance) -> None:
            super().__init__()
            self.attendance = attendance

    def __init__(self, *, compact: bool = False, **options: Unpack[WidgetOptions]) -> None:
        super().__init__(compact=compact, **options)
        self.plan: Plan | None = None
        self.attendance: Attendance = NOT_RECORDED

    def show_plan(self, plan: Plan) -> None:
        """The plan's roster; marks of members no longer on it are dropped."""
        members = {member.id for member in plan.members}
        kept = self.attendance
        self.plan = plan
        self.attendance = Attendance(
            tuple(m for m in kept.present if m in members),
            tuple(m for m in kept.apologies if m in members),
            tuple(s for s in kept.substitutes if s.member in members and s.stands_for in members),
            recorded=kept.recorded,
        )
        highlighted = self.highlighted
        self.set_options([Option(self._prompt(member.id), id=member.id) for member in plan.members])
        if plan.members:
            self.highlighted = min(highlighted or 0, len(plan.members) - 1)
        self._title()

    def _prompt(self, member_id: str) -> Text:
        assert self.plan is not None
        labels = {member.id: member.label for member in self.plan.members}
        member = next(m for m in self.plan.members if m.id == member_id)
        text = Text()
        if member.role == SUBSTITUTE_ROLE:
            stands_for = self.attendance.standing_in.get(member_id)
            text.append(f"{'stands in' if stands_for else '—':<{MARK_WIDTH}}", style="cyan" if stands_for else "dim")
            text.append(member.label)  # Text: a label is the user's text, never markup
            text.append(f" for {labels[stands_for]}" if stands_for else "  (substitute)", style="" if stands_for else "dim")
            return text
        mark = mark_of(self.attendance, member_id)
        text.append(f"{MARK_WORDS[mark]:<{MARK_WIDTH}}", style=MARK_STYLES[mark])
        text.append(member.label)
        return text

    def _title(self) -> None:
        self.border_title = "Attendance" + ("" if self.attendance.recorded else " (not recorded)")
        self.border_subtitle = "space marks · del clears"

    def _changed(self, attendance: Attendance) -> None:
        self.attendance = attendance
        assert self.plan is not None
        for index, member in enumerate(self.plan.members):
            self.replace_option_prompt_at_index(index, self._prompt(member.id))
        self._title()
        self.post_message(self.Changed(attendance))

    def action_mark(self) -> None:
        if self.plan is None or self.highlighted is None:
            return
        member = self.plan.members[self.highlighted]
        if member.role == SUBSTITUTE_ROLE:
            self._ask_whom(member.id)
        else:
            self._changed(marked(self.attendance, member.id, next_mark(self.attendance, member.id)))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.action_mark()

    def action_clear(self) -> None:
        self._changed(NOT_RECORDED)

    def _ask_whom(self, substitute: str) -> None:
        from workplan_tui.ui.screens.stand_in_screen import StandInScreen

        assert self.plan is not None
        plan = self.plan
        choices = stand_in_choices(plan, self.attendance, substitute)
        label = next(m.label for m in plan.members if m.id == substitute)

        def chosen(member_id: str | None) -> None:
            if member_id is not None:  # None: escape, nothing changed
                self._changed(standing_in(self.attendance, substitute, member_id or None))

        current = self.attendance.standing_in.get(substitute)
        self.app.push_screen(StandInScreen(plan, label, choices, self.attendance, current), chosen)
