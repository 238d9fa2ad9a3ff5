"""The six counting methods, one pure function each, registered by name in COUNTERS.

Every method takes a `Profile` (the counted rankings, grouped by identical
ranking) and a `TieBreak`, and returns a `Count`: a score per project and the
social ranking as groups of projects, best first. Projects in one group are
tied; `rank()` breaks those ties with the shared tie-break and records each.
IRV and STV must break ties while counting (who is excluded, who is elected
first); they use the same tie-break and return those ties in `Count.ties`.

Projects ranked on no counted ballot have no support under any method: they are
left out of the count and listed last, in plan order, as `Count.unsupported`.
Their order decides nothing, because selection never takes them.
"""

from __future__ import annotations

import functools
import itertools
import operator
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Union

import attrs

from workplan_tui.model import METHODS, RankedScore
from workplan_tui.text import listed, plural
from workplan_tui.voting.result import Tie
from workplan_tui.voting.ties import TieBreak

if TYPE_CHECKING:
    from fractions import Fraction

    from workplan_tui.voting.columns import RankTable

# fractions (and decimal) are imported by the methods that make Fractions (weighted points,
# STV): `workplan tally` with any other method starts without them.
Score = Union[int, float, "Fraction"]


# Each method by the name people read (the Results pane, the tie details: "Points ranking: …").
METHOD_NAMES = {
    "points": "Points",
    "borda": "Borda count",
    "approval": "Approval",
    "schulze": "Schulze",
    "irv": "Instant runoff",
    "stv": "Single transferable vote",
}


