"""From a social ranking to the priority projects: what fits the budget, every role-month and its gates.

- `select`: walk the ranking and take each project that still fits, up to pick.max.
- `best_feasible`: the feasible set of pick.min..pick.max projects with the highest total score.
- `live_feasibility`: what the Vote screen shows on each keystroke.
- `compare_bundles`: two bundles side by side (`workplan compare`).

Gated projects are taken "subject to approval" and reported so; they are never refused for it.
Projects ranked on no counted ballot are never taken: nobody asked for them.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence

import attrs

from workplan_tui.capacity import (
    BudgetFigures,
    Feasibility,
    LoadTable,
    Month,
    check_bundle,
    format_money,
    load_table,
    month_label,
)
from workplan_tui.model import Gate, Plan
from workplan_tui.voting.result import Skipped

NO_SUPPORT = "ranked on no counted ballot"
# best_feasible stops after visiting this many partial sets and says so (it is exact below it).
NODE_LIMIT = 200_000


def _days(value: float, beside: float | None = None) -> str:
    """Days to one decimal; more when one decimal would make an overload look like 5/5."""
    for places in (1, 2, 3):
        text = f"{value:.{places}f}".rstrip("0").rstrip(".")
        if beside is None or float(text) != beside:
            return text
    return text


def _why_not(plan: Plan, table: LoadTable, used: list[list[float]], budget_used: int, project_id: str) -> str:
    """Why adding project_id to a bundle with this load and spend would not fit; "" when it fits."""
    cost = table.budget_cost[project_id]
    if budget_used + cost > table.budget_limit:
        over = budget_used + cost - table.budget_limit
        return f"would exceed the budget by {format_money(over, plan.limits.currency)}"
    overload = table.first_overload(used, project_id)
    if overload:
        role, month, total, available = overload
        return f"{role} over capacity in {month_label(month)} ({_days(total, available)}/{_days(available)} days)"
    return ""


def approval_note(plan: Plan, project_id: str) -> str:
    gates = [plan.limits.gate(gate) for gate in plan.project(project_id).gates]
    return f"{project_id} is taken subject to approval: " + "; ".join(
        f"{gate.label} needs the approval of the {gate.approval}" for gate in gates
    )


@attrs.frozen
class Selection:
    selected: tuple[str, ...]
    skipped: tuple[Skipped, ...]
    feasibility: Feasibility  # of the selected bundle
    notes: tuple[str, ...] = ()


def select(plan: Plan, ranking: Sequence[str], supported: Collection[str] | None = None) -> Selection:
    """Walk the ranking best first; take each supported project that keeps the bundle within the
    budget and every role-month of capacity, until pick.max are taken. Every other project is
    skipped with its reason."""
    table = load_table(plan)
    supported = set(ranking) if supported is None else set(supported)
    used = table.empty()
    spent = 0
    selected: list[str] = []
    skipped: list[Skipped] = []
    pick_max = plan.voting.pick_max
    for project in ranking:
        if len(selected) >= pick_max:
            skipped.append(Skipped(project, f"pick.max reached ({pick_max} projects selected)"))
            continue
        if project not in supported:
            skipped.append(Skipped(project, NO_SUPPORT))
            continue
        reason = _why_not(plan, table, used, spent, project)
        if reason:
            skipped.append(Skipped(project, reason))
            continue
        selected.append(project)
        table.add(used, project)
        spent += table.budget_cost[project]
    return _finish(plan, selected, skipped, [])


def _finish(plan: Plan, selected: Sequence[str], skipped: Sequence[Skipped], notes: list[str]) -> Selection:
    feasibility = check_bundle(plan, selected)
    notes = list(notes)
    for project in selected:
        if project in feasibility.gated:
            notes.append(approval_note(plan, project))
    if len(selected) < plan.voting.pick_min:
        notes.append(
            f"only {len(selected)} project{'s' if len(selected) != 1 else ''} selected; "
            f"the board wants at least {plan.voting.pick_min} (pick.min)"
        )
    return Selection(tuple(selected), tuple(skipped), feasibility, tuple(notes))


def best_feasible(
    plan: Plan,
    ranking: Sequence[str],
    scores: Mapping[str, float],
    supported: Collection[str] | None = None,
    node_limit: int = NODE_LIMIT,
) -> Selection:
    """The feasible set of pick.min..pick.max supported projects with the highest total score.

    Depth-first branch and bound over the supported projects sorted by score (then ranking
    position): a branch is cut when its total plus the best scores still available cannot beat
    the best set found. This is exact; it stops after `node_limit` partial sets (and says so in
    the notes) so a pathological 2,000-project plan cannot hang a tally. Among sets with the same
    total, the first in that order wins (higher-ranked projects, then fewer projects).
    """
    table = load_table(plan)
    supported = set(ranking) if supported is None else set(supported)
    position = {project: index for index, project in enumerate(ranking)}
    order = sorted((p for p in ranking if p in supported), key=lambda p: (-float(scores[p]), position[p]))
    values = [float(scores[p]) for p in order]
    pick_min, pick_max = plan.voting.pick_min, plan.voting.pick_max
    best: list[object] = [float("-inf"), None]
    visited = 0
    stopped = False
    used = table.empty()
    chosen: list[int] = []

    def search(start: int, total: float, spent: int) -> None:
        nonlocal visited, stopped
        visited += 1
        if visited > node_limit:
            stopped = True
            return
        if len(chosen) >= pick_min and total > best[0]:  # type: ignore[operator]
            best[0], best[1] = total, list(chosen)
        slots = pick_max - len(chosen)
        if not slots:
            return
        for index in range(start, len(order)):
            if total + sum(values[index : index + slots]) <= best[0]:  # type: ignore[operator]
                break  # scores are sorted: no later branch can do better
            project = order[index]
            if _why_not(plan, table, used, spent, project):
                continue
            table.add(used, project)
            chosen.append(index)
            search(index + 1, total + values[index], spent + table.budget_cost[project])
            chosen.pop()
            for role, month, days in table.loads[project]:
                used[role][month] -= days
            if stopped:
                return

    search(0, 0.0, 0)
    picked = {order[i] for i in best[1]} if best[1] is not None else set()  # type: ignore[union-attr]
    selected = [p for p in ranking if p in picked]
    notes = []
    if best[1] is None:
        notes.append(f"no set of {pick_min} to {pick_max} supported projects fits the budget and capacity")
    notes.append(f"best feasible set by total score: {_days(best[0]) if best[1] is not None else 'none'}")  # type: ignore[arg-type]
    if stopped:
        notes.append(f"search stopped after {node_limit:,} partial sets: the best set found, not proven the best")
    skipped = [
        Skipped(p, NO_SUPPORT if p not in supported else "not in the best feasible set")
        for p in ranking
        if p not in picked
    ]
    return _finish(plan, selected, skipped, notes)


# -- live feasibility (the Vote screen) ------------------------------------------


class Reasons(Mapping[str, str]):
    """project -> why it would not fit next to the ballot so far. Each project is checked, and
    its sentence written, only when asked for: the Vote screen asks for the lines on screen."""

    def __init__(self, table: LoadTable | None, used: list[list[float]], spent: int, chosen: Collection[str], currency: str) -> None:
        self._table = table
        self._used = used
        self._spent = spent
        self._chosen = set(chosen)
        self._currency = currency
        self._checked: dict[str, tuple | None] = {}

    def _raw(self, project: object) -> tuple | None:
        if self._table is None or project in self._chosen or project not in self._table.budget_cost:
            return None
        assert isinstance(project, str)
        if project not in self._checked:
            self._checked[project] = self._table.why_not(self._used, self._spent, project)
        return self._checked[project]

    def __getitem__(self, project: str) -> str:
        raw = self._raw(project)
        if raw is None:
            raise KeyError(project)
        kind, *rest = raw
        if kind == "budget":
            return f"would exceed the budget by {format_money(rest[0], self._currency)}"
        role, month, total, available = rest
        return f"{role} over capacity in {month_label(month)} ({_days(total, available)}/{_days(available)} days)"

    def __contains__(self, project: object) -> bool:
        return self._raw(project) is not None

    def __iter__(self):  # noqa: ANN204
        if self._table is not None:
            yield from (project for project in self._table.budget_cost if project in self)

    def __len__(self) -> int:
        return sum(1 for _ in self)


@attrs.frozen
class LiveFeasibility(BudgetFigures):
    """A ranking's bundle as the Vote screen shows it, and whether each other project would still fit."""

    projects: tuple[str, ...]
    currency: str
    budget_limit: int
    budget_used: int
    months: tuple[Month, ...]
    roles: tuple[str, ...]
    available: tuple[float, ...]  # by role
    used: tuple[tuple[float, ...], ...]  # role -> month -> days, indexed like roles and months
    over: tuple[tuple[str, Month, float, float], ...]  # (role, month, used, available), in role then month order
    gated: Mapping[str, tuple[Gate, ...]]  # project -> gates needing approval
    external: Mapping[str, str]  # project -> external funding source
    # other project -> why adding it would take the budget or a role-month over (or further over);
    # absent when it fits. Reads as "would exceed the budget by £1,200" / "adviser over capacity in ...".
    blocked: Mapping[str, str]

    @property
    def fits(self) -> bool:
        return not self.over_budget and not self.over


