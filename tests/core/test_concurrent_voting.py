"""Many voters at once, as real processes: no ballot lost, no torn file, one ballot per member.

VOTERS processes start together (they wait for a "go" file once imported) and each casts,
in ROUNDS fresh ballot folders one after another:
- 16 of them the first ballot of their own member;
- 2 of them the first ballot of the same member, `contested`: in each round exactly one must
  be written and the other told the member has voted (E402), never both written;
- 2 of them re-vote (replace) the same member, `revoter`: the file is one whole ballot;
while a reader process counts the folders over and over: it must never see a half-written
ballot (which it would reject).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from helpers.voting_plans import simple_projects, write_plan
from workplan_tui.errors import AlreadyExists
from workplan_tui.plan_io import loads_plan
from workplan_tui.voting.ballots import read_ballot, read_ballots, write_ballot

DISTINCT = [f"member-{n:02}" for n in range(1, 17)]
MEMBERS = ["chair", *DISTINCT, "contested", "revoter"]
ROUNDS = 6
VOTERS = len(DISTINCT) + 2 + 2  # 20 writing processes, and one reader
PROJECTS = simple_projects(5)

WRITER = """
import json, sys, time
from pathlib import Path
from workplan_tui.errors import WorkplanError
from workplan_tui.plan_io import load_plan
from workplan_tui.voting.ballots import write_ballot
plan_path, root, member, ranking, replace, rounds = sys.argv[1:7]
plan = load_plan(plan_path)
go = Path(root) / "go"
while not go.exists():
    time.sleep(0.001)
for number in range(int(rounds)):
    try:
        write_ballot(plan, Path(root) / f"round-{number}", member, ranking.split(","), replace=replace == "1")
        outcome = "written"
    except WorkplanError as error:
        outcome = error.errors[0].code
    print(json.dumps({"round": number, "member": member, "ranking": ranking, "outcome": outcome}), flush=True)
"""

READER = """
import sys, time
from pathlib import Path
from workplan_tui.plan_io import load_plan
from workplan_tui.voting.ballots import read_ballots
plan_path, root, rounds = sys.argv[1:4]
plan = load_plan(plan_path)
go, done = Path(root) / "go", Path(root) / "done"
while not go.exists():
    time.sleep(0.001)
reads = 0
while not done.exists():
    for number in range(int(rounds)):
        ballots, rejected = read_ballots(plan, Path(root) / f"round-{number}")
        reads += 1
        for rejection in rejected:
            if not rejection.ignored:  # a temporary being written is no ballot, and said so
                print("REJECTED", rejection.file, rejection.reason, flush=True)
print("reads", reads, flush=True)
"""


@pytest.fixture
def plan_path(tmp_path: Path) -> Path:
    return write_plan(tmp_path, PROJECTS, members=MEMBERS)


def ranking_for(index: int) -> str:
    ids = [project["id"] for project in PROJECTS]
    return ",".join(ids[index % 5 : index % 5 + 1] + ids[(index + 2) % 5 : (index + 2) % 5 + 1])


def test_many_processes_voting_at_once_lose_nothing_and_tear_nothing(plan_path, tmp_path):
    root = tmp_path / "votes"
    root.mkdir()
    jobs = [(member, ranking_for(i), "0") for i, member in enumerate(DISTINCT)]
    jobs += [("contested", "p1,p2", "0"), ("contested", "p3,p4", "0")]
    jobs += [("revoter", "p5", "1"), ("revoter", "p4,p3,p2", "1")]
    assert len(jobs) == VOTERS
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(plan_path), str(root), member, ranking, replace, str(ROUNDS)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        for member, ranking, replace in jobs
    ]
    reader = subprocess.Popen(
        [sys.executable, "-c", READER, str(plan_path), str(root), str(ROUNDS)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    time.sleep(0.5)  # let the interpreters start; they then wait for the same moment
    (root / "go").touch()
    outcomes = []
    for writer in writers:
        out, err = writer.communicate(timeout=120)
        assert writer.returncode == 0, err
        outcomes += [json.loads(line) for line in out.splitlines()]
    (root / "done").touch()
    out, err = reader.communicate(timeout=60)
    assert reader.returncode == 0, err
    assert "REJECTED" not in out, out  # a reader never saw a torn or half-written ballot
    assert int(out.split()[-1]) >= 1

    plan = loads_plan(plan_path.read_text(encoding="utf-8"))
    assert len(outcomes) == VOTERS * ROUNDS
    for number in range(ROUNDS):
        folder = root / f"round-{number}"
        ballots, rejected = read_ballots(plan, folder)  # every file parses and counts
        assert rejected == []
        assert [b.member for b in ballots] == sorted(DISTINCT + ["contested", "revoter"])
        assert sorted(p.name for p in folder.iterdir()) == sorted(f"{b.member}.toml" for b in ballots)  # no temporaries
        this_round = [o for o in outcomes if o["round"] == number]
        for outcome in this_round:
            if outcome["member"] in DISTINCT:  # no ballot lost
                assert outcome["outcome"] == "written"
                assert ",".join(read_ballot(folder / f"{outcome['member']}.toml").ranking) == outcome["ranking"]
        contested = [o for o in this_round if o["member"] == "contested"]
        assert sorted(o["outcome"] for o in contested) == ["E402", "written"], contested
        winner = next(o for o in contested if o["outcome"] == "written")
        assert ",".join(read_ballot(folder / "contested.toml").ranking) == winner["ranking"]
        assert ",".join(read_ballot(folder / "revoter.toml").ranking) in ("p5", "p4,p3,p2")


def test_a_first_ballot_never_overwrites_one_written_a_moment_before(plan_path, tmp_path, monkeypatch):
    """The other process writes the member's ballot after this one checked and before it
    renames: the file system decides, and the earlier ballot stays."""
    plan = loads_plan(plan_path.read_text(encoding="utf-8"))
    folder = tmp_path / "plan.ballots"
    real_fsync = os.fsync
    raced = []

    def fsync_then_the_other_process_votes(descriptor):
        real_fsync(descriptor)
        if not raced:
            raced.append(True)
            write_ballot(plan, folder, "contested", ["p1"])

    monkeypatch.setattr(os, "fsync", fsync_then_the_other_process_votes)
    with pytest.raises(AlreadyExists) as caught:
        write_ballot(plan, folder, "contested", ["p3", "p4"])
    monkeypatch.undo()
    assert caught.value.errors[0].code == "E402"
    assert "`contested` has already voted" in caught.value.errors[0].message
    assert read_ballot(folder / "contested.toml").ranking == ("p1",)
    assert [p.name for p in folder.iterdir()] == ["contested.toml"]
