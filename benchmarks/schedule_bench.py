"""The delivery schedule (schedule.delivery_schedule) in process, against the even-spread check.

    python benchmarks/schedule_bench.py [N]

Times, as the median of RUNS runs after a warm-up (so highspy is imported and the plan's load
table built before the clock starts):
  - the SSCB plan's six projects (they do not fit as timed, so the LP is solved: three stages);
  - a generated plan of N projects (default 2,000) with four roles over twelve months, every
    project at once (far over capacity: the shortfall stage matters);
each against capacity.check_bundle on the same projects in the same run (the even-spread load
and overloads: the baseline, part of what the schedule does first). Also prints importing
highspy once, in a fresh interpreter. Target: <= 50 ms for SSCB, <= 2 s for 2,000 x 4 x 12.
Prints numbers; asserts no timing.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import median_ms
from generate_plan import generate_plan_text
from workplan_tui.capacity import check_bundle
from workplan_tui.plan_io import load_plan, loads_plan
from workplan_tui.schedule import delivery_schedule

ROOT = Path(__file__).resolve().parent.parent
RUNS = 7


def four_role_plan(n: int) -> str:
    """The generated plan (three roles) with a fourth, `analyst`, in capacity and most efforts."""
    text = generate_plan_text(n, seed=1).replace("[limits.capacity]\n", "[limits.capacity]\nanalyst = 12\n", 1)
    counter = iter(range(10**9))

    def with_analyst(match: re.Match[str]) -> str:
        roles = [part for part in (f"analyst = {1 + next(counter) % 20}", match[1].strip()) if part]
        return "effort = { " + ", ".join(roles) + " }"

    return re.sub(r"effort = \{(.*?)\}", with_analyst, text)


def report(name: str, plan, runs: int = RUNS) -> None:
    ids = [project.id for project in plan.projects]
    result = delivery_schedule(plan, ids)
    schedule_ms = median_ms(lambda: delivery_schedule(plan, ids), runs)
    baseline_ms = median_ms(lambda: check_bundle(plan, ids), runs)
    extra = sum(sum(months.values()) for months in result.shortfall.values())
    print(
        f"{name}: schedule {schedule_ms:.1f} ms, even-spread check {baseline_ms:.2f} ms "
        f"({schedule_ms / baseline_ms:.1f}x); fits as timed {result.fits_as_timed}, fits {result.fits}, "
        f"extra role-days {extra:,.2f}"
    )


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    started = subprocess.run(
        [sys.executable, "-c", "import time; t = time.perf_counter(); import highspy; print(time.perf_counter() - t)"],
        capture_output=True,
        text=True,
        check=True,
    )
    print(f"import highspy (fresh interpreter): {1000 * float(started.stdout.split()[-1]):.0f} ms")
    report("SSCB plan, 6 projects x 3 roles x 12 months", load_plan(ROOT / "plans" / "sscb-2023-24.toml"))
    big = loads_plan(four_role_plan(n))
    report(f"{n:,} projects x {len(big.roles)} roles x 12 months", big, runs=5)


if __name__ == "__main__":
    main()