@attrs.frozen(eq=False)
class Profile:
    """The counted ballots: each distinct ranking (best first) with how many ballots cast it.

    Or, from a box read as columns (voting/columns.py), the rankings as a `RankTable`: STV and
    IRV count that table as it is, and `rankings` is made from it only for a method that walks
    them. (Compared by identity: two profiles are never asked whether they are equal.)"""

    projects: tuple[str, ...]  # every candidate, in plan order
    _rankings: tuple[tuple[tuple[str, ...], int], ...] | None = attrs.field(alias="rankings")
    ballot_length: int
    weights: tuple[float, ...] = ()  # points per position for `points`; empty: L..1
    seats: int = 1  # for `stv`: pick.max
    # Ballots with equal ranks: each distinct list of groups (best first) with its count. Only
    # borda and schulze read them (ballots.kind_problems refuses them for the other methods).
    tied: tuple[tuple[tuple[tuple[str, ...], ...], int], ...] = ()
    # Points ballots: each distinct (project, points) list with its count; `points` sums them.
    given: tuple[tuple[tuple[tuple[str, int], ...], int], ...] = ()
    columns: RankTable | None = None  # the plain rankings as a table, when read so (rankings is then None)

    @classmethod
    def of_table(
        cls, projects: Sequence[str], ranks: RankTable, ballot_length: int | None = None, weights: Sequence[float] = (),
        seats: int = 1,
    ) -> Profile:
        """The profile of ranked rows read as a table (no equal ranks, no points ballots)."""
        length = ballot_length if ballot_length is not None else max(int(ranks.table.shape[1]), 1)
        return cls(tuple(projects), None, length, tuple(weights), seats, (), (), ranks)

    @functools.cached_property
    def rankings(self) -> tuple[tuple[tuple[str, ...], int], ...]:
        if self._rankings is not None:
            return self._rankings
        assert self.columns is not None
        made = Profile.build_counted(self.projects, self.columns.rankings())
        return made.rankings

    @classmethod
    def build(
        cls,
        projects: Sequence[str],
        rankings: Iterable[Sequence[str]],
        ballot_length: int | None = None,
        weights: Sequence[float] = (),
        seats: int = 1,
        tied: Iterable[Sequence[Sequence[str]]] = (),
        given: Iterable[Sequence[tuple[str, int]]] = (),
    ) -> Profile:
        """The profile of the ballots, one voter each."""
        counts = Counter(tuple(ranking) for ranking in rankings if ranking)
        tied_counts = Counter(tuple(tuple(group) for group in groups) for groups in tied if groups)
        given_counts = Counter(tuple((p, int(n)) for p, n in points if n) for points in given)
        return cls._of(projects, counts, ballot_length, weights, seats, tied_counts, given_counts)

    @classmethod
    def build_counted(
        cls,
        projects: Sequence[str],
        rankings: Iterable[tuple[Sequence[str], int]],
        ballot_length: int | None = None,
        weights: Sequence[float] = (),
        seats: int = 1,
        tied: Iterable[tuple[Sequence[Sequence[str]], int]] = (),
        given: Iterable[tuple[Sequence[tuple[str, int]], int]] = (),
    ) -> Profile:
        """The profile of (ballot, voters) pairs, as an imported electorate keeps them (a row per
        distinct ballot with how many cast it), added up without expanding them."""
        counts: Counter[tuple[str, ...]] = Counter()
        get = counts.get  # a dict's get: Counter's += calls its Python __missing__ for every new ranking
        for ranking, voters in rankings:
            if ranking:
                key = tuple(ranking)
                counts[key] = get(key, 0) + voters
        tied_counts: Counter[tuple[tuple[str, ...], ...]] = Counter()
        for groups, voters in tied:
            if groups:
                tied_counts[tuple(tuple(group) for group in groups)] += voters
        given_counts: Counter[tuple[tuple[str, int], ...]] = Counter()
        for points, voters in given:
            given_counts[tuple((p, int(n)) for p, n in points if n)] += voters
        return cls._of(projects, counts, ballot_length, weights, seats, tied_counts, given_counts)

    @classmethod
    def _of(
        cls,
        projects: Sequence[str],
        counts: Counter[tuple[str, ...]],
        ballot_length: int | None,
        weights: Sequence[float],
        seats: int,
        tied_counts: Counter[tuple[tuple[str, ...], ...]],
        given_counts: Counter[tuple[tuple[str, int], ...]],
    ) -> Profile:
        given_counts.pop((), None)
        # Sorted so that the order ballots were read in can never change a count; by the ids
        # joined with a character below any id's, which orders as the tuples do (a shorter
        # ranking before its longer ones) in a string comparison each, not a tuple's.
        items = list(counts.items())
        keys = list(map("\x00".join, counts))  # in the items' order: a dict keeps it
        grouped = tuple(map(items.__getitem__, sorted(range(len(items)), key=keys.__getitem__)))
        length = ballot_length if ballot_length is not None else max((len(r) for r in counts), default=1)
        return cls(
            tuple(projects), grouped, length, tuple(weights), seats,
            tuple(sorted(tied_counts.items())), tuple(sorted(given_counts.items())),
        )

    @property
    def size(self) -> int:
        ranked = int(self.columns.counts.sum()) if self.columns is not None else sum(count for _, count in self.rankings)
        return ranked + sum(c for _, c in self.tied) + sum(c for _, c in self.given)

    @functools.cached_property
    def supported(self) -> tuple[str, ...]:
        """Projects ranked (or given points) on at least one ballot, in plan order."""
        if self.columns is not None:
            ranked: set[str] = set(itertools.compress(self.columns.ids, self.columns.ranked().tolist()))
        else:
            ranked = set().union(*(ranking for ranking, _ in self.rankings))  # one C loop
        ranked.update(project for groups, _ in self.tied for group in groups for project in group)
        ranked.update(project for points, _ in self.given for project, _ in points)
        return tuple(project for project in self.projects if project in ranked)

    def weak_orders(self) -> Iterator[tuple[tuple[tuple[str, ...], ...], int]]:
        """Every ranking as groups best first (a plain ranking: one project a group), with its count."""
        for ranking, count in self.rankings:
            yield tuple((project,) for project in ranking), count
        yield from self.tied


