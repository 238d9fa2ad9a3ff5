"""Monthly load, budget, gates and the feasibility of any bundle of projects."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache

import attrs

from workplan_tui.model import Plan, Project
from workplan_tui.money import format_money as format_money  # where every screen and paper finds it
from workplan_tui.text import plural

Month = dt.date  # the first day of a calendar month
EPSILON = 1e-9


def month_of(day: dt.date) -> Month:
    return day.replace(day=1)


def next_month(month: Month) -> Month:
    return month.replace(year=month.year + 1, month=1) if month.month == 12 else month.replace(month=month.month + 1)


def months_between(start: dt.date, end: dt.date) -> list[Month]:
    months = []
    month = month_of(start)
    while month <= end:
        months.append(month)
        month = next_month(month)
    return months


def month_label(month: Month) -> str:
    """The month as data ("2023-05"): the key in JSON, CSV and the plan's record; never for people."""
    return month.strftime("%Y-%m")


def month_of_key(key: str) -> Month:
    """"2023-05" -> 1 May 2023."""
    return dt.date(int(key[:4]), int(key[5:7]), 1)


def month_name(month: Month | str) -> str:
    """The month as people read it on every screen and paper: "May 2023" (a Month or its "2023-05" key)."""
    if isinstance(month, str):
        month = month_of_key(month)
    return f"{month:%B %Y}"


@lru_cache(maxsize=4096)
def month_shares(start: dt.date, end: dt.date) -> tuple[tuple[Month, float], ...]:
    total_days = (end - start).days + 1
    shares = []
    for month in months_between(start, end):
        first = max(start, month)
        last = min(end, next_month(month) - dt.timedelta(days=1))
        shares.append((month, ((last - first).days + 1) / total_days))
    return tuple(shares)


def project_load(project: Project) -> dict[str, dict[Month, float]]:
    """Person-days by role and month: effort spread over the window in proportion to its days."""
    if project.start is None or project.end is None:
        return {}
    shares = month_shares(project.start, project.end)
    return {role: {month: days * share for month, share in shares} for role, days in project.effort.items()}


@attrs.frozen
class Overload:
    role: str
    month: Month
    used: float
    available: float
    projects: tuple[str, ...]  # ids of the projects with load in that role-month
    days: tuple[float, ...] = ()  # what each of those projects puts in it


class BudgetFigures:
    """Budget arithmetic shared by the full check (Feasibility) and the Vote screen's live one."""

    __slots__ = ()
    budget_limit: int
    budget_used: int

    @property
    def budget_left(self) -> int:
        return self.budget_limit - self.budget_used

    @property
    def over_budget(self) -> bool:
        return self.budget_used > self.budget_limit


@attrs.frozen
class Feasibility(BudgetFigures):
    """Everything the board needs to know about one bundle of projects."""

    projects: tuple[str, ...]
    budget_limit: int
    budget_used: int
    months: tuple[Month, ...]
    # role -> month -> (used, available)
    load: dict[str, dict[Month, float]]
    by_project: dict[str, dict[str, dict[Month, float]]]
    capacity: dict[str, float]
    overloads: tuple[Overload, ...]
    gated: dict[str, tuple[str, ...]]  # project id -> gate ids needing approval
    external: dict[str, str]  # project id -> external funding source
    external_cost: int = 0  # what the externally funded projects cost (not counted in the budget)

    @property
    def fits(self) -> bool:
        """Within budget and capacity; gated projects still need their approval."""
        return not self.over_budget and not self.overloads

    @property
    def subject_to_approval(self) -> bool:
        return bool(self.gated)

    def days_by_project(self) -> dict[str, float]:
        """Each project's person-days in the plan's months, every role together."""
        return {
            project_id: sum(sum(per_month.values()) for per_month in spread.values())
            for project_id, spread in self.by_project.items()
        }

    def months_over(self) -> dict[str, int]:
        """How many months each role is over capacity (roles within it are left out)."""
        counts: dict[str, int] = {}
        for overload in self.overloads:
            counts[overload.role] = counts.get(overload.role, 0) + 1
        return counts

    def peak(self, role: str) -> tuple[Month | None, float]:
        months = self.load.get(role, {})
        if not months:
            return None, 0.0
        month = max(months, key=lambda m: (months[m], -m.toordinal()))
        return month, months[month]


