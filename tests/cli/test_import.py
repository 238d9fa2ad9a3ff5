"""`workplan import PLAN --projects FILE.csv`: all rows or none, errors at row and column."""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest

from workplan_tui.cli import main
from workplan_tui.plan_io import load_plan
from workplan_tui.starter import starter_text

HEADER = "id,title,theme,summary,resources,timing,cost,funding,start,end,gates,effort:adviser,effort:senior_adviser\n"
GOOD = (
    'drugs,Drugs and community safety,community-safety,"Impact of drug supply.\nBest practice.",Within the team,'
    'Report in June,"£1,500",,2025-05-01,2025-07-31,research_team,4,1.5\n'
    "cohesion,Cohesion study,community-safety,,,,0,SIGCE budget,2025-06-01,2025-12-31,,,\n"
)


@pytest.fixture
def plan_path(tmp_path: Path) -> Path:
    path = tmp_path / "plan.toml"
    path.write_text(starter_text(), encoding="utf-8")
    return path


def write_csv(tmp_path: Path, text: str, name: str = "projects.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(("\ufeff" + text).encode("utf-8"))  # as Excel saves "CSV UTF-8"
    return path


def test_rows_become_candidate_projects_and_the_plans_comments_stay(tmp_path: Path, plan_path: Path, capsys):
    csv_path = write_csv(tmp_path, HEADER + GOOD)
    assert main(["import", str(plan_path), "--projects", str(csv_path)]) == 0
    assert "2 projects added" in capsys.readouterr().out
    plan = load_plan(plan_path)
    drugs, cohesion = plan.project("drugs"), plan.project("cohesion")
    assert (drugs.cost, dict(drugs.effort), drugs.gates, drugs.summary) == (
        1500_00, {"adviser": 4, "senior_adviser": 1.5}, ("research_team",), "Impact of drug supply.\nBest practice."
    )
    assert (cohesion.funding, dict(cohesion.effort), cohesion.status) == ("SIGCE budget", {}, "candidate")
    # only lines were added, at the end: the rest of the file is byte for byte as it was
    text = plan_path.read_text(encoding="utf-8")
    assert text.startswith(starter_text())
    opcodes = difflib.SequenceMatcher(None, starter_text().splitlines(), text.splitlines()).get_opcodes()
    assert {tag for tag, *_ in opcodes} == {"equal", "insert"}


def test_every_problem_is_reported_at_its_row_and_column_and_nothing_is_written(tmp_path: Path, plan_path: Path, capsys):
    csv_path = write_csv(
        tmp_path,
        HEADER
        + GOOD
        + "bad-theme,Typo,comunity-safety,,,,abc,,2025-05-01,2025-04-01,,x,\n"
        + "no-end,No end,community-safety,,,,,,2025-05-01,,nope,,\n"
        + "Bad Id,Outside,community-safety,,,,-5,,2024-05-01,2025-05-01,,,\n",
    )
    before = plan_path.read_bytes()
    assert main(["import", str(plan_path), "--projects", str(csv_path)]) == 2
    f = str(csv_path)
    assert capsys.readouterr().err.splitlines() == [
        f"{f}:4:3: E202 unknown theme `comunity-safety`; did you mean `community-safety`?",
        f"{f}:4:7: E152 `cost` must be an amount like 12500 or 12500.50, not `abc`",
        f"{f}:4:10: E301 project `bad-theme` ends (2025-04-01) before it starts (2025-05-01)",
        f"{f}:4:12: E101 `effort:adviser` must be a number of person-days, not `x`",
        f"{f}:5:10: E102 `end` is empty; every project needs one",
        f"{f}:5:11: E202 unknown gate (limits.gates) `nope`",
        f"{f}:6:1: E105 `Bad Id` is not a valid id: use 1-64 lower-case letters, digits, `-` or `_`, starting with a letter or digit",
        f"{f}:6:7: E106 `cost` must be at least 0, not -5",
        f"{f}:6:9: E302 start 2024-05-01 is outside the plan period 2025-04-01 to 2026-03-31",
    ]
    assert plan_path.read_bytes() == before


def test_header_problems_are_reported_at_row_one(tmp_path: Path, plan_path: Path, capsys):
    csv_path = write_csv(tmp_path, "id,titel,theme,start,effort:advisor\nx,X,community-safety,2025-05-01,1\n")
    assert main(["import", str(plan_path), "--projects", str(csv_path)]) == 2
    f = str(csv_path)
    assert capsys.readouterr().err.splitlines() == [
        f"{f}:1:2: E103 unknown column `titel`; did you mean `title`?",
        f"{f}:1:5: E202 unknown role (limits.capacity) `advisor` in column `effort:advisor`; did you mean `adviser`?",
        f"{f}:1:1: E102 missing required columns `title`, `end`",
    ]


def test_an_id_already_in_the_plan_needs_force_which_replaces_its_fields(tmp_path: Path, plan_path: Path, capsys):
    existing = load_plan(plan_path).projects[0]
    row = f"{existing.id},Replaced title,{existing.theme},,,,,,{existing.start},{existing.end},,2,\n"
    csv_path = write_csv(tmp_path, HEADER + row + row.replace(existing.id, "twice"))
    before = plan_path.read_bytes()
    assert main(["import", str(plan_path), "--projects", str(csv_path)]) == 2
    assert f"{csv_path}:2:1: E201 project `{existing.id}` is already in plan.toml; use --force to replace it" in capsys.readouterr().err
    assert plan_path.read_bytes() == before
    assert main(["import", str(plan_path), "--projects", str(csv_path), "--force"]) == 0
    assert "1 project added, 1 replaced" in capsys.readouterr().out
    replaced = load_plan(plan_path).project(existing.id)
    assert (replaced.title, dict(replaced.effort), replaced.cost) == ("Replaced title", {"adviser": 2}, 0)
    assert replaced.milestones == existing.milestones  # not a column: left as it was


def test_a_repeated_id_in_the_sheet_and_broken_quoting_are_errors(tmp_path: Path, plan_path: Path, capsys):
    row = "dup,Dup,community-safety,,,,,,2025-05-01,2025-06-01,,,\n"
    csv_path = write_csv(tmp_path, HEADER + row + row)
    assert main(["import", str(plan_path), "--projects", str(csv_path)]) == 2
    assert f"{csv_path}:3:1: E201 duplicate id `dup`: row 2 has it too" in capsys.readouterr().err
    broken = write_csv(tmp_path, HEADER + row + 'x,"never closed\n', "broken.csv")
    assert main(["import", str(plan_path), "--projects", str(broken)]) == 2
    assert f"{broken}:3:1: E011 CSV syntax:" in capsys.readouterr().err


def test_import_does_not_load_textual():
    import subprocess
    import sys

    code = "import sys; from workplan_tui.commands import import_; import workplan_tui.plan_edit; print('textual' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip() == "False"


def test_an_import_that_would_void_ballots_is_refused_without_void_ballots(tmp_path: Path, plan_path: Path, capsys):
    from workplan_tui.voting.ballots import ballots_dir, write_ballot

    plan = load_plan(plan_path)
    member = plan.members[0]
    write_ballot(plan, ballots_dir(plan_path), member.id, [plan.projects[0].id])
    before = plan_path.read_text(encoding="utf-8")
    csv_path = write_csv(tmp_path, HEADER + GOOD)
    assert main(["import", str(plan_path), "--projects", str(csv_path)]) == 2
    error = capsys.readouterr().err
    assert "E412 importing would void 1 ballot already cast" in error and member.label in error
    assert plan_path.read_text(encoding="utf-8") == before
    assert main(["import", str(plan_path), "--projects", str(csv_path), "--void-ballots"]) == 0
    assert load_plan(plan_path).project("drugs").cost == 1500_00  # pence


def test_costs_with_pence_are_imported_exactly_and_written_as_typed(tmp_path: Path, plan_path: Path, capsys):
    rows = (
        "pence,Pence,community-safety,,,,\"£1,500.50\",,2025-05-01,2025-07-31,,1,\n"
        "tenth,Tenth,community-safety,,,,0.1,,2025-05-01,2025-07-31,,1,\n"
        "spaced,Spaced,community-safety,,,,12 500.05,,2025-05-01,2025-07-31,,1,\n"
    )
    assert main(["import", str(plan_path), "--projects", str(write_csv(tmp_path, HEADER + rows))]) == 0
    plan = load_plan(plan_path)
    assert [plan.project(p).cost for p in ("pence", "tenth", "spaced")] == [150050, 10, 1250005]
    text = plan_path.read_text(encoding="utf-8")
    assert "cost = 1500.50\n" in text and "cost = 0.10\n" in text and "cost = 12500.05\n" in text


def test_a_cost_with_more_than_two_decimals_is_refused_at_its_cell(tmp_path: Path, plan_path: Path, capsys):
    row = "fraction,Fraction,community-safety,,,,12.345,,2025-05-01,2025-07-31,,1,\n"
    csv_path = write_csv(tmp_path, HEADER + row)
    before = plan_path.read_bytes()
    assert main(["import", str(plan_path), "--projects", str(csv_path)]) == 2
    assert capsys.readouterr().err.splitlines() == [
        f"{csv_path}:2:7: E150 `cost` is 12.345, which has more than 2 decimals; an amount is exact to the penny"
    ]
    assert plan_path.read_bytes() == before