@attrs.frozen
class Count:
    method: str
    scores: dict[str, Score]
    groups: tuple[tuple[str, ...], ...]  # supported projects, best first; a group of several is a tie
    unsupported: tuple[str, ...] = ()
    ties: tuple[Tie, ...] = ()  # ties broken while counting (IRV, STV)
    notes: tuple[str, ...] = ()  # the count round by round, for people


def _by_score(method: str, profile: Profile, scores: dict[str, Score], notes: Sequence[str] = ()) -> Count:
    """Groups of equal score, highest first; projects inside a group in plan order."""
    supported = profile.supported
    levels: dict[Score, list[str]] = defaultdict(list)
    for project in supported:
        levels[scores[project]].append(project)
    groups = tuple(tuple(levels[level]) for level in sorted(levels, reverse=True))
    unsupported = tuple(p for p in profile.projects if p not in set(supported))
    full = {project: scores.get(project, 0) for project in profile.projects}
    return Count(method, full, groups, unsupported, (), tuple(notes))


# -- positional methods ----------------------------------------------------------


def points(profile: Profile, tie_break: TieBreak) -> Count:
    """Points: position i (1-based) gets L - i + 1 points, L = ballot_length, however many
    projects the ballot ranks (3-2-1 for L = 3); with `voting.weights`, position i gets weights[i-1].

    A positional scoring rule (see Zwicker, "Introduction to the Theory of Voting", in Brandt et
    al., Handbook of Computational Social Choice, 2016, section 2.3).
    """
    if profile.given:
        # Points ballots: each project scores the points voters gave it (cumulative voting).
        given: dict[str, Score] = defaultdict(int)
        for points_given, count in profile.given:
            for project, number in points_given:
                given[project] += number * count
        return _by_score("points", profile, dict(given))
    length = profile.ballot_length
    if profile.weights:
        from fractions import Fraction

        # Exact fractions for fractional weights, so equal totals really compare equal.
        weights: tuple[Score, ...] = tuple(Fraction(w) for w in profile.weights)
    else:
        weights = tuple(range(length, 0, -1))
    scores: dict[str, Score] = defaultdict(int)
    for ranking, count in profile.rankings:
        for position, project in enumerate(ranking):
            scores[project] += weights[position] * count
    return _by_score("points", profile, dict(scores))


def borda(profile: Profile, tie_break: TieBreak) -> Count:
    """Borda: on each ballot, position i (1-based) gets m - i points, m = the number of projects;
    unranked projects get 0.

    For truncated ballots this is the "domination Borda score" (a project gets one point for
    each project ranked strictly below it, unranked ones below all ranked): pref_voting's
    `domination_borda_scores`; Terzopoulou and Endriss, "The Borda class", J. Math. Econ. 2021.
    With equal ranks the same convention: each project of a group gets one point for each project
    strictly below the group (m minus the projects in it and above it).
    """
    m = len(profile.projects)
    scores: Counter[str] = Counter()
    for ranking, count in profile.rankings:
        for position, project in enumerate(ranking, start=1):
            scores[project] += (m - position) * count
    for groups, count in profile.tied:
        placed = 0
        for group in groups:
            placed += len(group)
            for project in group:
                scores[project] += (m - placed) * count
    return _by_score("borda", profile, dict(scores))


def approval(profile: Profile, tie_break: TieBreak) -> Count:
    """Approval (dot voting): every project on a ballot gets one point, whatever its position.

    Brams and Fishburn, "Approval Voting", American Political Science Review 72(3), 1978.
    """
    scores: Counter[str] = Counter()
    for ranking, count in profile.rankings:
        for project in ranking:
            scores[project] += count
    return _by_score("approval", profile, dict(scores))


# -- Schulze ---------------------------------------------------------------------


