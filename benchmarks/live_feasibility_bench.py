"""Live feasibility on the Vote screen: time one update per change with a 2,000-project plan.

    python benchmarks/live_feasibility_bench.py [N]

Each "change" is what a keystroke on the Vote screen does: add, remove or reorder one project
in a member's ranking, call `live_feasibility(plan, ranking)`, then ask why each of the 40
projects on screen would not fit (the other projects are checked only when asked for), and
also, to bound the worst case, ask it of all N projects. Target: <= 5 ms per change at
N = 2,000. Prints numbers; asserts nothing about time.
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate_plan import generate_plan_text
from workplan_tui.capacity import check_bundle
from workplan_tui.plan_io import loads_plan
from workplan_tui.voting.selection import live_feasibility


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    plan = loads_plan(generate_plan_text(n, seed=1))
    ids = [project.id for project in plan.projects]
    rng = random.Random(7)
    started = time.perf_counter()
    live_feasibility(plan, [])  # first call builds the per-project load table
    first = time.perf_counter() - started

    ranking: list[str] = []
    times, every = [], []
    for _ in range(500):
        action = rng.random()
        if ranking and (action < 0.3 or len(ranking) == plan.voting.ballot_length):
            ranking.pop(rng.randrange(len(ranking)))
        elif len(ranking) > 1 and action < 0.5:
            i, j = rng.sample(range(len(ranking)), 2)
            ranking[i], ranking[j] = ranking[j], ranking[i]
        else:
            ranking.append(rng.choice([p for p in ids if p not in ranking]))
        on_screen = rng.randrange(max(1, n - 40))
        started = time.perf_counter()
        live = live_feasibility(plan, ranking)
        for project in ids[on_screen : on_screen + 40]:
            if project in live.blocked:
                live.blocked[project]
        times.append(time.perf_counter() - started)
        started = time.perf_counter()
        blocked = dict(live_feasibility(plan, ranking).blocked)
        every.append(time.perf_counter() - started)
    # Sanity: the fast path agrees with the full bundle check.
    full = check_bundle(plan, ranking)
    assert live.budget_used == full.budget_used and bool(live.over) == bool(full.overloads)
    assert all(project not in ranking for project in blocked)

    started = time.perf_counter()
    for _ in range(50):
        live_feasibility(plan, ranking, others=False)
    bare = (time.perf_counter() - started) / 50
    ms = [t * 1000 for t in times]
    every_ms = [t * 1000 for t in every]
    print(f"plan: {n} projects; first call (builds the load table): {first * 1000:.1f} ms")
    print(
        f"live_feasibility per change, 500 changes: median {statistics.median(ms):.2f} ms, "
        f"p95 {sorted(ms)[int(0.95 * len(ms))]:.2f} ms, max {max(ms):.2f} ms (target <= 5 ms)"
    )
    print(
        f"  asking about all {n} projects instead of the 40 on screen: median {statistics.median(every_ms):.2f} ms, "
        f"p95 {sorted(every_ms)[int(0.95 * len(every_ms))]:.2f} ms"
    )
    print(f"without checking the other {n} projects: {bare * 1000:.3f} ms")


if __name__ == "__main__":
    main()
