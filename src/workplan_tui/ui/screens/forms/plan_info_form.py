"""The plan itself: title, board, cycle and the period it covers."""

from __future__ import annotations

from textual.app import ComposeResult

from workplan_tui.locate import KeyPath
from workplan_tui.model import PLAN_STATUSES, PlanInfo
from workplan_tui.plan_edit import EditSession, Outcome
from workplan_tui.ui.screens.forms.form_screen import FormScreen

KEYS = ("title", "board", "cycle", "start", "end", "status")


class PlanInfoForm(FormScreen):
    form_title = "Plan details"

    def __init__(self, info: PlanInfo) -> None:
        super().__init__()
        self.info = info

    def compose_fields(self) -> ComposeResult:
        info = self.info
        yield self.field("title", "Title", self.text_input(info.title))
        yield self.field("board", "Board", self.text_input(info.board))
        yield self.field("cycle", "Cycle", self.text_input(info.cycle, "e.g. 2023/24"))
        yield self.field("start", "Start", self.text_input(info.start, "YYYY-MM-DD"))
        yield self.field("end", "End", self.text_input(info.end, "YYYY-MM-DD"))
        statuses = [(status, status) for status in PLAN_STATUSES]
        yield self.field("status", "Status", self.select(statuses, info.status))

    def operation(self, session: EditSession, dry_run: bool) -> Outcome:
        fields = {key: self.text(key) for key in ("title", "board", "cycle")}
        fields |= {key: self.value(key) for key in ("start", "end", "status")}
        changed = {key: value for key, value in fields.items() if value != getattr(self.info, key)}
        return session.update_plan(dry_run=dry_run, **changed)

    def error_prefix(self, session: EditSession) -> KeyPath:
        return ("plan",)