def live_feasibility(plan: Plan, ranking: Iterable[str], others: bool = True) -> LiveFeasibility:
    """The feasibility of a (partial) ranking in one call, cheap enough to run on every keystroke.

    Uses the plan's cached LoadTable; with `others`, also says for every project not yet ranked
    why adding it would break the budget or capacity (the screen can grey those out).
    """
    table = load_table(plan)
    projects = tuple(dict.fromkeys(ranking))
    used = table.empty()
    spent = 0
    for project in projects:
        table.add(used, project)
        spent += table.budget_cost[project]
    over = tuple(
        (table.roles[r], table.months[m], used[r][m], table.available[r])
        for r in range(len(table.roles))
        for m in range(len(table.months))
        if used[r][m] > table.available[r] + 1e-9
    )
    blocked = Reasons(table if others else None, used, spent, projects, plan.limits.currency)
    gated = {}
    external = {}
    for project_id in projects:
        project = plan.project(project_id)
        if project.gates:
            gated[project_id] = tuple(plan.limits.gate(gate) for gate in project.gates)
        if project.funding:
            external[project_id] = project.funding
    return LiveFeasibility(
        projects=projects,
        currency=plan.limits.currency,
        budget_limit=table.budget_limit,
        budget_used=spent,
        months=table.months,
        roles=table.roles,
        available=table.available,
        used=tuple(tuple(row) for row in used),
        over=over,
        gated=gated,
        external=external,
        blocked=blocked,
    )


# -- comparing two bundles ---------------------------------------------------------


@attrs.frozen
class Comparison:
    bundles: tuple[Feasibility, Feasibility]
    support: tuple[float | None, float | None]  # total score of each bundle; None without ballots


def compare_bundles(
    plan: Plan, a: Sequence[str], b: Sequence[str], scores: Mapping[str, float] | None = None
) -> Comparison:
    """Two bundles side by side: budget, every role-month, gates; with scores, each bundle's total support."""
    first, second = check_bundle(plan, a), check_bundle(plan, b)

    def total(bundle: Sequence[str]) -> float | None:
        return None if scores is None else sum(float(scores.get(p, 0)) for p in dict.fromkeys(bundle))

    return Comparison((first, second), (total(a), total(b)))
