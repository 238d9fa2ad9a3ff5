"""`workplan export --to toml` and `workplan verify` on an imported electorate, against `tally`.

    python benchmarks/verify_bench.py [RUNS]

Imports Meath 2002 (PrefLib 00001-00000003.soi: 64,081 ballots in 25,101 counted rows, an
SQLite box) into a temporary folder, then times each command end to end in a subprocess, the
median of RUNS runs (default 3): `tally` (the count), `export --to toml` (the count, the
agreed plan with its 25,101 recorded voters, written) and `verify` (the agreed plan read, the
box read, the record checked and the count done again). Prints seconds and each command's
ratio to `tally` in the same run; asserts no timing.

Before 2 Dec 2026 (polish, item 7) verify took 10-13 s and export 4 s: the record's voters put
in the plan's member order with a list.index per voter, and each counted voter looked up in the
recorded tuple, both quadratic in the 25,101 rows.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MEATH = ROOT / "tests" / "data" / "preflib" / "00001-00000003.soi"


def run(*args: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "workplan_tui", *args], check=True, capture_output=True)
    return time.perf_counter() - start


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    with tempfile.TemporaryDirectory() as folder:
        plan = Path(folder) / "meath.toml"
        agreed = plan.with_suffix(".agreed.toml")
        run("import", "--preflib", str(MEATH), "-o", str(plan))
        run("export", str(plan), "--to", "toml")  # a warm-up, and the agreed plan verify reads
        times: dict[str, list[float]] = {"tally": [], "export --to toml": [], "verify": []}
        for _ in range(runs):
            times["tally"].append(run("tally", str(plan)))
            agreed.unlink()
            times["export --to toml"].append(run("export", str(plan), "--to", "toml"))
            times["verify"].append(run("verify", str(agreed)))
    tally = statistics.median(times["tally"])
    print(f"Meath 2002 (64,081 ballots, 25,101 rows), medians of {runs}:")
    for name, measured in times.items():
        median = statistics.median(measured)
        print(f"  {name:<17} {median:6.2f} s  ({median / tally:4.1f}x tally; runs {', '.join(f'{t:.2f}' for t in measured)})")


if __name__ == "__main__":
    main()
