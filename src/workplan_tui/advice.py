"""What a set of projects needs, in the Board's words: the Board decides, workplan advises.

For the selected set (the count's, the chair's agreed set, or one member's ballot):

- whether it fits the budget and staff capacity **as timed** (each project's effort spread
  evenly over its window); if not, whether it fits with the work **re-timed** (the delivery
  schedule, schedule.py) and what moves;
- if it cannot fit even re-timed: the budget shortfall and the smallest extra role-days per
  month that would make it fit (the schedule's shortfall);
- the approvals it needs (gates) and the external funding it depends on;
- the nearest alternatives that do fit, each with its support (total score): the next-ranked
  swap (one project of the set for one of the next SWAP_CANDIDATES ranked outside it), the
  `fit` set (the walk) and the `best` set. Alternatives are looked for only when the set does
  not fit as timed.

`advise` is pure; `advice_lines` says it in sentences (project titles, role labels, month
names); `Advice.to_json` is the `"advice"` object of `workplan tally --json`.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from typing import Any

import attrs

from workplan_tui.capacity import check_bundle, format_money, month_name
from workplan_tui.model import ESTIMATE_MARK, Plan
from workplan_tui.money import json_amount
from workplan_tui.schedule import Schedule, delivery_schedule
from workplan_tui.text import plural

# How many of the next-ranked projects outside the set the swap tries (each try may solve a
# delivery schedule; the advice must stay quick on a 2,000-project plan).
SWAP_CANDIDATES = 10


@attrs.frozen
class Approval:
    project: str
    kind: str  # "gate": a resource someone must approve; "funding": money from outside the budget
    what: str  # the gate's label, or "external funding"
    by: str  # who approves, or where the money comes from

    def to_json(self) -> dict[str, str]:
        return {"project": self.project, "kind": self.kind, "what": self.what, "by": self.by}


@attrs.frozen
class Alternative:
    kind: str  # "swap" | "fit" | "best"
    projects: tuple[str, ...]
    support: float
    fits: bool  # within the budget and capacity, re-timed if need be
    swapped: tuple[str, str] | None = None  # (out, in) for the swap
    also: tuple[str, ...] = ()  # the later kinds that found the same set ("fit", "best")

    def to_json(self) -> dict[str, Any]:
        return {"projects": list(self.projects), "support": self.support, "fits": self.fits}


@attrs.frozen
class Advice:
    projects: tuple[str, ...]
    support: float | None  # total score of the set; None when nothing scores it
    budget_needed: int
    budget_limit: int
    schedule: Schedule
    approvals: tuple[Approval, ...]
    alternatives: tuple[Alternative, ...]

    @property
    def budget_shortfall(self) -> int:
        return max(0, self.budget_needed - self.budget_limit)

    @property
    def fits_as_timed(self) -> bool:
        return not self.budget_shortfall and self.schedule.fits_as_timed

    @property
    def fits(self) -> bool:
        """Within the budget, and within capacity once the work is re-timed."""
        return not self.budget_shortfall and self.schedule.fits

    def to_json(self) -> dict[str, Any]:
        return {
            "fits": self.fits,
            "fits_as_timed": self.fits_as_timed,
            "budget": {  # in currency units, as the plan file says them
                "needed": json_amount(self.budget_needed),
                "limit": json_amount(self.budget_limit),
                "shortfall": json_amount(self.budget_shortfall),
            },
            "shortfall": self.schedule.shortfall,
            "schedule": self.schedule.schedule,
            "approvals": [approval.to_json() for approval in self.approvals],
            "alternatives": [alternative.to_json() for alternative in self.alternatives],
        }


def advise(
    plan: Plan,
    projects: Sequence[str],
    scores: Mapping[str, float] | None = None,
    ranking: Sequence[str] = (),
    supported: Collection[str] | None = None,
) -> Advice:
    """The advice for these projects. With the ranking and scores (and the supported projects:
    those a counted ballot ranks), the alternatives that fit are looked for among the supported."""
    from workplan_tui.voting.selection import best_set, walk

    chosen = tuple(dict.fromkeys(projects))
    feasibility = check_bundle(plan, chosen)
    schedule = delivery_schedule(plan, chosen)
    advice = Advice(
        projects=chosen,
        support=_support(chosen, scores),
        budget_needed=feasibility.budget_used,
        budget_limit=feasibility.budget_limit,
        schedule=schedule,
        approvals=approvals(plan, chosen),
        alternatives=(),
    )
    if advice.fits_as_timed or not ranking:
        return advice
    supported = set(ranking) if supported is None else set(supported)
    found: list[Alternative] = []
    swap = next_ranked_swap(plan, chosen, ranking, supported, scores)
    if swap is not None:
        found.append(swap)
    walked = walk(plan, ranking, supported).selected
    if walked:
        found.append(Alternative("fit", walked, _support(walked, scores) or 0.0, True))
    if scores is not None:
        best = best_set(plan, ranking, scores, supported).selected
        if best:
            found.append(Alternative("best", best, _support(best, scores) or 0.0, True))
    alternatives: dict[tuple[str, ...], Alternative] = {}
    for alternative in found:
        if alternative.projects == chosen:
            continue
        earlier = alternatives.get(alternative.projects)
        if earlier is None:
            alternatives[alternative.projects] = alternative
        else:  # listed once, saying every way it was found
            alternatives[alternative.projects] = attrs.evolve(earlier, also=(*earlier.also, alternative.kind))
    return attrs.evolve(advice, alternatives=tuple(alternatives.values()))


def fits_retimed(plan: Plan, projects: Sequence[str]) -> bool:
    """Within the budget, and within capacity once the work is re-timed (the LP only when the
    even spread does not already fit)."""
    feasibility = check_bundle(plan, projects)
    if feasibility.over_budget:
        return False
    return feasibility.fits or delivery_schedule(plan, projects).fits


def next_ranked_swap(
    plan: Plan,
    chosen: Sequence[str],
    ranking: Sequence[str],
    supported: Collection[str],
    scores: Mapping[str, float] | None,
) -> Alternative | None:
    """One project of the set for one of the next SWAP_CANDIDATES supported projects ranked outside
    it, so that the set fits (re-timed if need be): the swap keeping the most support (the lowest
    ranked project out first, the highest ranked in first)."""
    inside = set(chosen)
    place = {project: index for index, project in enumerate(ranking)}
    candidates = [project for project in ranking if project in supported and project not in inside][:SWAP_CANDIDATES]
    best: Alternative | None = None
    for out in sorted(chosen, key=lambda p: -place.get(p, len(ranking))):
        for into in candidates:
            bundle = tuple(sorted([*(p for p in chosen if p != out), into], key=lambda p: place.get(p, len(ranking))))
            support = _support(bundle, scores) or 0.0
            if best is not None and support <= best.support:
                break  # candidates come best first: none later for this project keeps more support
            if fits_retimed(plan, bundle):
                best = Alternative("swap", bundle, support, True, (out, into))
                break
    return best


def approvals(plan: Plan, projects: Sequence[str]) -> tuple[Approval, ...]:
    found = []
    for project_id in projects:
        project = plan.project(project_id)
        for gate_id in project.gates:
            gate = plan.limits.gate(gate_id)
            found.append(Approval(project_id, "gate", gate.label, gate.approval))
        if project.funding:
            found.append(Approval(project_id, "funding", "external funding", project.funding))
    return tuple(found)


def _support(projects: Sequence[str], scores: Mapping[str, float] | None) -> float | None:
    if scores is None:
        return None
    total = sum(float(scores.get(project, 0)) for project in projects)
    return int(total) if total == int(total) else round(total, 6)


# -- in words --------------------------------------------------------------------


def _days(value: float) -> str:
    return plural(round(float(value), 2), "day")


def _titles(plan: Plan, projects: Sequence[str]) -> str:
    titles = [plan.project(project).title for project in projects]
    if len(titles) <= 1:
        return "".join(titles) or "no project"
    return ", ".join(titles[:-1]) + " and " + titles[-1]


# What the advice rests on, by the words a Board member reads for each kind of figure.
_ESTIMATE_KINDS = (
    ("cost", ("cost",)),
    ("staff days", ("effort",)),
    ("dates", ("start", "end", "earliest", "latest", "milestones")),
)


def _estimates_line(plan: Plan, projects: Sequence[str]) -> str:
    """Which of the figures behind the advice are officer estimates ("" when none is)."""
    parts = []
    for words, figures in _ESTIMATE_KINDS:
        estimated = [project for project in projects if plan.project(project).is_estimate(*figures)]
        if estimated:
            parts.append(f"the {words} of {_titles(plan, estimated)}")
    return f"Officer estimates ({ESTIMATE_MARK}): {'; '.join(parts)}." if parts else ""


def _support_text(support: float | None) -> str:
    return "" if support is None else f" (support {support:g})"


def advice_lines(plan: Plan, advice: Advice) -> list[str]:
    """The advice as sentences a Board member reads, the verdict first."""
    if not advice.projects:
        return ["No project is selected."]
    currency = plan.limits.currency
    schedule = advice.schedule
    lines: list[str] = []
    one = len(advice.projects) == 1
    fit, they = ("fits", "It") if one else ("fit", "They")
    cost = (
        f"{they} {'costs' if one else 'cost'} {format_money(advice.budget_needed, currency)}"
        f" of the {format_money(advice.budget_limit, currency)} budget"
    )
    if advice.fits_as_timed:
        lines.append(f"{_titles(plan, advice.projects)} {fit} the budget and staff capacity as timed.")
    elif advice.fits:
        lines.append(f"{_titles(plan, advice.projects)} {fit} the budget, and staff capacity if some work is re-timed:")
        lines += [f"  {line}" for line in _moves(plan, schedule)]
    else:
        if schedule.fits_as_timed:
            capacity = f"{they} {fit} staff capacity as timed."
        elif schedule.fits:
            capacity = f"{they} {fit} staff capacity if some work is re-timed:"
        else:
            capacity = f"Even with the work re-timed, {they.lower()} {'needs' if one else 'need'} more staff time than there is:"
        lines.append(f"{_titles(plan, advice.projects)} {'does' if one else 'do'} not fit as {'it stands' if one else 'they stand'}.")
        if advice.budget_shortfall:
            lines.append(f"{cost}: {format_money(advice.budget_shortfall, currency)} short.")
        lines.append(capacity)
        if schedule.fits and not schedule.fits_as_timed:
            lines += [f"  {line}" for line in _moves(plan, schedule)]
        for role, months in schedule.shortfall.items():
            extra = ", ".join(f"{_days(days)} in {month_name(month)}" for month, days in months.items())
            lines.append(f"  at least {extra} more of {plan.role_label(role)} time")
    estimates = _estimates_line(plan, advice.projects)
    if estimates:
        lines.append(estimates)
    for approval in advice.approvals:
        title = plan.project(approval.project).title
        if approval.kind == "gate":
            lines.append(f"{title} needs the {approval.what}, which the {approval.by} must approve.")
        else:
            lines.append(f"{title} depends on external funding ({approval.by}); its cost is not counted against the budget.")
    if advice.alternatives:
        lines.append("Nearest alternatives that fit:")
        for alternative in advice.alternatives:
            lines.append(f"  {_alternative(plan, alternative)}")
    return lines


_KINDS = {
    "fit": "down the ranking, each project that still fits",
    "best": "the set that fits with the highest total support",
}


def _alternative(plan: Plan, alternative: Alternative) -> str:
    what = _titles(plan, alternative.projects) + _support_text(alternative.support)
    reasons = []
    if alternative.kind == "swap" and alternative.swapped is not None:
        out, into = (plan.project(project).title for project in alternative.swapped)
        reasons.append(f"{into} instead of {out}")
    else:
        reasons.append(_KINDS[alternative.kind])
    reasons += [f"also {_KINDS[kind]}" for kind in alternative.also]
    return f"{what}: {'; '.join(reasons)}."


def _moves(plan: Plan, schedule: Schedule) -> list[str]:
    """What the re-timing moves, project by project and role by role."""
    lines = []
    for project in schedule.projects:
        for role in schedule.schedule[project]:
            out, into = schedule.moves(project, role)
            # Tenths of a day: the hundredths the schedule's rounding moves are not worth a word.
            out = {month: round(days, 1) for month, days in out.items() if round(days, 1) > 0}
            into = {month: round(days, 1) for month, days in into.items() if round(days, 1) > 0}
            if not out or not into:
                continue
            froms = ", ".join(f"{month_name(month)} ({_days(days)})" for month, days in out.items())
            tos = ", ".join(f"{month_name(month)} ({_days(days)})" for month, days in into.items())
            lines.append(f"{plan.project(project).title}: {plan.role_label(role)} work moves from {froms} to {tos}")
    return lines
