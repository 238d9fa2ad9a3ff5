"""The delivery schedule: each project's days per role re-timed so no role-month exceeds capacity.

The even spread (capacity.project_load) is how officers time the work; this module moves it
between the months the work may be in, exactly, as a linear program solved by HiGHS.

- **Window.** A project's work may be in the calendar months from `earliest` to `latest`
  (default `start` / `end`). Milestones stay where they are, and the work feeding them is done by
  them: the last milestone is the project's final output, so no work is placed after its month
  (unless the project's own `end` is later: the timed window is always allowed). Earlier
  milestones report on work in progress and do not bound it.
- **Objective**, in order: (1) the fewest extra role-days (the shortfall: days over capacity,
  summed over every role-month; 0 when the work fits); (2) with that fixed, the smallest largest
  deviation of any project-role-month from the even spread; (3) with that fixed, the smallest
  total deviation, so projects that need not move stay as timed.

Figures are rounded to 0.01 day by largest remainder, so a project's days per role add up to its
effort exactly; a role-month's total may then differ from the exact schedule by less than
0.01 day per project in it. highspy is imported only when the work does not fit as timed.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import attrs

from workplan_tui.capacity import (
    EPSILON,
    Feasibility,
    Month,
    check_bundle,
    month_label,
    month_of,
    months_between,
    plan_months,
)
from workplan_tui.model import Plan, Project

# Relative slack when fixing an earlier objective for the next stage: the solver's optimum is
# exact to its tolerances (1e-7), not to the last bit.
_STAGE_SLACK = 1e-7


@attrs.frozen
class Schedule:
    """Where the chosen projects' work goes, month by month ("YYYY-MM" keys), in days to 0.01."""

    projects: tuple[str, ...]
    fits: bool  # within capacity once re-timed
    fits_as_timed: bool  # the even spread already fits
    schedule: dict[str, dict[str, dict[str, float]]]  # project -> role -> month -> days
    timed: dict[str, dict[str, dict[str, float]]]  # the even spread, rounded the same way
    shortfall: dict[str, dict[str, float]]  # role -> month -> extra days needed (only > 0)
    load: dict[str, dict[str, tuple[float, float]]]  # role -> month -> (used, available)

    def to_json(self) -> dict[str, Any]:
        return {
            "fits": self.fits,
            "fits_as_timed": self.fits_as_timed,
            "schedule": self.schedule,
            "shortfall": self.shortfall,
            "load": {
                role: {month: {"used": used, "available": available} for month, (used, available) in months.items()}
                for role, months in self.load.items()
            },
        }

    def moves(self, project: str, role: str) -> tuple[dict[str, float], dict[str, float]]:
        """Days taken out of each month, and days put into each month, against the even spread."""
        timed, planned = self.timed[project].get(role, {}), self.schedule[project].get(role, {})
        out, into = {}, {}
        for month in sorted(set(timed) | set(planned)):
            change = round(planned.get(month, 0.0) - timed.get(month, 0.0), 2)
            if change < 0:
                out[month] = -change
            elif change > 0:
                into[month] = change
        return out, into


def committed_projects(plan: Plan) -> list[str]:
    """The projects a plan commits to: the decision's agreed set, else (as `workplan check`) the
    agreed projects of an agreed plan, else every project of a draft."""
    if plan.decision is not None:
        return list(plan.decision.selected)
    agreed = plan.info.status == "agreed"
    return [project.id for project in plan.projects if not agreed or project.status == "agreed"]


def movable_months(plan: Plan, project: Project) -> list[Month]:
    """The months the project's work may be in (see the module's doc string for the rule)."""
    if project.start is None or project.end is None:
        return []
    last = month_of(project.latest or project.end)
    meetings = plan.meetings_by_id
    dates = [day for day in (milestone.when(meetings) for milestone in project.milestones) if day is not None]
    if dates:
        last = max(month_of(project.end), min(last, month_of(max(dates))))
    return months_between(month_of(project.earliest or project.start), last)


