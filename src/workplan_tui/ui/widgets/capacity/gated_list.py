"""Projects that need a gated resource: feasible only subject to the named approval."""

from __future__ import annotations

from typing import Unpack

from rich.text import Text
from textual.widgets import Static

from workplan_tui.capacity import Feasibility
from workplan_tui.model import Plan
from workplan_tui.ui.textual_types import WidgetOptions


def gated_text(plan: Plan, feasibility: Feasibility) -> Text:
    projects = plan.projects_by_id
    text = Text()
    if not feasibility.gated:
        text.append("No project needs a gated resource", style="dim")
        return text
    text.append("Subject to approval\n", style="bold yellow")
    for project_id, gate_ids in feasibility.gated.items():
        text.append("⚑ ", style="yellow")
        text.append(projects[project_id].title)
        text.append("\n")
        for gate_id in gate_ids:
            gate = plan.limits.gate(gate_id)
            text.append(f"  {gate.label}: approval by {gate.approval}\n", style="dim")
    return text


class GatedList(Static):
    def __init__(self, **options: Unpack[WidgetOptions]) -> None:
        super().__init__(**options)
        self._text: Text | None = None

    def show(self, plan: Plan, feasibility: Feasibility) -> None:
        text = gated_text(plan, feasibility)
        # Most changes to a ballot leave the list as it was: no repaint, no layout then.
        if text != self._text:
            self._text = text
            self.update(text)
