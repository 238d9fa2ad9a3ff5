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
- `add1-to-budget`: `add1` without the stop at the first exhaustive outcome: the share rises
  until the outcome would exceed the budget, and the last within it is kept. Wieliczka's Green
  Million 2023 (pabulib `equalshares/add1`) was counted so: `add1` stops at a share of 301.84 zł,
  exhaustive with 984,579 zł spent, where the city's outcome is first bought at 305.84 zł
  (995,079 zł) and kept to 315.84 zł, the last share within the budget.
  pabutools: `exhaustion_by_budget_increase(..., exhaustive_stop=False, budget_step=voters)`.
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

import itertools
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
        weights = np.fromiter((count for _, count in ballots), dtype=np.int64, count=len(ballots))
        # Every (group, project, utility) at once, then split by project: no list per project.
        group_of = np.fromiter((g for g, (items, _) in enumerate(ballots) for _ in items), dtype=np.int64)
        pairs = np.fromiter((x for items, _ in ballots for item in items for x in item), dtype=np.int64)
        return cls._build(costs, group_of, pairs, weights, voters)

    @classmethod
    def approvals(
        cls, costs: Sequence[int], ballots: Sequence[tuple[Sequence[int], int]], voters: int | None = None
    ) -> Electorate:
        """Ballots that name projects (rankings, approvals), each named project worth its cost to
        the voter (cost utilities; a project that costs nothing worth 1): `ballots` are each
        distinct list of project indices with its count."""
        worth = np.maximum(np.asarray(costs, dtype=np.int64), 1)
        flat = np.fromiter((p for named, _ in ballots for p in named), dtype=np.int64)
        sizes = np.fromiter((len(named) for named, _ in ballots), dtype=np.int64, count=len(ballots))
        pairs = np.empty(2 * len(flat), dtype=np.int64)
        pairs[0::2], pairs[1::2] = flat, worth[flat]
        counts = np.fromiter((count for _, count in ballots), dtype=np.int64, count=len(ballots))
        return cls._build(costs, np.repeat(np.arange(len(ballots)), sizes), pairs, counts, voters)

    @classmethod
    def _build(
        cls, costs: Sequence[int], group_of: np.ndarray, pairs: np.ndarray, weights: np.ndarray, voters: int | None
    ) -> Electorate:
        projects, values = pairs[0::2], pairs[1::2]
        wanted = values > 0
        group_of, projects, values = group_of[wanted], projects[wanted], values[wanted]
        by_project = np.argsort(projects, kind="stable")
        bounds = np.searchsorted(projects[by_project], np.arange(len(costs) + 1)).tolist()
        members = tuple(group_of[by_project[a:b]] for a, b in itertools.pairwise(bounds))
        utilities = tuple(values[by_project[a:b]] for a, b in itertools.pairwise(bounds))
        total = int(weights.sum()) if voters is None else voters
        return cls(tuple(int(c) for c in costs), members, utilities, weights, total)

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


_ZERO = Fraction(0)


class _Shares:
    """Every class's share: a float to guide the search, the exact Fraction when it is needed.

    A class made by a payment knows its parent class and what it paid (ρ·u, or all of its share),
    so its exact share is worked out only when a decision rests on it: most classes' shares never
    are, and the Fractions stay few.
    """

    def __init__(self, share: Fraction) -> None:
        self.guide = np.empty(1024, dtype=np.float64)
        self.guide[0] = float(share)
        self.size = 1
        self.exact_known: list[Fraction | None] = [Fraction(share)]
        self.parent: list[int] = [0]
        # What the class paid from its parent's share: rho times utility (kept apart: most
        # classes never need the product).
        self.rho: list[Fraction] = [_ZERO]
        self.utility: list[int] = [0]

    def exact(self, c: int) -> Fraction:
        chain = []
        while self.exact_known[c] is None:  # up to the nearest class whose share is known
            chain.append(c)
            c = self.parent[c]
        known = self.exact_known[c]
        assert known is not None
        for child in reversed(chain):
            known = known - min(known, self.rho[child] * self.utility[child])
            self.exact_known[child] = known
        return known

    def add(self, parent: int, rho: Fraction | None, utility: int, guide: float) -> None:
        """A new class from `parent` after paying rho·utility (rho None: all of its share)."""
        if self.size == len(self.guide):
            self.guide = np.concatenate([self.guide, np.empty(len(self.guide), dtype=np.float64)])
        self.guide[self.size] = guide
        self.size += 1
        self.parent.append(parent)
        self.exact_known.append(_ZERO if rho is None else None)
        self.rho.append(_ZERO if rho is None else rho)
        self.utility.append(utility)


