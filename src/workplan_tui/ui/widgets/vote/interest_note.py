"""The line above a member's project list saying which projects it leaves out: those the member
declared an interest in (the core's words, voting/interests.not_shown_note). Only ever the
member's own declarations; hidden when there are none."""

from __future__ import annotations

from textual.widgets import Static

from workplan_tui.model import Plan


class InterestNote(Static):
    DEFAULT_CSS = """
    InterestNote { height: auto; padding: 0 1; color: $text-warning; }
    """

    def show(self, plan: Plan, member: str | None) -> None:
        from workplan_tui.voting.interests import not_shown_note

        note = not_shown_note(plan, member)
        self.update(note)
        self.display = bool(note)
