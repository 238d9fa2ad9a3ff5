"""Files keep the modes colleagues expect: a new file gets the umask's, a replaced file keeps
its own, and the voting codes stay private whatever the umask."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from helpers.voting_plans import write_plan
from workplan_tui.files import atomic_write
from workplan_tui.plan_io import load_plan
from workplan_tui.voting.ballot_box import open_box, sqlite_path
from workplan_tui.voting.ballots import ballots_dir, write_ballot
from workplan_tui.voting.codes import codes_path, issue_codes


@pytest.fixture
def umask_022():
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_file_gets_the_umasks_mode(tmp_path, umask_022):
    atomic_write(tmp_path / "paper.md", "# Paper\n")
    atomic_write(tmp_path / "new.toml", "x = 1\n", create=True)
    assert mode(tmp_path / "paper.md") == mode(tmp_path / "new.toml") == 0o644
    os.umask(0o027)
    atomic_write(tmp_path / "annex.csv", "a,b\n")
    assert mode(tmp_path / "annex.csv") == 0o640


def test_a_replaced_file_keeps_its_mode(tmp_path, umask_022):
    plan = tmp_path / "plan.toml"
    plan.write_text("x = 1\n", encoding="utf-8")
    plan.chmod(0o664)
    atomic_write(plan, "x = 2\n")
    assert mode(plan) == 0o664 and plan.read_text(encoding="utf-8") == "x = 2\n"


def test_a_ballot_is_readable_by_colleagues_and_the_codes_are_not(tmp_path, umask_022):
    # The officer counts ballots members cast from their own accounts; a code casts a vote.
    plan_path = write_plan(tmp_path)
    plan = load_plan(plan_path)
    member = plan.members[0].id
    ballot = Path(write_ballot(plan, ballots_dir(plan_path), member, (plan.projects[0].id,)))
    assert mode(ballot) == 0o644
    ballot.chmod(0o640)  # the team's choice for this folder: a replaced ballot keeps it
    write_ballot(plan, ballots_dir(plan_path), member, (plan.projects[1].id,), replace=True)
    assert mode(ballot) == 0o640
    issue_codes(plan, plan_path)
    assert mode(codes_path(plan_path)) == 0o600


def test_an_sqlite_box_is_readable_by_colleagues_as_the_folder_is(tmp_path, umask_022):
    plan_path = write_plan(tmp_path)
    plan = load_plan(plan_path)
    box = open_box(plan_path, plan, sqlite_path(plan_path), new=True)
    box.cast(plan, plan.members[0].id, (plan.projects[0].id,))
    assert mode(sqlite_path(plan_path)) == 0o644
