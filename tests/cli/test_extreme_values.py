"""Numbers and dates at, just past and far past their ranges (docs/plan-format.md, "Ranges"),
through every command: each run ends in a normal result or in located error lines with exit
status 2, never in a traceback.

Each variant is the SSCB example (or the plan agreed from it) with one or more values
replaced in its text, so a literal TOML can hold but Python cannot take (an integer of 4,400
digits, `nan`, `inf`, `9999-12-31`) reaches the commands as a person would write it.
"""

from __future__ import annotations

import contextlib
import io
import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from helpers import agreed_example
from workplan_tui import schema
from workplan_tui.cli import main

ERROR_LINE = re.compile(r"^[^\n]+:\d+:\d+: E\d{3} [^\n]+$")
DRAFT = agreed_example.PLAN.read_text(encoding="utf-8")

# What a value may be written as: at the range's end, just past it, and far past any range.
HUGE = ["1" + "0" * 400, "1" + "0" * 4400, "9223372036854775808", "0x" + "f" * 300, "1e308", "-1e308"]
NOT_FINITE = ["nan", "inf", "-inf"]


# Each list starts with the range's two ends and just past each (AT_BOUNDS takes those four);
# the rest are far past any range.
def whole_numbers(low: int, high: int) -> list[str]:
    return [str(low), str(high), str(low - 1), str(high + 1), "-1", *HUGE, *NOT_FINITE]


def numbers(low: float, high: float) -> list[str]:
    return [*whole_numbers(int(low), int(high)), f"{high}.0", f"{high + 0.5}", "1e-300", "5e-324"]


DATES = [str(schema.FIRST_DATE), str(schema.LAST_DATE), "1899-12-31", "9999-12-31", "0001-01-01", "9998-02-28"]
ENDS = 4


def money() -> list[str]:
    return whole_numbers(0, schema.MAX_MONEY)


def counts(low: int = 1) -> list[str]:
    return whole_numbers(low, schema.MAX_COUNT)


def days() -> list[str]:
    return numbers(0, schema.MAX_DAYS)


def replace(anchor: str, template: str) -> Callable[[str, str], str]:
    """The text with the first `anchor` (a regex) replaced by `template` with its value."""
    pattern = re.compile(anchor, re.MULTILINE)

    def edit(text: str, value: str) -> str:
        assert pattern.search(text), anchor
        return pattern.sub(lambda _: template.format(value), text, count=1)

    return edit


# field -> (how the text changes, the values to try). The draft's fields:
DRAFT_FIELDS: dict[str, tuple[Callable[[str, str], str], list[str]]] = {
    "limits.budget": (replace(r"^budget = 10000", "budget = {}"), money()),
    "limits.total_budget": (replace(r"^total_budget = 80000", "total_budget = {}"), money()),
    "limits.capacity": (replace(r"^adviser = 12", "adviser = {}"), days()),
    "projects.cost": (replace(r"^cost = 3750", "cost = {}"), money()),
    "projects.effort": (replace(r"^effort = \{ senior_adviser = 14,", "effort = {{ senior_adviser = {},"), days()),
    "voting.ballot_length": (replace(r"^ballot_length = 3", "ballot_length = {}"), counts()),
    "voting.pick.max": (replace(r"max = 3 \}", "max = {} }}"), counts()),
    "voting.pick.min": (replace(r"min = 2,", "min = {},"), counts()),
    "voting.quorum": (replace(r'^seed = "2023-03-23"', 'seed = "2023-03-23"\nquorum = {}'), counts()),
    "voting.weights": (
        replace(r'^seed = "2023-03-23"', 'seed = "2023-03-23"\nweights = [{}, 2, 1]'),
        numbers(0, schema.MAX_WEIGHT),
    ),
    "plan.start": (replace(r"^start = 2023-04-01", "start = {}"), DATES),
    "plan.end": (replace(r"^end = 2024-03-31", "end = {}"), DATES),
    "projects.start": (replace(r"^start = 2023-04-03", "start = {}"), DATES),
    "meetings.date": (replace(r"^date = 2023-05-17", "date = {}"), DATES),
    "voting.opens": (replace(r'^seed = "2023-03-23"', 'seed = "2023-03-23"\nopens = {}T10:00:00Z'), DATES),
}


