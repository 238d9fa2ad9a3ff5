"""Reproduce pabulib's official outcomes: import and count every .pb file given, compare with `selected`.

    python benchmarks/pabulib_reproduction.py DIR_OR_FILES... [--jobs N] [--misses]

For each file: read it (sources/pabulib.py), make the plan and ballots (sources/importing.py),
check the plan as `workplan check` does, count it by its rule (voting/tally.py) and compare the
selection with the file's `selected` column (sources/official.py). Prints the reproduction rate
by vote type and rule, and every miss with its reason: a tie that explains it, a rule or vote
type this version cannot count (E034), or a plain difference. Amounts with grosze are held
exactly (money.py), in the plan as in the count.
"""

from __future__ import annotations

import argparse
import collections
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any


def reproduce(path: str) -> dict[str, Any]:
    from workplan_tui.errors import WorkplanError
    from workplan_tui.money import MINOR_PER_UNIT
    from workplan_tui.plan_io import loads_plan
    from workplan_tui.sources.importing import pabulib_plan
    from workplan_tui.sources.official import compare
    from workplan_tui.sources.pabulib import read_pabulib
    from workplan_tui.toml_writer import dumps_document
    from workplan_tui.voting.tally import tally

    started = time.perf_counter()
    row: dict[str, Any] = {"file": Path(path).name}
    try:
        instance = read_pabulib(path)
    except WorkplanError as error:
        return {**row, "kind": "?", "outcome": "unreadable", "reason": str(error.errors[0])}
    row["kind"] = f"{instance.vote_type}/{instance.rule or 'greedy'}"
    if instance.selected is None:
        return {**row, "outcome": "no official outcome", "reason": "no `selected` column"}
    try:
        imported = pabulib_plan(instance)
    except WorkplanError as error:
        return {**row, "outcome": "not countable", "reason": error.errors[0].message}
    try:
        plan = loads_plan(dumps_document(imported.document), path)
    except WorkplanError as error:
        return {**row, "outcome": "plan does not check", "reason": str(error.errors[0])}
    row["grosze"] = plan.limits.budget % MINOR_PER_UNIT != 0 or any(p.cost % MINOR_PER_UNIT for p in plan.projects)
    result = tally(plan, imported.ballots)
    comparison = compare(plan, result)
    assert comparison is not None
    row["seconds"] = time.perf_counter() - started
    if comparison.equal:
        return {**row, "outcome": "reproduced", "reason": ""}
    reason = (
        f"missing {list(comparison.missing)}, extra {list(comparison.extra)}"
        + ("; a tie explains it" if comparison.tie_explains else "; a tie explains part" if comparison.tied else "")
    )
    if not comparison.tie_explains and plan.voting.selection == "fit":
        stopped = tally(plan, imported.ballots, selection="fit-stop")
        stop_comparison = compare(plan, stopped)
        if stop_comparison is not None and stop_comparison.equal:
            reason += "; fit-stop (stop at the first project that does not fit) reproduces it"
    return {**row, "outcome": "tie" if comparison.tie_explains else "differs", "reason": reason}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--misses", action="store_true", help="list every file not reproduced, with its reason")
    args = parser.parse_args(argv)
    files = sorted(
        str(file) for path in args.paths for file in (sorted(path.glob("*.pb")) if path.is_dir() else [path])
    )
    started = time.perf_counter()
    with ProcessPoolExecutor(args.jobs) as pool:
        rows = list(pool.map(reproduce, files, chunksize=8))
    elapsed = time.perf_counter() - started
    by_kind: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for row in rows:
        by_kind[row["kind"]][row["outcome"]] += 1
    print(f"{len(rows)} pabulib files in {elapsed:.0f} s ({args.jobs} processes)")
    outcomes = ("reproduced", "tie", "differs", "not countable", "no official outcome", "plan does not check", "unreadable")
    print(f"{'vote type/rule':<28}" + "".join(f"{name:>20}" for name in outcomes) + f"{'rate':>8}")
    totals: collections.Counter[str] = collections.Counter()
    for kind, counter in sorted(by_kind.items()):
        totals.update(counter)
        print(f"{kind:<28}" + "".join(f"{counter[name]:>20}" for name in outcomes) + f"{_rate(counter):>8}")
    print(f"{'all':<28}" + "".join(f"{totals[name]:>20}" for name in outcomes) + f"{_rate(totals):>8}")
    print("rate: reproduced (ties counted as reproduced up to the tie break) of the files with an official outcome counted")
    grosze = sum(1 for row in rows if row.get("grosze"))
    if grosze:
        print(f"{grosze} files have amounts with grosze")
    if args.misses:
        for row in rows:
            if row["outcome"] not in ("reproduced", "no official outcome"):
                print(f"  {row['file']}: {row['outcome']}: {row['reason']}")
    return 0


def _rate(counter: collections.Counter[str]) -> str:
    counted = counter["reproduced"] + counter["tie"] + counter["differs"]
    if not counted:
        return "-"
    return f"{100 * (counter['reproduced'] + counter['tie']) / counted:.1f}%"


if __name__ == "__main__":
    sys.exit(main())
