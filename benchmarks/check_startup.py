"""`workplan check` start-up time as a ratio to `python -c pass`, measured in the same run.

Usage: python benchmarks/check_startup.py [PLAN] [--runs N]
Target (issue 3): ratio <= 3x on the SSCB example plan.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def median_seconds(command: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("plan", nargs="?", default=str(ROOT / "plans" / "sscb-2023-24.toml"))
    parser.add_argument("--runs", type=int, default=21)
    args = parser.parse_args()
    script = shutil.which("workplan", path=str(Path(sys.executable).parent)) or shutil.which("workplan")
    check = [script, "check", args.plan] if script else [sys.executable, "-m", "workplan_tui", "check", args.plan]
    baseline = [sys.executable, "-c", "pass"]
    # Users' installs have cached bytecode; make sure ours does even where
    # PYTHONDONTWRITEBYTECODE is set, or the ratio would measure the compiler.
    import compileall

    import workplan_tui

    compileall.compile_dir(str(Path(workplan_tui.__file__).parent), quiet=1)
    # interleave warm-up so both commands see the same disk cache
    median_seconds(baseline, 3)
    median_seconds(check, 3)
    base = median_seconds(baseline, args.runs)
    measured = median_seconds(check, args.runs)
    print(f"python -c pass : {base * 1000:7.1f} ms (median of {args.runs})")
    print(f"workplan check : {measured * 1000:7.1f} ms (median of {args.runs})")
    print(f"ratio          : {measured / base:7.2f}x  (target <= 3x)")


if __name__ == "__main__":
    main()
