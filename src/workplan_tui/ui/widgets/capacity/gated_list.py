"""Projects that need a gated resource: feasible only subject to the named approval."""

from __future__ import annotations

from rich.text import Text

from workplan_tui.capacity import Feasibility
from workplan_tui.model import Plan
from workplan_tui.ui.widgets.capacity.feasibility_note import FeasibilityNote


def gated_text(plan: Plan, feasibility: Feasibility) -> Text:
    projects = plan.projects_by_id
    text = Text()
    if not feasibility.gated:
        text.append("No project needs an approval", style="dim")
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


class GatedList(FeasibilityNote):
    def note(self, plan: Plan, feasibility: Feasibility) -> Text:
        return gated_text(plan, feasibility)