def pairwise(profile: Profile) -> dict[str, dict[str, int]]:
    """d[a][b]: ballots that prefer a to b. A ranked project beats every unranked one; unranked are tied.

    Computed as d[a][b] = (ballots ranking a) - (ballots ranking b above or equal to a), which
    needs only the pairs on each ballot, not every pair of projects. Projects ranked equal prefer
    neither to the other (pref_voting's ProfileWithTies with the extended strict preference).
    """
    supported = profile.supported
    ranked_on: Counter[str] = Counter()
    above: dict[str, Counter[str]] = defaultdict(Counter)
    for ranking, count in profile.rankings:
        for i, higher in enumerate(ranking):
            ranked_on[higher] += count
            row = above[higher]
            for lower in ranking[i + 1 :]:
                row[lower] += count
    for groups, count in profile.tied:
        flat = [project for group in groups for project in group]
        start = 0
        for group in groups:
            start += len(group)
            for higher in group:
                ranked_on[higher] += count
                row = above[higher]
                # b at or above a: the rest of a's own group counts as not below.
                for lower in (*(p for p in group if p != higher), *flat[start:]):
                    row[lower] += count
    return {a: {b: ranked_on[a] - above[b][a] for b in supported if b != a} for a in supported}


def schulze(profile: Profile, tie_break: TieBreak) -> Count:
    """Schulze: the strength of a path is its weakest link; a link a->b exists when d[a][b] > d[b][a]
    and has strength d[a][b] (winning votes). p[a][b] is the strongest path from a to b, and a is
    ranked above b when p[a][b] > p[b][a]. A ranked project beats every unranked one on a ballot;
    unranked ones are tied.

    Schulze, "A new monotonic, clone-independent, reversal symmetric, and Condorcet-consistent
    single-winner election method", Social Choice and Welfare 36 (2011) 267-303, sections 2.1-2.3
    (widest paths by Floyd-Warshall, section 2.3).

    That relation is a strict partial order, not always a ranking: two projects may be neither
    above the other. So the ranking is built in layers: first every project nobody beats (the
    Schulze winners), then every project only those beat, and so on; projects in one layer are
    tied, and the tie-break orders them. The score is the number of projects in lower layers
    (projects ranked on no ballot count among them: every ranked project beats those).
    """
    supported = profile.supported
    d = pairwise(profile)
    p = {a: {b: (d[a][b] if d[a][b] > d[b][a] else 0) for b in supported if b != a} for a in supported}
    for k in supported:
        pk = p[k]
        for i in supported:
            if i == k:
                continue
            pik = p[i][k]
            if not pik:
                continue
            pi = p[i]
            for j in supported:
                if j != i and j != k:
                    through = pik if pik < pk[j] else pk[j]
                    if through > pi[j]:
                        pi[j] = through
    remaining = list(supported)
    layers: list[tuple[str, ...]] = []
    while remaining:
        top = tuple(a for a in remaining if not any(p[b][a] > p[a][b] for b in remaining if b != a))
        layers.append(top)
        remaining = [a for a in remaining if a not in top]
    below = len(profile.projects) - len(supported)
    scores: dict[str, Score] = {}
    for layer in reversed(layers):
        for project in layer:
            scores[project] = below
        below += len(layer)
    unsupported = tuple(project for project in profile.projects if project not in scores)
    full = {project: scores.get(project, 0) for project in profile.projects}
    return Count("schulze", full, tuple(layers), unsupported)


# -- instant runoff --------------------------------------------------------------


class _Numbers(dict[str, int]):
    """Candidate numbers; any other id is `pad` (never continuing)."""

    def __init__(self, candidates: Sequence[str], pad: int) -> None:
        super().__init__((project, i) for i, project in enumerate(candidates))
        self.pad = pad

    def __missing__(self, key: str) -> int:
        return self.pad


