"""Start to first frame: workplan on the example plan against a bare Textual app, same run.

    python benchmarks/tui_startup.py [PLAN] [--runs N]

Each run is a fresh Python process (imports are most of the cost), headless, timed
from just before the process is spawned to the first frame having been drawn (the
app is ready and its first refresh has been processed). Prints the medians and
the ratio; the target is <= 1.15.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PLAN = ROOT / "plans" / "sscb-2023-24.toml"


def child(kind: str, plan: str) -> None:
    # Imports happen here, inside the timed process, as they do for a user.
    if kind == "bare":
        from common import bare_app

        app = bare_app()
    else:
        from workplan_tui.ui.app import WorkplanApp

        app = WorkplanApp(Path(plan))

    async def first_frame(pilot) -> None:
        await pilot.pause()  # the pending refresh has been drawn
        print(time.monotonic(), flush=True)
        pilot.app.exit()

    app.run(headless=True, size=(80, 24), auto_pilot=first_frame)


def measure(kind: str, plan: Path) -> float:
    # .pyc files are written and used, as in an installed package: with PYTHONDONTWRITEBYTECODE
    # set (some shells and sandboxes set it) every module edited since the last write would be
    # compiled again in each run, Textual's (installed, compiled) never.
    env = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
    started = time.monotonic()  # CLOCK_MONOTONIC is system-wide: comparable with the child's
    output = subprocess.run(
        [sys.executable, __file__, "--child", kind, str(plan)], capture_output=True, text=True, check=True, env=env
    ).stdout
    return float(output.strip().splitlines()[-1]) - started


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("plan", nargs="?", type=Path, default=DEFAULT_PLAN)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--child", choices=("bare", "workplan"))
    args = parser.parse_args()
    if args.child:
        child(args.child, str(args.plan))
        return 0
    measure("bare", args.plan)  # warm the file cache and .pyc files for both
    measure("workplan", args.plan)
    bare, ours = [], []
    for _ in range(args.runs):  # interleaved, so a busy moment hits both alike
        bare.append(measure("bare", args.plan))
        ours.append(measure("workplan", args.plan))
    bare_median, ours_median = statistics.median(bare), statistics.median(ours)
    print(f"bare Textual app (Header, Static, Footer): median {bare_median * 1000:.0f} ms over {args.runs} runs")
    print(f"workplan on {args.plan.name}: median {ours_median * 1000:.0f} ms over {args.runs} runs")
    print(f"ratio: {ours_median / bare_median:.2f}x (target <= 1.15x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
