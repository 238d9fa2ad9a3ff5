"""The role-months over capacity, each with the projects that load it."""

from __future__ import annotations

import heapq

from rich.text import Text

from workplan_tui.capacity import Feasibility, Month, Overload, share_of_overloads
from workplan_tui.model import Plan
from workplan_tui.text import plural
from workplan_tui.ui.widgets.capacity.feasibility_note import FeasibilityNote

MAX_NAMED_PROJECTS = 3  # a 2,000-project plan would otherwise list hundreds per month


def overload_text(plan: Plan, feasibility: Feasibility) -> Text:
    """Grouped by month: each role over capacity, then the projects loading that month, largest first."""
    projects = plan.projects_by_id
    text = Text()
    if not feasibility.overloads:
        text.append("No month over capacity", style="bold green")
        return text
    by_month: dict[Month, list[Overload]] = {}
    for overload in feasibility.overloads:
        by_month.setdefault(overload.month, []).append(overload)
    count = len(by_month)
    text.append(f"{plural(count, 'month')} over capacity\n", style="bold red")
    for month in sorted(by_month):
        overloads = by_month[month]
        text.append(f"{month:%b %Y}\n", style="bold")
        for overload in overloads:
            # Figures first: they are what differs from line to line, and they fit a narrow panel.
            text.append(f" {overload.used:.1f}/{overload.available:g} ", style="red")
            text.append(f"{plan.role_label(overload.role)}\n")
        share = share_of_overloads(overloads)
        largest = heapq.nlargest(MAX_NAMED_PROJECTS, share, key=share.__getitem__)  # stable, as sorted is
        names = [projects[project_id].title for project_id in largest]
        text.append(" " + "; ".join(names), style="dim")
        if len(share) > len(names):
            text.append(f"; +{len(share) - len(names)} more", style="dim")
        text.append("\n")
    text.rstrip()
    return text


class OverloadList(FeasibilityNote):
    def note(self, plan: Plan, feasibility: Feasibility) -> Text:
        return overload_text(plan, feasibility)