def agreed_text(tmp: Path) -> str:
    """The plan agreed from the draft and the golden ballots (attendance and actions recorded)."""
    work = tmp / "agree"
    work.mkdir()
    shutil.copy(agreed_example.PLAN, work / "sscb.toml")
    shutil.copytree(agreed_example.BALLOTS, work / "sscb.ballots")
    status, _, err = run([
        "export", str(work / "sscb.toml"), "--to", "toml", "--date", "2023-03-23",
        "--present", ",".join(agreed_example.PRESENT), "--apologies", "member-12,member-13",
        "--below-quorum",
    ])
    assert status == 0, err
    return (work / "sscb.agreed.toml").read_text(encoding="utf-8")


# The record's fields, in the agreed plan.
AGREED_FIELDS: dict[str, tuple[Callable[[str, str], str], list[str]]] = {
    "decision.date": (replace(r"^date = 2023-03-23", "date = {}"), DATES),
    "decision.ballots": (replace(r"^ballots = 10", "ballots = {}"), counts(0)),
    "decision.rejected": (replace(r"^rejected = 1", "rejected = {}"), counts(0)),
    "decision.ranking.score": (
        replace(r"score = 17 \}", "score = {} }}"), numbers(-schema.MAX_SCORE, schema.MAX_SCORE)
    ),
    "decision.advice.cost": (replace(r"^cost = 11250", "cost = {}"), money()),
    "decision.advice.budget_shortfall": (replace(r"^budget_shortfall = 1250", "budget_shortfall = {}"), money()),
    "decision.schedule.days": (replace(r" = 2\.29,", " = {},"), days()),
    "decision.schedule.month": (
        replace(r"\{ 2023-04 = ", "{{ {}-04 = "), ["0000", "1899", "1900", "9998", "9999"]
    ),
}


