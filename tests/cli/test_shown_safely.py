"""User text in every command's output is shown safely, and one error is one line (issue 17).

A generated corpus (helpers/hostile_text.py: escape sequences, controls, bidirectional
controls, line separators, forged lines, a file name's bytes that are not UTF-8) is put into
ballot file names, plan paths, plan keys, ids, titles, method names and command-line values;
each command runs in this process with a strict UTF-8 standard output and error. Every run
checks that nothing raw reaches the streams (run_strictly), and these tests that the text is
there, escaped, and that every error is exactly one `FILE:LINE:COL: EXXX` line.
"""

from __future__ import annotations

import csv
import functools
import io
import json
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, redirect_stdout
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from helpers.hostile_text import (
    assert_errors_one_per_line,
    escaped,
    hostile_file_name,
    hostile_text,
    run_strictly,
)
from helpers.paths import SSCB
from helpers.voting_plans import plan_text
from workplan_tui.cli import main
from workplan_tui.errors import WorkplanError
from workplan_tui.plan_io import load_plan
from workplan_tui.voting.ballots import ballots_dir, write_ballot

# Each example writes files and runs a command or several: fewer than the profile's default.
FEW = settings(max_examples=25, deadline=None)
A_STRANGER = 'member = "nobody"\nranking = ["p1"]\n'


@contextmanager
def folder() -> Iterator[Path]:
    # Not tmp_path: Hypothesis runs many examples in one test, each needs a folder of its own.
    with tempfile.TemporaryDirectory() as name:
        yield Path(name)


def voting_plan(where: Path, name: str = "plan.toml", text: str | None = None) -> Path:
    path = where / name
    path.write_text(plan_text() if text is None else text, encoding="utf-8")
    return path


def cast(plan: Path, member: str = "chair", ranking: tuple[str, ...] = ("p1", "p2")) -> None:
    write_ballot(load_plan(plan), ballots_dir(plan), member, list(ranking))


def toml_string(text: str) -> str:
    """A TOML basic string holding `text` exactly (controls as \\u escapes, as TOML requires)."""
    inner = "".join(
        f"\\u{ord(c):04x}" if ord(c) < 0x20 or c in '\x7f"\\' else c
        for c in text
    )
    return f'"{inner}"'


def error_count(path: Path) -> int:
    try:
        load_plan(path)
    except WorkplanError as error:
        return len(error.errors)
    return 0


@functools.cache
def tally_lines_with_a_plain_stranger() -> int:
    """How many lines `tally` prints for one good ballot and one from a stranger named plainly."""
    with folder() as where:
        plan = voting_plan(where)
        cast(plan)
        (ballots_dir(plan) / "stranger.toml").write_text(A_STRANGER, encoding="utf-8")
        return len(run_strictly("tally", str(plan)).out_lines)


# -- ballot file names -----------------------------------------------------------------------


@FEW
@given(name=hostile_file_name().filter(lambda name: not name.startswith(".")))
@example(name="\x1b[2Jx\n  - FORGED: all good")  # the issue's: clear the screen, forge a line
@example(name="\udcffx")  # the issue's `\xffx.toml`: its count crashed a strict UTF-8 stdout
def test_a_ballots_file_name_is_shown_escaped_and_the_count_goes_on(name):
    with folder() as where:
        plan = voting_plan(where)
        cast(plan)
        (ballots_dir(plan) / f"{name}.toml").write_text(A_STRANGER, encoding="utf-8")
        run = run_strictly("tally", str(plan))
        assert run.status == 0 and run.err == ""
        assert "1 of 6 members' ballots counted, 1 rejected" in run.out_lines[0]
        assert f"  - {escaped(name)}.toml: E202 `nobody` is not a member of the board" in run.out_lines
        assert len(run.out_lines) == tally_lines_with_a_plain_stranger()  # no line forged

        as_json = run_strictly("tally", "--json", str(plan))
        rejected = json.loads(as_json.out)["rejected"]
        assert [Path(r["file"]).name for r in rejected] == [f"{name}.toml"]  # the name itself, for scripts


@FEW
@given(name=hostile_file_name().filter(lambda name: not name.startswith(".")))
def test_a_ballot_folders_name_is_shown_escaped(name):
    with folder() as where:
        plan = voting_plan(where)
        empty = where / name
        empty.mkdir()
        run = run_strictly("tally", str(plan), "--ballots", str(empty))
        assert run.status == 0
        assert run.err_lines == [f"no ballots in {escaped(str(empty))}"]
        empty.rmdir()
        assert_errors_one_per_line(run_strictly("tally", str(plan), "--ballots", str(empty)), file=str(empty), count=1)


