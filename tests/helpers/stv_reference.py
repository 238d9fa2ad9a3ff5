"""The STV count as it was before issue 18's fast count (a loop over ballot groups, one
Fraction per group per transfer): kept word for word as the oracle the array count
(voting/methods.py `stv`) must agree with, notes and ties included."""

# ruff: noqa

from __future__ import annotations

from workplan_tui.text import listed, plural
from collections.abc import Mapping

from workplan_tui.voting.methods import Count, Profile, Score, droop_quota
from workplan_tui.voting.result import Tie
from workplan_tui.voting.ties import TieBreak


def _lowest(totals: Mapping[str, Score], tie_break: TieBreak, context: str, ties: list[Tie]) -> str:
    low = min(totals.values())
    lowest = [project for project, total in totals.items() if total == low]
    if len(lowest) == 1:
        return lowest[0]
    ordered, tie = tie_break.order(lowest, float(low), context)
    ties.append(tie)
    return ordered[-1]


def _fmt(value: Score) -> str:
    from fractions import Fraction

    if isinstance(value, Fraction) and value.denominator != 1:
        return f"{float(value):.4f}".rstrip("0")
    return str(int(value))


class _Piles:  # noqa: D101
    """Ballot groups by the continuing project they currently count for (first preference)."""

    def __init__(self, profile: Profile, continuing: set[str]) -> None:
        self.rankings = [ranking for ranking, _ in profile.rankings]
        self.counts = [count for _, count in profile.rankings]
        self.weight: list[Score] = [1] * len(self.rankings)  # value of each ballot in the group (STV)
        self.position = [0] * len(self.rankings)
        self.piles: dict[str, list[int]] = {project: [] for project in continuing}
        # Each pile's value, kept as ballots are placed: a stage's totals are then one look-up
        # per project, not a sum over every ballot group (exact either way: ints and Fractions).
        self.sums: dict[str, Score] = {project: 0 for project in continuing}
        self.continuing = continuing
        for group in range(len(self.rankings)):
            self._place(group)

    def _place(self, group: int) -> None:
        ranking = self.rankings[group]
        position = self.position[group]
        while position < len(ranking) and ranking[position] not in self.continuing:
            position += 1
        self.position[group] = position
        if position < len(ranking):
            project = ranking[position]
            self.piles[project].append(group)
            self.sums[project] += self.counts[group] * self.weight[group]

    def total(self, project: str) -> Score:
        return self.sums[project]

    def remove(self, project: str, factor: Score = 1) -> None:
        """Take project out of the count and pass its ballots on, each worth `factor` of its value."""
        self.continuing.discard(project)
        pile = self.piles.pop(project)
        del self.sums[project]
        for group in pile:
            if factor != 1:
                self.weight[group] = self.weight[group] * factor
            self._place(group)

    def live(self) -> Score:
        return sum(self.total(project) for project in self.piles)




def reference_stv(profile: Profile, tie_break: TieBreak) -> Count:
    """Single transferable vote for `seats` (= pick.max) projects, Droop quota, weighted inclusive
    Gregory surplus transfer, in exact fractions.

    Quota q = floor(n / (seats + 1)) + 1, n = ballots counted. Each ballot counts, at its current
    value, for its highest-ranked continuing project. Every project at or above q is elected,
    highest first; then each of their surpluses is transferred, largest first: every ballot the
    elected project holds passes to its next continuing choice at value x (total - q) / total.
    When nobody reaches q, the project with the fewest votes is excluded and its ballots pass on
    at their current value. When the continuing projects are no more than the seats left, all are
    elected (most votes first). Ties for fewest, or for order of election, go to the tie-break.

    Social ranking: elected projects in the order elected, then the continuing projects that were
    neither elected nor excluded (most votes first), then the excluded projects, last excluded
    first. Score: votes (a fraction) when elected or excluded, or at the end of the count.

    Tideman, "The Single Transferable Vote", J. Econ. Perspectives 9(1), 1995; Droop, "On methods
    of electing representatives", J. Statistical Society of London 44 (1881); the weighted
    inclusive Gregory method as in pref_voting's `stv_wig(quota_rule="droop")`.
    """
    from fractions import Fraction

    seats = profile.seats
    candidates = list(profile.supported)
    n = profile.size
    quota = droop_quota(n, seats)
    piles = _Piles(profile, set(candidates))
    ties: list[Tie] = []
    name = tie_break.name
    notes = [f"STV: {plural(n, 'ballot')}, {plural(seats, 'place')} to fill, a quota (Droop) of {plural(quota, 'vote')}."]
    elected: list[str] = []
    excluded: list[str] = []
    scores: dict[str, Score] = {}
    stage = 0

    def totals() -> dict[str, Fraction]:
        return {p: Fraction(piles.total(p)) for p in candidates if p in piles.continuing}

    def best_first(group: list[str], votes: dict[str, Fraction], context: str) -> list[str]:
        ordered: list[str] = []
        for level in sorted({votes[p] for p in group}, reverse=True):
            level_group = [p for p in group if votes[p] == level]
            if len(level_group) > 1:
                decided, tie = tie_break.order(level_group, float(level), context)
                ties.append(tie)
                ordered.extend(decided)
            else:
                ordered.extend(level_group)
        return ordered

    while len(elected) < seats and piles.continuing:
        stage += 1
        votes = totals()
        seats_left = seats - len(elected)
        notes.append(f"STV stage {stage}: " + ", ".join(f"{name(p)} {_fmt(v)}" for p, v in votes.items()) + ".")
        if len(votes) <= seats_left:
            for project in best_first(list(votes), votes, f"STV stage {stage}, order of election"):
                elected.append(project)
                scores[project] = votes[project]
                piles.continuing.discard(project)
            notes.append(f"STV stage {stage}: no more projects remain than places to fill, so all are elected.")
            break
        reached = [p for p in votes if votes[p] >= quota]
        if reached:
            winners = best_first(reached, votes, f"STV stage {stage}, order of election")[:seats_left]
            for project in winners:
                elected.append(project)
                scores[project] = votes[project]
                piles.continuing.discard(project)  # no longer receives transfers
            notes.append(f"STV stage {stage}: {listed([name(p) for p in winners])} {'is' if len(winners) == 1 else 'are'} elected.")
            if len(elected) == seats:
                break
            surplus = {p: votes[p] - quota for p in winners}
            for project in best_first(winners, surplus, f"STV stage {stage}, order of surplus transfer"):
                total = votes[project]
                if surplus[project] > 0:
                    notes.append(f"STV stage {stage}: {name(project)} passes on a surplus of {_fmt(surplus[project])}.")
                piles.remove(project, Fraction(surplus[project]) / total)
        else:
            out = _lowest(votes, tie_break, f"STV stage {stage}, fewest votes", ties)
            excluded.append(out)
            scores[out] = votes[out]
            notes.append(f"STV stage {stage}: {name(out)} is excluded with {_fmt(votes[out])}.")
            piles.remove(out)
    # What is left: continuing projects neither elected nor excluded, most votes first.
    votes = totals()
    rest = best_first([p for p in candidates if p in votes], votes, "STV end of count, unelected projects")
    for project in rest:
        scores[project] = votes[project]
    groups = tuple((p,) for p in elected + rest + excluded[::-1])
    unsupported = tuple(p for p in profile.projects if p not in scores)
    full = {project: scores.get(project, 0) for project in profile.projects}
    return Count("stv", full, groups, unsupported, tuple(ties), tuple(notes))
