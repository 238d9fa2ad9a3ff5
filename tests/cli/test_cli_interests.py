"""Declarations of interest at the command line: `vote` refuses a declared project (E411),
`tally` rejects a ballot that ranks one and says why, `check` locates a bad declaration (E108)."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from helpers.paths import SSCB
from workplan_tui.cli import main

RULE = "a member may not rank a project they declared an interest in"


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    """The SSCB example: member-05 has declared an interest in police-capacity."""
    path = tmp_path / "plan.toml"
    path.write_bytes(SSCB.read_bytes())
    return path


def test_vote_refuses_a_declared_project_with_e411_and_writes_nothing(plan, capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    assert main(["vote", str(plan), "--member", "member-05", "--rank", "modern-slavery,police-capacity"]) == 2
    err = capsys.readouterr().err
    assert err == (
        "--rank:1:1: E411 `member-05` declared an interest in `police-capacity` (Police capacity and impact) "
        f"and may not rank it: {RULE}\n"
    )
    assert not (plan.parent / "plan.ballots").exists()
    assert main(["vote", str(plan), "--member", "member-04", "--rank", "police-capacity"]) == 0  # another member may


def test_vote_asked_interactively_does_not_offer_a_declared_project(plan, capsys, monkeypatch):
    # police-capacity typed by id: refused; then the first project offered, Enter, and yes.
    monkeypatch.setattr(sys, "stdin", io.StringIO("police-capacity\n1\n\ny\n"))
    assert main(["vote", str(plan), "--member", "member-05"]) == 0
    captured = capsys.readouterr()
    assert "Not shown: Police capacity and impact — you declared an interest." in captured.out
    assert "police-capacity" not in captured.out.split("Choice 1")[0]  # not in the list offered
    assert f"You declared an interest in Police capacity and impact: {RULE}." in captured.err
    assert 'ranking = ["modern-slavery"]' in (plan.parent / "plan.ballots" / "member-05.toml").read_text()


def test_tally_rejects_a_ballot_ranking_a_declared_project_and_says_why(plan, capsys):
    folder = plan.parent / "plan.ballots"
    folder.mkdir()
    (folder / "member-05.toml").write_text('member = "member-05"\nranking = ["police-capacity", "modern-slavery"]\n')
    (folder / "member-04.toml").write_text('member = "member-04"\nranking = ["police-capacity"]\n')
    reason = f"`member-05` declared an interest in `police-capacity` (Police capacity and impact) and may not rank it: {RULE}"
    main(["tally", str(plan)])
    out = capsys.readouterr().out
    assert "1 of 17 members' ballots counted, 1 rejected" in out
    assert f"Rejected ballots:\n  - member-05.toml: E411 {reason}" in out
    main(["tally", str(plan), "--json"])
    report = json.loads(capsys.readouterr().out)
    assert report["rejected"] == [{"file": str(folder / "member-05.toml"), "member": "member-05", "reason": f"E411 {reason}"}]


def test_check_locates_each_bad_declaration(plan, capsys):
    text = plan.read_text(encoding="utf-8")
    plan.write_text(
        text + '\n[[interests]]\nmember = "member-99"\nproject = "modern-slavery"\n'
        '\n[[interests]]\nmember = "member-05"\nproject = "police-capacity"\n',
        encoding="utf-8",
    )
    lines = plan.read_text(encoding="utf-8").splitlines()
    assert main(["check", str(plan)]) == 2
    err = capsys.readouterr().err.splitlines()
    unknown = lines.index('member = "member-99"') + 1
    repeated = len(lines) - 2  # the last [[interests]] header
    assert err == [
        f"{plan}:{unknown}:10: E108 a declaration of interest names an unknown member `member-99`; did you mean `member-09`?",
        f"{plan}:{repeated}:1: E108 `member-05` has already declared an interest in `police-capacity`",
    ]