def _rank_table(profile: Profile, candidates: Sequence[str], pad: int) -> tuple[Any, Any]:
    """(table, counts): the distinct rankings as one integer array, a row each: candidate numbers
    (their places in `candidates`), padded with `pad` (a number no candidate has: never
    continuing), and each row's ballots. Every id is looked up in one C loop (map over chain),
    then scattered into the padded table at once: a numpy assignment, or a Python loop, per row
    would cost more than the rest of a count. A profile read as a table is renumbered at once."""
    import numpy as np

    if profile.columns is not None:
        return profile.columns.numbered(candidates, pad)
    rows = list(map(operator.itemgetter(0), profile.rankings))
    lengths = np.fromiter(map(len, rows), dtype=np.int64, count=len(rows))
    width = int(lengths.max()) if len(rows) else 1
    numbers = _Numbers(candidates, pad)
    flat = np.fromiter(map(numbers.__getitem__, itertools.chain.from_iterable(rows)), dtype=np.int64)
    table = np.full((len(rows), max(width, 1)), pad, dtype=np.int64)
    table[np.arange(max(width, 1)) < lengths[:, None]] = flat  # row by row, left to right
    counts = np.fromiter(map(operator.itemgetter(1), profile.rankings), dtype=np.int64, count=len(rows))
    return table, counts


class _Piles:
    """STV's ballot groups by the continuing project that holds them, at their current value, as
    arrays (one row per distinct ranking, as _RankArray): moving a pile is a few numpy steps,
    not a loop over ballots.

    A group's value is a weight class: distinct values are few (1, and the products of the
    surplus factors a group passed through), each an exact Fraction kept once. A project's
    total is then, per class, the integer count of the ballots it holds times that class's
    value: sum_k n[p, k] * w[k], the same exact number as adding every group's count * value."""

    def __init__(self, profile: Profile, continuing: set[str]) -> None:
        from fractions import Fraction

        import numpy as np

        self.candidates = [p for p in profile.supported if p in continuing]
        self.index = {project: i for i, project in enumerate(self.candidates)}
        self.pad = len(self.candidates)  # a column past the end: held by no project (exhausted)
        self.table, self.counts = _rank_table(profile, self.candidates, self.pad)
        rows = self.counts
        self.live = np.ones(self.pad + 1, dtype=bool)
        self.live[self.pad] = False
        self.values: list[Fraction] = [Fraction(1)]  # weight class -> its value
        self.weight = np.zeros(len(rows), dtype=np.int64)  # each group's weight class
        self.holder = np.full(len(rows), self.pad, dtype=np.int64)
        self.continuing = continuing
        self._place(np.arange(len(rows)))

    def _place(self, groups: Any) -> None:
        """Give each of the groups to its highest-ranked continuing project (pad: none left)."""
        import numpy as np

        if not len(groups):
            return
        mask = self.live[self.table[groups]]
        first = mask.argmax(axis=1)
        chosen = self.table[groups, first]
        self.holder[groups] = np.where(mask[np.arange(len(groups)), first], chosen, self.pad)

    def totals(self) -> dict[str, Score]:
        """Each continuing project's votes (exact), in candidate order."""
        import numpy as np

        classes = len(self.values)
        held = np.bincount(
            self.holder * classes + self.weight, weights=self.counts, minlength=(self.pad + 1) * classes
        ).reshape(self.pad + 1, classes)
        # Float sums of whole numbers below 2**53 are exact: back to ints for the Fractions.
        totals: dict[str, Score] = {}
        for i, project in enumerate(self.candidates):
            if self.live[i]:
                totals[project] = _weighted(held[i], self.values)
        return totals

    def discard(self, project: str) -> None:
        """No longer continuing (elected): receives no transfers; its pile stays until removed."""
        self.continuing.discard(project)
        self.live[self.index[project]] = False

    def remove(self, project: str, factor: Score = 1) -> None:
        """Take project out of the count and pass its ballots on, each worth `factor` of its value."""
        import numpy as np

        self.discard(project)
        pile = np.flatnonzero(self.holder == self.index[project])
        if factor != 1 and len(pile):
            # Each class in the pile to the class of its value times factor (equal values: one class).
            known = {value: k for k, value in enumerate(self.values)}
            # The classes in the pile (bincount, not np.unique, which imports numpy.ma: 0.1 s).
            classes = np.flatnonzero(np.bincount(self.weight[pile], minlength=len(self.values)))
            moved = np.empty(len(self.values), dtype=np.int64)
            for k in classes:
                value = self.values[k] * factor
                if value not in known:
                    known[value] = len(self.values)
                    self.values.append(value)
                moved[k] = known[value]
            self.weight[pile] = moved[self.weight[pile]]
        self._place(pile)


