"""Limits: the budget, capacity by role and the gated resources, saved as one edit."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.widgets import Static

from workplan_tui.model import Limits
from workplan_tui.plan_edit import EditSession, Outcome
from workplan_tui.ui.screens.forms.form_screen import FormScreen, Path

class LimitsForm(FormScreen):
    form_title = "Limits: budget, capacity, gates"

    def __init__(self, limits: Limits) -> None:
        super().__init__()
        self.limits = limits

    def compose_fields(self) -> ComposeResult:
        limits = self.limits
        yield self.field("budget", "Budget", self.text_input(limits.budget, "money free for new projects"))
        yield self.field("currency", "Currency", self.text_input(limits.currency, "e.g. GBP"))
        yield self.field("total_budget", "Total budget", self.text_input(limits.total_budget, "optional, for context"))
        yield Static(Text("Capacity: person-days a month each role gives to new projects (empty removes a role)", style="bold"))
        for role, days in limits.capacity.items():
            yield self.field(f"capacity.{role}", role.replace("_", " "), self.text_input(days, "days a month"))
        yield self.field("new-role", "New role", self.text_input("", "e.g. graduate_trainee"))
        yield self.field("new-role-days", "its days", self.text_input("", "days a month"))
        yield Static(Text("Gates: resources someone must approve (empty label and approval remove one)", style="bold"))
        for gate in limits.gates:
            yield self.field(f"gates.{gate.id}.label", f"{gate.id}", self.text_input(gate.label, "what it is"))
            yield self.field(f"gates.{gate.id}.approval", "approved by", self.text_input(gate.approval, "who approves"))
        yield self.field("new-gate", "New gate id", self.text_input("", "e.g. research_team"))
        yield self.field("new-gate-label", "its label", self.text_input("", "what it is"))
        yield self.field("new-gate-approval", "approved by", self.text_input("", "who approves"))

    def extra_error_lines(self) -> dict[str, Static]:
        # A new role's or gate's errors point at its name in the would-be file.
        lines = {}
        role, gate = self.text("new-role"), self.text("new-gate")
        if role:
            lines[f"capacity.{role}"] = self.error_lines["new-role-days"]
        if gate:
            lines[f"gates.{gate}"] = self.error_lines["new-gate-label"]
        return lines

    def steps(self) -> list[Callable[[EditSession], Outcome]]:
        limits = self.limits
        steps: list[Callable[[EditSession], Outcome]] = []
        fields: dict[str, Any] = {"budget": self.value("budget"), "total_budget": self.value("total_budget")}
        fields["currency"] = self.text("currency") or None
        changed = {key: value for key, value in fields.items() if value != getattr(limits, key)}
        if changed:
            steps.append(lambda session: session.update_limits(**changed))
        for role, days in limits.capacity.items():
            typed_days = self.value(f"capacity.{role}")
            if typed_days != days:
                steps.append(partial(lambda session, role, days: session.set_capacity(role, days), role=role, days=typed_days))
        role = self.text("new-role")
        if role:
            days = self.value("new-role-days")
            steps.append(lambda session: session.set_capacity(role, days if days is not None else 0))
        for gate in limits.gates:
            label, approval = self.text(f"gates.{gate.id}.label"), self.text(f"gates.{gate.id}.approval")
            if not label and not approval:
                steps.append(partial(lambda session, gate_id: session.remove_gate(gate_id), gate_id=gate.id))
            elif (label, approval) != (gate.label, gate.approval):
                steps.append(
                    partial(lambda session, gate_id, label, approval: session.update_gate(gate_id, label=label, approval=approval),
                            gate_id=gate.id, label=label, approval=approval)
                )
        gate_id = self.text("new-gate")
        if gate_id:
            label, approval = self.text("new-gate-label"), self.text("new-gate-approval")
            steps.append(lambda session: session.add_gate(gate_id, label, approval))
        return steps

    def operation(self, session: EditSession, dry_run: bool) -> Outcome:
        return session.batch("edit limits", self.steps(), dry_run=dry_run)

    def error_prefix(self, session: EditSession) -> Path:
        return ("limits",)