@attrs.frozen
class _Factor:
    """A project's ρ this round and what paying it needs: its supporters' keys and who is poor."""

    rho: Fraction
    classes: np.ndarray
    utilities: np.ndarray
    inverse: np.ndarray
    poor: np.ndarray  # by key: pays all of its share


def run(
    electorate: Electorate, budget: int, share: Fraction, order: Sequence[int], fits: Fits = _always, most: int | None = None
) -> tuple[list[int], list[int]]:
    """One run of equal shares with each voter's share `share`: (bought, refused for capacity)."""
    rank = {project: place for place, project in enumerate(order)}
    groups = len(electorate.weights)
    weights = electorate.weights
    # Each group's class; each class's share. All start in class 0.
    group_class = np.zeros(groups, dtype=np.int64)
    shares = _Shares(Fraction(share))
    bought: list[int] = []
    refused: list[int] = []
    # A project that costs nothing is bought at once, as pabutools does for one with utility
    # (its cost utilities give such a project none: workplan's caller gives it 1).
    limit = most if most is not None else len(electorate.costs)
    for p in sorted((p for p in electorate.eligible() if electorate.costs[p] == 0), key=rank.__getitem__):
        (bought if len(bought) < limit and fits(p, bought) else refused).append(p)
    remaining = [p for p in electorate.eligible() if electorate.costs[p] > 0]
    last: dict[int, Fraction] = {}
    for p in remaining:
        total_utility = int((electorate.utilities[p] * weights[electorate.supporters[p]]).sum())
        last[p] = Fraction(electorate.costs[p], total_utility)
    while remaining and len(bought) < limit:
        remaining.sort(key=lambda p: (last[p], rank[p]))
        best: Fraction | None = None
        tied: list[int] = []
        unaffordable: list[int] = []
        found: dict[int, _Factor] = {}
        for p in remaining:
            if best is not None and last[p] > best:
                break
            factor = _factor(electorate, p, group_class, shares)
            if factor is None:
                unaffordable.append(p)
                continue
            found[p] = factor
            rho = last[p] = factor.rho
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
        _pay(electorate, chosen, found[chosen], group_class, shares)
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


# How far apart two floats must be for their order to be trusted without the exact values.
_CLOSE = 1e-9


