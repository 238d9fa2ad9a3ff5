"""The counting paths at a city's size, against the oracles on the same synthetic instances.

    python benchmarks/pb_rules.py [--scale 1.0] [--skip-slow]

Instances the size of the real files (the sources helper brings those; the lead runs them end to
end): Łódź 2022 (~100 projects, ~50,000 approval voters), San Francisco 2011 IRV (194,530 ranked
ballots over ~25 candidates) and a 10,000-ballot Borda over 20 projects. Each line prints both
times and the same-run ratio, and checks both sides chose the same. `--scale 0.1` runs a tenth of
the voters (pabutools' equal shares on 50,000 voters takes minutes, pref_voting's IRV on 194,530
ballots about ten); `--skip-slow` leaves those two out. Prints numbers; asserts no timing.

What is timed, both sides from the same ballots in memory (no file reading):
- greedy: workplan's approval count and walk (`tally`, selection fit) against pabutools'
  ApprovalProfile and greedy_utilitarian_welfare(Cost_Sat);
- equal shares: workplan's Electorate from the grouped ballots and equal_shares against
  pabutools' ApprovalProfile and method_of_equal_shares(Cost_Sat);
- IRV: workplan's Profile and irv against pref_voting's Profile and instant_runoff (and
  pyrankvote's instant_runoff, when installed);
- Borda: workplan's Profile and borda against pref_voting's ProfileWithTies and
  domination_borda_scores (the rule workplan's borda is).
"""

from __future__ import annotations

import argparse
import random
import time
import tracemalloc
from collections import Counter
from collections.abc import Callable
from typing import Any

from workplan_tui.voting.equal_shares import Electorate, equal_shares
from workplan_tui.voting.methods import Profile, borda, irv
from workplan_tui.voting.ties import TieBreak

LOT = TieBreak(rule="lot", seed="bench")