def _weighted(held: Any, values: Sequence[Fraction]) -> Score:
    """sum_k held[k] * values[k], exact: held are whole numbers (numpy floats below 2**53)."""
    total: Score = 0
    for n, value in zip(held, values, strict=True):
        if n:
            total += int(n) * value
    return total


def _lowest(totals: Mapping[str, Score], tie_break: TieBreak, context: str, ties: list[Tie]) -> str:
    low = min(totals.values())
    lowest = [project for project, total in totals.items() if total == low]
    if len(lowest) == 1:
        return lowest[0]
    ordered, tie = tie_break.order(lowest, float(low), context)
    ties.append(tie)
    return ordered[-1]


class _RankArray:
    """The distinct rankings as one integer array (a row each, padded), for counting a round of
    instant runoff at once: each row's first continuing project, and the ballots behind it."""

    def __init__(self, profile: Profile, candidates: Sequence[str]) -> None:
        import numpy as np

        self.candidates = list(candidates)
        pad = len(self.candidates)  # a column past the end: never continuing
        self.table, self.counts = _rank_table(profile, self.candidates, pad)
        self.rows = np.arange(len(self.counts))

    def totals(self, continuing: Collection[str]) -> dict[str, int]:
        """Ballots counting for each continuing project (first continuing choice), in candidate order."""
        import numpy as np

        live = np.zeros(len(self.candidates) + 1, dtype=bool)
        for project in continuing:
            live[self.candidates.index(project)] = True
        mask = live[self.table]
        first = mask.argmax(axis=1)
        counting = mask[self.rows, first]
        top = self.table[self.rows, first][counting]
        totals = np.bincount(top, weights=self.counts[counting], minlength=len(self.candidates) + 1)
        return {p: int(totals[i]) for i, p in enumerate(self.candidates) if live[i]}


def _irv_winner(
    ballots: _RankArray, candidates: Sequence[str], tie_break: TieBreak, run: int, ties: list[Tie], notes: list[str]
) -> tuple[str, int]:
    continuing = set(candidates)
    round_number = 0
    while True:
        round_number += 1
        totals: dict[str, Score] = dict(ballots.totals(continuing))
        live = sum(totals.values())
        # Run k finds the project in place k, among those not placed yet.
        stage = f"Instant runoff for place {run}, round {round_number}"
        notes.append(
            f"{stage}: " + ", ".join(f"{tie_break.name(p)} {t}" for p, t in totals.items())
            + f" ({plural(float(live), 'ballot')} still counting)."
        )
        leader = max(totals.values())
        if 2 * leader > live or len(totals) == 1:
            leaders = [project for project, total in totals.items() if total == leader]
            if len(leaders) == 1:
                return leaders[0], int(leader)
        out = _lowest(totals, tie_break, f"{stage}, fewest first preferences", ties)
        notes.append(f"{stage}: {tie_break.name(out)} is excluded.")
        continuing.discard(out)


def irv(profile: Profile, tie_break: TieBreak) -> Count:
    """Instant runoff: count each ballot for its highest-ranked continuing project; a project with
    more than half the continuing (non-exhausted) ballots wins; otherwise the project with the
    fewest is excluded (a tie for fewest is broken by the tie-break) and its ballots pass to their
    next continuing choice; exhausted ballots drop out. The social ranking is the winner, then the
    winner of a new count without the earlier winners, and so on. The score is the winner's
    ballots in the final round of its count.

    Hare, "The Election of Representatives" (1859); Farrell and McAllister, "The Australian
    Electoral System" (2006), ch. 3, "alternative vote". pref_voting: `instant_runoff_tb`.
    """
    remaining = list(profile.supported)
    ballots = _RankArray(profile, remaining)
    ties: list[Tie] = []
    notes: list[str] = []
    scores: dict[str, Score] = {}
    groups = []
    run = 0
    while remaining:
        run += 1
        winner, votes = _irv_winner(ballots, remaining, tie_break, run, ties, notes)
        scores[winner] = votes
        groups.append((winner,))
        remaining.remove(winner)
    unsupported = tuple(p for p in profile.projects if p not in scores)
    full = {project: scores.get(project, 0) for project in profile.projects}
    return Count("irv", full, tuple(groups), unsupported, tuple(ties), tuple(notes))


