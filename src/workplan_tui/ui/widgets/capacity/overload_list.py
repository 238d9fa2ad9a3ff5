"""The role-months over capacity, each with the projects that load it."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from workplan_tui.capacity import Feasibility
from workplan_tui.model import Plan

MAX_NAMED_PROJECTS = 3  # a 2,000-project plan would otherwise list hundreds per month


def overload_text(plan: Plan, feasibility: Feasibility) -> Text:
    """Grouped by month: each role over capacity, then the projects loading that month, largest first."""
    projects = plan.projects_by_id
    text = Text()
    if not feasibility.overloads:
        text.append("No month over capacity", style="bold green")
        return text
    by_month: dict[object, list] = {}
    for overload in feasibility.overloads:
        by_month.setdefault(overload.month, []).append(overload)
    count = len(by_month)
    text.append(f"{count} month{'s' if count != 1 else ''} over capacity\n", style="bold red")
    for month in sorted(by_month):
        overloads = by_month[month]
        text.append(f"{month:%b %Y}\n", style="bold")
        share: dict[str, float] = {}
        for overload in overloads:
            # Figures first: they are what differs from line to line, and they fit a narrow panel.
            text.append(f" {overload.used:.1f}/{overload.available:g} ", style="red")
            text.append(f"{overload.role.replace('_', ' ')}\n")
            for project_id in overload.projects:
                days = feasibility.by_project[project_id].get(overload.role, {}).get(month, 0.0)
                share[project_id] = share.get(project_id, 0.0) + days
        ranked = sorted(share, key=lambda project_id: -share[project_id])
        names = [projects[project_id].title for project_id in ranked[:MAX_NAMED_PROJECTS]]
        text.append(" " + "; ".join(names), style="dim")
        if len(ranked) > len(names):
            text.append(f"; +{len(ranked) - len(names)} more", style="dim")
        text.append("\n")
    text.rstrip()
    return text


class OverloadList(Static):
    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self._text: Text | None = None

    def show(self, plan: Plan, feasibility: Feasibility) -> None:
        text = overload_text(plan, feasibility)
        # Most changes to a ballot leave the list as it was: no repaint, no layout then.
        if text != self._text:
            self._text = text
            self.update(text)
