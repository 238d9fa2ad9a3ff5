"""Tally 10,000 ballot files over 20 projects: `workplan tally` end to end against pref_voting.

    python benchmarks/tally_bench.py [BALLOTS]

Writes a 20-project plan whose roll is a CSV file of 10,000 voters beside it (`[voting] roll`;
a large electorate is not listed in the plan) and one ballot file per voter to a temporary
folder, then times:
  - `workplan tally PLAN --method borda --json` in a subprocess: start-up, reading the plan and
    every ballot file, counting, selection, JSON out;
  - pref_voting's Borda (domination Borda for truncated ballots, the rule workplan's `borda`
    uses) on a ProfileWithTies built from the same ballots, counting only the profile building
    and the method (reading the files is not charged to pref_voting);
and checks both name the same winner. IRV and Schulze are timed end to end too, with
pref_voting's instant_runoff_tb and beat_path for reference. End-to-end times are medians of
RUNS runs after a warm-up. Also prints the floor under `workplan tally` on this machine: an
empty interpreter, the imports `tally` needs, and bare os.open/os.fstat/os.read/os.close of
every ballot file. Prints numbers; asserts no timing.
"""

from __future__ import annotations

import gc
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate_plan import generate_plan_text

PROJECTS = 20
RUNS = 5  # each end-to-end figure is the median of this many runs (after one warm-up run)
# .pyc files are written and used, as in an installed package: with PYTHONDONTWRITEBYTECODE set
# (some shells and sandboxes set it) every module edited since the last write would be compiled
# again in each run, pref_voting's (installed, compiled) never.
CHILD_ENV = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}


def plan_with_roll(members: int, roll: Path) -> str:
    """The plan, its voters (ballot files are named after them) in a CSV roll written to `roll`."""
    from workplan_tui.model import Member
    from workplan_tui.voting.rolls import dumps_roll

    voters = [Member("chair", "Chair", "chair")] + [Member(f"m{i:05d}", f"Member {i}") for i in range(1, members)]
    roll.write_text(dumps_roll(voters), encoding="utf-8")
    text = generate_plan_text(PROJECTS, seed=3)
    return text.replace("[voting]\n", f'[voting]\nroll = "{roll.name}"\n', 1)


def write_ballots(folder: Path, members: list[str], projects: list[str], fingerprint: str, seed: int = 11) -> list[tuple[str, ...]]:
    """One file per member, exactly as `workplan vote` writes them (with the plan's fingerprint)."""
    import datetime as dt

    from workplan_tui.voting.ballots import Ballot, dumps_ballot

    cast = dt.datetime(2023, 3, 23, 10, tzinfo=dt.UTC)
    rng = random.Random(seed)
    folder.mkdir()
    # A mildly polarised electorate (not uniform), so the count is not a coin toss.
    weights = [1.0 / (1 + index) ** 0.7 for index in range(len(projects))]
    rankings = []
    for member in members:
        ranking: list[str] = []
        length = rng.choice((1, 2, 3, 3, 3))
        while len(ranking) < length:
            project = rng.choices(projects, weights)[0]
            if project not in ranking:
                ranking.append(project)
        rankings.append(tuple(ranking))
        body = dumps_ballot(Ballot(member, tuple(ranking), cast, fingerprint))
        (folder / f"{member}.toml").write_text(body, encoding="utf-8")
    return rankings


def run_tally(plan: Path, method: str) -> tuple[float, dict]:
    """The median wall time of RUNS runs of `workplan tally` after a warm-up run, and its JSON."""
    times = []
    for run in range(RUNS + 1):
        started = time.perf_counter()
        completed = subprocess.run(
            [sys.executable, "-m", "workplan_tui", "tally", str(plan), "--method", method, "--json"],
            capture_output=True,
            text=True,
            check=True,
            env=CHILD_ENV,
        )
        if run:
            times.append(time.perf_counter() - started)
    return statistics.median(times), json.loads(completed.stdout)


def child_median(*arguments: str) -> float:
    times = []
    for run in range(RUNS + 1):
        started = time.perf_counter()
        subprocess.run([sys.executable, *arguments], check=True, env=CHILD_ENV)
        if run:
            times.append(time.perf_counter() - started)
    return statistics.median(times)


