"""Every error id, planted in a copy of the SSCB example, reported at its exact place."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from helpers.paths import SSCB
from workplan_tui.errors import WorkplanError
from workplan_tui.plan_io import load_plan


def position(text: str, needle: str, occurrence: int = 1) -> tuple[int, int]:
    """1-based line and column where the n-th occurrence of needle starts."""
    index = -1
    for _ in range(occurrence):
        index = text.index(needle, index + 1)
    line = text.count("\n", 0, index) + 1
    column = index - (text.rfind("\n", 0, index) + 1) + 1
    return line, column


def errors_of(path: Path) -> list[str]:
    with pytest.raises(WorkplanError) as caught:
        load_plan(path)
    return [str(error) for error in caught.value.errors]


# (id, anchor, replacement, reported position: the n-th occurrence of this text + offset columns, message)
PLANTED = [
    ("E010", "budget = 10000", "budget = = 10000", "budget = = 10000", 1, 9, "TOML syntax: Invalid value"),
    ("E020", "schema = 1", "schema = 2", "schema = 2", 1, 9,
     "schema 2 is not supported; this version of workplan reads schema 1"),
    ("E101", "budget = 10000", "budget = true", "budget = true", 1, 9,
     "`limits.budget` must be an amount like 12500 or 12500.50, not true/false"),
    ("E102", 'title = "SSCB work plan 2023/24"\n', "", "[plan]", 1, 0, "missing required key `title` in plan"),
    ("E103", "[plan]\n", "[plan]\ntitel = \"x\"\n", "titel", 1, 0, "unknown key `titel` in plan; did you mean `title`?"),
    ("E104", 'method = "points"', 'method = "pointz"', 'method = "pointz"', 1, 9,
     "`voting.method` is `pointz`; allowed: points, borda, approval, schulze, irv, stv; did you mean `points`?"),
    ("E105", 'id = "chair"', 'id = "Chair One"', 'id = "Chair One"', 1, 5,
     "`Chair One` is not a valid id: use 1-64 lower-case letters, digits, `-` or `_`, starting with a letter or digit"),
    ("E106", "budget = 10000", "budget = -10000", "budget = -10000", 1, 9, "`limits.budget` must be at least 0, not -10000"),
    ("E107", 'title = "SSCB work plan 2023/24"', 'title = "SSCB \u202ework plan"', 'title = "SSCB \u202e', 1, 8,
     "`plan.title` contains a control character (RIGHT-TO-LEFT OVERRIDE)"),
    ("E201", 'id = "reducing-reoffending"', 'id = "modern-slavery"', 'id = "modern-slavery"', 2, 5,
     "duplicate id `modern-slavery` in projects"),
    ("E202", 'theme = "community-safety"', 'theme = "community-safty"', 'theme = "community-safty"', 1, 8,
     "unknown theme `community-safty`; did you mean `community-safety`?"),
    ("E301", "end = 2024-03-31", "end = 2022-03-31", "end = 2022-03-31", 1, 6,
     "plan ends (2022-03-31) before it starts (2023-04-01)"),
    ("E303", "pick = { min = 2, max = 3 }", "pick = { min = 4, max = 3 }", "min = 4", 1, 6,
     "pick.min (4) is more than pick.max (3)"),
]


@pytest.mark.parametrize(
    ("code", "old", "new", "at", "occurrence", "offset", "message"), PLANTED, ids=[p[0] for p in PLANTED]
)
def test_planted_error_is_reported_at_its_place(plant, code, old, new, at, occurrence, offset, message):
    path, text = plant(old, new)
    line, column = position(text, at, occurrence)
    column += offset
    assert f"{path}:{line}:{column}: {code} {message}" in errors_of(path)


def test_project_outside_plan_period_is_e302(plant, sscb_text):
    project = sscb_text.index('id = "modern-slavery"')
    start_line = sscb_text.index("start = ", project)
    old = sscb_text[start_line : sscb_text.index("\n", start_line)]
    path, text = plant(old, "start = 2022-01-01")
    line, column = position(text, "2022-01-01")
    assert f"{path}:{line}:{column}: E302 start 2022-01-01 is outside the plan period 2023-04-01 to 2024-03-31" in errors_of(path)


def test_project_ending_before_it_starts_is_e301(plant, sscb_text):
    project = sscb_text.index('id = "modern-slavery"')
    end_at = sscb_text.index("\nend = ", project) + 1
    old = sscb_text[end_at : sscb_text.index("\n", end_at)]
    path, text = plant(old, "end = 2023-03-31")
    line, column = position(text, "end = 2023-03-31")
    errors = errors_of(path)
    assert any(e.startswith(f"{path}:{line}:{column + 6}: E301 project `modern-slavery` ends (2023-03-31) before it starts (") for e in errors)


@pytest.mark.parametrize(
    ("anchor", "replacement", "what"),
    [
        ("senior_adviser = ", "senior_advisor = ", "role (limits.capacity) `senior_adviser`"),
    ],
)
def test_effort_role_must_be_a_capacity_role(plant, sscb_text, anchor, replacement, what):
    # rename the role in limits.capacity only: every project's effort then dangles
    capacity = sscb_text.index("[limits.capacity]")
    old = sscb_text[capacity : sscb_text.index("\n\n", capacity)]
    path, text = plant(old, old.replace(anchor, replacement))
    errors = errors_of(path)
    effort_key = text.index("senior_adviser", text.index("[[projects]]"))
    line = text.count("\n", 0, effort_key) + 1
    column = effort_key - (text.rfind("\n", 0, effort_key) + 1) + 1
    assert f"{path}:{line}:{column}: E202 unknown {what}; did you mean `senior_advisor`?" in errors


def test_unknown_gate_and_meeting_are_e202(plant, sscb_text):
    path, text = plant('gates = ["research_team"]', 'gates = ["research"]')
    line, column = position(text, '"research"]')
    assert f"{path}:{line}:{column}: E202 unknown gate (limits.gates) `research`; did you mean `research_team`?" in errors_of(path)
    meeting = sscb_text[sscb_text.index('at = "', sscb_text.index("[[projects]]")) :].split('"')[1]
    path, text = plant(f'at = "{meeting}"', 'at = "board-2099-01"')
    line, column = position(text, '"board-2099-01"')
    assert any(e.startswith(f"{path}:{line}:{column}: E202 unknown meeting `board-2099-01`") for e in errors_of(path))


def test_ballot_length_below_pick_min_is_e303(plant):
    path, text = plant("ballot_length = 3", "ballot_length = 1")
    line, column = position(text, "ballot_length = 1")
    column += len("ballot_length = ")
    assert (
        f"{path}:{line}:{column}: E303 ballot_length (1) is less than pick.min (2): members could not rank enough projects"
        in errors_of(path)
    )


def test_every_problem_is_reported_in_one_pass_in_file_order(plant, sscb_text, tmp_path):
    text = (
        sscb_text.replace("budget = 10000", "budget = -1", 1)
        .replace('method = "points"', 'method = "ranked"', 1)
        .replace('theme = "community-safety"', 'theme = "nowhere"', 1)
    )
    path = tmp_path / "many.toml"
    path.write_text(text, encoding="utf-8")
    errors = errors_of(path)
    codes = [error.split(": ")[1].split()[0] for error in errors]
    assert codes == ["E106", "E104", "E202"]
    lines = [int(error.split(":")[1]) for error in errors]
    assert lines == sorted(lines)


# -- files that are not plans ---------------------------------------------------


def test_missing_file(tmp_path):
    assert errors_of(tmp_path / "nope.toml") == [f"{tmp_path / 'nope.toml'}:1:1: E001 no such file"]


def test_folder_instead_of_file(tmp_path):
    assert errors_of(tmp_path) == [f"{tmp_path}:1:1: E001 is a folder, not a plan file"]


def test_empty_file(tmp_path):
    path = tmp_path / "empty.toml"
    path.write_text("  \n\n", encoding="utf-8")
    [error] = errors_of(path)
    assert error.startswith(f"{path}:1:1: E004 the file is empty")


def test_binary_file(tmp_path):
    path = tmp_path / "binary.toml"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    assert errors_of(path) == [f"{path}:1:1: E003 binary data, not a TOML plan file"]


def test_non_utf8_file_points_at_the_bad_byte(tmp_path):
    path = tmp_path / "latin1.toml"
    path.write_bytes('schema = 1\ntitle = "caf\u00e9"\n'.encode("latin-1"))
    assert errors_of(path) == [f"{path}:2:13: E003 not UTF-8 text; save the file as UTF-8"]


def test_huge_file_is_refused_by_size(tmp_path):
    path = tmp_path / "huge.toml"
    with path.open("wb") as handle:
        handle.truncate(9 * 1024 * 1024)
    [error] = errors_of(path)
    assert error.startswith(f"{path}:1:1: E002 plan file is 9.0 MB; the limit is 8 MB")


def test_unreadable_file(tmp_path, monkeypatch):
    path = tmp_path / "secret.toml"
    path.write_text("schema = 1\n")

    real_open = os.open

    def refuse(file, *args, **kwargs):
        if Path(file) == path:
            raise PermissionError(13, "Permission denied")
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(os, "open", refuse)  # chmod 0 does not stop root, who runs CI
    assert errors_of(path) == [f"{path}:1:1: E001 permission denied"]


def test_symlink_loop(tmp_path):
    loop = tmp_path / "loop.toml"
    loop.symlink_to(tmp_path / "loop.toml")
    assert errors_of(loop) == [f"{loop}:1:1: E001 cannot read: too many levels of symbolic links"]


def test_example_plan_is_valid():
    plan = load_plan(SSCB)
    assert len(plan.projects) == 6
    assert len(plan.themes) == 6
    assert len(plan.members) >= 12
