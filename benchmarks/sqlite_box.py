"""10,000 ballots in an SQLite box against the folder and pref_voting, on the same rankings.

    python benchmarks/sqlite_box.py [BALLOTS]

Writes a 20-project plan with an open roll (`[voting] roll = "open"`: the voters are not listed
in the plan) and the same BALLOTS ballots (default 10,000) twice: into an SQLite box with one
`write_many` (one transaction) and into a folder (one file per voter). Then times, in this
process, each a median of RUNS runs after a warm-up:
  - write_many into a fresh SQLite box, and into a fresh folder;
  - read + check + count Borda (`box.read(plan)`, then `tally(..., method="borda")`) from the
    SQLite box, and from the folder;
  - pref_voting: a ProfileWithTies built from the rankings already in memory, and
    domination_borda_scores (the rule workplan's `borda` uses for truncated ballots); reading
    the ballots is not charged to pref_voting;
and `workplan tally PLAN --method borda --json` end to end in a subprocess for both boxes.
Checks the scores are identical. Prints same-run ratios (target: SQLite read + count >= 10x
pref_voting's profile + Borda); asserts no timing.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import median_ms
from generate_plan import generate_plan_text

PROJECTS = 20
RUNS = 5
CHILD_ENV = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}


def plan_with_open_roll() -> str:
    text = generate_plan_text(PROJECTS, seed=3)
    return text.replace("[voting]\n", '[voting]\nroll = "open"\nbox = "sqlite"\n', 1)


def rankings_for(count: int, projects: list[str], seed: int = 11) -> list[tuple[str, ...]]:
    """A mildly polarised electorate, as tally_bench.py makes it: 1 to 3 projects each."""
    rng = random.Random(seed)
    weights = [1.0 / (1 + index) ** 0.7 for index in range(len(projects))]
    rankings = []
    for _ in range(count):
        ranking: list[str] = []
        length = rng.choice((1, 2, 3, 3, 3))
        while len(ranking) < length:
            project = rng.choices(projects, weights)[0]
            if project not in ranking:
                ranking.append(project)
        rankings.append(tuple(ranking))
    return rankings


def end_to_end(plan: Path, ballots: Path | None = None) -> tuple[float, dict]:
    command = [sys.executable, "-m", "workplan_tui", "tally", str(plan), "--method", "borda", "--json"]
    if ballots is not None:
        command += ["--ballots", str(ballots)]
    times = []
    for run in range(RUNS + 1):
        started = time.perf_counter()
        completed = subprocess.run(command, capture_output=True, text=True, check=True, env=CHILD_ENV)
        if run:
            times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000, json.loads(completed.stdout)


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    from pref_voting.profiles_with_ties import ProfileWithTies
    from pref_voting.scoring_methods import domination_borda_scores

    from workplan_tui.plan_io import fingerprint, load_plan
    from workplan_tui.voting.ballot_box import FolderBox, SqliteBox
    from workplan_tui.voting.ballots import Ballot
    from workplan_tui.voting.rolls import load_roll
    from workplan_tui.voting.tally import tally

    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        plan_path = folder / "bench.toml"
        plan_path.write_text(plan_with_open_roll(), encoding="utf-8")
        plan = load_plan(plan_path)
        projects = [project.id for project in plan.projects]
        rankings = rankings_for(count, projects)
        cast = dt.datetime(2023, 3, 23, 10, tzinfo=dt.UTC)
        now = fingerprint(plan)
        ballots = [Ballot(f"v{index:06d}", ranking, cast, now) for index, ranking in enumerate(rankings)]

        made = iter(range(1_000_000))

        def write_sqlite() -> None:
            SqliteBox(folder / f"w{next(made)}.sqlite").write_many(ballots)

        def write_folder() -> None:
            FolderBox(folder / f"w{next(made)}.ballots").write_many(ballots)

        sqlite_write = median_ms(write_sqlite, 3)
        started = time.perf_counter()
        write_folder()  # once: 10,000 files, each written and synced, take tens of seconds
        folder_write = (time.perf_counter() - started) * 1000
        for leftover in folder.glob("w*"):
            if leftover.is_dir():
                shutil.rmtree(leftover)
            else:
                leftover.unlink()
        roll = load_roll(plan_path, plan)  # open: every voter id counts once
        sqlite_box = SqliteBox(folder / "bench.ballots.sqlite", roll)
        sqlite_box.write_many(ballots)
        folder_box = FolderBox(folder / "bench.ballots", roll)
        folder_box.write_many(ballots)
        print(f"write_many {count:,} ballots: SQLite box {sqlite_write:.0f} ms (one transaction, median of 3);"
              f" folder {folder_write:.0f} ms (one file each, synced; one run); ratio {folder_write / sqlite_write:.1f}x")

        results = {}

        def count_from(box: SqliteBox | FolderBox) -> None:
            read, rejected = box.read(plan)
            assert len(read) == count and not [r for r in rejected if not r.ignored]
            results[box.kind] = tally(plan, read, rejected, method="borda")

        sqlite_count = median_ms(lambda: count_from(sqlite_box), RUNS)
        folder_count = median_ms(lambda: count_from(folder_box), RUNS)
        scores: dict[str, float] = {}

        def theirs() -> None:
            profile = ProfileWithTies([{p: i + 1 for i, p in enumerate(r)} for r in rankings], candidates=projects)
            scores.update(domination_borda_scores(profile))

        pref_voting = median_ms(theirs, RUNS)
        ours = {entry.project: float(entry.score) for entry in results["sqlite"].ranking}
        assert ours == {p: float(s) for p, s in scores.items()}, "scores differ from pref_voting's"
        assert results["sqlite"].ranking == results["folder"].ranking
        print(f"read + check + count Borda, {count:,} ballots, in process (median of {RUNS}):")
        print(f"  SQLite box {sqlite_count:.0f} ms; folder {folder_count:.0f} ms;"
              f" pref_voting ProfileWithTies + domination_borda_scores {pref_voting:.0f} ms")
        print(f"  ratio pref_voting / SQLite {pref_voting / sqlite_count:.1f}x (target >= 10x);"
              f" pref_voting / folder {pref_voting / folder_count:.1f}x; folder / SQLite {folder_count / sqlite_count:.1f}x")
        print(f"  scores identical to pref_voting's: {ours == scores}")

        sqlite_e2e, from_sqlite = end_to_end(plan_path)
        folder_e2e, from_folder = end_to_end(plan_path, folder / "bench.ballots")
        assert from_sqlite["ranking"] == from_folder["ranking"] and from_sqlite["ballots"] == count
        print(f"workplan tally --method borda --json end to end (median of {RUNS}): SQLite box {sqlite_e2e:.0f} ms;"
              f" folder {folder_e2e:.0f} ms; ratio {folder_e2e / sqlite_e2e:.1f}x")
        size = (folder / "bench.ballots.sqlite").stat().st_size
        files = sum(path.stat().st_blocks * 512 for path in (folder / "bench.ballots").iterdir())
        print(f"on disk: SQLite box {size / 1e6:.1f} MB; folder {files / 1e6:.1f} MB ({count:,} files)")


if __name__ == "__main__":
    main()
