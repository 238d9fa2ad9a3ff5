"""The agreed plan's `[decision]` names each project, gate and member once and only those that
exist; a message quotes at most a line's worth of any value (text.cut); a ballot's values
outside the ranges are refused, not computed with."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from helpers import agreed_example
from workplan_tui.errors import WorkplanError
from workplan_tui.plan_io import dumps_plan, loads_plan
from workplan_tui.text import QUOTED_LENGTH, cut, shown_number
from workplan_tui.voting.ballots import read_ballots


@pytest.fixture(scope="module")
def agreed_text() -> str:
    return dumps_plan(agreed_example.agreed())


def errors_of(text: str) -> list[str]:
    with pytest.raises(WorkplanError) as caught:
        loads_plan(text, "agreed.toml")
    return [str(error) for error in caught.value.errors]


def test_the_agreed_example_loads(agreed_text):
    decision = loads_plan(agreed_text).decision
    assert decision is not None and decision.awaiting_approval == ("police-capacity: research_team (Senior Management Team)",)


@pytest.mark.parametrize("key", ["selected", "counted", "voters", "present", "apologies"])
def test_the_record_names_each_project_and_member_once(agreed_text, key):
    line = re.search(rf'(?m)^{key} = \[\n?\s*"([^"]+)"', agreed_text)
    assert line, key
    text = agreed_text.replace(line[0], f'{line[0]}, "{line[1]}"', 1)
    assert any(f"E201 `{key}` of the decision lists `{line[1]}` twice" in error for error in errors_of(text))


def test_a_member_both_present_and_sending_apologies_is_refused(agreed_text):
    text = agreed_text.replace('apologies = ["member-12", "member-13"]', 'apologies = ["member-12", "chair"]')
    assert any("E201 `decision.apologies`: `chair` is also listed as present" in error for error in errors_of(text))


@pytest.mark.parametrize(
    ("entry", "expected"),
    [
        ("police-capacity: polling (Senior Management Team)", "E202 unknown gate (limits.gates) `polling`"),
        ("no-such-project: research_team (Senior Management Team)", "E202 unknown project `no-such-project`"),
        ("research_team", 'E104 `decision.awaiting_approval[0]` is `research_team`; write it as "<project>: <gate>'),
    ],
)
def test_awaiting_approval_names_a_project_and_a_gate_of_the_plan(agreed_text, entry, expected):
    text = agreed_text.replace("police-capacity: research_team (Senior Management Team)", entry)
    assert any(expected in error for error in errors_of(text)), errors_of(text)


def test_cut_keeps_a_short_value_and_cuts_a_long_one():
    assert cut("modern-slavery") == "modern-slavery"
    assert cut("x" * QUOTED_LENGTH) == "x" * QUOTED_LENGTH
    assert cut("x" * 20_000) == "x" * (QUOTED_LENGTH - 1) + "…"
    assert shown_number(12) == "12"
    assert shown_number(10**4400) == "a whole number of about 4,401 digits"
    assert shown_number(-(10**30)) == "a negative whole number of about 31 digits"


LONG = "x" * 20_000


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ('method = "points"', f'method = "{LONG}"'),  # E104, a value not among the choices
        ('theme = "community-safety"', f'theme = "{LONG}"'),  # E202, an unknown reference
        ('id = "modern-slavery"', f'id = "{LONG.upper()}"'),  # E105, not an id
        ("[limits.capacity]", f"[limits.capacity]\n{LONG} = 3"),  # E105 and E202 at a key
        ("[plan]", f"[plan]\n{LONG} = 1"),  # E103, an unknown key
        ('awaiting_approval = ["', f'awaiting_approval = ["{LONG}", "'),  # E104, not an entry
    ],
)
def test_no_message_quotes_a_long_value_in_full(agreed_text, old, new):
    assert old in agreed_text
    errors = errors_of(agreed_text.replace(old, new, 1))
    assert errors and all(len(error) < 300 for error in errors), [error[:300] for error in errors]
    assert any("x" * (QUOTED_LENGTH - 1) + "…" in error or "X" * (QUOTED_LENGTH - 1) + "…" in error for error in errors)


def test_a_ballot_cast_outside_the_dates_is_refused_not_compared(tmp_path, sscb_text):
    text = sscb_text.replace('seed = "2023-03-23"', 'seed = "2023-03-23"\ncloses = 2023-03-23T11:00:00Z')
    plan = loads_plan(text)
    folder = tmp_path / "ballots"
    folder.mkdir()
    for member, cast in (
        ("member-01", "9999-12-31T23:59:59-23:59"),
        ("member-02", "0001-01-01T00:00:00+23:59"),
        ("member-03", "2023-03-23T10:00:00Z"),
    ):
        (folder / f"{member}.toml").write_text(f'member = "{member}"\nranking = ["modern-slavery"]\ncast = {cast}\n')
    ballots, rejected = read_ballots(plan, folder)
    assert [ballot.member for ballot in ballots] == ["member-03"]
    assert sorted(rejection.reason for rejection in rejected) == [
        "`cast` is 0001-01-01; a date must be from 1900-01-01 to 9998-12-31",
        "`cast` is 9999-12-31; a date must be from 1900-01-01 to 9998-12-31",
    ]
    assert ballots[0].cast == dt.datetime(2023, 3, 23, 10, tzinfo=dt.UTC)


def test_a_ranking_of_thousands_of_slips_is_rejected_in_one_short_line(tmp_path, sscb_text):
    folder = tmp_path / "ballots"
    folder.mkdir()
    (folder / "chair.toml").write_text('member = "chair"\nranking = [' + ", ".join(["1"] * 20_000) + "]\n")
    (folder / "vice-chair.toml").write_text(
        'member = "vice-chair"\nranking = ["modern-slavery"]\nplan = "' + "a" * 60_000 + '"\n'
    )
    ballots, rejected = read_ballots(loads_plan(sscb_text), folder)
    assert not ballots and len(rejected) == 2
    assert all(len(rejection.reason) < 1000 for rejection in rejected), [len(r.reason) for r in rejected]


def test_scores_read_in_one_style_whatever_the_method():
    from workplan_tui.text import score_text

    # STV's votes after transfers read "7852.74" beside "10401.2", "776.072" and "8086".
    assert [score_text(value) for value in (8086, 8086.0, 7852.7399, 10401.2, 776.072, 0, 12.5)] == [
        "8,086", "8,086", "7,852.74", "10,401.20", "776.07", "0", "12.50",
    ]


@given(st.floats(min_value=-1e12, max_value=1e12, allow_nan=False))
def test_a_score_shown_reads_back_within_half_a_hundredth(value: float):
    from workplan_tui.text import score_text

    shown = score_text(value)
    assert abs(float(shown.replace(",", "")) - value) <= 0.005 + abs(value) * 1e-15
    assert "e" not in shown  # never 1e+06


def test_counts_in_sentences_have_thousands_separators():
    from workplan_tui.text import plural

    # `workplan ballots --to folder` said "10335 ballots moved".
    assert [plural(10335, "ballot"), plural(1, "ballot"), plural(2.5, "day"), plural(3.0, "day"), plural(1_500.0, "day")] == [
        "10,335 ballots", "1 ballot", "2.5 days", "3 days", "1,500 days",
    ]
