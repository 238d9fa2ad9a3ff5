"""The `best` selection (voting.selection.best_set, a mixed-integer program solved by HiGHS)
against the branch and bound it replaced, in the same run.

    python benchmarks/best_bench.py [N]

On a generated plan of N projects (default 2,000; pick 2..3), with scores of two shapes:
  - "ballots": 20 members rank 3 projects each by points (3, 2, 1): few projects are supported;
  - "everyone": every project supported, scores 1..100 at random (the search has all N
    projects to choose from);
  - "crowded": every project supported, scoring by its cost and effort, so the best-scoring
    projects are the ones that do not fit together (the hard case for a search).
Each is timed as the median of RUNS runs after a warm-up (highspy imported, the load table
built). The old branch and bound (kept here, and only here, as the comparison) is run with
its product node limit (200,000 partial sets); the script prints whether it stopped at the
limit and whether its total matches the exact one. Target for `best`: <= 2 s at 2,000.
Prints numbers; asserts no timing.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import median_ms
from generate_plan import generate_plan_text
from workplan_tui.capacity import load_table
from workplan_tui.model import Plan
from workplan_tui.plan_io import loads_plan
from workplan_tui.voting.selection import best_set

RUNS = 5
NODE_LIMIT = 200_000  # the old best_feasible's limit


def old_branch_and_bound(
    plan: Plan, ranking: Sequence[str], scores: Mapping[str, float], supported: set[str], node_limit: int = NODE_LIMIT
) -> tuple[tuple[str, ...], float, bool]:
    """The branch and bound that was `best_feasible` (workplan 0.x): depth first over the
    supported projects by score, a branch cut when its total plus the best scores still
    available cannot beat the best found. Returns (set, total, stopped at the node limit)."""
    table = load_table(plan)
    position = {project: index for index, project in enumerate(ranking)}
    order = sorted((p for p in ranking if p in supported), key=lambda p: (-float(scores[p]), position[p]))
    values = [float(scores[p]) for p in order]
    pick_min, pick_max = plan.voting.pick_min, plan.voting.pick_max
    best_total, best_set_found = float("-inf"), None
    visited, stopped = 0, False
    used = table.empty()
    chosen: list[int] = []

    def fits(spent: int, project: str) -> bool:
        return spent + table.budget_cost[project] <= table.budget_limit and table.first_overload(used, project) is None

    def search(start: int, total: float, spent: int) -> None:
        nonlocal visited, stopped, best_total, best_set_found
        visited += 1
        if visited > node_limit:
            stopped = True
            return
        if len(chosen) >= pick_min and total > best_total:
            best_total, best_set_found = total, list(chosen)
        slots = pick_max - len(chosen)
        if not slots:
            return
        for index in range(start, len(order)):
            if total + sum(values[index : index + slots]) <= best_total:
                break
            project = order[index]
            if not fits(spent, project):
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
    picked = tuple(order[i] for i in best_set_found) if best_set_found is not None else ()
    return picked, (best_total if best_set_found is not None else 0.0), stopped


def scores_by_ballots(plan: Plan, rng: random.Random) -> dict[str, float]:
    scores: dict[str, float] = {}
    ids = [project.id for project in plan.projects]
    for _ in range(20):
        for points, project in zip((3, 2, 1), rng.sample(ids, 3), strict=True):
            scores[project] = scores.get(project, 0) + points
    return scores


def main(argv: list[str]) -> int:
    count = int(argv[0]) if argv else 2000
    plan = loads_plan(generate_plan_text(count, seed=1))
    rng = random.Random(7)
    shapes = {
        "ballots": scores_by_ballots(plan, rng),
        "everyone": {project.id: float(rng.randint(1, 100)) for project in plan.projects},
        # The dearest and busiest projects score most: the top ones crowd each other out.
        "crowded": {
            project.id: round(project.budget_cost / 100 + sum(project.effort.values()) + rng.random(), 3)
            for project in plan.projects
        },
    }
    print(f"plan: {count} projects, {len(load_table(plan).roles)} roles x {len(load_table(plan).months)} months, "
          f"pick {plan.voting.pick_min}..{plan.voting.pick_max}")
    for shape, scores in shapes.items():
        ranking = sorted(scores, key=lambda p: -scores[p])
        supported = set(ranking)
        exact = best_set(plan, ranking, scores, supported)
        exact_total = sum(scores[p] for p in exact.selected)
        old, old_total, stopped = old_branch_and_bound(plan, ranking, scores, supported)
        new_ms = median_ms(lambda: best_set(plan, ranking, scores, supported), RUNS)  # noqa: B023 - run at once
        old_ms = median_ms(lambda: old_branch_and_bound(plan, ranking, scores, supported), RUNS)  # noqa: B023
        print(f"{shape}: {len(supported)} supported projects")
        print(f"  best (MIP, HiGHS):  {new_ms:8.1f} ms  total {exact_total:g}  {list(exact.selected)}")
        print(f"  old branch & bound: {old_ms:8.1f} ms  total {old_total:g}  {list(old)}"
              + ("  (stopped at the node limit: not proven)" if stopped else "  (complete)"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