def round_to_cents(values: Sequence[float], total: float) -> list[int]:
    """values in hundredths of a day, rounded so they add up to total (rounded to 0.01): the
    largest remainders get the cents that rounding down left over."""
    target = round(total * 100)
    scaled = [max(value, 0.0) * 100 for value in values]
    cents = [math.floor(value + 1e-6) for value in scaled]
    left = target - sum(cents)
    # Hand out (or take back) the missing cents by the size of what rounding dropped.
    order = sorted(range(len(values)), key=lambda i: (-(scaled[i] - cents[i]), i))
    step = 1 if left > 0 else -1
    if step < 0:
        order = [i for i in reversed(order) if cents[i] > 0]
    index = 0
    while left and order:
        i = order[index % len(order)]
        if step > 0 or cents[i] > 0:
            cents[i] += step
            left -= step
        index += 1
    return cents


def delivery_schedule(plan: Plan, project_ids: Iterable[str]) -> Schedule:
    """The delivery schedule of these projects (ids must be the plan's)."""
    ids = list(dict.fromkeys(project_ids))
    months = plan_months(plan)
    month_index = {month: index for index, month in enumerate(months)}
    labels = [month_label(month) for month in months]
    feasibility = check_bundle(plan, ids)
    roles = list(feasibility.load)
    capacity = {role: float(plan.limits.capacity.get(role, 0.0)) for role in roles}
    fits_as_timed = not feasibility.overloads

    # One cell per project and role with effort: its movable months and its even spread over them.
    cells: list[tuple[str, str, float, list[int], list[float]]] = []
    for project_id in ids:
        project = plan.project(project_id)
        window = [month_index[month] for month in movable_months(plan, project) if month in month_index]
        spread = feasibility.by_project[project_id]
        for role, effort in project.effort.items():
            if effort <= 0 or not window:
                continue
            per_month = spread.get(role, {})
            cells.append((project_id, role, float(effort), window, [per_month.get(months[m], 0.0) for m in window]))

    shortfall_by_cell: dict[tuple[int, int], float] = {}
    if fits_as_timed:
        days_by_cell = [timed for *_, timed in cells]
    else:
        days_by_cell, shortfall_by_cell = _solve(cells, roles, capacity, feasibility.load, months)

    planned_cents = [round_to_cents(days, effort) for (_, _, effort, _, _), days in zip(cells, days_by_cell, strict=True)]
    used = {role: [0] * len(months) for role in roles}  # in cents, so sums are exact
    for (_, role, _, window, _), planned in zip(cells, planned_cents, strict=True):
        for m, cents in zip(window, planned, strict=True):
            used[role][m] += cents
    shortfall: dict[str, dict[str, float]] = {}
    for (r, m), days in sorted(shortfall_by_cell.items()):
        if round(days, 2) > 0:  # below a cent: the solver's tolerance, not a shortfall
            shortfall.setdefault(roles[r], {})[labels[m]] = round(days, 2)
    if not shortfall:
        _round_within_capacity(cells, planned_cents, used, capacity, len(months))
    timed_out: dict[str, dict[str, dict[str, float]]] = {project_id: {} for project_id in ids}
    planned_out: dict[str, dict[str, dict[str, float]]] = {project_id: {} for project_id in ids}
    for (project_id, role, effort, window, timed), planned in zip(cells, planned_cents, strict=True):
        planned_out[project_id][role] = {labels[m]: c / 100 for m, c in zip(window, planned, strict=True) if c}
        if not fits_as_timed:  # else the schedule is the even spread, rounded as above
            timed_out[project_id][role] = {
                labels[m]: c / 100 for m, c in zip(window, round_to_cents(timed, effort), strict=True) if c
            }
    if fits_as_timed:
        timed_out = planned_out
    load = {
        role: {labels[m]: (used[role][m] / 100, capacity[role]) for m in range(len(months))}
        for role in roles
    }
    return Schedule(
        projects=tuple(ids),
        fits=not shortfall,
        fits_as_timed=fits_as_timed,
        schedule=planned_out,
        timed=timed_out,
        shortfall=shortfall,
        load=load,
    )