def share_of_overloads(overloads: Iterable[Overload]) -> dict[str, float]:
    """What each project puts into these role-months, added up (in the order first met)."""
    share: dict[str, float] = {}
    for overload in overloads:
        for project_id, days in zip(overload.projects, overload.days, strict=False):
            share[project_id] = share.get(project_id, 0.0) + days
    return share


def still_counted(shown: Plan | None, plan: Plan, counted: frozenset[str]) -> frozenset[str]:
    """The projects counted in once `plan` replaces `shown`: the user's choice is kept across an
    edit, and a project new to the plan counts, as every project does when a plan is first opened."""
    old_ids = {project.id for project in shown.projects} if shown is not None else set()
    return frozenset(project.id for project in plan.projects if project.id in counted or project.id not in old_ids)


def plan_months(plan: Plan) -> list[Month]:
    return months_between(plan.info.start, plan.info.end)


def check_bundle(plan: Plan, project_ids: Iterable[str]) -> Feasibility:
    """Budget, every role-month of capacity, gates and external funding for these projects."""
    chosen: Sequence[Project] = [plan.project(project_id) for project_id in dict.fromkeys(project_ids)]
    months = plan_months(plan)
    capacity = dict(plan.limits.capacity)
    load: dict[str, dict[Month, float]] = {role: {month: 0.0 for month in months} for role in capacity}
    # role -> month -> ([project ids], [their days]): who loads each role-month, and by how much
    contributors: dict[str, dict[Month, tuple[list[str], list[float]]]] = {}
    by_project: dict[str, dict[str, dict[Month, float]]] = {}
    spreads = load_table(plan).spreads
    for project in chosen:
        project_id = project.id
        spread = by_project[project_id] = spreads[project_id]
        for role, per_month in spread.items():
            role_load = load.get(role)
            if role_load is None:
                role_load = load[role] = {month: 0.0 for month in months}
            cells = contributors.setdefault(role, {})
            for month, days in per_month.items():
                role_load[month] = role_load.get(month, 0.0) + days
                if days > 0:
                    cell = cells.get(month)
                    if cell is None:
                        cell = cells[month] = ([], [])
                    cell[0].append(project_id)
                    cell[1].append(days)
    overloads = []
    for role, per_month in load.items():
        available = capacity.get(role, 0.0)
        cells = contributors.get(role, {})
        for month, used in sorted(per_month.items()):
            if used > available + EPSILON:
                loaded_by, their_days = cells.get(month, ([], []))
                overloads.append(Overload(role, month, used, available, tuple(loaded_by), tuple(their_days)))
    return Feasibility(
        projects=tuple(project.id for project in chosen),
        budget_limit=plan.limits.budget,
        budget_used=sum(project.budget_cost for project in chosen),
        months=tuple(months),
        load=load,
        by_project=by_project,
        capacity=capacity,
        overloads=tuple(overloads),
        gated={project.id: project.gates for project in chosen if project.gates},
        external={project.id: project.funding for project in chosen if project.funding},
        external_cost=sum(project.cost for project in chosen if project.funding),
    )


def summary_line(plan: Plan, feasibility: Feasibility) -> str:
    """One line for `workplan check`: projects, cost against budget, peak monthly load against capacity."""
    currency = plan.limits.currency
    count = plural(len(plan.projects), "project")
    if len(feasibility.projects) != len(plan.projects):
        count = f"{len(feasibility.projects)} of {plural(len(plan.projects), 'project')} agreed"
    parts = [
        count,
        f"cost {format_money(feasibility.budget_used, currency)} of {format_money(feasibility.budget_limit, currency)} budget",
    ]
    ratios = []
    for role, available in feasibility.capacity.items():
        month, used = feasibility.peak(role)
        if month is not None and used > 0:
            ratios.append((used / available if available else float("inf"), role, month, used, available))
    if ratios:
        _, role, month, used, available = max(ratios)
        parts.append(f"peak load {used:.1f}/{available:g} days ({plan.role_label(role)}, {month_name(month)})")
    else:
        parts.append("no staff load")
    if feasibility.overloads:
        parts.append(f"{plural(len(feasibility.overloads), 'role-month')} over capacity")
    return ", ".join(parts)


# -- fast bundle checks (selection, the Vote screen) ----------------------------


