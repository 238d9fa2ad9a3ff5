"""A delivery schedule (schedule.Schedule) in the Board's words, and as a load to draw.

`workplan schedule` prints these sentences and the Capacity pane shows them, so both say the
same thing: project titles, role labels and month names, never ids or keys.
"""

from __future__ import annotations

import attrs

from workplan_tui.capacity import Feasibility, Overload, month_name, month_of_key
from workplan_tui.model import Plan
from workplan_tui.schedule import Schedule
from workplan_tui.text import listed as joined
from workplan_tui.text import plural

# A role-month of the even spread counts as over capacity only past half a cent: the timed
# figures are rounded to 0.01 day.
HALF_A_CENT = 0.005


def days_text(value: float) -> str:
    return plural(round(float(value), 2), "day")


def in_months(months: dict[str, float]) -> str:
    """"3 days in May 2023 and 1 day in June 2023"."""
    return joined([f"{days_text(value)} in {month_name(month)}" for month, value in months.items()])


@attrs.frozen
class TimedOverload:
    role: str
    month: str  # "YYYY-MM"
    used: float
    available: float


def timed_overloads(result: Schedule) -> list[TimedOverload]:
    """The role-months the even spread puts over capacity, by role then month."""
    over = []
    for role, months in result.load.items():
        for month, (_, available) in months.items():
            used = sum(result.timed[project].get(role, {}).get(month, 0.0) for project in result.projects)
            if used > available + HALF_A_CENT:
                over.append(TimedOverload(role, month, round(used, 2), available))
    return over


def timed_overload_lines(plan: Plan, result: Schedule) -> list[str]:
    """One line per role over capacity as timed: "Graduate trainee is over capacity in April
    2023 (7.66 of 6 days), May 2023 (…)"."""
    by_role: dict[str, list[str]] = {}
    for overload in timed_overloads(result):
        by_role.setdefault(overload.role, []).append(
            f"{month_name(overload.month)} ({overload.used:g} of {plural(float(overload.available), 'day')})"
        )
    return [f"{plan.role_label(role)} is over capacity in {joined(months)}" for role, months in by_role.items()]


def extra_days(result: Schedule) -> float:
    """The least staff time to add for the work to fit, re-timed (0 when it fits)."""
    return round(sum(sum(months.values()) for months in result.shortfall.values()), 2)


def verdict(result: Schedule) -> str:
    """Whether the work fits as timed, fits re-timed, or does not fit at all, in one sentence."""
    if result.fits_as_timed:
        return "It fits as timed: every role is within capacity in every month with the work spread evenly."
    if result.fits:
        return "It fits with the work re-timed, within each project's window and milestones."
    return f"It does not fit even re-timed: it needs {days_text(extra_days(result))} more staff time than is available."


def move_lines(plan: Plan, result: Schedule) -> list[str]:
    """What the re-timing moves: "Drugs issues and community safety, Graduate trainee: 1.2
    days moved from May 2023 to June 2023"."""
    lines = []
    for project_id in result.projects:
        title = plan.project(project_id).title
        for role in result.schedule[project_id]:
            out, into = result.moves(project_id, role)
            if out or into:
                lines.append(
                    f"{title}, {plan.role_label(role)}: {days_text(sum(out.values()))} moved from "
                    f"{joined([month_name(m) for m in out])} to {joined([month_name(m) for m in into])}"
                )
    return lines


def shortfall_lines(plan: Plan, result: Schedule) -> list[str]:
    """The extra role-days needed, by role: "Graduate trainee: 4 days in April 2023 and …"."""
    return [f"{plan.role_label(role)}: {in_months(months)}" for role, months in result.shortfall.items()]


def as_feasibility(plan: Plan, result: Schedule, even: Feasibility) -> Feasibility:
    """The re-timed load in the even spread's shape, so one chart draws either. Budget, gates
    and funding are the even spread's (re-timing moves days, not money); a role-month is over
    capacity only where the schedule still needs extra days."""
    by_project = {
        project_id: {role: {month_of_key(key): days for key, days in months.items()} for role, months in roles.items()}
        for project_id, roles in result.schedule.items()
    }
    load = {role: {month: 0.0 for month in even.months} for role in even.load}
    for roles in by_project.values():
        for role, months in roles.items():
            role_load = load.setdefault(role, {month: 0.0 for month in even.months})
            for month, days in months.items():
                role_load[month] = role_load.get(month, 0.0) + days
    overloads = []
    for role, short in result.shortfall.items():
        for key in short:
            month = month_of_key(key)
            loading = [(project_id, roles[role][month]) for project_id, roles in by_project.items() if roles.get(role, {}).get(month)]
            overloads.append(
                Overload(
                    role,
                    month,
                    load[role][month],
                    float(plan.limits.capacity.get(role, 0.0)),
                    tuple(project_id for project_id, _ in loading),
                    tuple(days for _, days in loading),
                )
            )
    return attrs.evolve(even, load=load, by_project=by_project, overloads=tuple(sorted(overloads, key=lambda o: (o.role, o.month))))
