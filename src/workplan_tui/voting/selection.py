"""From a social ranking to the selection, by the plan's rule (`[voting] selection`).

- `"priorities"` (`top_priorities`): the top pick.max supported projects. Nothing is vetoed:
  the advice (advice.py) says what they need.
- `"fit"` (`walk`): walk the ranking and take each project that still fits, up to pick.max.
- `"fit-stop"` (`walk` with `stop=True`): the same walk, ending at the first project that does not fit.
- `"best"` (`best_set`): the feasible set of pick.min..pick.max projects with the highest total
  score, exact (a mixed-integer program solved by HiGHS).
- `"equal-shares"` (`equal_shares_selection`): the Method of Equal Shares on the budget, with the
  plan's completion and its staff capacity as a further constraint (voting/equal_shares.py).
- `select`: the rule's selection; `live_feasibility`: what the Vote screen shows on each keystroke;
  `compare_bundles`: two bundles side by side (`workplan compare`).

"Fits" here is the bundle as timed (each project's effort spread evenly over its window) within
the budget and every role-month. Gated projects are taken "subject to approval" and reported so;
they are never refused for it. Projects no counted ballot supports (ranks, approves or gives
points to: `kind_words.no_support`) are never taken: nobody asked for them. Under every rule,
fewer than pick.min projects is a problem the result carries.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence

import attrs

from workplan_tui.capacity import (
    EPSILON,
    BudgetFigures,
    Feasibility,
    LoadTable,
    Month,
    check_bundle,
    format_money,
    load_table,
    month_name,
)
from workplan_tui.model import SELECTIONS, Gate, Limits, Plan
from workplan_tui.money import MINOR_PER_UNIT
from workplan_tui.text import plural
from workplan_tui.voting.kind_words import no_support
from workplan_tui.voting.methods import Profile
from workplan_tui.voting.result import Skipped

NOT_BEST = "not in the best feasible set"
# How many greedy bundles best_set tries for its lower bound (each from one of the top projects).
GREEDY_STARTS = 20
# What each rule does, in a few words (tally's header line, the Results pane).
RULES = {
    "priorities": "the top-ranked projects, whatever they need",
    "fit": "down the ranking, each project that still fits",
    "fit-stop": "down the ranking, stopping at the first project that does not fit",
    "best": "the set that fits with the highest total score",
    "equal-shares": "the method of equal shares: each voter's equal share of the budget buys what they support",
}
NOT_AFFORDED = "its supporters' equal shares of the budget could not pay for it"
# One currency unit in the plan's money, which the model keeps in minor units (pence, grosze):
# what add1 raises each voter's share by, as cities and pabutools do (one złoty, not one grosz).
CURRENCY_UNIT = MINOR_PER_UNIT


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
        return over_budget_reason(budget_used + cost - table.budget_limit, plan.limits)
    overload = table.first_overload(used, project_id)
    return over_capacity_reason(plan.limits, *overload) if overload else ""


# Why a project does not fit beside the others. Both read on after a title or "it": "Modern
# slavery: would exceed the budget by £1,200", "Ranked, but it would take …".
def over_budget_reason(over: int, limits: Limits) -> str:
    return f"would exceed the budget by {format_money(over, limits.currency)}"


def over_capacity_reason(limits: Limits, role: str, month: Month, total: float, available: float) -> str:
    """"would take Adviser over capacity in June 2023 (17.5 of 16 days)"."""
    return (
        f"would take {limits.role_label(role)} over capacity in {month_name(month)} "
        f"({_days(total, available)} of {plural(float(_days(available)), 'day')})"
    )


def approval_note(plan: Plan, project_id: str) -> str:
    gates = [plan.limits.gate(gate) for gate in plan.project(project_id).gates]
    return f"{plan.project(project_id).title} is taken subject to approval: " + "; ".join(
        f"{gate.label} needs the approval of the {gate.approval}" for gate in gates
    ) + "."


def no_place_left(pick_max: int) -> str:
    """Why a project below the Board's number of priorities is not selected, in its words."""
    return f"{plural(pick_max, 'project')} {'is' if pick_max == 1 else 'are'} already selected, the most the Board prioritises"


def short_of_minimum(plan: Plan, selected: Sequence[str]) -> str:
    """The problem when fewer than pick.min projects are selected; "" when there is none."""
    if len(selected) >= plan.voting.pick_min:
        return ""
    count = len(selected)
    chosen = "no project is" if count == 0 else f"only {plural(count, 'project')} {'is' if count == 1 else 'are'}"
    return f"{chosen} selected; the Board aims to prioritise at least {plan.voting.pick_min}"


