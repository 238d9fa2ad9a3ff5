"""A new plan period, and the projects and meetings that would fall outside it moved inside.

An officer who copies last year's plan and sets next year's period would otherwise face one
"outside the plan period" error per date. When the period moves by whole years (the usual
case: 2023/24 becomes 2024/25), every project and meeting outside the new period whose dates,
moved by the same number of years, all lie inside it, is offered the move; the rest are left
for the officer (their errors say where they are). A period that moves by less than half a
year offers no move: the dates are then the officer's to choose.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs

from workplan_tui.model import Milestone, Plan, Project

DAYS_A_YEAR = 365.25


@attrs.frozen
class Move:
    """One project or meeting moved into the period: what it is, and its dates before and after."""

    collection: str  # "projects" or "meetings"
    id: str
    title: str
    before: tuple[dt.date, ...]  # its start and end (a project) or its date (a meeting)
    after: tuple[dt.date, ...]
    fields: Any  # the keys to set, as EditSession.update takes them

    def sentence(self) -> str:
        """Modern slavery: 3 Apr 2023 – 20 Sep 2023 → 3 Apr 2024 – 20 Sep 2024"""
        return f"{self.title}: {span(self.before)} → {span(self.after)}"


def span(days: tuple[dt.date, ...]) -> str:
    return " – ".join(f"{day:%-d %b %Y}" for day in days)


def years_moved(old_start: dt.date, new_start: dt.date) -> int:
    """How many whole years the period's start moved (0 when less than half a year)."""
    return round((new_start - old_start).days / DAYS_A_YEAR)


def moved(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February into a year without one
        return day.replace(year=day.year + years, day=28)


def moves_into(plan: Plan, start: dt.date, end: dt.date) -> list[Move]:
    """The projects and meetings of plan outside [start, end] that a move by the period's whole
    years puts inside it, in file order (projects, then meetings)."""
    if not isinstance(start, dt.date) or not isinstance(end, dt.date) or start > end:
        return []
    years = years_moved(plan.info.start, start)
    if not years:
        return []

    def inside(days: list[dt.date]) -> bool:
        return all(start <= day <= end for day in days)

    found: list[Move] = []
    for project in plan.projects:
        days = project_days(project)
        if days and not inside(days) and inside([moved(day, years) for day in days]):
            found.append(project_move(project, years))
    for meeting in plan.meetings:
        if not inside([meeting.date]) and inside([moved(meeting.date, years)]):
            new = moved(meeting.date, years)
            found.append(Move("meetings", meeting.id, meeting.title or meeting.id, (meeting.date,), (new,), {"date": new}))
    return found


def project_days(project: Project) -> list[dt.date]:
    days = [day for day in (project.start, project.end, project.earliest, project.latest) if day is not None]
    return days + [milestone.date for milestone in project.milestones if milestone.date is not None]


def project_move(project: Project, years: int) -> Move:
    fields: dict[str, Any] = {}
    for key in ("start", "end", "earliest", "latest"):
        day = getattr(project, key)
        if day is not None:
            fields[key] = moved(day, years)
    if any(milestone.date is not None for milestone in project.milestones):
        fields["milestones"] = [milestone_fields(milestone, years) for milestone in project.milestones]
    window = tuple(day for day in (project.start, project.end) if day is not None)
    return Move("projects", project.id, project.title, window, tuple(moved(day, years) for day in window), fields)


def milestone_fields(milestone: Milestone, years: int) -> dict[str, Any]:
    fields: dict[str, Any] = {"what": milestone.what}
    if milestone.at:
        fields["at"] = milestone.at
    if milestone.date is not None:
        fields["date"] = moved(milestone.date, years)
    return fields