def _round_within_capacity(
    cells: Sequence[tuple[str, str, float, list[int], list[float]]],
    cents: list[list[int]],
    used: dict[str, list[int]],
    capacity: Mapping[str, float],
    n_months: int,
) -> None:
    """Where rounding put a role-month over capacity (the exact schedule is within it), move a
    cent along a chain of projects of that role, month to month within their windows, to a month
    with room: each step keeps a project's sum, and the chain takes one cent off the full month."""
    for role, months in used.items():
        limit = math.floor(capacity[role] * 100 + 1e-6)
        mine = [k for k, cell in enumerate(cells) if cell[1] == role]
        for m in range(n_months):
            while months[m] > limit:
                path = _path_to_room(cells, cents, mine, months, limit, m)
                if path is None:
                    break  # no room anywhere: stays within 0.01 a project of the exact schedule
                for k, source, target in path:
                    window = cells[k][3]
                    cents[k][window.index(source)] -= 1
                    cents[k][window.index(target)] += 1
                months[m] -= 1
                months[path[-1][2]] += 1


def _path_to_room(
    cells: Sequence[tuple[str, str, float, list[int], list[float]]],
    cents: Sequence[Sequence[int]],
    role_cells: Sequence[int],
    used: Sequence[int],
    limit: int,
    start: int,
) -> list[tuple[int, int, int]] | None:
    """Breadth first from month start: steps (cell, from month, to month) ending in a month with
    a cent of room, each step by a project with a cent in its from month; None if there is none."""
    came: dict[int, tuple[int, int, int] | None] = {start: None}
    frontier = [start]
    while frontier:
        following = []
        for month in frontier:
            for k in role_cells:
                window = cells[k][3]
                if month not in window or cents[k][window.index(month)] <= 0:
                    continue
                for target in window:
                    if target in came:
                        continue
                    came[target] = (k, month, target)
                    if used[target] + 1 <= limit:
                        path = []
                        step = came[target]
                        while step is not None:
                            path.append(step)
                            step = came[step[1]]
                        return path[::-1]
                    following.append(target)
        frontier = following
    return None