# -- the plan's path -------------------------------------------------------------------------


@FEW
@given(name=hostile_file_name(max_parts=4))
@example(name="\udcffx")
def test_a_plans_path_is_shown_escaped_by_every_command(name):
    with folder() as where:
        (where / name).mkdir()
        plan = voting_plan(where / name, f"{name}.toml")
        shown = escaped(str(plan))

        run = run_strictly("check", str(plan))
        assert run.status == 0 and len(run.out_lines) == 1 and run.out_lines[0].startswith(f"{shown}: ok: ")

        run = run_strictly("vote", str(plan), "--member", "chair", "--rank", "p1,p2")
        assert run.status == 0 and run.out_lines[-1] == f"ballot written to {escaped(str(ballots_dir(plan) / 'chair.toml'))}"
        for command in (["tally"], ["schedule"], ["compare", "p1", "p2"], ["close"]):
            run = run_strictly(command[0], str(plan), *command[1:])
            assert run.status in (0, 1) and run.out_lines, (command, run)
        run = run_strictly("export", str(plan), "--to", "paper")
        assert run.status == 0 and run.out_lines[0].startswith(escaped(str(plan.with_suffix(".paper.md"))) + ": ")

        plan.write_text(plan_text(budget=-1), encoding="utf-8")
        assert_errors_one_per_line(run_strictly("check", str(plan)), file=str(plan), count=error_count(plan))
        missing = plan.with_name(f"{name}-missing.toml")
        assert_errors_one_per_line(run_strictly("check", str(missing)), file=str(missing), count=1)
        new = where / name / "new.toml"
        run = run_strictly("new", str(new))
        assert run.status == 0 and run.out_lines[0].startswith(f"{escaped(str(new))}: starter plan")


# -- plan keys, ids, titles and values -------------------------------------------------------

# Where the text goes in the plan: a key where none is known (E103), a value that must be one of
# a few (E104), an id (E105), a reference (E202) or free text (E107 for a control; else allowed).
PLACES = {
    "top-level key": lambda s: f"{toml_string(s)} = 1\n" + plan_text(),
    "voting key": lambda s: plan_text().replace("[voting]\n", f"[voting]\n{toml_string(s)} = 1\n"),
    "project key": lambda s: plan_text().replace("[[projects]]\n", f"[[projects]]\n{toml_string(s)} = 1\n", 1),
    "method": lambda s: plan_text().replace('method = "points"', f"method = {toml_string(s)}"),
    "project id": lambda s: plan_text().replace('id = "p1"', f"id = {toml_string(s)}"),
    "member id": lambda s: plan_text().replace('id = "member-1"', f"id = {toml_string(s)}"),
    "theme of a project": lambda s: plan_text().replace('theme = "safety"', f"theme = {toml_string(s)}", 1),
    "title": lambda s: plan_text().replace('title = "Test plan"', f"title = {toml_string(s)}"),
    "project title": lambda s: plan_text().replace('title = "p1"', f"title = {toml_string(s)}"),
}


@FEW
@given(place=st.sampled_from(sorted(PLACES)), text=hostile_text())
@example(place="method", text="a\nE999 fake")  # the issue's: one error printed on two lines
@example(place="top-level key", text="\x1b[2Jkey")  # E103 printed the key raw
@example(place="project id", text="\x1b[2J")  # E105 too
def test_plan_text_in_errors_is_escaped_and_each_error_is_one_line(place, text):
    with folder() as where:
        plan = voting_plan(where, text=PLACES[place](text))
        errors = error_count(plan)
        run = run_strictly("check", str(plan))
        if errors:
            assert run.status == 2 and run.out == ""
            lines = assert_errors_one_per_line(run, file=str(plan), count=errors)
            quoting = [line for line in lines if " E103 unknown key " in line or " E104 `voting.method` is " in line]
            assert all(f"`{escaped(text)}`" in line for line in quoting), quoting
            return
        # Text a plan may hold (a title with a newline, a right-to-left mark): shown escaped.
        assert run.status == 0 and len(run.out_lines) == 1
        cast(plan)
        for command in (["tally"], ["schedule", "--projects", "p1,p2"], ["compare", "p1", "p2"]):
            run = run_strictly(command[0], str(plan), *command[1:])
            assert run.status in (0, 1), (command, run)
        if place == "title":
            assert run_strictly("tally", str(plan)).out_lines[0].startswith(f"{escaped(text)}: points, ")


# -- values typed on the command line --------------------------------------------------------

