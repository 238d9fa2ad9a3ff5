"""The agreed work plan by theme (`workplan export --to programme`), as seed 002's plan part
and seed 004's appendix write it: headed "SSCB work plan 2023/24 – agreed March 2023" (the
meeting the plan was agreed at), the standing activities under each theme, the agreed
priority projects in their own section with when their work falls (months in words; a
re-timed project says so and what moves), and the reports to come.

A draft's programme says "Draft" in its heading and lists the candidate projects apart,
for the Board's decision, never inside the themes. `programme_context` is everything the
programme says, as plain values (docs/export.md lists the names).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from workplan_tui.capacity import month_name
from workplan_tui.export import record
from workplan_tui.model import Plan
from workplan_tui.text import long_date


def programme_context(plan: Plan, *, date: dt.date | None = None) -> dict[str, Any]:
    """What the programme says. `date` dates a draft's programme ("" when None); an agreed
    plan's is dated by its decision (or the `[note]` meeting it was agreed at)."""
    decision = plan.decision if plan.info.status == "agreed" else None
    agreed = decision is not None
    if decision is not None:
        on = record.agreed_at(plan, decision)[1]
        heading = f"{plan.info.title} – agreed {month_name(dt.date(on.year, on.month, 1))}"
    else:
        heading = f"{plan.info.title} – Draft"
    titles = {theme.id: theme.title for theme in plan.themes}
    priorities: list[dict[str, Any]] = []
    candidates: list[dict[str, Any]] = []
    if decision is not None:
        moved = record.retimed(plan, decision)
        for project_id in decision.selected:
            project = plan.project(project_id)
            approval = record.approvals(plan, project)
            priorities.append({
                "title": project.title,
                "theme": titles.get(project.theme, ""),
                "summary": " ".join(project.summary.split()),
                "timing": record.sentence(project.timing),
                "delivery": record.delivery(plan, decision, project_id, moved),
                "approval": f"Subject to the approval of {approval}." if approval else "",
                "funding": f"Funded by {project.funding}." if project.funding else "",
            })
    else:
        for project in plan.projects:
            candidates.append({
                "title": project.title,
                "theme": titles.get(project.theme, ""),
                "timing": record.sentence(project.timing),
            })
    return {
        "heading": heading,
        "status": "Agreed" if agreed else "Draft",
        "agreed": agreed,
        "board": plan.info.board,
        "plan_title": plan.info.title,
        "cycle": plan.info.cycle,
        "date": long_date(decision.date) if decision is not None else (long_date(date) if date else ""),
        "themes": [
            {"title": theme.title, "activities": [" ".join(activity.text.split()) for activity in theme.activities]}
            for theme in plan.themes
        ],
        "priorities": priorities,
        "candidates": candidates,
        "reports": record.reports_to_come(plan, decision.selected) if decision is not None else [],
    }
