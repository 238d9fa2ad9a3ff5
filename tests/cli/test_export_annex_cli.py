"""`workplan export --to xlsx` from the command line, and the modes every written file gets:
papers, annexes and the agreed plan readable by colleagues; ballots and codes by their owner only."""

from __future__ import annotations

import io
import os
import shutil
import stat
from pathlib import Path

import pytest
from openpyxl import load_workbook

from helpers import agreed_example
from workplan_tui.attendance import Attendance
from workplan_tui.cli import main
from workplan_tui.decision import DecisionOptions, prepare
from workplan_tui.export.xlsx import SHEETS, render_xlsx
from workplan_tui.plan_io import load_plan


@pytest.fixture
def work(tmp_path: Path) -> Path:
    shutil.copy(agreed_example.PLAN, tmp_path / "sscb.toml")
    shutil.copytree(agreed_example.BALLOTS, tmp_path / "sscb.ballots")
    return tmp_path


@pytest.fixture
def umask_022():
    previous = os.umask(0o022)
    yield
    os.umask(previous)


# The decision `agree` below records from the command line.
RECORD = DecisionOptions(
    attendance=Attendance(present=agreed_example.PRESENT, apologies=agreed_example.APOLOGIES, recorded=True)
)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def agree(work: Path) -> Path:
    assert main([
        "export", str(work / "sscb.toml"), "--to", "toml", "--date", "2023-03-23",
        "--present", ",".join(agreed_example.PRESENT), "--apologies", ",".join(agreed_example.APOLOGIES),
    ]) == 0
    return work / "sscb.agreed.toml"


def test_the_annex_goes_beside_the_plan_as_the_core_renders_it(work, capsys):
    agreed = agree(work)
    assert main(["export", str(agreed), "--to", "xlsx"]) == 0
    written = work / "sscb.agreed.annex.xlsx"
    assert capsys.readouterr().out.splitlines()[-1] == f"{written}: Excel annex written"
    assert written.read_bytes() == render_xlsx(load_plan(agreed))
    assert tuple(load_workbook(io.BytesIO(written.read_bytes())).sheetnames) == SHEETS
    assert main(["export", str(agreed), "--to", "xlsx", "-o", str(work / "Annex.XLSX")]) == 0  # any case of .xlsx


def test_standard_output_and_a_name_excel_would_refuse_are_clear_errors(work, capsys):
    assert main(["export", str(work / "sscb.toml"), "--to", "xlsx", "-o", "-"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""  # no bytes on the terminal
    assert captured.err.splitlines() == [
        "-:1:1: E130 an Excel workbook (xlsx) cannot go to standard output; give a file name, e.g. -o annex.xlsx"
    ]
    assert main(["export", str(work / "sscb.toml"), "--to", "xlsx", "-o", str(work / "annex.csv")]) == 2
    err = capsys.readouterr().err
    assert "E131 an Excel workbook needs a name ending .xlsx" in err and "e.g. -o annex.xlsx" in err
    assert sorted(path.name for path in work.iterdir()) == ["sscb.ballots", "sscb.toml"]  # nothing written


def test_an_existing_annex_is_replaced_only_with_force(work, capsys):
    assert main(["export", str(work / "sscb.toml"), "--to", "xlsx"]) == 0
    assert main(["export", str(work / "sscb.toml"), "--to", "xlsx"]) == 2
    assert "E402 already exists; use --force" in capsys.readouterr().err
    assert main(["export", str(work / "sscb.toml"), "--to", "xlsx", "--force"]) == 0


def test_papers_annexes_and_the_agreed_plan_are_readable_by_colleagues(work, umask_022):
    agreed = agree(work)
    written = [agreed]
    for fmt, name in (("csv", "sscb.agreed.csv"), ("xlsx", "sscb.agreed.annex.xlsx")):
        assert main(["export", str(agreed), "--to", fmt]) == 0
        written.append(work / name)
    for paper in ("paper.md", "paper.docx", "report.md"):  # the documents, in Markdown and in Word
        assert main(["export", str(work / "sscb.toml"), "--to", paper.split(".")[0], "-o", str(work / paper)]) == 0
        written.append(work / paper)
    assert {path.name: mode(path) for path in written} == {path.name: 0o644 for path in written}
    # A replaced file keeps the mode its owner gave it; a group-only umask is honoured.
    (work / "sscb.agreed.csv").chmod(0o664)
    assert main(["export", str(agreed), "--to", "csv", "--force"]) == 0
    assert mode(work / "sscb.agreed.csv") == 0o664
    os.umask(0o027)
    assert main(["export", str(agreed), "--to", "xlsx", "-o", str(work / "team.xlsx")]) == 0
    assert mode(work / "team.xlsx") == 0o640


def test_ballots_follow_the_umask_and_codes_stay_private(work, umask_022, capsys):
    os.umask(0o002)  # a team's umask: group-writable files
    ballot = work / "sscb.ballots" / "member-11.toml"
    assert not ballot.exists()
    assert main(["vote", str(work / "sscb.toml"), "--member", "member-11", "--rank", "modern-slavery,drugs-community-safety"]) == 0
    assert mode(ballot) == 0o664
    assert main(["codes", str(work / "sscb.toml")]) == 0
    assert mode(work / "sscb.codes") == 0o600
    capsys.readouterr()  # the slips' codes, printed once


def test_the_export_panes_workbook_is_the_command_lines_bytes(work):
    agreed = agree(work)
    prepared = prepare(load_plan(work / "sscb.toml"), work / "sscb.toml", agreed_example.DATE, RECORD)
    assert main(["export", str(agreed), "--to", "xlsx"]) == 0
    assert prepared.data("xlsx") == (work / "sscb.agreed.annex.xlsx").read_bytes()