COMMAND_LINES = {
    "vote --member": lambda plan, s: ["vote", plan, "--member", s, "--rank", "p1"],
    "vote --rank": lambda plan, s: ["vote", plan, "--member", "member-1", "--rank", f"p1,{s}"],
    "compare": lambda plan, s: ["compare", plan, f"p1,{s}", "p2"],
    "compare --method": lambda plan, s: ["compare", plan, "p1", "p2", "--method", s],
    "schedule --projects": lambda plan, s: ["schedule", plan, "--projects", s],
    "close --at": lambda plan, s: ["close", plan, "--at", s],
    "tally --method": lambda plan, s: ["tally", plan, "--method", s],
    "tally --present": lambda plan, s: ["tally", plan, "--present", f"chair,{s}"],
    "tally --substitute": lambda plan, s: ["tally", plan, "--present", "chair", "--substitute", s],
    "export --reason": lambda plan, s: ["export", plan, "--to", "toml", "--agree", "p3,p4", "--reason", s],
    "export --action": lambda plan, s: ["export", plan, "--to", "toml", "--action", s],
    "export --date": lambda plan, s: ["export", plan, "--to", "md", "--date", s],
    "export --agree": lambda plan, s: ["export", plan, "--to", "toml", "--agree", s],
    "verify --ballots": lambda plan, s: ["verify", plan, "--ballots", s],
}


@FEW
@given(option=st.sampled_from(sorted(COMMAND_LINES)), text=hostile_text(undecodable=True))
@example(option="close --at", text="\x1b[2J\nE999 fake")
@example(option="export --reason", text="cheaper\udcff")  # from a terminal that is not UTF-8: E003, not a traceback
def test_values_typed_on_the_command_line_are_shown_escaped(option, text):
    with folder() as where:
        plan = voting_plan(where)
        cast(plan)
        run = run_strictly(*COMMAND_LINES[option](str(plan), text))
        if run.status == 2 and not run.err.startswith("usage:"):  # argparse's own say how to use it
            assert_errors_one_per_line(run)


# -- a spreadsheet imported ------------------------------------------------------------------

CSV_HEADER = ["id", "title", "theme", "start", "end", "cost"]
CSV_ROW = ["p9", "A new project", "safety", "2023-04-01", "2023-05-31", "100"]


@FEW
@given(column=st.integers(0, len(CSV_HEADER)), text=hostile_text())
@example(column=len(CSV_HEADER), text="\x1b[2Jcolour")  # an unknown column: E103 quoted it raw
@example(column=5, text="£\x1b[31m3")  # a cost: E101 quoted the cell raw
@example(column=0, text="\x1f")  # an id cell blank once stripped: E102, not a KeyError
def test_a_spreadsheets_columns_and_cells_are_shown_escaped(column, text):
    with folder() as where:
        plan = voting_plan(where)
        sheet = where / "projects.csv"
        if column == len(CSV_HEADER):
            header, row = [*CSV_HEADER, text], [*CSV_ROW, "x"]
        else:
            header, row = CSV_HEADER, [text if index == column else cell for index, cell in enumerate(CSV_ROW)]
        with sheet.open("w", encoding="utf-8", newline="") as handle:
            csv.writer(handle).writerows([header, row])
        run = run_strictly("import", str(plan), "--projects", str(sheet))
        if run.status == 2:
            lines = assert_errors_one_per_line(run)
            if column == len(CSV_HEADER) and text.strip():
                assert any(escaped(text.strip().lower()) in line for line in lines), lines
        else:
            assert run.status == 0 and len(run.out_lines) == 1


# -- a terminal that is not UTF-8 ------------------------------------------------------------


def test_a_terminal_that_cannot_encode_a_character_gets_an_escape_not_a_traceback():
    raw = io.BytesIO()
    ascii_only = io.TextIOWrapper(raw, encoding="ascii", errors="strict", write_through=True)
    with redirect_stdout(ascii_only):
        assert main(["check", str(SSCB)]) == 0
    line = raw.getvalue().decode("ascii")
    assert ": ok: " in line and "\\xa3" in line  # "£10,000" on a terminal without £
    assert ascii_only.errors == "strict"  # as it was, for whatever runs next in this process


@pytest.mark.parametrize("name", ["\x1b[2J", "a\nb", "\udcff"])
def test_argparse_quotes_what_was_typed_escaped(name, capsys):
    run = run_strictly("export", "plan.toml", "--to", "md", "--date", name)
    assert run.status == 2
    assert f"`{escaped(name)}` is not a date" in run.err_lines[-1]
