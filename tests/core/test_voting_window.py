"""Opening and closing the vote: `[voting] opens`, `closes` and `results` (voting/window.py),
the count's rejection of a ballot cast outside them, casting refused (E408), the fingerprint
that closing leaves alone, turnout from the ballot folder's names."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pytest

from helpers.voting_plans import plan_text
from workplan_tui.errors import VoteNotOpen, WorkplanError
from workplan_tui.moments import instant, now, parse_moment, said
from workplan_tui.plan_io import dumps_plan, fingerprint, load_plan, load_plan_stamped, loads_plan
from workplan_tui.voting.ballots import ballots_dir, read_ballots, write_ballot
from workplan_tui.voting.casting import cast_ballot, has_voted
from workplan_tui.voting.turnout import turnout
from workplan_tui.voting.window import (
    cast_problem,
    closing,
    is_open,
    not_open_reason,
    reopening,
    results_shown,
    status,
)

UTC = dt.UTC
OPENS = dt.datetime(2023, 3, 23, 10, 0, tzinfo=UTC)
CLOSES = dt.datetime(2023, 3, 23, 11, 5, tzinfo=UTC)
WINDOW = "opens = 2023-03-23T10:00:00Z\ncloses = 2023-03-23T11:05:00Z\n"


def with_voting(extra: str, **options: object) -> str:
    """The small voting plan with `extra` lines added to its [voting] table."""
    text = plan_text(members=["chair", "m1", "m2"], **options)  # type: ignore[arg-type]
    anchor = 'seed = "2023-03-23"\n'
    assert anchor in text
    return text.replace(anchor, anchor + extra, 1)


def at(hour: int, minute: int, second: int = 0) -> dt.datetime:
    return dt.datetime(2023, 3, 23, hour, minute, second, tzinfo=UTC)


# -- the plan keys ----------------------------------------------------------------------


def test_opens_closes_and_results_are_read_and_written_back():
    plan = loads_plan(with_voting(WINDOW + 'results = "live"\n'))
    assert (plan.voting.opens, plan.voting.closes, plan.voting.results) == (OPENS, CLOSES, "live")
    assert loads_plan(dumps_plan(plan)).voting == plan.voting
    default = loads_plan(with_voting(""))
    assert (default.voting.opens, default.voting.closes, default.voting.results) == (None, None, "after-close")
    assert "opens" not in dumps_plan(default) and "results" not in dumps_plan(default)


def test_a_local_datetime_is_read_in_this_computers_time_zone(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("TZ", "Europe/London")
    time.tzset()
    try:
        plan = loads_plan(with_voting("closes = 2023-06-23T11:05:00\n"))
        assert plan.voting.closes is not None and plan.voting.closes.tzinfo is None
        # British Summer Time in June: 11:05 on the room's clock is 10:05 UTC.
        assert instant(plan.voting.closes) == dt.datetime(2023, 6, 23, 10, 5, tzinfo=UTC)
        assert not is_open(plan.voting, dt.datetime(2023, 6, 23, 10, 5, tzinfo=UTC))
        assert is_open(plan.voting, dt.datetime(2023, 6, 23, 10, 4, 59, tzinfo=UTC))
        assert not_open_reason(plan.voting, dt.datetime(2023, 6, 24, tzinfo=UTC)) == "The vote closed at 11:05 on 23 June 2023."
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


@pytest.mark.parametrize(
    ("extra", "code", "message"),
    [
        ("closes = 2023-03-23\n", "E101", "`voting.closes` must be a date and time like 2023-03-23T11:05:00+00:00, not a date"),
        ("opens = 10:00:00\n", "E101", "`voting.opens` must be a date and time like 2023-03-23T11:05:00+00:00, not a time"),
        ('results = "always"\n', "E104", "`voting.results` is `always`; allowed: after-close, live"),
        (
            "opens = 2023-03-23T12:00:00+01:00\ncloses = 2023-03-23T10:30:00Z\n",
            "E110",
            "the vote closes (10:30 on 23 March 2023) before it opens (11:00 on 23 March 2023): it would never be open",
        ),
        (
            "opens = 2023-03-23T10:00:00Z\ncloses = 2023-03-23T10:00:00Z\n",
            "E110",
            "the vote closes (10:00 on 23 March 2023) before it opens (10:00 on 23 March 2023): it would never be open",
        ),
    ],
)
def test_bad_opening_and_closing_are_located_errors(extra: str, code: str, message: str):
    text = with_voting(extra)
    with pytest.raises(WorkplanError) as caught:
        loads_plan(text, "plan.toml")
    [error] = caught.value.errors
    assert (error.code, error.message) == (code, message)
    # Located at the offending key's value (closes for E110), not at the top of the file.
    key = "closes" if code == "E110" else extra.split(" ")[0]
    line = next(number for number, content in enumerate(text.splitlines(), 1) if content.startswith(f"{key} ="))
    assert error.line == line and error.column == len(key) + 4


def test_the_fingerprint_leaves_out_opening_closing_and_results():
    bare = loads_plan(with_voting(""))
    windowed = loads_plan(with_voting(WINDOW + 'results = "live"\n'))
    assert fingerprint(windowed) == fingerprint(bare)
    # …but not what the ballots are cast on.
    assert fingerprint(loads_plan(with_voting("codes = true\n"))) != fingerprint(bare)


# -- the window -------------------------------------------------------------------------


def test_open_from_opens_until_closes_exactly():
    rules = loads_plan(with_voting(WINDOW)).voting
    assert not is_open(rules, at(9, 59, 59)) and is_open(rules, at(10, 0)) and is_open(rules, at(11, 4, 59))
    assert not is_open(rules, at(11, 5))
    assert not_open_reason(rules, at(9, 0)) == "The vote opens at 10:00 on 23 March 2023."
    assert not_open_reason(rules, at(10, 30)) == ""
    assert not_open_reason(rules, at(12, 0)) == "The vote closed at 11:05 on 23 March 2023."
    assert status(rules, at(10, 30)) == "The vote is open until 11:05 on 23 March 2023."
    assert status(loads_plan(with_voting("")).voting, at(10, 30)) == "The vote is open."


def test_moments_are_said_on_the_plans_own_clock():
    plan = loads_plan(with_voting("closes = 2023-06-23T11:05:00+01:00\n"))
    assert not_open_reason(plan.voting, dt.datetime(2023, 6, 24, tzinfo=UTC)) == "The vote closed at 11:05 on 23 June 2023."
    ballot_cast = dt.datetime(2023, 6, 23, 10, 20, tzinfo=UTC)  # 11:20 on that clock
    assert cast_problem(plan.voting, ballot_cast) == "cast at 11:20 on 23 June 2023, after the vote closed at 11:05 on 23 June 2023"
    assert said(ballot_cast) == "10:20 on 23 June 2023"


@pytest.mark.parametrize(
    ("results", "moment", "shown"),
    [
        ("after-close", at(10, 30), False),
        ("after-close", at(11, 5), True),
        ("live", at(9, 0), False),  # nothing to show before the vote opens
        ("live", at(10, 30), True),
        ("live", at(12, 0), True),
    ],
)
def test_members_see_results_after_the_close_or_live(results: str, moment: dt.datetime, shown: bool):
    rules = loads_plan(with_voting(WINDOW + f'results = "{results}"\n')).voting
    assert results_shown(rules, moment) is shown


def test_without_a_close_after_close_results_are_never_shown_to_members():
    assert not results_shown(loads_plan(with_voting("")).voting, at(23, 59))


def test_cast_problem_gives_the_reason_and_a_paper_ballot_has_none():
    rules = loads_plan(with_voting(WINDOW)).voting
    assert cast_problem(rules, None) == ""
    assert cast_problem(rules, at(10, 30)) == ""
    assert cast_problem(rules, at(9, 55)) == "cast at 09:55 on 23 March 2023, before the vote opened at 10:00 on 23 March 2023"
    assert cast_problem(rules, at(11, 20)) == "cast at 11:20 on 23 March 2023, after the vote closed at 11:05 on 23 March 2023"
    # Within the closing minute the seconds say which came first.
    assert cast_problem(rules, at(11, 5, 30)) == (
        "cast at 11:05:30 on 23 March 2023, after the vote closed at 11:05:00 on 23 March 2023"
    )


# -- the count and casting --------------------------------------------------------------


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "plan.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_closing_keeps_the_ballots_cast_before_it_and_rejects_the_late_one(tmp_path: Path):
    path = write(tmp_path, with_voting(""))
    plan = load_plan(path)
    folder = ballots_dir(path)
    write_ballot(plan, folder, "chair", ["p1"], cast=at(10, 30))
    write_ballot(plan, folder, "m1", ["p2"], cast=at(11, 20))
    (folder / "paper-m2.toml").write_text('member = "m2"\nranking = ["p3"]\n', encoding="utf-8")
    path.write_text(with_voting("closes = 2023-03-23T11:05:00Z\n"), encoding="utf-8")
    closed = load_plan(path)
    counted, rejected = read_ballots(closed, folder)
    # The ballot cast before the close still counts (its fingerprint is the plan's), the paper one too.
    assert [ballot.member for ballot in counted] == ["chair", "m2"]
    assert [(Path(r.file).name, r.member, r.reason) for r in rejected] == [
        ("m1.toml", "m1", "cast at 11:20 on 23 March 2023, after the vote closed at 11:05 on 23 March 2023")
    ]


def test_a_ballot_cast_before_the_vote_opened_is_rejected(tmp_path: Path):
    path = write(tmp_path, with_voting(""))
    write_ballot(load_plan(path), ballots_dir(path), "chair", ["p1"], cast=at(9, 0))
    path.write_text(with_voting("opens = 2023-03-23T10:00:00Z\n"), encoding="utf-8")
    counted, rejected = read_ballots(load_plan(path), ballots_dir(path))
    assert counted == [] and [r.reason for r in rejected] == [
        "cast at 09:00 on 23 March 2023, before the vote opened at 10:00 on 23 March 2023"
    ]


def test_casting_outside_the_window_is_refused_and_writes_nothing(tmp_path: Path):
    path = write(tmp_path, with_voting(WINDOW))
    plan, stamp = load_plan_stamped(path)
    with pytest.raises(VoteNotOpen) as caught:
        write_ballot(plan, ballots_dir(path), "chair", ["p1"], cast=at(11, 5))
    assert str(caught.value).endswith(
        "E408 the vote closed at 11:05 on 23 March 2023; no ballot can be cast now, and nothing was written"
    )
    with pytest.raises(VoteNotOpen, match="E408 the vote opens at 10:00 on 23 March 2023; no ballot can be cast before then"):
        write_ballot(plan, ballots_dir(path), "chair", ["p1"], cast=at(9, 0))
    # cast_ballot casts now: long after this window closed.
    with pytest.raises(VoteNotOpen):
        cast_ballot(plan, path, stamp, "chair", ["p1"], None, replace=False)
    assert not has_voted(path, "chair") and not ballots_dir(path).exists()
    write_ballot(plan, ballots_dir(path), "chair", ["p1"], cast=at(10, 0))
    assert has_voted(path, "chair")


def test_a_member_who_voted_is_told_the_vote_closed_not_that_they_voted(tmp_path: Path):
    path = write(tmp_path, with_voting(WINDOW))
    plan = load_plan(path)
    write_ballot(plan, ballots_dir(path), "chair", ["p1"], cast=at(10, 30))
    with pytest.raises(VoteNotOpen):
        write_ballot(plan, ballots_dir(path), "chair", ["p2"], cast=at(11, 30))


# -- turnout ----------------------------------------------------------------------------


def test_turnout_is_read_from_the_files_names_only(tmp_path: Path):
    path = write(tmp_path, with_voting(""))
    plan = load_plan(path)
    assert turnout(plan, ballots_dir(path)).sentence() == "0 of 3 members have voted; not yet: chair, m1, m2."
    folder = ballots_dir(path)
    write_ballot(plan, folder, "m1", ["p1"], cast=at(10, 30))
    (folder / "m2.toml").write_text("not even TOML", encoding="utf-8")  # counted as a file, rejected at the count
    (folder / ".chair.toml.tmp").write_text("", encoding="utf-8")  # a half-written temporary
    (folder / "stranger.toml").write_text("", encoding="utf-8")
    seen = turnout(plan, folder)
    assert [m.id for m in seen.voted] == ["m1", "m2"] and [m.id for m in seen.not_voted] == ["chair"]
    assert seen.sentence() == "2 of 3 members have voted: m1, m2; not yet: chair."
    assert seen.sentence(closed=True) == "2 of 3 members voted: m1, m2; did not vote: chair."
    assert seen.summary(closed=True) == "2 of 3 members voted"


# -- closing and reopening --------------------------------------------------------------


def test_closing_now_at_a_time_or_not_again():
    rules = loads_plan(with_voting("")).voting
    assert closing(rules, at(11, 5)).closes == at(11, 5)
    assert closing(rules, at(11, 5), at(11, 0)).closes == at(11, 0)
    closed = loads_plan(with_voting(WINDOW)).voting
    again = closing(closed, at(12, 0))
    assert again.unchanged == "The vote closed already, at 11:05 on 23 March 2023."
    assert closing(closed, at(12, 0), at(11, 30)).closes == at(11, 30)  # moving the recorded close
    # A close set for later is brought forward to now.
    assert closing(closed, at(10, 30)).closes == at(10, 30)


def test_reopening_removes_the_close_or_moves_it_later():
    closed = loads_plan(with_voting(WINDOW)).voting
    assert reopening(closed, at(12, 0)) == reopening(closed, at(12, 0), None)
    assert reopening(closed, at(12, 0)).closes is None and not reopening(closed, at(12, 0)).unchanged
    assert reopening(closed, at(12, 0), at(13, 0)).closes == at(13, 0)
    with pytest.raises(WorkplanError, match="E110 11:30 on 23 March 2023 is not later than now"):
        reopening(closed, at(12, 0), at(11, 30))
    assert reopening(loads_plan(with_voting("")).voting, at(12, 0)).unchanged == (
        "The vote is not closed: there is nothing to reopen."
    )


def test_a_moment_typed_at_the_command_line():
    today = dt.datetime(2023, 3, 23, 9, 0, tzinfo=UTC)
    assert parse_moment("2023-03-23T11:05:00+01:00", today) == dt.datetime(2023, 3, 23, 10, 5, tzinfo=UTC)
    assert parse_moment("2023-03-23T11:05Z", today) == at(11, 5)
    typed_locally = parse_moment("2023-03-23 11:05", today)
    assert typed_locally is not None and typed_locally.tzinfo is not None  # the offset is written in
    assert typed_locally == dt.datetime(2023, 3, 23, 11, 5).astimezone()
    assert parse_moment("11:05", today) == dt.datetime.combine(today.astimezone().date(), dt.time(11, 5)).astimezone()
    assert [parse_moment(text, today) for text in ("2023-03-23", "soon", "25:00", "")] == [None, None, None, None]


def test_the_close_rounds_up_to_the_second_a_ballots_cast_is_cut_to():
    before = dt.datetime.now().astimezone()
    closes, cut = now(rounded_up=True), now()
    assert closes.microsecond == cut.microsecond == 0 and cut <= closes <= cut + dt.timedelta(seconds=1)
    assert closes >= before
