"""Add or edit a board member (id, label as on the attendance list, role)."""

from __future__ import annotations

import attrs
from textual.app import ComposeResult

from workplan_tui.locate import KeyPath
from workplan_tui.model import MEMBER_ROLES, Member
from workplan_tui.plan_edit import EditSession, Outcome
from workplan_tui.ui.screens.forms.form_screen import FormScreen


class MemberForm(FormScreen):
    collection = "members"

    def __init__(self, member: Member | None = None) -> None:
        super().__init__()
        self.member = member
        self.form_title = "Edit member" if member else "Add a member"

    def compose_fields(self) -> ComposeResult:
        member = self.member
        yield self.field("id", "Id", self.text_input(member.id if member else "", "lower-case, e.g. member-01"))
        yield self.field("label", "Label", self.text_input(member.label if member else "", "as on the attendance list"))
        roles = [(role.replace("_", " "), role) for role in MEMBER_ROLES]
        yield self.field("role", "Role", self.select(roles, member.role if member else "member"))

    def operation(self, session: EditSession, dry_run: bool) -> Outcome:
        fields = {"id": self.text("id"), "label": self.text("label") or None, "role": self.value("role")}  # empty: required
        before = attrs.asdict(self.member) if self.member else None
        return self.add_or_update(session, fields, before, dry_run)

    def error_prefix(self, session: EditSession) -> KeyPath:
        return self.item_path([member.id for member in session.plan.members], self.member.id if self.member else None)
