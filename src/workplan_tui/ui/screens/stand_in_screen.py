"""Whom a substitute stands in for at this meeting: the members not present, by label."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from workplan_tui.attendance import Attendance, mark_of
from workplan_tui.model import Plan

NOBODY = ""  # the option "nobody": the substitute stands in for no one


class StandInScreen(ModalScreen[str | None]):
    """Dismissed with a member id, NOBODY, or None (escape: nothing changes)."""

    BINDING_GROUP_TITLE = "Substitute"
    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, plan: Plan, label: str, choices: list[str], attendance: Attendance, current: str | None) -> None:
        super().__init__()
        self._plan = plan
        self._label = label
        self._choices = choices
        self._attendance = attendance
        self._current = current

    def compose(self) -> ComposeResult:
        labels = {member.id: member.label for member in self._plan.members}
        options = [Option(Text("nobody", style="dim"), id="-nobody")]
        for member_id in self._choices:
            text = Text(labels[member_id])
            if mark_of(self._attendance, member_id) == "apologies":
                text.append("  sent apologies", style="dim")
            options.append(Option(text, id=member_id))
        with Vertical(id="stand-in-frame", classes="dialog") as frame:
            frame.border_title = Text(f"{self._label} stands in for…").plain
            frame.border_subtitle = "enter chooses · escape cancels"
            yield OptionList(*options, id="stand-in-list")

    def on_mount(self) -> None:
        choices = self.query_one(OptionList)
        if self._current in self._choices:
            choices.highlighted = self._choices.index(self._current) + 1
        choices.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        option_id = event.option.id
        self.dismiss(NOBODY if option_id == "-nobody" else option_id)

    def action_cancel(self) -> None:
        self.dismiss(None)