def _solve(
    cells: Sequence[tuple[str, str, float, list[int], list[float]]],
    roles: Sequence[str],
    capacity: Mapping[str, float],
    even_load: Mapping[str, Mapping[Month, float]],
    months: Sequence[Month],
) -> tuple[list[list[float]], dict[tuple[int, int], float]]:
    """Each cell's days per window month, and the extra days per (role index, month index).

    The LP, with e the even spread: days = e + above - below (0 <= below <= e), for each cell
    sum(above) - sum(below) = 0 (the effort is kept); for each role-month
    sum(above - below) - extra <= capacity - (the even load); every above and below <= t.
    Built as arrays (one addRows and one addCols call), not one call per coefficient.
    """
    import highspy
    import numpy as np

    n_months = len(months)
    role_index = {role: index for index, role in enumerate(roles)}
    n_cells = len(cells)
    n_capacity = len(roles) * n_months
    # Columns: above (one per cell-month), below (one per cell-month with even load), extra
    # (one per role-month), t. Rows: effort (one per cell), capacity, then one bound row per
    # above and below column (column - t <= 0).
    above_cell, above_row, below_cell, below_row, below_upper = [], [], [], [], []
    for k, (_, role, _, window, timed) in enumerate(cells):
        base = n_cells + role_index[role] * n_months
        for m, e in zip(window, timed, strict=True):
            above_cell.append(k)
            above_row.append(base + m)
            if e > 0:
                below_cell.append(k)
                below_row.append(base + m)
                below_upper.append(e)
    n_above, n_below = len(above_cell), len(below_cell)
    first_bound_row = n_cells + n_capacity
    n_rows = first_bound_row + n_above + n_below

    row_lower = np.zeros(n_rows)
    row_upper = np.zeros(n_rows)
    row_lower[n_cells:] = -highspy.kHighsInf
    for role, r in role_index.items():
        for m, month in enumerate(months):
            row_upper[n_cells + r * n_months + m] = capacity[role] - even_load[role].get(month, 0.0)

    h = quiet_highs()
    h.addRows(n_rows, row_lower, row_upper, 0, np.zeros(1, dtype=np.int32), np.zeros(0, dtype=np.int32), np.zeros(0))

    # above: +1 in its effort, capacity and bound rows; below: -1, -1, +1; extra: -1 in its
    # capacity row; t: -1 in every bound row.
    above_idx = np.column_stack(
        [np.asarray(above_cell), np.asarray(above_row), first_bound_row + np.arange(n_above)]
    ).ravel()
    below_idx = np.column_stack(
        [np.asarray(below_cell, dtype=np.int64), np.asarray(below_row, dtype=np.int64), first_bound_row + n_above + np.arange(n_below)]
    ).ravel()
    extra_idx = n_cells + np.arange(n_capacity)
    t_idx = first_bound_row + np.arange(n_above + n_below)
    indices = np.concatenate([above_idx, below_idx, extra_idx, t_idx]).astype(np.int32)
    values = np.concatenate(
        [np.tile([1.0, 1.0, 1.0], n_above), np.tile([-1.0, -1.0, 1.0], n_below), -np.ones(n_capacity), -np.ones(n_above + n_below)]
    )
    n_cols = n_above + n_below + n_capacity + 1
    starts = np.concatenate([np.arange(0, 3 * (n_above + n_below), 3), 3 * (n_above + n_below) + np.arange(n_capacity + 1)])
    lower = np.zeros(n_cols)
    upper = np.full(n_cols, highspy.kHighsInf)
    upper[n_above : n_above + n_below] = below_upper
    first_extra = n_above + n_below
    cost = np.zeros(n_cols)
    cost[first_extra : first_extra + n_capacity] = 1.0
    h.addCols(n_cols, cost, lower, upper, len(indices), starts.astype(np.int32), indices, values)

    # (1) the fewest extra role-days
    _run(h)
    extra_total = max(h.getInfo().objective_function_value, 0.0)
    # (2) with the extra days fixed, the smallest largest deviation
    extra_cols = np.arange(first_extra, first_extra + n_capacity, dtype=np.int32)
    h.addRow(-highspy.kHighsInf, extra_total * (1 + _STAGE_SLACK) + _STAGE_SLACK, n_capacity, extra_cols, np.ones(n_capacity))
    t_col = n_cols - 1
    cost[:] = 0.0
    cost[t_col] = 1.0
    h.changeColsCost(n_cols, np.arange(n_cols, dtype=np.int32), cost)
    _run(h)
    largest = max(h.getInfo().objective_function_value, 0.0)
    # (3) with that fixed, the smallest total deviation
    h.changeColBounds(t_col, 0.0, largest * (1 + _STAGE_SLACK) + _STAGE_SLACK)
    cost[:] = 0.0
    cost[: n_above + n_below] = 1.0
    h.changeColsCost(n_cols, np.arange(n_cols, dtype=np.int32), cost)
    _run(h)

    solution = np.asarray(h.getSolution().col_value)
    days = [list(timed) for *_, timed in cells]
    positions = [0] * n_cells  # where each cell's next above column falls in its window
    for i, k in enumerate(above_cell):
        days[k][positions[k]] += solution[i]
        positions[k] += 1
    below_positions = _positions_of_below(cells)
    for j, (k, position) in enumerate(below_positions):
        days[k][position] -= solution[n_above + j]
    extra = {
        (r, m): float(solution[first_extra + r * n_months + m])
        for r in range(len(roles))
        for m in range(n_months)
        if solution[first_extra + r * n_months + m] > EPSILON
    }
    return [[max(value, 0.0) for value in cell] for cell in days], extra


