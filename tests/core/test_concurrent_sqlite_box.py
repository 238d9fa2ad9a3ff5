"""Many booths writing one SQLite ballot box at once, as real processes: no ballot lost, one row
per voter, first ballot wins by the database's own constraint, and readers never fail.

VOTERS processes start together (they wait for a "go" file once imported) and each casts, in
ROUNDS fresh boxes one after another (so making the box itself is raced too):
- 16 the first ballot of their own voter;
- 2 the first ballot of the same voter, `contested`: in each round exactly one is written and
  the other told the voter has voted (E402);
- 2 replace the same voter's ballot, `revoter`, again and again: the row is one whole ballot;
while two readers read and count the boxes over and over: never an error, never a rejection.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from helpers.voting_plans import simple_projects, write_plan
from workplan_tui.plan_io import load_plan
from workplan_tui.voting.ballot_box import SqliteBox

DISTINCT = [f"member-{n:02}" for n in range(1, 17)]
MEMBERS = ["chair", *DISTINCT, "contested", "revoter"]
ROUNDS = 5
REPLACEMENTS = 8  # each revoter's casts per round
VOTERS = len(DISTINCT) + 2 + 2

WRITER = """
import json, sys, time
from pathlib import Path
from workplan_tui.errors import WorkplanError
from workplan_tui.plan_io import load_plan
from workplan_tui.voting.ballot_box import SqliteBox
plan_path, root, member, ranking, replace, rounds, times = sys.argv[1:8]
plan = load_plan(plan_path)
go = Path(root) / "go"
while not go.exists():
    time.sleep(0.001)
for number in range(int(rounds)):
    box = SqliteBox(Path(root) / f"round-{number}.sqlite")
    for _ in range(int(times) if replace == "1" else 1):
        try:
            box.cast(plan, member, ranking.split(","), replace=replace == "1")
            outcome = "written"
        except WorkplanError as error:
            outcome = error.errors[0].code
            print(error, file=sys.stderr)
        print(json.dumps({"round": number, "member": member, "ranking": ranking, "outcome": outcome}), flush=True)
"""

READER = """
import sys, time
from pathlib import Path
from workplan_tui.plan_io import load_plan
from workplan_tui.voting.ballot_box import SqliteBox
plan_path, root, rounds = sys.argv[1:4]
plan = load_plan(plan_path)
go, done = Path(root) / "go", Path(root) / "done"
while not go.exists():
    time.sleep(0.001)
reads = 0
while not done.exists():
    for number in range(int(rounds)):
        ballots, rejected = SqliteBox(Path(root) / f"round-{number}.sqlite").read(plan)
        reads += 1
        for rejection in rejected:
            print("REJECTED", rejection.file, rejection.reason, flush=True)
print("reads", reads, flush=True)
"""


@pytest.fixture
def plan_path(tmp_path: Path) -> Path:
    return write_plan(tmp_path, simple_projects(5), members=MEMBERS)


def ranking_for(index: int) -> str:
    return f"p{index % 5 + 1},p{(index + 2) % 5 + 1}"


def test_many_booths_writing_one_sqlite_box_lose_nothing(plan_path: Path, tmp_path: Path):
    root = tmp_path / "votes"
    root.mkdir()
    jobs = [(member, ranking_for(i), "0") for i, member in enumerate(DISTINCT)]
    jobs += [("contested", "p1,p2", "0"), ("contested", "p3,p4", "0")]
    jobs += [("revoter", "p5", "1"), ("revoter", "p4,p3,p2", "1")]
    assert len(jobs) == VOTERS
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(plan_path), str(root), member, ranking, replace, str(ROUNDS), str(REPLACEMENTS)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        for member, ranking, replace in jobs
    ]
    readers = [
        subprocess.Popen(
            [sys.executable, "-c", READER, str(plan_path), str(root), str(ROUNDS)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        for _ in range(2)
    ]
    time.sleep(0.5)  # let the interpreters start; they then wait for the same moment
    (root / "go").touch()
    outcomes = []
    for writer in writers:
        out, err = writer.communicate(timeout=180)
        assert writer.returncode == 0, err
        assert "E420" not in err and "E421" not in err, err
        outcomes += [json.loads(line) for line in out.splitlines()]
    (root / "done").touch()
    for reader in readers:
        out, err = reader.communicate(timeout=60)
        assert reader.returncode == 0, err  # never "database is locked", never a traceback
        assert "REJECTED" not in out, out
        assert int(out.split()[-1]) >= 1

    plan = load_plan(plan_path)
    assert len(outcomes) == (len(DISTINCT) + 2 + 2 * REPLACEMENTS) * ROUNDS
    for number in range(ROUNDS):
        box = SqliteBox(root / f"round-{number}.sqlite")
        ballots, rejected = box.read(plan)
        assert rejected == []
        odd = [o for o in outcomes if o["round"] == number and o["outcome"] != "written" and o["member"] != "contested"]
        assert not odd, odd
        assert [b.member for b in ballots] == sorted(DISTINCT + ["contested", "revoter"])  # one row per voter
        by_member = {b.member: ",".join(b.ranking) for b in ballots}
        this_round = [o for o in outcomes if o["round"] == number]
        for outcome in this_round:
            if outcome["member"] in DISTINCT:  # no ballot lost
                assert outcome["outcome"] == "written"
                assert by_member[outcome["member"]] == outcome["ranking"]
            if outcome["member"] == "revoter":
                assert outcome["outcome"] == "written"
        contested = [o for o in this_round if o["member"] == "contested"]
        assert sorted(o["outcome"] for o in contested) == ["E402", "written"], contested
        assert by_member["contested"] == next(o for o in contested if o["outcome"] == "written")["ranking"]
        assert by_member["revoter"] in ("p5", "p4,p3,p2")
