"""Add or edit a theme (its id and title; its activities have their own form)."""

from __future__ import annotations

from textual.app import ComposeResult

from workplan_tui.locate import KeyPath
from workplan_tui.model import Theme
from workplan_tui.plan_edit import EditSession, Outcome
from workplan_tui.ui.screens.forms.form_screen import FormScreen


class ThemeForm(FormScreen):
    collection = "themes"

    def __init__(self, theme: Theme | None = None) -> None:
        super().__init__()
        self.theme = theme
        self.form_title = "Edit theme" if theme else "Add a theme"

    def compose_fields(self) -> ComposeResult:
        theme = self.theme
        yield self.field("id", "Id", self.text_input(theme.id if theme else "", "lower-case, e.g. community-safety"))
        yield self.field("title", "Title", self.text_input(theme.title if theme else ""))

    def operation(self, session: EditSession, dry_run: bool) -> Outcome:
        fields = {"id": self.text("id"), "title": self.text("title") or None}  # empty: required
        before = {"id": self.theme.id, "title": self.theme.title} if self.theme else None
        return self.add_or_update(session, fields, before, dry_run)

    def error_prefix(self, session: EditSession) -> KeyPath:
        return self.item_path([theme.id for theme in session.plan.themes], self.theme.id if self.theme else None)