def _positions_of_below(cells: Sequence[tuple[str, str, float, list[int], list[float]]]) -> list[tuple[int, int]]:
    """(cell, position in its window) of each below column, in column order."""
    return [(k, position) for k, (*_, timed) in enumerate(cells) for position, e in enumerate(timed) if e > 0]


def quiet_highs() -> Any:
    """A silent Highs. highspy.Highs() prints HiGHS's banner from C when its constructor enables
    callbacks, which would corrupt `workplan schedule --json` and, in the TUI, the screen. The
    constructor calls the overridable enableCallbacks, so the subclass below turns output off
    just before: nothing is printed, and no file descriptor is touched (safe in any thread)."""
    import highspy

    class QuietHighs(highspy.Highs):
        def enableCallbacks(self) -> None:
            self.setOptionValue("output_flag", False)
            super().enableCallbacks()

    return QuietHighs()


def _run(h: Any) -> None:
    import highspy

    h.run()
    status = h.getModelStatus()
    if status != highspy.HighsModelStatus.kOptimal:
        # Always feasible (extra days are unbounded) and bounded below by 0: only a solver fault.
        raise RuntimeError(f"HiGHS could not solve the delivery schedule: {h.modelStatusToString(status)}")


def planned_delivery(plan: Plan) -> Schedule | None:
    """The delivery an agreed plan's decision put on record, as a Schedule against the plan's
    capacity today; None when the decision records none (then `delivery_schedule` of the agreed
    set is the best account of it)."""
    decision = plan.decision
    if decision is None or not decision.schedule:
        return None
    ids = list(decision.selected)
    as_timed = check_bundle(plan, ids)
    planned: dict[str, dict[str, dict[str, float]]] = {project_id: {} for project_id in ids}
    for entry in decision.schedule:
        planned.setdefault(entry.project, {})[entry.role] = dict(entry.days)
    labels = [month_label(month) for month in plan_months(plan)]
    roles = list(dict.fromkeys([*plan.limits.capacity, *(entry.role for entry in decision.schedule)]))
    used = {role: dict.fromkeys(labels, 0.0) for role in roles}
    for per_role in planned.values():
        for role, per_month in per_role.items():
            for label, days in per_month.items():
                used[role][label] = used[role].get(label, 0.0) + days
    load: dict[str, dict[str, tuple[float, float]]] = {}
    shortfall: dict[str, dict[str, float]] = {}
    for role, per_month in used.items():
        available = float(plan.limits.capacity.get(role, 0.0))
        load[role] = {label: (round(days, 2), available) for label, days in per_month.items()}
        for label, days in per_month.items():
            if round(days - available, 2) > 0:
                shortfall.setdefault(role, {})[label] = round(days - available, 2)
    return Schedule(
        projects=tuple(ids),
        fits=not shortfall,
        fits_as_timed=not as_timed.overloads,
        schedule=planned,
        timed=_even_spread(as_timed, ids),
        shortfall=shortfall,
        load=load,
    )


def _even_spread(as_timed: Feasibility, ids: Sequence[str]) -> dict[str, dict[str, dict[str, float]]]:
    """Each project's even spread over its own window, rounded to 0.01 as schedules are."""
    spreads = as_timed.by_project
    timed: dict[str, dict[str, dict[str, float]]] = {}
    for project_id in ids:
        timed[project_id] = {}
        for role, per_month in spreads[project_id].items():
            months = sorted(per_month)
            cents = round_to_cents([per_month[month] for month in months], sum(per_month.values()))
            timed[project_id][role] = {month_label(month): c / 100 for month, c in zip(months, cents, strict=True) if c}
    return timed