@attrs.frozen
class Selection:
    rule: str
    selected: tuple[str, ...]
    skipped: tuple[Skipped, ...]
    feasibility: Feasibility  # of the selected bundle, as timed
    notes: tuple[str, ...] = ()
    problems: tuple[str, ...] = ()  # what agreeing this selection must confirm (fewer than pick.min)


def select(
    plan: Plan,
    ranking: Sequence[str],
    supported: Collection[str] | None = None,
    *,
    rule: str,
    scores: Mapping[str, float] | None = None,
    profile: Profile | None = None,
) -> Selection:
    """The selection by `rule` (one of model.SELECTIONS); "best" needs the scores, "equal-shares"
    the profile (the ballots)."""
    if rule == "priorities":
        return top_priorities(plan, ranking, supported)
    if rule in ("fit", "fit-stop"):
        return walk(plan, ranking, supported, stop=rule == "fit-stop")
    if rule == "best":
        if scores is None:
            raise ValueError("the best set needs the scores")
        return best_set(plan, ranking, scores, supported)
    if rule == "equal-shares":
        if profile is None:
            raise ValueError("equal shares needs the ballots")
        return equal_shares_selection(plan, ranking, profile, supported)
    raise ValueError(f"unknown selection rule `{rule}`; expected one of {', '.join(SELECTIONS)}")


def priorities(ranking: Sequence[str], supported: Collection[str], pick_max: int) -> tuple[str, ...]:
    """The Board's priorities: the top pick_max projects of the ranking that a counted ballot ranks."""
    return tuple([project for project in ranking if project in supported][:pick_max])


def top_priorities(plan: Plan, ranking: Sequence[str], supported: Collection[str] | None = None) -> Selection:
    supported = set(ranking) if supported is None else set(supported)
    selected = priorities(ranking, supported, plan.voting.pick_max)
    pick_max = plan.voting.pick_max
    nobody = no_support(plan.voting.ballot)
    skipped = [
        Skipped(project, nobody if project not in supported else no_place_left(pick_max))
        for project in ranking
        if project not in selected
    ]
    return _finish(plan, "priorities", selected, skipped, [])


def walk(plan: Plan, ranking: Sequence[str], supported: Collection[str] | None = None, *, stop: bool = False) -> Selection:
    """Walk the ranking best first; take each supported project that keeps the bundle within the
    budget and every role-month of capacity, until pick.max are taken. With `stop`, the walk ends
    at the first supported project that does not fit. Every other project is skipped with its reason."""
    table = load_table(plan)
    supported = set(ranking) if supported is None else set(supported)
    used = table.empty()
    spent = 0
    selected: list[str] = []
    skipped: list[Skipped] = []
    pick_max = plan.voting.pick_max
    stopped_at = ""
    for project in ranking:
        if project not in supported:
            skipped.append(Skipped(project, no_support(plan.voting.ballot)))
            continue
        if len(selected) >= pick_max:
            skipped.append(Skipped(project, no_place_left(pick_max)))
            continue
        if stopped_at:
            skipped.append(Skipped(project, f"the walk down the ranking stopped at {plan.project(stopped_at).title}, which did not fit"))
            continue
        reason = _why_not(plan, table, used, spent, project)
        if reason:
            skipped.append(Skipped(project, reason))
            if stop:
                stopped_at = project
            continue
        selected.append(project)
        table.add(used, project)
        spent += table.budget_cost[project]
    return _finish(plan, "fit-stop" if stop else "fit", selected, skipped, [])


def _finish(plan: Plan, rule: str, selected: Sequence[str], skipped: Sequence[Skipped], notes: list[str]) -> Selection:
    feasibility = check_bundle(plan, selected)
    notes = list(notes)
    for project in selected:
        if project in feasibility.gated:
            notes.append(approval_note(plan, project))
    short = short_of_minimum(plan, selected)
    return Selection(rule, tuple(selected), tuple(skipped), feasibility, tuple(notes), (short,) if short else ())