def floor(ballots: Path) -> None:
    """What no change to workplan's own code could remove, under one file per ballot."""
    import stat

    empty = child_median("-c", "pass")
    imports = child_median("-c", "import workplan_tui.cli, workplan_tui.commands.tally, workplan_tui.voting.tally, json")
    paths = sorted(str(path) for path in ballots.glob("*.toml"))
    started = time.perf_counter()
    for path in paths:
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
        try:
            if stat.S_ISREG(os.fstat(descriptor).st_mode):
                os.read(descriptor, 1025)
        finally:
            os.close(descriptor)
    raw = time.perf_counter() - started
    print(f"  floor: python -c pass {empty * 1000:.0f} ms; with tally's imports {imports * 1000:.0f} ms;"
          f" bare open/fstat/read/close of {len(paths):,} files {raw * 1000:.0f} ms;"
          f" sum {(imports + raw) * 1000:.0f} ms")


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    from pref_voting.iterative_methods import instant_runoff_tb
    from pref_voting.margin_based_methods import beat_path
    from pref_voting.profiles_with_ties import ProfileWithTies
    from pref_voting.scoring_methods import domination_borda_scores

    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        plan_path = folder / "bench.toml"
        plan_path.write_text(plan_with_roll(count, folder / "voters.csv"), encoding="utf-8")
        from workplan_tui.plan_io import fingerprint, load_plan
        from workplan_tui.voting.rolls import load_roll

        plan = load_plan(plan_path)
        roll = load_roll(plan_path, plan)
        members = [member.id for member in roll.voters]
        projects = [project.id for project in plan.projects]
        started = time.perf_counter()
        rankings = write_ballots(folder / "bench.ballots", members, projects, fingerprint(plan))
        print(f"wrote {count:,} ballot files over {PROJECTS} projects in {time.perf_counter() - started:.1f} s")

        ours, result = run_tally(plan_path, "borda")
        assert result["ballots"] == count, result["ballots"]

        times = []
        for _ in range(3):
            started = time.perf_counter()
            profile = ProfileWithTies([{p: i + 1 for i, p in enumerate(r)} for r in rankings], candidates=projects)
            scores = domination_borda_scores(profile)
            times.append(time.perf_counter() - started)
        theirs = statistics.median(times)
        best = max(scores.values())
        their_winners = sorted(p for p, s in scores.items() if s == best)
        our_scores = {entry["project"]: entry["score"] for entry in result["ranking"]}
        top = result["ranking"][0]["project"]
        print(f"borda: workplan tally end to end {ours * 1000:.0f} ms (median of {RUNS});"
              f" pref_voting (profile + Borda) {theirs * 1000:.0f} ms (median of 3);"
              f" ratio {theirs / ours:.1f}x (target >= 10x)")
        print(f"  winners: workplan {top}, pref_voting {their_winners}; scores identical: {our_scores == scores}")
        assert their_winners == [top] and our_scores == scores

        # Where workplan's time goes, in this process. pref_voting's profiles are still in memory:
        # frozen, so a collection of the garbage collector triggered in one of workplan's phases
        # does not walk them (a fresh `workplan tally` has no such heap; it cost one phase or
        # another up to 80 ms, by chance).
        from workplan_tui.voting.ballot_box import open_box
        from workplan_tui.voting.tally import tally

        gc.collect()
        gc.freeze()

        started = time.perf_counter()
        load_roll(plan_path, load_plan(plan_path))
        load_time = time.perf_counter() - started
        started = time.perf_counter()
        fingerprint(plan)
        fingerprint_time = time.perf_counter() - started
        started = time.perf_counter()
        ballots, rejected = open_box(plan_path, plan, roll=roll).read(plan)
        read_time = time.perf_counter() - started - fingerprint_time
        started = time.perf_counter()
        tally(plan, ballots, rejected, method="borda")
        count_time = time.perf_counter() - started
        print(f"  workplan in process: load the plan and its {count:,}-voter roll {load_time * 1000:.0f} ms, fingerprint it"
              f" {fingerprint_time * 1000:.0f} ms, read+check {count:,} ballot files {read_time * 1000:.0f} ms,"
              f" count+select {count_time * 1000:.1f} ms")
        gc.unfreeze()
        print(f"  counting alone vs pref_voting (profile + Borda): {theirs / count_time:.0f}x;"
              f" reading+counting vs pref_voting: {theirs / (read_time + count_time):.1f}x")

        # pref_voting end to end too: a fresh interpreter reads the same files (tomllib), builds
        # the profile and counts, as a script using pref_voting instead of workplan would.
        script = (
            "import sys, tomllib, pathlib\n"
            "from pref_voting.profiles_with_ties import ProfileWithTies\n"
            "from pref_voting.scoring_methods import domination_borda_scores\n"
            "files = sorted(pathlib.Path(sys.argv[1]).glob('*.toml'))\n"
            "rankings = [tomllib.loads(f.read_text())['ranking'] for f in files]\n"
            "candidates = sorted({p for r in rankings for p in r})\n"
            "scores = domination_borda_scores(ProfileWithTies([{p: i + 1 for i, p in enumerate(r)} for r in rankings], candidates=candidates))\n"
            "print(max(scores, key=scores.get))\n"
        )
        started = time.perf_counter()
        completed = subprocess.run(
            [sys.executable, "-c", script, str(folder / "bench.ballots")], capture_output=True, text=True, check=True, env=CHILD_ENV
        )
        their_end_to_end = time.perf_counter() - started
        print(f"  pref_voting end to end (start, import, read the files, profile, Borda): {their_end_to_end * 1000:.0f} ms;"
              f" ratio {their_end_to_end / ours:.1f}x; winner {completed.stdout.strip()}")

        floor(folder / "bench.ballots")

        irv_time, irv = run_tally(plan_path, "irv")
        started = time.perf_counter()
        lot = [entry["project"] for entry in irv["ranking"]]  # any fixed order: no elimination ties expected
        their_irv = instant_runoff_tb(profile, tie_breaker=lot[::-1])
        irv_ref = time.perf_counter() - started
        print(f"irv: workplan tally end to end {irv_time * 1000:.0f} ms (full ranking, {PROJECTS} runs);"
              f" pref_voting instant_runoff_tb winner only {irv_ref * 1000:.0f} ms;"
              f" winners {irv['ranking'][0]['project']} / {their_irv}")

        schulze_time, schulze = run_tally(plan_path, "schulze")
        print(f"schulze: workplan tally end to end {schulze_time * 1000:.0f} ms; winner {schulze['ranking'][0]['project']}")
        if count <= 10_000:
            started = time.perf_counter()
            their_schulze = beat_path(profile)
            print(f"  pref_voting beat_path (margins) {(time.perf_counter() - started) * 1000:.0f} ms; winners {their_schulze}")


if __name__ == "__main__":
    main()
