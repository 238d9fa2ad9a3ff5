"""`workplan ballots PLAN --to sqlite|folder`, and every command on a plan whose ballots are in an
SQLite box: tally, vote, close, export and verify give what they give on the folder."""

from __future__ import annotations

import io
import json
import shutil
import sys
from pathlib import Path

import pytest

from helpers import agreed_example
from workplan_tui.cli import main
from workplan_tui.voting.ballot_box import sqlite_path


@pytest.fixture
def work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The SSCB draft with the golden ballots beside it, as a folder."""
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    shutil.copy(agreed_example.PLAN, tmp_path / "sscb.toml")
    shutil.copytree(agreed_example.BALLOTS, tmp_path / "sscb.ballots")
    return tmp_path


def run(capsys, *arguments: str) -> tuple[int, str, str]:
    capsys.readouterr()
    status = main(list(arguments))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def tally_json(capsys, plan: Path) -> dict:
    status, out, _ = run(capsys, "tally", str(plan), "--json")
    assert status == 0
    return json.loads(out)


def without_files(result: dict) -> dict:
    """The count without where each rejected ballot was read from (a file, or a box's row)."""
    result = dict(result)
    result["rejected"] = [{k: v for k, v in entry.items() if k != "file"} for entry in result.get("rejected", [])]
    return result


def test_converting_to_sqlite_and_back_keeps_the_count(work: Path, capsys):
    plan = work / "sscb.toml"
    before = tally_json(capsys, plan)
    status, out, err = run(capsys, "ballots", str(plan), "--to", "sqlite")
    assert status == 0, err
    assert out.startswith(f"11 ballots moved from {work / 'sscb.ballots'} to {sqlite_path(plan)}; the plan now uses it.")
    assert without_files(tally_json(capsys, plan)) == without_files(before)
    shutil.rmtree(work / "sscb.ballots")  # counted from the box alone
    assert without_files(tally_json(capsys, plan)) == without_files(before)
    assert run(capsys, "ballots", str(plan), "--to", "folder")[0] == 0
    assert tally_json(capsys, plan) == before


def test_converting_refuses_to_overwrite_without_force(work: Path, capsys):
    plan = work / "sscb.toml"
    sqlite_path(plan).write_bytes(b"")
    status, out, err = run(capsys, "ballots", str(plan), "--to", "sqlite")
    assert status == 2 and out == ""
    assert err == f"{sqlite_path(plan)}:1:1: E423 already exists; add --force to replace it with the converted box\n"
    assert run(capsys, "ballots", str(plan), "--to", "sqlite", "--force")[0] == 0
    assert (work / "sscb.ballots.sqlite.replaced").read_bytes() == b""


def test_a_damaged_box_is_one_located_line(work: Path, capsys):
    plan = work / "sscb.toml"
    assert run(capsys, "ballots", str(plan), "--to", "sqlite")[0] == 0
    sqlite_path(plan).write_bytes(b"this is not a database " * 100)
    status, _, err = run(capsys, "tally", str(plan))
    assert status == 2
    assert err == (
        f"{sqlite_path(plan)}:1:1: E420 the ballot box cannot be read: it is not a database"
        " (damaged, or some other kind of file)\n"
    )


def test_vote_close_export_and_verify_on_an_sqlite_box(work: Path, capsys):
    plan = work / "sscb.toml"
    assert run(capsys, "ballots", str(plan), "--to", "sqlite")[0] == 0
    shutil.rmtree(work / "sscb.ballots")
    status, out, err = run(capsys, "vote", str(plan), "--member", "member-12", "--rank", "police-capacity")
    assert status == 0, err
    assert out.endswith(f"ballot written to {sqlite_path(plan)}#member-12\n")
    status, _, err = run(capsys, "vote", str(plan), "--member", "member-12", "--rank", "modern-slavery")
    assert status == 2 and "E402 `member-12` has already voted" in err
    status, out, _ = run(capsys, "close", str(plan), "--at", "2023-03-23T11:05")
    assert status == 0 and "12 of 17 members voted" in out
    result = tally_json(capsys, plan)  # cast today, after the close at 11:05 on 23 March 2023
    assert [(r["member"], "closed" in r["reason"]) for r in result["rejected"]][-1] == ("member-12", True)
    status, _, err = run(capsys, "export", str(plan), "--to", "toml", "--date", "2023-03-23")
    assert status == 0, err
    status, out, err = run(capsys, "verify", str(work / "sscb.agreed.toml"))
    assert status == 0, err
    assert out.startswith(f"{work / 'sscb.agreed.toml'}: the record agrees with the 10 ballots in {sqlite_path(plan)}")


def test_tally_on_a_csv_roll_counts_of_the_roll_s_voters(tmp_path: Path, capsys):
    from helpers.voting_plans import plan_text

    plan = tmp_path / "city.toml"
    plan.write_text(plan_text().replace("[voting]\n", '[voting]\nbox = "sqlite"\nroll = "voters.csv"\n', 1), encoding="utf-8")
    (tmp_path / "voters.csv").write_text("id,label\nv-1,Voter one\nv-2,\nv-3,\n", encoding="utf-8")
    assert run(capsys, "vote", str(plan), "--member", "v-2", "--rank", "p1")[0] == 0
    status, _, err = run(capsys, "vote", str(plan), "--member", "chair", "--rank", "p1")
    assert status == 2 and "E202 `chair` is not on the roll (voters.csv)" in err
    status, out, _ = run(capsys, "tally", str(plan))
    assert status == 0 and out.splitlines()[0] == "Test plan: points, 1 of 3 voters' ballots counted"
    assert tally_json(capsys, plan)["members"] == 3
    status, out, _ = run(capsys, "close", str(plan))
    assert status == 0 and "1 of 3 voters voted" in out


@pytest.mark.parametrize("roll", ["voters.csv", "open"])
def test_an_agreed_plan_on_a_roll_outside_the_plan_is_written_checked_and_verified(tmp_path: Path, capsys, roll: str):
    # The record's voters are the roll's, not [[members]]: the agreed plan must still load.
    from helpers.voting_plans import plan_text

    plan = tmp_path / "city.toml"
    plan.write_text(plan_text().replace("[voting]\n", f'[voting]\nroll = "{roll}"\n', 1), encoding="utf-8")
    (tmp_path / "voters.csv").write_text("id,label\nv-1,Voter one\nv-2,\nv-3,\n", encoding="utf-8")
    for voter, project in (("v-1", "p1"), ("v-2", "p2")):
        assert run(capsys, "vote", str(plan), "--member", voter, "--rank", project)[0] == 0
    status, _, err = run(capsys, "export", str(plan), "--to", "toml", "--date", "2026-12-02")
    assert status == 0, err
    agreed = tmp_path / "city.agreed.toml"
    assert 'voters = ["v-1", "v-2"]' in agreed.read_text(encoding="utf-8")
    assert run(capsys, "check", str(agreed))[0] == 0
    status, out, err = run(capsys, "verify", str(agreed))
    assert status == 0, err
    assert "the record agrees with the 2 ballots" in out