def equal_shares_selection(
    plan: Plan, ranking: Sequence[str], profile: Profile, supported: Collection[str] | None = None
) -> Selection:
    """The Method of Equal Shares on the plan's budget (voting/equal_shares.py): utilities are
    costs on ranking and approval ballots, points on points ballots; ties go to the higher
    ranked project; pick.max projects at most; a project that would take a role-month over
    capacity beside those bought before it is not bought. Only `supported` projects take part
    (the threshold has taken the others out)."""
    from workplan_tui.voting.equal_shares import Electorate, equal_shares

    table = load_table(plan)
    supported = set(ranking) if supported is None else set(supported)
    projects = [p for p in ranking if p in supported] + [p for p in ranking if p not in supported]
    index = {project: i for i, project in enumerate(projects)}
    costs = [table.budget_cost[p] for p in projects]

    if profile.given:  # points ballots: each project worth the points given it
        points = [(tuple((index[p], n) for p, n in given if p in supported), count) for given, count in profile.given]
        electorate = Electorate.of(costs, points, voters=profile.size)
    else:  # rankings and approvals: each project named worth its cost (cost utilities)
        named = [(tuple(index[p] for p in ranking if p in supported), count) for ranking, count in profile.rankings]
        named += [
            (tuple(index[p] for group in groups for p in group if p in supported), count) for groups, count in profile.tied
        ]
        electorate = Electorate.approvals(costs, named, voters=profile.size)

    def fits(project: int, bought: Sequence[int]) -> bool:
        used = table.empty()
        for other in bought:
            table.add(used, projects[other])
        return table.first_overload(used, projects[project]) is None

    rule = plan.voting
    outcome = equal_shares(
        electorate, table.budget_limit, list(range(len(projects))),
        completion=rule.completion, increment=CURRENCY_UNIT, fits=fits, most=rule.pick_max,
    )
    chosen = [projects[i] for i in outcome.selected + outcome.completed]
    taken = set(chosen)
    refused = {projects[i] for i in outcome.capacity_refused}
    skipped: list[Skipped] = []
    used = table.empty()
    for project in chosen:
        table.add(used, project)
    for project in ranking:
        if project in taken:
            continue
        if project not in supported:
            reason = no_support(plan.voting.ballot)
        elif len(chosen) >= rule.pick_max:
            reason = no_place_left(rule.pick_max)
        elif project in refused:
            overload = table.first_overload(used, project)
            reason = over_capacity_reason(plan.limits, *overload) if overload else NOT_AFFORDED
        else:
            reason = NOT_AFFORDED
        skipped.append(Skipped(project, reason))
    currency = plan.limits.currency
    whole = outcome.share.numerator // outcome.share.denominator
    share = ("" if outcome.share == whole else "about ") + format_money(whole, currency)
    notes = [f"Equal shares: each voter's share of the budget was {share} ({plural(profile.size, 'voter')})."]
    if outcome.rounds > 1:
        notes.append(
            f"Completed by adding one {currency} to each share at a time ({plural(outcome.rounds, 'run')}) "
            "while the projects bought stayed within the budget."
        )
    if outcome.completed:
        names = ", ".join(plan.project(projects[i]).title for i in outcome.completed)
        notes.append(f"Then the most supported projects that still fitted, per cost: {names}.")
    return _finish(plan, "equal-shares", chosen, skipped, notes)


def best_set(
    plan: Plan,
    ranking: Sequence[str],
    scores: Mapping[str, float],
    supported: Collection[str] | None = None,
) -> Selection:
    """The feasible set of pick.min..pick.max supported projects with the highest total score.

    Exact: a mixed-integer program (one binary per project: the budget and every role-month as
    rows, pick.min..pick.max as a row) solved by HiGHS with no gap and no node limit. Among sets
    with the same total, the one whose ranking places add up to least: the higher-ranked
    projects, and no project that adds nothing. When no set of pick.min fits, the best smaller
    set, and the result says it is short.
    """
    supported = set(ranking) if supported is None else set(supported)
    candidates = [project for project in ranking if project in supported]
    pick_min, pick_max = plan.voting.pick_min, plan.voting.pick_max
    picked = best_bundle(plan, candidates, scores, pick_min, pick_max)
    notes = []
    if picked is None:
        notes.append(
            f"No set of {pick_min} to {plural(pick_max, 'project')} that members ranked fits the budget and staff capacity."
        )
        picked = best_bundle(plan, candidates, scores, 1, pick_max) or ()
    total = sum(float(scores[p]) for p in picked)
    notes.append(
        f"The set that fits with the highest total score scores {_days(total)}." if picked else "No set of projects fits."
    )
    chosen = set(picked)
    nobody = no_support(plan.voting.ballot)
    skipped = [Skipped(p, nobody if p not in supported else NOT_BEST) for p in ranking if p not in chosen]
    return _finish(plan, "best", [p for p in ranking if p in chosen], skipped, notes)