def timed(function: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = function()
    return time.perf_counter() - start, result


def line(name: str, ours: float, theirs: float, oracle: str, same: bool) -> None:
    print(f"{name:<34} workplan {ours:8.3f} s   {oracle} {theirs:8.3f} s   ratio {theirs / ours:7.1f}x   same: {same}")


def city(voters: int, projects: int = 100, seed: int = 2022) -> tuple[list[int], int, list[tuple[int, ...]]]:
    """A Łódź-like approval instance: popularity skewed, 1 to 10 approvals a voter, costs 20k-2M."""
    rng = random.Random(seed)
    costs = [rng.choice([20_000, 50_000, 100_000, 250_000, 500_000, 1_000_000, 2_000_000]) + rng.randint(0, 999) for _ in range(projects)]
    weights = [1 / (i + 1) ** 0.8 for i in range(projects)]
    ballots = []
    for _ in range(voters):
        size = rng.randint(1, 10)
        ballots.append(tuple(sorted(set(rng.choices(range(projects), weights, k=size)))))
    return costs, sum(costs) // 4, ballots


def ours_mes(costs: list[int], budget: int, ballots: list[tuple[int, ...]]) -> list[int]:
    groups = Counter(ballots)
    electorate = Electorate.approvals(costs, list(groups.items()), voters=len(ballots))
    order = sorted(range(len(costs)), key=lambda i: f"p{i}")
    return sorted(equal_shares(electorate, budget, order).selected)


def ours_greedy(costs: list[int], budget: int, ballots: list[tuple[int, ...]]) -> list[int]:
    votes = [0] * len(costs)
    for ballot, n in Counter(ballots).items():
        for p in ballot:
            votes[p] += n
    chosen, left = [], budget
    for p in sorted(range(len(costs)), key=lambda i: (-votes[i], f"p{i}")):
        if votes[p] and costs[p] <= left:
            chosen.append(p)
            left -= costs[p]
    return sorted(chosen)


def pabutools_profile(costs: list[int], budget: int, ballots: list[tuple[int, ...]]) -> tuple[Any, Any]:
    from pabutools.election import ApprovalBallot, ApprovalProfile, Instance, Project

    projects = [Project(f"p{i}", c) for i, c in enumerate(costs)]
    return Instance(projects, budget_limit=budget), ApprovalProfile([ApprovalBallot([projects[p] for p in b]) for b in ballots])


def theirs_greedy(costs: list[int], budget: int, ballots: list[tuple[int, ...]]) -> list[int]:
    from pabutools.election import Cost_Sat
    from pabutools.rules import greedy_utilitarian_welfare

    instance, profile = pabutools_profile(costs, budget, ballots)
    wanted = {p for b in ballots for p in b}
    outcome = greedy_utilitarian_welfare(instance, profile, sat_class=Cost_Sat)
    return sorted(int(p.name[1:]) for p in outcome if int(p.name[1:]) in wanted)


def theirs_mes(costs: list[int], budget: int, ballots: list[tuple[int, ...]]) -> list[int]:
    from pabutools.election import Cost_Sat
    from pabutools.rules import method_of_equal_shares

    instance, profile = pabutools_profile(costs, budget, ballots)
    return sorted(int(p.name[1:]) for p in method_of_equal_shares(instance, profile, sat_class=Cost_Sat))


def rankings(voters: int, candidates: int, seed: int, longest: int) -> list[tuple[int, ...]]:
    rng = random.Random(seed)
    weights = [1 / (i + 1) ** 0.6 for i in range(candidates)]
    out = []
    for _ in range(voters):
        order: list[int] = []
        for c in rng.choices(range(candidates), weights, k=longest * 2):
            if c not in order:
                order.append(c)
        out.append(tuple(order[: rng.randint(1, longest)]))
    return out


def ours_count(method: Callable, names: list[str], ballots: list[tuple[int, ...]]) -> Any:
    profile = Profile.build(names, (tuple(names[c] for c in b) for b in ballots))
    return method(profile, LOT)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--skip-slow", action="store_true", help="leave out pabutools' equal shares and pref_voting's IRV")
    args = parser.parse_args()

    voters = int(50_000 * args.scale)
    costs, budget, ballots = city(voters)
    print(f"Łódź-sized: {len(costs)} projects, {voters:,} voters, budget {budget:,}")
    ours_t, ours = timed(lambda: ours_greedy(costs, budget, ballots))
    theirs_t, theirs = timed(lambda: theirs_greedy(costs, budget, ballots))
    line("greedy by votes", ours_t, theirs_t, "pabutools", ours == theirs)
    ours_t, ours = timed(lambda: ours_mes(costs, budget, ballots))
    tracemalloc.start()  # a second run for the memory: tracing slows every allocation
    ours_mes(costs, budget, ballots)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    print(f"  equal shares, workplan: {ours_t:.3f} s, peak memory {peak / 2**20:.1f} MiB, {len(ours)} projects")
    if not args.skip_slow:
        theirs_t, theirs = timed(lambda: theirs_mes(costs, budget, ballots))
        line("equal shares (cost utilities)", ours_t, theirs_t, "pabutools", ours == theirs)

    irv_voters = int(194_530 * args.scale)
    candidates = 25
    names = [f"c{i}" for i in range(candidates)]
    ranked = rankings(irv_voters, candidates, 2011, 3)
    print(f"San Francisco-sized IRV: {candidates} candidates, {irv_voters:,} ballots of up to 3")
    ours_t, counted = timed(lambda: ours_count(irv, names, ranked))
    from pref_voting.iterative_methods import instant_runoff
    from pref_voting.profiles_with_ties import ProfileWithTies

    def pref_irv() -> list[int]:
        profile = ProfileWithTies([{c: r + 1 for r, c in enumerate(b)} for b in ranked], candidates=list(range(candidates)))
        return instant_runoff(profile)

    if not args.skip_slow:  # pref_voting's truncated profile: about ten minutes at full size
        theirs_t, winners = timed(pref_irv)
        line("IRV", ours_t, theirs_t, "pref_voting", [names[w] for w in winners] == [counted.groups[0][0]])
    try:
        import pyrankvote
        from pyrankvote import Ballot as RankBallot
        from pyrankvote import Candidate

        people = [Candidate(name) for name in names]

        def rank_irv() -> str:
            cast = [RankBallot(ranked_candidates=[people[c] for c in b]) for b in ranked]
            return str(pyrankvote.instant_runoff_voting(people, cast).get_winners()[0])

        theirs_t, winner = timed(rank_irv)
        line("IRV", ours_t, theirs_t, "pyrankvote", winner == counted.groups[0][0])
    except ImportError:
        print("  pyrankvote not installed")

    borda_voters = 10_000
    names = [f"p{i}" for i in range(20)]
    ranked = rankings(borda_voters, 20, 10, 5)
    print(f"Borda: 20 projects, {borda_voters:,} ballots of up to 5")
    ours_t, counted = timed(lambda: ours_count(borda, names, ranked))
    from pref_voting.scoring_methods import domination_borda_scores

    def pref_borda() -> dict:
        profile = ProfileWithTies([{c: r + 1 for r, c in enumerate(b)} for b in ranked], candidates=list(range(20)))
        return domination_borda_scores(profile)

    theirs_t, scores = timed(pref_borda)
    line("Borda", ours_t, theirs_t, "pref_voting", {names[c]: s for c, s in scores.items()} == counted.scores)


if __name__ == "__main__":
    main()
