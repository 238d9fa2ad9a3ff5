"""Real files end to end: `workplan import` + `workplan tally` against the oracles reading and counting the same file.

    python benchmarks/city_end_to_end.py [lodz] [meath] [sf] [--skip-slow] [--runs N]

Each side runs in its own process, one after the other in the same run (for PrefLib, run by
run: workplan, then each oracle), so the machine's load falls on all alike (the VM's speed
drifts; only same-run ratios mean anything):

- workplan, two commands (what a user waits for): `workplan import --pabulib|--preflib FILE -o
  PLAN --force` then `workplan tally PLAN --json` (each with Python's start-up and workplan's
  imports), the ballots written to and read back from the SQLite box beside the plan. Timed: the
  two commands' wall time; memory: the larger peak RSS of the two.
- workplan, like for like (PrefLib; what the targets are judged on): one process that imports
  workplan, then reads the file, makes the plan, writes the plan and its box, reads them back and
  counts, exactly as `import` + `tally` do, timed as the oracle is: its imports printed apart,
  not charged; memory: the process's peak RSS.
- the oracle: a Python process that imports the oracle, then reads the file with the oracle's
  own reader and counts it. Timed: the reading and counting only (its start-up and imports
  are printed apart, not charged); memory: the process's peak RSS.
  - Łódź 2022 (pabulib, 160 projects, 90,494 votes): pabutools' `parse_pabulib`, then
    `greedy_utilitarian_welfare(Cost_Sat)` (pabulib's greedy: by votes, each that fits), and
    `method_of_equal_shares(Cost_Sat)` (workplan: `tally --selection equal-shares`).
  - Meath 2002 (PrefLib 00001-00000003.soi, 5 seats, 64,081 ballots): preflibtools'
    OrdinalInstance (pref_voting's PrefLib reader), a ProfileWithTies of the orders with their
    counts and `stv_wig(quota_rule="droop")` (the inclusive Gregory STV workplan's is);
    pyrankvote's `single_transferable_vote` on one Ballot per voter, the same file read by
    preflibtools.
  - San Francisco 2011 Mayor (PrefLib 00021-00000011.toi, 194,530 ballots): the same reading,
    `instant_runoff`; pyrankvote's `instant_runoff_voting`. An overvote (two candidates at one
    place) ends the ballot there on both sides, as workplan's import and San Francisco count it.

Checks that both sides selected the same; prints both ratios (the oracle's read + count over
workplan's like-for-like time, and over its two commands). Asserts no timing. `--skip-slow` leaves out pabutools' equal
shares (minutes on Łódź) and pyrankvote on San Francisco.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
LODZ = DATA / "pabulib" / "poland_lodz_2022_.pb"
MEATH = DATA / "preflib" / "00001-00000003.soi"
SF = DATA / "preflib" / "00021-00000011.toi"


# Each child says its own peak RSS on exit (stderr's last line): RUSAGE_CHILDREN would give the
# largest of every child so far, not this one's.
PEAK_RSS = (
    "import atexit, resource, sys; atexit.register(lambda: sys.stderr.write("
    "f'\\npeak-rss {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}\\n')); "
)


def run(command: list[str]) -> tuple[float, int, str]:
    """(wall seconds, peak RSS in MiB, stdout) of `python -c CODE ARGS…` (command[2] is CODE)."""
    command = [*command[:2], PEAK_RSS + command[2], *command[3:]]
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command[3:])} failed ({done.returncode}):\n{done.stderr}")
    kib = int(done.stderr.rstrip().rpartition("peak-rss ")[2])
    return wall, kib // 1024, done.stdout


def workplan(args: list[str]) -> list[str]:
    return [sys.executable, "-c", "from workplan_tui.cli import main; sys.exit(main(sys.argv[1:]))", *args]


def ours(kind: str, source: Path, folder: Path, *tally_options: str) -> tuple[float, int, dict[str, Any]]:
    plan = folder / f"{source.stem}.toml"
    import_wall, import_rss, _ = run(workplan(["import", f"--{kind}", str(source), "-o", str(plan), "--force"]))
    tally_wall, tally_rss, out = run(workplan(["tally", str(plan), "--json", *tally_options]))
    found = {**json.loads(out), "plan": str(plan), "import_s": import_wall, "tally_s": tally_wall}
    return import_wall + tally_wall, max(import_rss, tally_rss), found


def references(plan_path: str, ids: list[str]) -> list[str]:
    """The source's own ids (pabulib project_id, PrefLib candidate name) of the plan's ids."""
    from workplan_tui.plan_io import load_plan

    plan = load_plan(Path(plan_path))
    by_id = {project.id: project for project in plan.projects}
    return sorted(by_id[project].reference if plan.official and plan.official.source == "pabulib" else by_id[project].title
                  for project in ids)


ORACLE_PREAMBLE = """
import json, time
started = time.perf_counter()
"""

PABUTOOLS = ORACLE_PREAMBLE + """
from pabutools.election import Cost_Sat, parse_pabulib
from pabutools.rules import greedy_utilitarian_welfare, method_of_equal_shares
imported = time.perf_counter()
instance, profile = parse_pabulib(sys.argv[1])
rule = greedy_utilitarian_welfare if sys.argv[2] == "greedy" else method_of_equal_shares
outcome = rule(instance, profile, sat_class=Cost_Sat)
done = time.perf_counter()
print(json.dumps({"imports": imported - started, "work": done - imported, "selected": sorted(p.name for p in outcome)}))
"""

# The orders as workplan's import reads them for IRV and STV: an overvote ends the ballot there,
# a blank ballot is not counted; one entry per distinct order, with its count.
PREFLIB_ORDERS = """
from preflibtools.instances import OrdinalInstance
file = OrdinalInstance()
file.parse_file(sys.argv[1])
names = file.alternatives_name
orders = {}
for order in file.orders:
    kept = []
    for group in order:
        if len(group) > 1:
            break
        kept.append(group[0])
    if kept:
        orders[tuple(kept)] = orders.get(tuple(kept), 0) + file.multiplicity[order]
