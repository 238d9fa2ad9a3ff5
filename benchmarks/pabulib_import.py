"""Reading a pabulib file: sources/pabulib.py against pabutools' parser on the same file, same run.

    python benchmarks/pabulib_import.py [FILE.pb] [--runs N]

Default file: Łódź 2022 (tests/data/pabulib/poland_lodz_2022_.pb, the largest pabulib file,
3.7 MB, 90,494 votes). Prints the median time of each, their ratio, and the peak memory of
reading it once (tracemalloc). pabutools is a test oracle (`pip install pabutools`), never
imported by workplan itself. The count that follows is the rules' (benchmarks of the rules).
"""

from __future__ import annotations

import argparse
import sys
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import median_ms

DEFAULT = Path(__file__).resolve().parents[1] / "tests" / "data" / "pabulib" / "poland_lodz_2022_.pb"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)

    from workplan_tui.sources.importing import pabulib_plan
    from workplan_tui.sources.pabulib import read_pabulib

    ours = median_ms(lambda: read_pabulib(args.file), args.runs)
    plan_ms = median_ms(lambda: pabulib_plan(read_pabulib(args.file)), args.runs)
    tracemalloc.start()
    instance = read_pabulib(args.file)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"{args.file.name}: {len(instance.projects)} projects, {len(instance.votes)} votes")
    print(f"workplan read_pabulib: {ours:.0f} ms (peak {peak / 2**20:.0f} MB); with the plan and ballots made: {plan_ms:.0f} ms")
    try:
        from pabutools.election import parse_pabulib
    except ImportError:
        print("pabutools is not installed: no ratio (pip install pabutools)")
        return 0
    theirs = median_ms(lambda: parse_pabulib(str(args.file)), args.runs)
    print(f"pabutools parse_pabulib: {theirs:.0f} ms")
    print(f"ratio: workplan reads it {theirs / ours:.1f}× faster (same run)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
