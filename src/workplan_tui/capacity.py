"""Monthly load, budget, gates and the feasibility of any bundle of projects."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from functools import lru_cache

import attrs

from workplan_tui.model import Plan, Project

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
    return month.strftime("%Y-%m")


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

    @property
    def fits(self) -> bool:
        """Within budget and capacity; gated projects still need their approval."""
        return not self.over_budget and not self.overloads

    @property
    def subject_to_approval(self) -> bool:
        return bool(self.gated)

    def peak(self, role: str) -> tuple[Month | None, float]:
        months = self.load.get(role, {})
        if not months:
            return None, 0.0
        month = max(months, key=lambda m: (months[m], -m.toordinal()))
        return month, months[month]


def plan_months(plan: Plan) -> list[Month]:
    return months_between(plan.info.start, plan.info.end)


def check_bundle(plan: Plan, project_ids: Iterable[str]) -> Feasibility:
    """Budget, every role-month of capacity, gates and external funding for these projects."""
    chosen: Sequence[Project] = [plan.project(project_id) for project_id in dict.fromkeys(project_ids)]
    months = plan_months(plan)
    capacity = dict(plan.limits.capacity)
    load: dict[str, dict[Month, float]] = {role: {month: 0.0 for month in months} for role in capacity}
    contributors: dict[tuple[str, Month], list[str]] = {}
    by_project: dict[str, dict[str, dict[Month, float]]] = {}
    for project in chosen:
        spread = project_load(project)
        by_project[project.id] = spread
        for role, per_month in spread.items():
            role_load = load.setdefault(role, {month: 0.0 for month in months})
            for month, days in per_month.items():
                role_load[month] = role_load.get(month, 0.0) + days
                if days > 0:
                    contributors.setdefault((role, month), []).append(project.id)
    overloads = []
    for role, per_month in load.items():
        available = capacity.get(role, 0.0)
        for month, used in sorted(per_month.items()):
            if used > available + EPSILON:
                overloads.append(Overload(role, month, used, available, tuple(contributors.get((role, month), ()))))
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
    )


def summary_line(plan: Plan, feasibility: Feasibility) -> str:
    """One line for `workplan check`: projects, cost against budget, peak monthly load against capacity."""
    currency = plan.limits.currency
    count = f"{len(plan.projects)} projects"
    if len(feasibility.projects) != len(plan.projects):
        count = f"{len(feasibility.projects)} of {len(plan.projects)} projects agreed"
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
        ratio, role, month, used, available = max(ratios)
        parts.append(f"peak load {used:.1f}/{available:g} days ({role}, {month_label(month)})")
    else:
        parts.append("no staff load")
    if feasibility.overloads:
        parts.append(f"{len(feasibility.overloads)} role-months over capacity")
    return ", ".join(parts)


def format_money(amount: float, currency: str = "GBP") -> str:
    symbol = {"GBP": "£", "EUR": "€", "USD": "$"}.get(currency)
    text = f"{amount:,.0f}"
    return f"{symbol}{text}" if symbol else f"{text} {currency}"


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
    budget_cost: dict[str, int]
    budget_limit: int
    _index: dict[str, object] = attrs.field(factory=dict, repr=False)  # built on first use by blocked()

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


    def _indexes(self) -> tuple[list[tuple[int, str]], dict[str, tuple[int, int, float]], dict[tuple[int, int], list[tuple[float, str]]]]:
        if not self._index:
            by_cost = sorted(((cost, p) for p, cost in self.budget_cost.items() if cost), reverse=True)
            alone = {}
            by_cell: dict[tuple[int, int], list[tuple[float, str]]] = {}
            empty = self.empty()
            for project, triples in self.loads.items():
                overload = self.first_overload(empty, project)
                if overload is not None:
                    alone[project] = next(
                        (r, m, d) for r, m, d in triples if d > self.available[r] + EPSILON
                    )
                    continue
                for role, month, days in triples:
                    by_cell.setdefault((role, month), []).append((days, project))
            for cell in by_cell.values():
                cell.sort(reverse=True)
            self._index.update(by_cost=by_cost, alone=alone, by_cell=by_cell)
        return self._index["by_cost"], self._index["alone"], self._index["by_cell"]  # type: ignore[return-value]

    def alone(self) -> dict[str, tuple[int, int, float]]:
        """Projects over capacity even on their own: project -> (role index, month index, days)."""
        return self._indexes()[1]

    def blocked(
        self, used: list[list[float]], spent: int, chosen: Iterable[str] = (), include_alone: bool = True
    ) -> dict[str, tuple]:
        """Every project (not in chosen) that would not fit if added to a bundle with this load and
        spend: project -> ("budget", amount over) or ("capacity", role, month, used, available).

        Output-sensitive: projects are indexed by cost and by load in each role-month, so only the
        role-months this bundle touches are looked at, and only as far as the projects that break
        them. A project that does not fit even on its own is reported with that overload.
        """
        by_cost, alone, by_cell = self._indexes()
        result: dict[str, tuple] = {}
        room = self.budget_limit - spent
        for cost, project in by_cost:
            if cost <= room:
                break
            result[project] = ("budget", cost - room)
        for project, (role, month, days) in alone.items() if include_alone else ():
            if project not in result:
                result[project] = ("capacity", self.roles[role], self.months[month], used[role][month] + days, self.available[role])
        earliest: dict[str, tuple[int, int]] = {}
        for role, row in enumerate(used):
            for month, load in enumerate(row):
                if not load:
                    continue
                headroom = self.available[role] + EPSILON - load
                for days, project in by_cell.get((role, month), ()):
                    if days <= headroom:
                        break
                    if project in result and project not in earliest:
                        continue  # over budget or over capacity on its own: already explained
                    if project not in earliest or (month, role) < earliest[project]:
                        earliest[project] = (month, role)
                        result[project] = ("capacity", self.roles[role], self.months[month], load + days, self.available[role])
        for project in chosen:
            result.pop(project, None)
        return result


_LOAD_TABLES: dict[int, tuple[object, LoadTable]] = {}


def load_table(plan: Plan) -> LoadTable:
    """The plan's LoadTable, cached for as long as the plan object lives (plans are immutable)."""
    import weakref

    key = id(plan)
    cached = _LOAD_TABLES.get(key)
    if cached is not None and cached[0]() is plan:  # type: ignore[operator]
        return cached[1]
    months = tuple(plan_months(plan))
    roles = list(plan.limits.capacity)
    for project in plan.projects:  # a role with effort but no capacity line has 0 available
        roles.extend(role for role in project.effort if role not in roles)
    role_index = {role: index for index, role in enumerate(roles)}
    month_index = {month: index for index, month in enumerate(months)}
    loads = {}
    for project in plan.projects:
        triples = []
        for role, per_month in project_load(project).items():
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
        budget_cost={project.id: project.budget_cost for project in plan.projects},
        budget_limit=plan.limits.budget,
    )
    try:
        reference = weakref.ref(plan)
    except TypeError:  # not weak-referenceable: keep it alive with the table instead
        reference = (lambda kept: (lambda: kept))(plan)
    if len(_LOAD_TABLES) > 32:
        _LOAD_TABLES.clear()
    _LOAD_TABLES[key] = (reference, table)
    return table