seats = int(sys.argv[2])
"""

PREF_VOTING = ORACLE_PREAMBLE + """
from pref_voting.iterative_methods import instant_runoff
from pref_voting.profiles_with_ties import ProfileWithTies
from pref_voting.proportional_methods import stv_wig
imported = time.perf_counter()
""" + PREFLIB_ORDERS + """
profile = ProfileWithTies([{c: r + 1 for r, c in enumerate(order)} for order in orders],
                          rcounts=list(orders.values()), candidates=sorted(names))
if seats == 1:
    winners = instant_runoff(profile)
else:
    winners = stv_wig(profile, num_seats=seats, quota_rule="droop")
done = time.perf_counter()
print(json.dumps({"imports": imported - started, "work": done - imported, "selected": sorted(names[w] for w in winners)}))
"""

PYRANKVOTE = ORACLE_PREAMBLE + """
import pyrankvote
from pyrankvote import Ballot, Candidate
imported = time.perf_counter()
""" + PREFLIB_ORDERS + """
people = {number: Candidate(name) for number, name in names.items()}
ballots = []
for order, count in orders.items():
    ranked = [people[c] for c in order]
    ballots.extend(Ballot(ranked_candidates=ranked) for _ in range(count))
if seats == 1:
    result = pyrankvote.instant_runoff_voting(list(people.values()), ballots)
else:
    result = pyrankvote.single_transferable_vote(list(people.values()), ballots, number_of_seats=seats)
done = time.perf_counter()
print(json.dumps({"imports": imported - started, "work": done - imported,
                  "selected": sorted(str(c) for c in result.get_winners())}))
