"""`workplan schedule`: text in the Board's words, --json as issue 13 gives it, bad ids, bad plans."""

from __future__ import annotations

import json
import subprocess
import sys

from helpers.paths import SSCB
from workplan_tui.cli import main

README_SET = "modern-slavery,police-capacity,drugs-community-safety"


def test_text_names_titles_roles_and_months(capsys):
    assert main(["schedule", str(SSCB), "--projects", README_SET]) == 0
    out = capsys.readouterr().out
    assert out.startswith("SSCB work plan 2023/24: delivery schedule of 3 projects\n  - Modern slavery\n")
    assert "It does not fit as timed (the work spread evenly over each project's dates):\n" in out
    assert "  - Graduate trainee is over capacity in April 2023 (7.66 of 6 days), May 2023" in out
    assert "It fits with the work re-timed, within each project's window and milestones." in out
    assert "  - Drugs issues and community safety, Graduate trainee: " in out
    assert "moved from May 2023 to June 2023" in out
    assert "graduate_trainee" not in out and "drugs-community-safety" not in out  # no ids, no keys


def test_json_has_exactly_the_issue_keys_and_sums(capsys):
    assert main(["schedule", str(SSCB), "--projects", README_SET, "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert set(result) == {"fits", "fits_as_timed", "schedule", "shortfall", "load"}
    assert result["fits"] is True and result["fits_as_timed"] is False and result["shortfall"] == {}
    assert set(result["schedule"]) == set(README_SET.split(","))
    assert round(sum(result["schedule"]["modern-slavery"]["adviser"].values()), 2) == 30
    assert result["load"]["graduate_trainee"]["2023-05"] == {"used": 6.0, "available": 6.0}
    for months in result["schedule"]["police-capacity"].values():
        assert all(round(days, 2) == days for days in months.values())


def test_default_is_every_project_of_a_draft(capsys):
    main(["schedule", str(SSCB), "--json"])
    assert len(json.loads(capsys.readouterr().out)["schedule"]) == 6


def test_default_is_the_agreed_set_of_an_agreed_plan(tmp_path, capsys):
    agreed = tmp_path / "agreed.toml"
    text = SSCB.read_text(encoding="utf-8").replace('status = "draft" ', 'status = "agreed"', 1)
    text += '\n[decision]\ndate = 2023-03-23\nmethod = "points"\nballots = 2\nselected = ["modern-slavery", "reducing-reoffending"]\n'
    agreed.write_text(text, encoding="utf-8")
    assert main(["schedule", str(agreed), "--json"]) == 0
    assert set(json.loads(capsys.readouterr().out)["schedule"]) == {"modern-slavery", "reducing-reoffending"}


def test_what_cannot_fit_exits_1_with_the_extra_days(tmp_path, capsys):
    tight = tmp_path / "tight.toml"
    tight.write_text(SSCB.read_text(encoding="utf-8").replace("\ngraduate_trainee = 6", "\ngraduate_trainee = 1"), encoding="utf-8")
    assert main(["schedule", str(tight), "--projects", "reducing-reoffending,drugs-community-safety"]) == 1
    out = capsys.readouterr().out
    assert "It does not fit even re-timed: it needs 11 days more staff time than is available." in out
    assert "Extra days needed to make it fit:\n  - Graduate trainee: " in out


def test_unknown_ids_are_located_with_a_hint(capsys):
    assert main(["schedule", str(SSCB), "--projects", "modern-slavry,nonsense"]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err == [
        "--projects:1:1: E202 unknown project `modern-slavry`; did you mean `modern-slavery`?",
        "--projects:1:1: E202 unknown project `nonsense`",
    ]


def test_a_plan_with_errors_exits_2_without_a_traceback(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text(SSCB.read_text(encoding="utf-8").replace("start = 2023-04-03", "start = 2023-04-03\nearliest = 2023-05-01", 1))
    result = subprocess.run(
        [sys.executable, "-m", "workplan_tui", "schedule", str(bad), "--json"], capture_output=True, text=True
    )
    assert result.returncode == 2 and result.stdout == ""
    assert "E301 project `modern-slavery` may move no earlier than 2023-05-01, after it starts (2023-04-03)" in result.stderr
    assert "Traceback" not in result.stderr


def test_json_on_a_pipe_is_only_json():
    # HiGHS prints a banner from C on its first use in a process; it must not reach stdout.
    result = subprocess.run(
        [sys.executable, "-m", "workplan_tui", "schedule", str(SSCB), "--json"], capture_output=True, text=True
    )
    assert result.returncode == 0
    assert json.loads(result.stdout)["fits"] is True
