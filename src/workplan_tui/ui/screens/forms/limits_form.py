"""Limits: the budget, capacity by role and the gated resources, saved as one edit."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.widgets import Static

from workplan_tui.locate import KeyPath
from workplan_tui.model import Limits
from workplan_tui.money import file_amount
from workplan_tui.plan_edit import EditSession, Outcome
from workplan_tui.ui.screens.forms.form_screen import FormScreen


class LimitsForm(FormScreen):
    form_title = "Limits: budget, capacity, gates"

    def __init__(self, limits: Limits) -> None:
        super().__init__()
        self.limits = limits

    def compose_fields(self) -> ComposeResult:
        limits = self.limits
        yield self.field("budget", "Budget", self.text_input(file_amount(limits.budget), "money free for new projects"))
        yield self.field("currency", "Currency", self.text_input(limits.currency, "e.g. GBP"))
        total = None if limits.total_budget is None else file_amount(limits.total_budget)
        yield self.field("total_budget", "Total budget", self.text_input(total, "optional, for context"))
        yield Static(Text("Capacity: person-days a month each role gives to new projects (empty days remove a role; "
                          "a new name renames it in every project)", style="bold"))
        for role, days in limits.capacity.items():
            yield self.field(f"roles.{role}", "Role", self.text_input(role, "e.g. senior_adviser"))
            yield self.field(f"capacity.{role}", "its days", self.text_input(days, "days a month"))
        yield self.field("new-role", "New role", self.text_input("", "e.g. graduate_trainee"))
        yield self.field("new-role-days", "its days", self.text_input("", "days a month"))
        yield Static(Text("Gates: resources someone must approve (empty label and approval remove one; "
                          "a new id renames it in every project)", style="bold"))
        for gate in limits.gates:
            yield self.field(f"gates.{gate.id}.id", "Gate id", self.text_input(gate.id, "e.g. research_team"))
            yield self.field(f"gates.{gate.id}.label", "its label", self.text_input(gate.label, "what it is"))
            yield self.field(f"gates.{gate.id}.approval", "approved by", self.text_input(gate.approval, "who approves"))
        yield self.field("new-gate", "New gate id", self.text_input("", "e.g. research_team"))
        yield self.field("new-gate-label", "its label", self.text_input("", "what it is"))
        yield self.field("new-gate-approval", "approved by", self.text_input("", "who approves"))

    def extra_error_lines(self) -> dict[str, Static]:
        # A new role's or gate's errors point at its name in the would-be file.
        lines = {}
        for role in self.limits.capacity:
            renamed = self.text(f"roles.{role}")
            if renamed and renamed != role:
                lines[f"capacity.{renamed}"] = self.error_lines[f"roles.{role}"]
        for gate in self.limits.gates:
            renamed = self.text(f"gates.{gate.id}.id")
            if renamed and renamed != gate.id:
                lines[f"gates.{renamed}"] = self.error_lines[f"gates.{gate.id}.id"]
        new_role, new_gate = self.text("new-role"), self.text("new-gate")
        if new_role:
            lines[f"capacity.{new_role}"] = self.error_lines["new-role-days"]
        if new_gate:
            lines[f"gates.{new_gate}"] = self.error_lines["new-gate-label"]
        return lines

    def steps(self) -> list[Callable[[EditSession], Outcome]]:
        limits = self.limits
        steps: list[Callable[[EditSession], Outcome]] = []
        # Amounts as the file says them, read in the currency typed (its symbol, its decimal mark).
        currency = self.text("currency") or limits.currency
        fields: dict[str, Any] = {"budget": self.amount("budget", currency), "total_budget": self.amount("total_budget", currency)}
        fields["currency"] = self.text("currency") or None
        total = None if limits.total_budget is None else file_amount(limits.total_budget)
        before = {"budget": file_amount(limits.budget), "total_budget": total, "currency": limits.currency}
        changed = {key: value for key, value in fields.items() if value != before[key]}
        if changed:
            steps.append(lambda session: session.update_limits(**changed))
        for role, days in limits.capacity.items():
            typed_days = self.value(f"capacity.{role}")
            if typed_days != days:
                steps.append(partial(lambda session, role, days: session.set_capacity(role, days), role=role, days=typed_days))
            renamed = self.text(f"roles.{role}")
            if typed_days is not None and renamed != role:
                steps.append(partial(lambda session, old, new: session.rename_role(old, new), old=role, new=renamed))
        role = self.text("new-role")
        if role:
            days = self.value("new-role-days")
            steps.append(lambda session: session.set_capacity(role, days if days is not None else 0))
        for gate in limits.gates:
            label, approval = self.text(f"gates.{gate.id}.label"), self.text(f"gates.{gate.id}.approval")
            renamed = self.text(f"gates.{gate.id}.id")
            if not label and not approval:
                steps.append(partial(lambda session, gate_id: session.remove_gate(gate_id), gate_id=gate.id))
            elif (label, approval, renamed) != (gate.label, gate.approval, gate.id):
                steps.append(
                    partial(lambda session, gate_id, fields: session.update_gate(gate_id, **fields),
                            gate_id=gate.id, fields={"label": label, "approval": approval, "id": renamed})
                )
        gate_id = self.text("new-gate")
        if gate_id:
            label, approval = self.text("new-gate-label"), self.text("new-gate-approval")
            steps.append(lambda session: session.add_gate(gate_id, label, approval))
        return steps

    def operation(self, session: EditSession, dry_run: bool) -> Outcome:
        return session.batch("edit limits", self.steps(), dry_run=dry_run)

    def error_prefix(self, session: EditSession) -> KeyPath:
        return ("limits",)