"""


# workplan's own count, in process, from the box the import wrote: the part the commands'
# start-up, the import's writing and the plan's check do not hide.
IN_PROCESS = ORACLE_PREAMBLE + """
from pathlib import Path
from workplan_tui.plan_io import load_plan
from workplan_tui.voting.ballot_box import open_box
from workplan_tui.voting.tally import tally
imported = time.perf_counter()
path = Path(sys.argv[1])
plan = load_plan(path)
ballots, rejected = open_box(path, plan).read(plan)
read = time.perf_counter()
options = {"selection": sys.argv[2]} if len(sys.argv) > 2 else {}
result = tally(plan, ballots, **options)
done = time.perf_counter()
print(json.dumps({"imports": imported - started, "work": done - imported, "read": read - imported,
                  "selected": list(result.selected)}))
"""


# The like-for-like figure: import + tally as the commands do them, in one process, imports apart.
WORKPLAN_PREFLIB = ORACLE_PREAMBLE + """
from pathlib import Path
from workplan_tui.plan_io import load_plan
from workplan_tui.sources.importing import preflib_plan, write_imported
from workplan_tui.sources.preflib import read_preflib
from workplan_tui.voting.ballot_box import open_box, voters_on_roll
from workplan_tui.voting.tally import tally
import fractions, numpy, tomli_w  # what the count and the plan's writer import when first used: imports, not work
imported = time.perf_counter()
source, plan_path = Path(sys.argv[1]), Path(sys.argv[2])
election = read_preflib(source)
written = write_imported(preflib_plan(election, source.name), plan_path, force=True)
wrote = time.perf_counter()
plan = load_plan(plan_path)
box = open_box(plan_path, plan)
ballots, rejected = box.read(plan)
read = time.perf_counter()
result = tally(plan, ballots, rejected, voters=voters_on_roll(box, ballots, rejected))
done = time.perf_counter()
print(json.dumps({"imports": imported - started, "work": done - imported, "write": wrote - imported,
                  "read": read - wrote, "count": done - read, "rows": written.rows, "ballots": result.ballots,
                  "selected": list(result.selected)}))