def run(argv: list[str]) -> tuple[int, str, str]:
    """One command in-process: its exit status, standard output and standard error."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main(argv)
    return status, out.getvalue(), err.getvalue()


def assert_sound(argv: list[str]) -> int:
    """Runs the command; fails unless it gave a result (0, or 1 for a negative one) or
    located error lines with status 2. A traceback fails the test by itself."""
    status, _, err = run(argv)
    assert status in (0, 1, 2), (argv, status, err)
    if status == 2:
        lines = err.strip().split("\n")
        assert lines and all(ERROR_LINE.match(line) for line in lines), (argv, err[:2000])
        assert all(len(line) < 1000 for line in lines), (argv, "an error line quotes too much", err[:2000])
    return status


def every_command_on_draft(folder: Path, text: str) -> None:
    plan = folder / "plan.toml"
    plan.write_text(text, encoding="utf-8")
    shutil.copytree(agreed_example.BALLOTS, folder / "plan.ballots", dirs_exist_ok=True)
    if assert_sound(["check", str(plan)]) == 2:
        # Every command reads the plan through the same loader: one more proves the refusal
        # is the loader's, not check's alone.
        assert assert_sound(["tally", str(plan)]) == 2
        return
    for argv in (
        ["tally", str(plan)],
        ["tally", str(plan), "--json", "--method", "borda"],
        ["tally", str(plan), "--optimal"],
        ["schedule", str(plan)],
        ["compare", str(plan), "modern-slavery,police-capacity", "reducing-reoffending"],
        ["export", str(plan), "--to", "md", "-o", str(folder / "plan.md"), "--force"],
        ["export", str(plan), "--to", "csv", "-o", str(folder / "plan.csv"), "--force"],
        ["vote", str(plan), "--member", "member-07", "--rank", "modern-slavery", "--force"],
    ):
        assert_sound(argv)
    agreed = folder / "plan.agreed.toml"
    status = assert_sound([
        "export", str(plan), "--to", "toml", "-o", str(agreed), "--force", "--date", "2023-03-23", "--below-quorum",
    ])
    if status == 0:
        every_command_on_agreed(folder, agreed.read_text(encoding="utf-8"))


def every_command_on_agreed(folder: Path, text: str) -> None:
    agreed = folder / "plan.agreed.toml"
    agreed.write_text(text, encoding="utf-8")
    if assert_sound(["check", str(agreed)]) == 2:
        assert assert_sound(["verify", str(agreed), "--ballots", str(folder / "plan.ballots")]) == 2
        return
    for argv in (
        ["verify", str(agreed), "--ballots", str(folder / "plan.ballots")],
        ["export", str(agreed), "--to", "md", "-o", str(folder / "agreed.md"), "--force"],
        ["export", str(agreed), "--to", "csv", "-o", str(folder / "agreed.csv"), "--force"],
        ["export", str(agreed), "--to", "report", "-o", str(folder / "report.md"), "--force"],
        ["rollover", str(agreed), "-o", str(folder / "next.toml"), "--force"],
    ):
        assert_sound(argv)
    next_plan = folder / "new.toml"
    next_plan.unlink(missing_ok=True)
    if assert_sound(["new", str(next_plan), "--from", str(agreed)]) == 0:
        assert_sound(["check", str(next_plan)])


# -- every field at its range's ends, one at a time -------------------------------

AT_BOUNDS = [
    (field, value)
    for field, (_, values) in DRAFT_FIELDS.items()
    for value in values[:ENDS]
]


@pytest.mark.parametrize(("field", "value"), AT_BOUNDS, ids=[f"{f}={v[:12]}" for f, v in AT_BOUNDS])
def test_a_draft_value_at_or_just_past_its_range(field, value, tmp_path):
    edit, _ = DRAFT_FIELDS[field]
    every_command_on_draft(tmp_path, edit(DRAFT, value))


@pytest.mark.parametrize("value", [str(schema.MAX_MONEY + 1), "-1", "1" + "0" * 400, "1e308", "nan"])
def test_check_refuses_a_number_past_its_range_at_its_place(value, tmp_path):
    plan = tmp_path / "plan.toml"
    plan.write_text(DRAFT_FIELDS["limits.budget"][0](DRAFT, value), encoding="utf-8")
    status, _, err = run(["check", str(plan)])
    assert status == 2
    assert re.fullmatch(r"\S+plan\.toml:34:10: E(10[16]|151) [^\n]+\n", err), err  # E151: an amount that is nan


def test_an_integer_too_long_for_python_is_a_located_e106(tmp_path):
    plan = tmp_path / "plan.toml"
    plan.write_text(DRAFT_FIELDS["projects.cost"][0](DRAFT, "3" + "0" * 4400), encoding="utf-8")
    status, _, err = run(["check", str(plan)])
    assert status == 2
    line = next(number for number, text in enumerate(DRAFT.split("\n"), 1) if text.startswith("cost = 3750"))
    assert err == f"{plan}:{line}:8: E106 a whole number of 4,401 digits is too long to read\n"


def test_the_last_date_is_a_plan_every_command_can_take(tmp_path):
    """The example moved to end on the last date allowed: every command works, and next
    cycle's draft, a year on, is refused with located errors (nothing written)."""
    text = DRAFT.replace("2023-", "9997-").replace("2024-", "9998-")
    text = DRAFT_FIELDS["plan.end"][0](text.replace("end = 9998-03-31", "end = 2024-03-31", 1), str(schema.LAST_DATE))
    every_command_on_draft(tmp_path, text)
    assert run(["check", str(tmp_path / "plan.toml")])[0] == 0
    assert (tmp_path / "plan.agreed.toml").exists()
    status, _, err = run(["rollover", str(tmp_path / "plan.agreed.toml"), "-o", str(tmp_path / "next.toml")])
    assert status == 2 and "<next cycle>:8:7: E106 `plan.end` is 9999-12-31" in err
    assert not (tmp_path / "next.toml").exists()


def test_a_period_longer_than_the_most_a_plan_covers_is_refused(tmp_path):
    plan = tmp_path / "plan.toml"
    plan.write_text(DRAFT_FIELDS["plan.end"][0](DRAFT, "2033-04-01"), encoding="utf-8")
    status, _, err = run(["check", str(plan)])
    assert status == 2 and "E106 the plan period 2023-04-01 to 2033-04-01 is longer than 10 years" in err
    plan.write_text(DRAFT_FIELDS["plan.end"][0](DRAFT, "2033-03-31"), encoding="utf-8")
    assert run(["check", str(plan)])[0] == 0


@pytest.fixture(scope="module")
def agreed(tmp_path_factory) -> str:
    return agreed_text(tmp_path_factory.mktemp("agreed"))


AGREED_AT_BOUNDS = [(field, value) for field, (_, values) in AGREED_FIELDS.items() for value in values[:ENDS]]


@pytest.mark.parametrize(("field", "value"), AGREED_AT_BOUNDS, ids=[f"{f}={v[:12]}" for f, v in AGREED_AT_BOUNDS])
def test_a_record_value_at_or_just_past_its_range(field, value, agreed, tmp_path):
    shutil.copytree(agreed_example.BALLOTS, tmp_path / "plan.ballots")
    edit, _ = AGREED_FIELDS[field]
    every_command_on_agreed(tmp_path, edit(agreed, value))


# -- several fields at once, any value ---------------------------------------------