@attrs.frozen(eq=False)
class LoadTable:
    """Each project's monthly load as (role index, month index, days) triples, computed once per plan.

    Summing a few of these is all a feasibility check needs, so the Vote screen can re-check a
    ranking, and every project that could be added to it, on each keystroke.
    """

    months: tuple[Month, ...]
    roles: tuple[str, ...]
    available: tuple[float, ...]  # by role index
    loads: dict[str, tuple[tuple[int, int, float], ...]]
    spreads: dict[str, dict[str, dict[Month, float]]]  # project_load of each project, not to be changed
    budget_cost: dict[str, int]
    budget_limit: int
    _index: dict[str, object] = attrs.field(factory=dict, repr=False)  # built on first use by alone()

    def empty(self) -> list[list[float]]:
        return [[0.0] * len(self.months) for _ in self.roles]

    def add(self, used: list[list[float]], project_id: str) -> None:
        for role, month, days in self.loads[project_id]:
            used[role][month] += days

    def first_overload(self, used: list[list[float]], project_id: str) -> tuple[str, Month, float, float] | None:
        """The earliest role-month (then role order) that adding project_id would push over capacity."""
        for role, month, days in self.loads[project_id]:
            total = used[role][month] + days
            if total > self.available[role] + EPSILON:
                return self.roles[role], self.months[month], total, self.available[role]
        return None


    def alone(self) -> dict[str, tuple[int, int, float]]:
        """Projects over capacity even on their own: project -> (role index, month index, days)
        of the first role-month they break."""
        if "alone" not in self._index:
            self._index["alone"] = {
                project: next(triple for triple in triples if triple[2] > self.available[triple[0]] + EPSILON)
                for project, triples in self.loads.items()
                if any(days > self.available[role] + EPSILON for role, _, days in triples)
            }
        return self._index["alone"]  # type: ignore[return-value]

    def why_not(self, used: list[list[float]], spent: int, project_id: str) -> tuple | None:
        """Why project_id would not fit if added to a bundle with this load and spend, or None:
        ("budget", amount over) or ("capacity", role, month, days used, days available).

        Asked one project at a time (the Vote screen asks only for the lines on screen), so a
        change to the ballot costs the same whether it blocks three projects or a thousand.
        """
        cost = self.budget_cost[project_id]
        room = self.budget_limit - spent
        if cost and cost > room:
            return ("budget", cost - room)
        alone = self.alone().get(project_id)
        if alone is not None:  # reported where it breaks on its own, whatever the bundle
            role, month, days = alone
            return ("capacity", self.roles[role], self.months[month], used[role][month] + days, self.available[role])
        overload = self.first_overload(used, project_id)
        return None if overload is None else ("capacity", *overload)


_LOAD_TABLES: dict[int, tuple[Callable[[], Plan | None], LoadTable]] = {}


def load_table(plan: Plan) -> LoadTable:
    """The plan's LoadTable, cached for as long as the plan object lives (plans are immutable)."""
    import weakref

    key = id(plan)
    cached = _LOAD_TABLES.get(key)
    if cached is not None and cached[0]() is plan:
        return cached[1]
    months = tuple(plan_months(plan))
    roles = list(plan.limits.capacity)
    for project in plan.projects:  # a role with effort but no capacity line has 0 available
        roles.extend(role for role in project.effort if role not in roles)
    role_index = {role: index for index, role in enumerate(roles)}
    month_index = {month: index for index, month in enumerate(months)}
    loads = {}
    spreads = {}
    for project in plan.projects:
        triples = []
        spreads[project.id] = spread = project_load(project)
        for role, per_month in spread.items():
            for month, days in sorted(per_month.items()):
                if month in month_index and days:
                    triples.append((month_index[month], role_index[role], days))
        # Month first, so first_overload reports the earliest month that breaks.
        loads[project.id] = tuple((role, month, days) for month, role, days in sorted(triples))
    table = LoadTable(
        months=months,
        roles=tuple(roles),
        available=tuple(float(plan.limits.capacity.get(role, 0.0)) for role in roles),
        loads=loads,
        spreads=spreads,
        budget_cost={project.id: project.budget_cost for project in plan.projects},
        budget_limit=plan.limits.budget,
    )
    reference: Callable[[], Plan | None]
    try:
        reference = weakref.ref(plan)
    except TypeError:  # not weak-referenceable: keep it alive with the table instead
        reference = (lambda kept: (lambda: kept))(plan)
    if len(_LOAD_TABLES) > 32:
        _LOAD_TABLES.clear()
    _LOAD_TABLES[key] = (reference, table)
    return table