def _factor(electorate: Electorate, project: int, group_class: np.ndarray, shares: _Shares) -> _Factor | None:
    """The smallest ρ at which the supporters pay the cost (each min(share, ρ·u)); None when
    all their shares together are less than the cost.

    Σ min(share, ρ·u)·n rises strictly with ρ, so one ρ pays the cost exactly: the floats find
    which supporters pay all their share (the poor) and which pay ρ·u; the exact ρ is worked out
    from that split, and the split is then checked exactly wherever the floats were too close to
    tell. Should a check fail, the exact count of every supporter decides (_exact_factor).
    """
    cost = electorate.costs[project]
    classes, utilities, voters, inverse = _classes(electorate, project, group_class)
    guide = shares.guide[classes]
    total = float(guide @ voters)
    if total < cost * (1 - _CLOSE):
        return None
    ratio = guide / utilities
    order = np.argsort(ratio, kind="stable")
    weight_u = (utilities * voters)[order]
    paid_before = np.concatenate(([0.0], np.cumsum((guide * voters)[order])[:-1]))
    utility_before = np.concatenate(([0], np.cumsum(weight_u)[:-1]))
    utility_total = int(weight_u.sum())
    rho_guess = (cost - paid_before) / (utility_total - utility_before)
    affordable = np.nonzero(rho_guess <= ratio[order])[0]
    if total < cost * (1 + _CLOSE) or not len(affordable):
        return _exact_factor(electorate, project, classes, utilities, voters, inverse, shares)
    k = int(affordable[0])
    known = shares.exact_known
    # Classes that have paid all their share (known to be 0, most of the poor) add nothing.
    paid = sum(
        (shares.exact(c) * n for c, n in zip(classes[order[:k]].tolist(), voters[order[:k]].tolist(), strict=True)
         if known[c] is not _ZERO),
        _ZERO,
    )
    utility_left = utility_total - int(utility_before[k])
    rho = (cost - paid) / utility_left
    near = float(rho) * (1 + _CLOSE)
    # The poor must pay no more than ρ·u would ask; the others must be able to pay ρ·u.
    for i in order[:k][ratio[order[:k]] >= float(rho) * (1 - _CLOSE)].tolist():
        if shares.exact(int(classes[i])) > rho * int(utilities[i]):
            return _exact_factor(electorate, project, classes, utilities, voters, inverse, shares)
    for i in order[k:][ratio[order[k:]] <= near].tolist():
        if rho * int(utilities[i]) > shares.exact(int(classes[i])):
            return _exact_factor(electorate, project, classes, utilities, voters, inverse, shares)
    poor = np.zeros(len(classes), dtype=bool)
    poor[order[:k]] = True
    return _Factor(rho, classes, utilities, inverse, poor)


def _exact_factor(
    electorate: Electorate, project: int, classes: np.ndarray, utilities: np.ndarray, voters: np.ndarray,
    inverse: np.ndarray, shares: _Shares,
) -> _Factor | None:
    """_factor with every share exact: the poorest per utility first, as pabutools counts."""
    cost = electorate.costs[project]
    entries = [
        (shares.exact(c), int(u), int(n), i)
        for i, (c, u, n) in enumerate(zip(classes.tolist(), utilities.tolist(), voters.tolist(), strict=True))
    ]
    if sum(share * n for share, _, n, _ in entries) < cost:
        return None
    entries.sort(key=lambda e: e[0] / e[1])
    paid = Fraction(0)
    utility_left = sum(u * n for _, u, n, _ in entries)
    poor = np.zeros(len(entries), dtype=bool)
    for share, u, n, i in entries:
        rho = (cost - paid) / utility_left
        if rho * u <= share:
            return _Factor(rho, classes, utilities, inverse, poor)
        poor[i] = True
        paid += share * n
        utility_left -= u * n
    return None  # not reached: the shares cover the cost


def _pay(electorate: Electorate, project: int, factor: _Factor, group_class: np.ndarray, shares: _Shares) -> None:
    """Each supporter pays min(share, ρ·u): the supporters of each (class, utility) become a new class."""
    supporters = electorate.supporters[project]
    start = shares.size
    rho, rho_f = factor.rho, float(factor.rho)
    guide = shares.guide
    for c, u, poor in zip(factor.classes.tolist(), factor.utilities.tolist(), factor.poor.tolist(), strict=True):
        if poor:
            shares.add(c, None, u, 0.0)
        else:
            shares.add(c, rho, u, max(0.0, float(guide[c]) - rho_f * u))
            guide = shares.guide
    group_class[supporters] = start + factor.inverse


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
    if completion in ("add1", "add1-utilitarian", "add1-to-budget"):
        eligible = [p for p in electorate.eligible() if electorate.costs[p] > 0]
        costs = electorate.costs
        while True:
            spent = sum(costs[p] for p in bought)
            chosen = set(bought)
            if completion != "add1-to-budget" and all(p in chosen or spent + costs[p] > budget for p in eligible):
                break  # exhaustive: nothing more could be afforded
            if all(p in chosen for p in eligible) or share > budget:
                break  # every project bought, or a share that alone pays any: no further run differs
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
