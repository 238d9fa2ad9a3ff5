"""Add or edit a standing activity of a theme, with its progress and achievement note."""

from __future__ import annotations

from textual.app import ComposeResult

from workplan_tui.locate import KeyPath
from workplan_tui.model import PROGRESS_STATUSES, Theme
from workplan_tui.plan_edit import EditSession, Outcome
from workplan_tui.ui.screens.forms.form_screen import FormScreen


class ActivityForm(FormScreen):
    """index None adds an activity at the end of the theme's list."""

    def __init__(self, theme: Theme, index: int | None = None) -> None:
        super().__init__()
        self.theme = theme
        self.index = index
        self.form_title = f"{'Edit' if index is not None else 'Add'} an activity of {theme.title}"

    def compose_fields(self) -> ComposeResult:
        activity = self.theme.activities[self.index] if self.index is not None else None
        yield self.field("text", "Activity", self.text_area(activity.text if activity else ""))
        statuses = [(status.replace("_", " "), status) for status in PROGRESS_STATUSES]
        yield self.field("status", "Progress", self.select(statuses, activity.status if activity else "planned"))
        yield self.field("note", "Achievement", self.text_input(activity.note if activity else "", "what was achieved"))

    def operation(self, session: EditSession, dry_run: bool) -> Outcome:
        text = str(self.value("text") or "")
        status = self.value("status") or "planned"
        note = self.text("note")
        if self.index is None:
            return session.add_activity(self.theme.id, text, status=status, note=note, dry_run=dry_run)
        return session.update_activity(self.theme.id, self.index, text=text, status=status, note=note, dry_run=dry_run)

    def error_prefix(self, session: EditSession) -> KeyPath:
        themes = [theme.id for theme in session.plan.themes]
        if self.theme.id not in themes:
            return ("themes",)
        at = themes.index(self.theme.id)
        index = self.index if self.index is not None else len(session.plan.themes[at].activities)
        return ("themes", at, "activities", index)
