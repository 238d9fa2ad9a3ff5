"""The Method of Equal Shares (`[voting] selection = "equal-shares"`), exact, on integer indices.

The rule (Peters and Skowron, "Proportionality and the limits of welfarism", EC 2020; Peters,
Pierczyński and Skowron, "Proportional participatory budgeting with additive utilities", NeurIPS
2021; https://equalshares.net): the budget is shared equally among the voters. A project can be
bought when its supporters can pay its cost together; each supporter i pays min(budget_i, ρ·u_i),
u_i their utility for it, and ρ is the smallest factor that pays the whole cost. Round by round
the project with the smallest ρ is bought (ties: the earlier project in `order`), its supporters
pay, and the rule ends when no project can be bought.

Utilities as pabutools gives them (its `Cost_Sat` and `Additive_Cardinal_Sat`): on a ranking or
approval ballot a project named is worth its cost to the voter ("cost utilities", the standard of
equalshares.net and of the cities that used the rule, e.g. Wieliczka 2023); on a points ballot it
is worth the points given.

Completions (what cities did with the budget equal shares leaves unspent; equalshares.net,
"Completion"):
- `add1`: rerun with each voter's share raised by one currency unit at a time, while the outcome
  stays within the budget; the last outcome within it is kept, or the first that is exhaustive
  (no project left that it could still afford). pabutools: `method_of_equal_shares(...,
  voter_budget_increment=1)`.
- `add1-utilitarian`: `add1`, then each remaining project that still fits, by utility per cost
  (votes per cost... with cost utilities: by votes), as pabutools'
  `greedy_utilitarian_welfare(..., initial_budget_allocation=outcome)`.

The plan's staff capacity is a further constraint, in the same place as the budget: a project
that would take a role-month over capacity beside those bought before it is not bought, and the
rule goes on with the others (`fits`). Without effort figures the result is pabutools' exactly.

Speed: voters with the same ballot are one group (a count); groups whose share is equal are one
class, so each round's arithmetic is over classes, not voters, and the shares are Fractions.
A project's ρ can only rise from round to round (shares only fall), so, as in pabutools, the
projects are tried in the order of their last ρ and a round stops at the first whose last ρ is
above the best found.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from fractions import Fraction

import attrs
import numpy as np


@attrs.frozen
class Electorate:
    """The ballots as equal shares reads them: project p's supporters (voter-group indices) and
    their utilities, each group's count, and the number of voters sharing the budget."""

    costs: tuple[int, ...]  # by project index
    supporters: tuple[np.ndarray, ...]  # by project: int64 group indices
    utilities: tuple[np.ndarray, ...]  # by project: int64 utility of each supporter
    weights: np.ndarray  # by group: how many voters cast that ballot
    voters: int

    @classmethod
    def of(
        cls, costs: Sequence[int], ballots: Sequence[tuple[Sequence[tuple[int, int]], int]], voters: int | None = None
    ) -> Electorate:
        """`ballots`: each distinct ballot as ((project index, utility), ...) with its count."""
        members: list[list[int]] = [[] for _ in costs]
        values: list[list[int]] = [[] for _ in costs]
        weights = np.zeros(len(ballots), dtype=np.int64)
        for group, (items, count) in enumerate(ballots):
            weights[group] = count
            for project, utility in items:
                if utility > 0:
                    members[project].append(group)
                    values[project].append(utility)
        total = int(weights.sum()) if voters is None else voters
        return cls(
            tuple(int(c) for c in costs),
            tuple(np.asarray(m, dtype=np.int64) for m in members),
            tuple(np.asarray(v, dtype=np.int64) for v in values),
            weights,
            total,
        )

    def eligible(self) -> list[int]:
        """Projects someone supports (the others are never bought)."""
        return [p for p in range(len(self.costs)) if len(self.supporters[p])]


@attrs.frozen
class Outcome:
    selected: tuple[int, ...]  # in the order bought
    rounds: int  # runs of the rule (more than one with add1)
    share: Fraction  # each voter's share in the run kept
    completed: tuple[int, ...] = ()  # bought by the utilitarian completion, in order
    capacity_refused: tuple[int, ...] = ()  # affordable but over the staff capacity


Fits = Callable[[int, Sequence[int]], bool]


def _always(project: int, bought: Sequence[int]) -> bool:
    return True


def run(
    electorate: Electorate, budget: int, share: Fraction, order: Sequence[int], fits: Fits = _always, most: int | None = None
) -> tuple[list[int], list[int]]:
    """One run of equal shares with each voter's share `share`: (bought, refused for capacity)."""
    rank = {project: place for place, project in enumerate(order)}
    groups = len(electorate.weights)
    weights = electorate.weights
    # Each group's class; each class's share. All start in class 0.
    group_class = np.zeros(groups, dtype=np.int64)
    class_share: list[Fraction] = [Fraction(share)]
    bought: list[int] = []
    refused: list[int] = []
    # A project that costs nothing is bought at once, as pabutools does for one with utility
    # (its cost utilities give such a project none: workplan's caller gives it 1).
    for p in sorted((p for p in electorate.eligible() if electorate.costs[p] == 0), key=rank.__getitem__):
        (bought if fits(p, bought) else refused).append(p)
    remaining = [p for p in electorate.eligible() if electorate.costs[p] > 0]
    last: dict[int, Fraction] = {}
    for p in remaining:
        total_utility = int((electorate.utilities[p] * weights[electorate.supporters[p]]).sum())
        last[p] = Fraction(electorate.costs[p], total_utility)
    limit = most if most is not None else len(electorate.costs)
    while remaining and len(bought) < limit:
        remaining.sort(key=lambda p: (last[p], rank[p]))
        best: Fraction | None = None
        tied: list[int] = []
        unaffordable: list[int] = []
        for p in remaining:
            if best is not None and last[p] > best:
                break
            rho = _factor(electorate, p, group_class, class_share)
            if rho is None:
                unaffordable.append(p)
                continue
            last[p] = rho
            if best is None or rho < best:
                best, tied = rho, [p]
            elif rho == best:
                tied.append(p)
        for p in unaffordable:
            remaining.remove(p)
        if best is None:
            break
        chosen = min(tied, key=rank.__getitem__)
        remaining.remove(chosen)
        if not fits(chosen, bought):
            refused.append(chosen)
            continue
        bought.append(chosen)
        _pay(electorate, chosen, best, group_class, class_share)
    return bought, refused