def best_bundle(
    plan: Plan, candidates: Sequence[str], scores: Mapping[str, float], fewest: int, most: int
) -> tuple[str, ...] | None:
    """The feasible bundle of fewest..most of the candidates (in ranking order) with the highest
    total score, then the smallest sum of places among the candidates; None when none fits."""
    table = load_table(plan)
    alone = table.alone()
    # A project over the budget or a role-month on its own is in no feasible set.
    usable = [p for p in candidates if table.budget_cost[p] <= table.budget_limit and p not in alone]
    if len(usable) < fewest or most < 1:
        return None if fewest > 0 else ()
    usable = _could_be_best(table, usable, scores, fewest, most)
    place = {project: index for index, project in enumerate(candidates)}
    program = _BundleProgram(table, usable, [float(scores[p]) for p in usable], fewest, most)
    while True:
        chosen = program.solve([place[p] for p in usable])
        if chosen is None:
            return None
        bundle = tuple(usable[i] for i in chosen)
        # The solver works to its tolerances (1e-6 on a row): the set is checked as the rest of
        # workplan checks it, and a set over by less than that is cut off and the search repeated.
        if check_bundle(plan, bundle).fits:
            return bundle
        program.exclude(chosen)


def _could_be_best(
    table: LoadTable, candidates: Sequence[str], scores: Mapping[str, float], fewest: int, most: int
) -> list[str]:
    """The candidates that can be in a best bundle, in their order: exact, so the program is small.

    Greedy bundles (by score, each project that still fits; started from each of the first
    GREEDY_STARTS projects) of at least `fewest` projects give a total no best bundle is below.
    A project's best possible total is its score plus the positive scores of the `most - 1`
    highest-scoring others that fit beside it one at a time; a project whose best possible total
    is below the greedy total (less a tolerance) cannot be in a best bundle, nor in one that ties it.
    """
    by_score = sorted(candidates, key=lambda p: -float(scores[p]))
    value = {p: float(scores[p]) for p in candidates}

    def greedy(first: str) -> float | None:
        used = table.empty()
        table.add(used, first)
        spent, taken = table.budget_cost[first], [first]
        for project in by_score:
            if len(taken) == most:
                break
            if project != first and table.why_not(used, spent, project) is None:
                taken.append(project)
                table.add(used, project)
                spent += table.budget_cost[project]
        return sum(value[p] for p in taken) if len(taken) >= fewest else None

    totals = [total for total in map(greedy, by_score[:GREEDY_STARTS]) if total is not None]
    if not totals:
        return list(candidates)
    floor = max(totals)
    floor -= 1e-9 * max(1.0, abs(floor))
    kept = []
    for project in candidates:
        bound, need, reachable = value[project], most - 1, True
        used = table.empty()
        table.add(used, project)
        spent = table.budget_cost[project]
        for other in by_score:
            if not need or value[other] <= 0:
                break
            if bound + value[other] * need < floor:
                reachable = False  # the others score no more than this one: the floor is out of reach
                break
            if other != project and table.why_not(used, spent, other) is None:
                bound += value[other]
                need -= 1
        if reachable and bound >= floor:
            kept.append(project)
    return kept


