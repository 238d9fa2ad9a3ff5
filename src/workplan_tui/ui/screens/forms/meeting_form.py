"""Add or edit a meeting (id, date, kind, title); milestones and actions refer to it by id."""

from __future__ import annotations

from textual.app import ComposeResult

from workplan_tui.locate import KeyPath
from workplan_tui.model import MEETING_KINDS, Meeting
from workplan_tui.plan_edit import EditSession, Outcome
from workplan_tui.ui.screens.forms.form_screen import FormScreen


class MeetingForm(FormScreen):
    collection = "meetings"

    def __init__(self, meeting: Meeting | None = None) -> None:
        super().__init__()
        self.meeting = meeting
        self.form_title = "Edit meeting" if meeting else "Add a meeting"

    def compose_fields(self) -> ComposeResult:
        meeting = self.meeting
        yield self.field("id", "Id", self.text_input(meeting.id if meeting else "", "lower-case, e.g. board-2023-06"))
        yield self.field("date", "Date", self.text_input(meeting.date if meeting else "", "YYYY-MM-DD"))
        kinds = [(kind.replace("_", " "), kind) for kind in MEETING_KINDS]
        yield self.field("kind", "Kind", self.select(kinds, meeting.kind if meeting else "board"))
        yield self.field("title", "Title", self.text_input(meeting.title if meeting else "", "e.g. Board: annual work plan"))

    def operation(self, session: EditSession, dry_run: bool) -> Outcome:
        fields = {"id": self.text("id"), "date": self.value("date"), "kind": self.value("kind"), "title": self.text("title") or None}
        meeting = self.meeting
        before = {"id": meeting.id, "date": meeting.date, "kind": meeting.kind, "title": meeting.title or None} if meeting else None
        return self.add_or_update(session, fields, before, dry_run)

    def error_prefix(self, session: EditSession) -> KeyPath:
        return self.item_path([meeting.id for meeting in session.plan.meetings], self.meeting.id if self.meeting else None)