"""


def in_process(plan: str, *options: str) -> str:
    _, _, out = run([sys.executable, "-c", IN_PROCESS, plan, *options])
    found = json.loads(out)
    return f"in process: box read {found['read']:.2f} s + count {found['work'] - found['read']:.2f} s"


def oracle(script: str, *args: str) -> tuple[float, int, dict[str, Any]]:
    _, rss, out = run([sys.executable, "-c", script, *args])
    found = json.loads(out)
    return found["work"], rss, found


def median_of(runs: int, work: Any) -> tuple[float, int, dict[str, Any]]:
    results = [work() for _ in range(runs)]
    wall = statistics.median(result[0] for result in results)
    return wall, max(result[1] for result in results), results[-1][2]


def report(name: str, mine: tuple[float, int, dict[str, Any]], oracle_name: str, theirs: tuple[float, int, dict[str, Any]],
           same: bool) -> None:
    wall, rss, mine_found = mine
    work, their_rss, found = theirs
    print(f"  {name:<14} workplan import+tally {wall:6.2f} s ({rss} MiB; import {mine_found['import_s']:.2f} s, "
          f"tally {mine_found['tally_s']:.2f} s)   {oracle_name} read+count {work:6.2f} s "
          f"({their_rss} MiB; its imports {found['imports']:.2f} s apart)   ratio {work / wall:5.1f}x   same: {same}")


def lodz(folder: Path, runs: int, skip_slow: bool) -> None:
    print(f"Łódź 2022 ({LODZ.name}, {LODZ.stat().st_size / 2**20:.1f} MB)")
    mine = median_of(runs, lambda: ours("pabulib", LODZ, folder))
    theirs = median_of(runs, lambda: oracle(PABUTOOLS, str(LODZ), "greedy"))
    report("greedy", mine, "pabutools", theirs, references(mine[2]["plan"], mine[2]["selected"]) == theirs[2]["selected"])
    print(f"  {in_process(mine[2]['plan'])}")
    mine = median_of(runs, lambda: ours("pabulib", LODZ, folder, "--selection", "equal-shares"))
    if skip_slow:
        print(f"  equal shares: workplan import+tally {mine[0]:.2f} s ({mine[1]} MiB); pabutools left out (--skip-slow)")
        print(f"  {in_process(mine[2]['plan'], 'equal-shares')}")
        return
    theirs = median_of(1, lambda: oracle(PABUTOOLS, str(LODZ), "equal-shares"))
    report("equal shares", mine, "pabutools", theirs, references(mine[2]["plan"], mine[2]["selected"]) == theirs[2]["selected"])


def preflib(title: str, source: Path, seats: int, folder: Path, runs: int, pyrankvote_runs: int) -> None:
    print(f"{title} ({source.name}, {source.stat().st_size / 2**10:.0f} KB)")
    plan = folder / f"{source.stem}.inprocess.toml"
    commands, alike, pref_voting, pyrankvote = [], [], [], []
    for run_number in range(runs):  # run by run, so a change in the machine's load falls on every side
        commands.append(ours("preflib", source, folder))
        alike.append(oracle(WORKPLAN_PREFLIB, str(source), str(plan)))
        pref_voting.append(oracle(PREF_VOTING, str(source), str(seats)))
        if run_number < pyrankvote_runs:
            pyrankvote.append(oracle(PYRANKVOTE, str(source), str(seats)))
    mine = median_of_results(commands)
    ours_alike = median_of_results(alike)
    elected = references(mine[2]["plan"], mine[2]["selected"])
    found = ours_alike[2]
    kind = "STV" if seats > 1 else "IRV"
    print(f"  {kind:<14} workplan like for like {ours_alike[0]:6.3f} s ({ours_alike[1]} MiB; read the file + write plan and box "
          f"{found['write']:.3f} s, read them back {found['read']:.3f} s, count {found['count']:.3f} s; "
          f"{found['ballots']:,} ballots in {found['rows']:,} rows; its imports {found['imports']:.2f} s apart)")
    for name, results in (("pref_voting", pref_voting), ("pyrankvote", pyrankvote)):
        if not results:
            continue
        theirs = median_of_results(results)
        same = elected == theirs[2]["selected"] and sorted(found["selected"]) == sorted(mine[2]["selected"])
        print(f"  {'':<14} {name} read+count {theirs[0]:6.3f} s ({theirs[1]} MiB; its imports {theirs[2]['imports']:.2f} s "
              f"apart)   ratio like for like {theirs[0] / ours_alike[0]:5.1f}x, to the two commands "
              f"{theirs[0] / mine[0]:4.1f}x   same: {same}")
    print(f"  {'':<14} workplan two commands {mine[0]:6.2f} s ({mine[1]} MiB; import {mine[2]['import_s']:.2f} s, "
          f"tally {mine[2]['tally_s']:.2f} s)")
    print(f"  elected: {', '.join(elected)}")


def median_of_results(results: list[tuple[float, int, dict[str, Any]]]) -> tuple[float, int, dict[str, Any]]:
    """The median time, the largest peak memory, and the median run's findings."""
    ordered = sorted(results, key=lambda result: result[0])
    middle = ordered[(len(ordered) - 1) // 2]
    return statistics.median(result[0] for result in results), max(result[1] for result in results), middle[2]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("which", nargs="*", help="lodz, meath, sf (default: all three)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--skip-slow", action="store_true")
    args = parser.parse_args(argv)
    args.which = args.which or ["lodz", "meath", "sf"]
    if not set(args.which) <= {"lodz", "meath", "sf"}:
        parser.error("choose from lodz, meath, sf")
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores; medians of {args.runs} runs")
    with tempfile.TemporaryDirectory(prefix="city-bench-") as tmp:
        folder = Path(tmp)
        if "lodz" in args.which:
            lodz(folder, args.runs, args.skip_slow)
        if "meath" in args.which:
            preflib("Meath 2002 STV, 5 seats", MEATH, 5, folder, args.runs, args.runs)
        if "sf" in args.which:
            preflib("San Francisco 2011 Mayor IRV", SF, 1, folder, args.runs, 0 if args.skip_slow else args.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