def changes_of(fields: dict[str, tuple[Callable[[str, str], str], list[str]]]) -> st.SearchStrategy[list[tuple[str, str]]]:
    """One to three fields, each with any of its values; the far-past values first, since
    Hypothesis (derandomized) draws the first of a list most often."""
    def values(field: str) -> st.SearchStrategy[str]:
        listed = fields[field][1]
        return st.sampled_from(listed[ENDS:] + listed[:ENDS])

    return st.lists(
        st.sampled_from(sorted(fields)).flatmap(lambda field: st.tuples(st.just(field), values(field))),
        min_size=1, max_size=3, unique_by=lambda change: change[0],
    )


edits = changes_of(DRAFT_FIELDS)
record_edits = changes_of(AGREED_FIELDS)
# A fixed number of examples from a fixed seed: the same runs every time, on CI too.
extremes = settings(
    max_examples=12, derandomize=True, deadline=None, database=None, phases=[Phase.generate],
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@extremes
@given(changes=edits)
def test_any_draft_values_every_command_a_result_or_located_errors(changes, tmp_path_factory):
    text = DRAFT
    for field, value in changes:
        text = DRAFT_FIELDS[field][0](text, value)
    every_command_on_draft(tmp_path_factory.mktemp("draft"), text)


@extremes
@given(changes=record_edits)
def test_any_record_values_every_command_a_result_or_located_errors(changes, agreed, tmp_path_factory):
    folder = tmp_path_factory.mktemp("record")
    shutil.copytree(agreed_example.BALLOTS, folder / "plan.ballots")
    text = agreed
    for field, value in changes:
        text = AGREED_FIELDS[field][0](text, value)
    every_command_on_agreed(folder, text)


# -- the spreadsheet import: the same ranges, through the same check ----------------

IMPORT_HEADER = "id,title,theme,cost,start,end,effort:adviser\n"


@pytest.mark.parametrize(
    ("cost", "effort", "start"),
    [
        ("3" + "0" * 4400, "4", "2023-05-01"),
        (str(schema.MAX_MONEY + 1), "4", "2023-05-01"),
        ("100", "1e400", "2023-05-01"),
        ("100", "1e300", "2023-05-01"),
        ("100", "nan", "2023-05-01"),
        ("100", str(schema.MAX_DAYS + 1), "2023-05-01"),
        ("100", "4", "9999-12-31"),
        (str(schema.MAX_MONEY), str(schema.MAX_DAYS), "2023-05-01"),
    ],
)
def test_import_takes_what_check_takes_and_refuses_the_rest_located(cost, effort, start, tmp_path):
    plan = tmp_path / "plan.toml"
    plan.write_text(DRAFT, encoding="utf-8")
    sheet = tmp_path / "projects.csv"
    sheet.write_text(f"{IMPORT_HEADER}new-one,New,community-safety,{cost},{start},2023-08-31,{effort}\n", encoding="utf-8")
    if assert_sound(["import", str(plan), "--projects", str(sheet)]) == 0:
        every_command_on_draft(tmp_path, plan.read_text(encoding="utf-8"))
    else:
        assert plan.read_text(encoding="utf-8") == DRAFT  # nothing written


# -- a long value typed at the command line is quoted cut ----------------------------

TYPED = "y" * 20_000


@pytest.mark.parametrize(
    "arguments",
    [
        ["tally", "{plan}", "--present", TYPED],
        ["tally", "{plan}", "--present", "chair", "--substitute", TYPED],
        ["export", "{plan}", "--to", "toml", "-o", "-", "--action", TYPED],
        ["export", "{plan}", "--to", "toml", "-o", "-", "--agree", TYPED, "--reason", "r"],
        ["compare", "{plan}", "modern-slavery", "police-capacity", "--method", TYPED],
        ["compare", "{plan}", TYPED, "police-capacity"],
        ["close", "{plan}", "--at", TYPED],
        ["vote", "{plan}", "--member", TYPED, "--rank", "modern-slavery"],
        ["vote", "{plan}", "--member", "chair", "--rank", TYPED, "--force"],
    ],
)
def test_a_long_value_typed_at_the_command_line_is_quoted_cut(arguments, tmp_path):
    plan = tmp_path / "plan.toml"
    plan.write_text(DRAFT, encoding="utf-8")
    shutil.copytree(agreed_example.BALLOTS, tmp_path / "plan.ballots")
    argv = [str(plan) if argument == "{plan}" else argument for argument in arguments]
    assert assert_sound(argv) == 2
    _, _, err = run(argv)
    assert "y" * 59 + "…" in err
