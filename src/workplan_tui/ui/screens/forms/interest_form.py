"""Record, or correct, a declaration of interest made at the meeting: the member (by label),
the project it bears on (by title) and what the interest is, as the minutes put it.

The member may then not rank that project (voting/interests.py); check's E108 (an unknown
member or project, the same declaration twice) shows beside the field it is about.
"""

from __future__ import annotations

from typing import Any

from textual.app import ComposeResult

from workplan_tui.errors import LocatedError
from workplan_tui.locate import KeyPath
from workplan_tui.model import Interest, Plan
from workplan_tui.plan_edit import EditSession, Outcome
from workplan_tui.ui.screens.forms.form_screen import FormScreen

CHOOSE = {"member": "Choose the member who declared the interest.", "project": "Choose the project it bears on."}


class InterestForm(FormScreen):
    collection = "interests"

    def __init__(self, plan: Plan, interest: Interest | None = None) -> None:
        super().__init__()
        self.plan = plan
        self.interest = interest
        self.form_title = "Edit the declaration of interest" if interest else "Declare an interest"

    def compose_fields(self) -> ComposeResult:
        interest = self.interest
        members = [(member.label, member.id) for member in self.plan.members]
        projects = [(project.title, project.id) for project in self.plan.projects]
        yield self.field("member", "Member", self.select(members, interest.member if interest else None, blank=True))
        yield self.field("project", "Project", self.select(projects, interest.project if interest else None, blank=True))
        yield self.field(
            "note", "Interest", self.text_input(interest.note if interest else "", "e.g. Deputy Police and Crime Commissioner")
        )

    def _fields(self) -> dict[str, Any]:
        return {"member": self.value("member"), "project": self.value("project"), "note": self.text("note")}

    def operation(self, session: EditSession, dry_run: bool) -> Outcome:
        fields = self._fields()
        unchosen = [message for key, message in CHOOSE.items() if fields[key] is None]
        if unchosen:  # nothing to check yet: say what to choose, not which key is missing
            return Outcome(session.text, None, tuple(LocatedError(str(session.path), 1, 1, "E102", m) for m in unchosen))
        interest = self.interest
        if interest is None:
            return session.add_interest(fields["member"], fields["project"], fields["note"], dry_run=dry_run)
        before = {"member": interest.member, "project": interest.project, "note": interest.note}
        changed = {key: value for key, value in fields.items() if value != before[key]}
        return session.update_interest(interest.member, interest.project, dry_run=dry_run, **changed)

    def error_prefix(self, session: EditSession) -> KeyPath:
        declared = [(interest.member, interest.project) for interest in session.plan.interests]
        if self.interest is not None and (self.interest.member, self.interest.project) in declared:
            return ("interests", declared.index((self.interest.member, self.interest.project)))
        return ("interests", len(declared))