# -- single transferable vote -----------------------------------------------------


def droop_quota(ballots: int, seats: int) -> int:
    """floor(ballots / (seats + 1)) + 1: the fewest votes that only `seats` projects can all reach."""
    return ballots // (seats + 1) + 1


def stv(profile: Profile, tie_break: TieBreak) -> Count:
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
        return {p: Fraction(v) for p, v in piles.totals().items()}

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
                piles.discard(project)
            notes.append(f"STV stage {stage}: no more projects remain than places to fill, so all are elected.")
            break
        reached = [p for p in votes if votes[p] >= quota]
        if reached:
            winners = best_first(reached, votes, f"STV stage {stage}, order of election")[:seats_left]
            for project in winners:
                elected.append(project)
                scores[project] = votes[project]
                piles.discard(project)  # no longer receives transfers
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


def _fmt(value: Score) -> str:
    from fractions import Fraction

    if isinstance(value, Fraction) and value.denominator != 1:
        return f"{float(value):.4f}".rstrip("0")
    return str(int(value))


# -- the registry ----------------------------------------------------------------

Method = Callable[[Profile, TieBreak], Count]

# The method a plan names (model.METHODS, the one list of names, which the schema and the
# command line read without importing the counting) -> the function that counts it.
COUNTERS: dict[str, Method] = dict(zip(METHODS, (points, borda, approval, schulze, irv, stv), strict=True))


def refusal(method: str, profile: Profile) -> tuple[str, str] | None:
    """(error id, why) when the method cannot count these ballots: equal ranks outside Borda and
    Schulze, points ballots outside `points`; None when it can. (A method other than the plan's,
    asked for by `tally --method` or the Results pane's comparison, would otherwise leave them out.)"""
    if profile.tied and method not in ("borda", "schulze"):
        return "E143", f"some ballots rank projects equal, which {METHOD_NAMES[method]} does not define (only Borda count and Schulze do)"
    if profile.given and method != "points":
        return "E144", f"the ballots give points, which {METHOD_NAMES[method]} does not count: only Points does"
    return None


def count(method: str, profile: Profile, tie_break: TieBreak) -> Count:
    try:
        function = COUNTERS[method]
    except KeyError:
        raise ValueError(f"unknown method {method!r}; known: {', '.join(METHODS)}") from None
    return function(profile, tie_break)


def plain_score(value: Score) -> int | float:
    """A score for JSON and people: whole numbers stay whole; fractions become floats of 6 places."""
    if isinstance(value, int):
        return value
    number = round(float(value), 6)
    return int(number) if number.is_integer() else number


def rank(result: Count, tie_break: TieBreak) -> tuple[tuple[RankedScore, ...], tuple[Tie, ...]]:
    """The social ranking best first, every tied group ordered by the tie-break, and every tie."""
    ranking: list[RankedScore] = []
    ties = list(result.ties)
    for group in result.groups:
        score = result.scores[group[0]]
        if len(group) > 1:
            context = f"{METHOD_NAMES.get(result.method, result.method)} ranking"
            group, tie = tie_break.order(group, float(score), context)
            ties.append(tie)
        ranking.extend(RankedScore(project, plain_score(result.scores[project])) for project in group)
    ranking.extend(RankedScore(project, plain_score(result.scores[project])) for project in result.unsupported)
    return tuple(ranking), tuple(ties)