class _BundleProgram:
    """The mixed-integer program behind best_bundle, built once and re-solved after a cut."""

    def __init__(self, table: LoadTable, projects: Sequence[str], values: Sequence[float], fewest: int, most: int) -> None:
        import highspy
        import numpy as np

        from workplan_tui.schedule import quiet_highs

        n_months = len(table.months)
        n = len(projects)
        rows: dict[int, int] = {}  # role-month cell -> row index; row 0 is the budget, row 1 the count
        starts: list[int] = []
        indices: list[int] = []
        coefficients: list[float] = []
        for project in projects:
            starts.append(len(indices))
            cost = table.budget_cost[project]
            if cost:
                indices.append(0)
                coefficients.append(float(cost))
            indices.append(1)
            coefficients.append(1.0)
            for role, month, days in table.loads[project]:
                row = rows.setdefault(role * n_months + month, 2 + len(rows))
                indices.append(row)
                coefficients.append(days)
        n_rows = 2 + len(rows)
        upper = np.empty(n_rows)
        upper[0], upper[1] = table.budget_limit, most
        for cell, row in rows.items():
            upper[row] = table.available[cell // n_months] + EPSILON
        lower = np.full(n_rows, -highspy.kHighsInf)
        lower[1] = fewest
        h = quiet_highs()
        # Exact: no relative or absolute gap (HiGHS stops at 0.01% by default), no node limit.
        h.setOptionValue("mip_rel_gap", 0.0)
        h.setOptionValue("mip_abs_gap", 0.0)
        # Presolve took four fifths of the time on 2,000 projects whose best scores crowd each
        # other out (benchmarks/best_bench.py) and the search then ended at the root node anyway.
        h.setOptionValue("presolve", "off")
        h.addRows(n_rows, lower, upper, 0, np.zeros(1, dtype=np.int32), np.zeros(0, dtype=np.int32), np.zeros(0))
        self._values = np.asarray(values, dtype=float)
        h.addCols(
            n, -self._values, np.zeros(n), np.ones(n), len(indices),
            np.asarray(starts, dtype=np.int32), np.asarray(indices, dtype=np.int32), np.asarray(coefficients),
        )
        h.changeColsIntegrality(n, np.arange(n, dtype=np.int32), np.full(n, highspy.HighsVarType.kInteger))
        self._h, self._n = h, n

    def solve(self, places: Sequence[int]) -> list[int] | None:
        """Two stages: the highest total; then, with the total kept, the smallest sum of places."""
        import highspy
        import numpy as np

        h, n = self._h, self._n
        everything = np.arange(n, dtype=np.int32)
        h.changeColsCost(n, everything, -self._values)
        if not self._run():
            return None
        best = -h.getInfo().objective_function_value
        # A set within a part in 10^9 of the best total counts as equally good (scores are floats).
        keep = h.getNumRow()
        h.addRow(best - 1e-9 * max(1.0, abs(best)), highspy.kHighsInf, n, everything, self._values)
        h.changeColsCost(n, everything, np.asarray(places, dtype=float) + 1.0)
        solved = self._run()
        chosen = [i for i, value in enumerate(h.getSolution().col_value) if value > 0.5] if solved else None
        h.deleteRows(1, np.asarray([keep], dtype=np.int32))
        return chosen

    def exclude(self, chosen: Sequence[int]) -> None:
        """A cut that removes exactly this set: at most len(chosen) - 1 of it, or any other project."""
        import highspy
        import numpy as np

        others = [i for i in range(self._n) if i not in set(chosen)]
        index = np.asarray([*chosen, *others], dtype=np.int32)
        value = np.asarray([1.0] * len(chosen) + [-1.0] * len(others))
        self._h.addRow(-highspy.kHighsInf, len(chosen) - 1, len(index), index, value)

    def _run(self) -> bool:
        import highspy

        self._h.run()
        status = self._h.getModelStatus()
        if status == highspy.HighsModelStatus.kOptimal:
            return True
        if status == highspy.HighsModelStatus.kInfeasible:
            return False
        # The program is bounded (binaries) and exact options set no limit: only a solver fault.
        raise RuntimeError(f"HiGHS could not solve the best set: {self._h.modelStatusToString(status)}")


# -- live feasibility (the Vote screen) ------------------------------------------


class Reasons(Mapping[str, str]):
    """project -> why it would not fit next to the ballot so far. Each project is checked, and
    its sentence written, only when asked for: the Vote screen asks for the lines on screen."""

    def __init__(self, table: LoadTable | None, used: list[list[float]], spent: int, chosen: Collection[str], limits: Limits) -> None:
        self._table = table
        self._used = used
        self._spent = spent
        self._chosen = set(chosen)
        self._limits = limits
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
            return over_budget_reason(rest[0], self._limits)
        return over_capacity_reason(self._limits, *rest)

    def __contains__(self, project: object) -> bool:
        return self._raw(project) is not None

    def __iter__(self) -> Iterator[str]:
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
    # absent when it fits. Reads as "it would take the budget £1,200 over" / "Adviser time in May 2023 would be …".
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
    blocked = Reasons(table if others else None, used, spent, projects, plan.limits)
    gated = {}
    external = {}
    for project_id in projects:
        details = plan.project(project_id)
        if details.gates:
            gated[project_id] = tuple(plan.limits.gate(gate) for gate in details.gates)
        if details.funding:
            external[project_id] = details.funding
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