def _classes(electorate: Electorate, project: int, group_class: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The supporters of project by (class, utility): their keys' class, utility, voters, and
    each supporter's position among the keys."""
    supporters = electorate.supporters[project]
    utilities = electorate.utilities[project]
    classes = group_class[supporters]
    # One utility for all (cost utilities): the class alone is the key.
    uniform = utilities.min() == utilities.max()
    keys = classes if uniform else classes * (int(utilities.max()) + 1) + utilities
    unique, first, inverse = np.unique(keys, return_index=True, return_inverse=True)
    voters = np.bincount(inverse, weights=electorate.weights[supporters], minlength=len(unique))
    return classes[first], utilities[first], voters.astype(np.int64), inverse


def _factor(electorate: Electorate, project: int, group_class: np.ndarray, class_share: list[Fraction]) -> Fraction | None:
    """The smallest ρ at which the supporters pay the cost (each min(share, ρ·u)); None when
    all their shares together are less than the cost."""
    cost = electorate.costs[project]
    classes, utilities, voters, _ = _classes(electorate, project, group_class)
    entries = [(class_share[c], int(u), int(n)) for c, u, n in zip(classes.tolist(), utilities.tolist(), voters.tolist(), strict=True)]
    if sum(share * n for share, _, n in entries) < cost:
        return None
    entries.sort(key=lambda e: e[0] / e[1])  # poorest per utility first
    paid = Fraction(0)
    utility_left = sum(u * n for _, u, n in entries)
    for share, u, n in entries:
        rho = (cost - paid) / utility_left
        if rho * u <= share:
            return rho
        paid += share * n
        utility_left -= u * n
    return None  # not reached: the shares cover the cost


def _pay(electorate: Electorate, project: int, rho: Fraction, group_class: np.ndarray, class_share: list[Fraction]) -> None:
    """Each supporter pays min(share, ρ·u): the supporters of each (class, utility) become a new class."""
    supporters = electorate.supporters[project]
    classes, utilities, _, inverse = _classes(electorate, project, group_class)
    start = len(class_share)
    for c, u in zip(classes.tolist(), utilities.tolist(), strict=True):
        share = class_share[c]
        class_share.append(share - min(share, rho * u))
    group_class[supporters] = start + inverse


def equal_shares(
    electorate: Electorate,
    budget: int,
    order: Sequence[int],
    *,
    completion: str = "none",
    increment: int = 1,
    fits: Fits = _always,
    most: int | None = None,
) -> Outcome:
    """Equal shares on the budget with the completion (module docstring); `order` breaks ties
    (earlier first) and must name every project; `increment` is one currency unit (add1)."""
    if electorate.voters == 0:
        return Outcome((), 0, Fraction(0))
    share = Fraction(budget, electorate.voters)
    bought, refused = run(electorate, budget, share, order, fits, most)
    rounds = 1
    if completion in ("add1", "add1-utilitarian"):
        eligible = [p for p in electorate.eligible() if electorate.costs[p] > 0]
        costs = electorate.costs
        while True:
            spent = sum(costs[p] for p in bought)
            chosen = set(bought)
            if all(p in chosen or spent + costs[p] > budget for p in eligible):
                break  # exhaustive: nothing more could be afforded
            if len(bought) >= (most if most is not None else len(costs)):
                break
            higher = share + increment
            more, more_refused = run(electorate, budget, higher, order, fits, most)
            rounds += 1
            if sum(costs[p] for p in more) > budget:
                break  # over the budget: the last outcome within it stands
            bought, refused, share = more, more_refused, higher
    completed: list[int] = []
    if completion == "add1-utilitarian":
        completed = _utilitarian(electorate, budget, order, bought, fits, most)
    return Outcome(tuple(bought), rounds, share, tuple(completed), tuple(p for p in refused if p not in completed))


def _utilitarian(
    electorate: Electorate, budget: int, order: Sequence[int], bought: Sequence[int], fits: Fits, most: int | None
) -> list[int]:
    """Each project not bought that still fits, by total utility per cost, then `order`."""
    rank = {project: place for place, project in enumerate(order)}
    weights = electorate.weights
    density: dict[int, Fraction] = {}
    for p in electorate.eligible():
        if p in bought:
            continue
        total = int((electorate.utilities[p] * weights[electorate.supporters[p]]).sum())
        cost = electorate.costs[p]
        density[p] = Fraction(total, cost) if cost else Fraction(10**30)
    taken = list(bought)
    left = budget - sum(electorate.costs[p] for p in bought)
    completed = []
    limit = most if most is not None else len(electorate.costs)
    for p in sorted(density, key=lambda q: (-density[q], rank[q])):
        if len(taken) >= limit:
            break
        if electorate.costs[p] <= left and fits(p, taken):
            taken.append(p)
            completed.append(p)
            left -= electorate.costs[p]
    return completed
