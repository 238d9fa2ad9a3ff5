"""The plan itself: title, board, cycle and the period it covers."""

from __future__ import annotations

from textual.app import ComposeResult

from workplan_tui.locate import KeyPath
from workplan_tui.model import PLAN_STATUSES, PlanInfo
from workplan_tui.period import Move, moves_into
from workplan_tui.plan_edit import EditSession, Outcome
from workplan_tui.ui.screens.forms.form_screen import FormScreen
from workplan_tui.ui.textual_types import workplan_app

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

    def changed_fields(self) -> dict[str, object]:
        fields = {key: self.text(key) for key in ("title", "board", "cycle")}
        fields |= {key: self.value(key) for key in ("start", "end", "status")}
        return {key: value for key, value in fields.items() if value != getattr(self.info, key)}

    def moves(self, session: EditSession) -> list[Move]:
        """The projects and meetings a new period by whole years moves into it (period.py)."""
        if "start" not in self.changed_fields() and "end" not in self.changed_fields():
            return []
        return moves_into(session.plan, self.value("start"), self.value("end"))

    def operation(self, session: EditSession, dry_run: bool) -> Outcome:
        changed = self.changed_fields()
        moves = self.moves(session)
        if moves:  # checked as you type with the moves; saving asks first (action_save)
            return session.update_plan_moving(changed, ((m.collection, m.id, m.fields) for m in moves), dry_run=dry_run)
        return session.update_plan(dry_run=dry_run, **changed)

    def action_save(self) -> None:
        session = workplan_app(self).editor.session()
        moves = self.moves(session) if session is not None else []
        if not moves:
            super().action_save()
            return
        from rich.text import Text

        from workplan_tui.period import span
        from workplan_tui.ui.screens.confirm_screen import ConfirmScreen

        start, end = self.value("start"), self.value("end")
        question = Text(f"The plan will cover {span((start, end))}. These fall outside it; move each into it by the same years?\n\n")
        for kind in ("projects", "meetings"):
            listed = [move for move in moves if move.collection == kind]
            if listed:
                question.append(f"{'Projects' if kind == 'projects' else 'Meetings'}\n", style="bold")
                for move in listed:
                    question.append(f"  {move.sentence()}\n")
        question.append("\nNo goes back to the form; nothing is saved.", style="dim")

        def answered(yes: bool | None) -> None:
            if yes:
                super(PlanInfoForm, self).action_save()

        self.app.push_screen(ConfirmScreen("Move the dates?", question, yes="Move and save"), answered)

    def error_prefix(self, session: EditSession) -> KeyPath:
        return ("plan",)
