"""`workplan close`: closing the vote in the plan (one line added, the rest of the file as it
was), reopening it, the turnout it prints; `vote` refused after the close; `tally` listing
a late ballot as rejected with its reason while the ballots cast in time still count."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import sys
from pathlib import Path

import pytest

from helpers.voting_plans import write_plan
from workplan_tui.cli import main
from workplan_tui.plan_io import fingerprint, load_plan
from workplan_tui.voting.ballots import write_ballot

COMMENTED = "# The Board's own note on voting, kept by every edit.\n"


@pytest.fixture
def plan(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    path = write_plan(tmp_path)
    text = path.read_text(encoding="utf-8").replace("[voting]\n", "[voting]\n" + COMMENTED, 1)
    path.write_text(text, encoding="utf-8")
    return path


def vote(plan: Path, member: str, rank: str = "p1") -> int:
    return main(["vote", str(plan), "--member", member, "--rank", rank])


def test_close_adds_one_line_prints_the_turnout_and_keeps_the_ballots_counting(plan: Path, capsys):
    before = plan.read_text(encoding="utf-8")
    assert vote(plan, "chair") == 0 and vote(plan, "member-1", "p2") == 0
    capsys.readouterr()
    old_fingerprint = fingerprint(load_plan(plan))
    assert main(["close", str(plan)]) == 0
    out = capsys.readouterr().out
    assert re.fullmatch(r"Vote closed at \d\d:\d\d: 2 of 6 members voted\.\n", out), out
    after = plan.read_text(encoding="utf-8")
    added = [line for line in after.splitlines() if line not in before.splitlines()]
    assert len(added) == 1 and re.fullmatch(r"closes = \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d", added[0])
    assert after.replace(added[0] + "\n", "") == before  # comments and layout as they were
    assert fingerprint(load_plan(plan)) == old_fingerprint
    assert main(["tally", str(plan), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    # Cast in the same second as the close, they still count: the close is rounded up to the
    # next second, as a ballot's `cast` is cut to its second.
    assert data["ballots"] == 2 and data["rejected"] == []


def test_closing_again_says_so_and_changes_nothing(plan: Path, capsys):
    assert main(["close", str(plan), "--at", "2023-03-23T11:05:00+00:00"]) == 0
    assert capsys.readouterr().out == "Vote closed at 11:05 on 23 March 2023: 0 of 6 members voted.\n"
    text = plan.read_text(encoding="utf-8")
    assert main(["close", str(plan)]) == 0
    assert capsys.readouterr().out == (
        "The vote closed already, at 11:05 on 23 March 2023; nothing changed. 0 of 6 members voted.\n"
    )
    assert plan.read_text(encoding="utf-8") == text


def test_a_vote_after_the_close_is_refused_and_a_late_file_is_rejected_at_the_count(plan: Path, capsys):
    an_hour_ago = dt.datetime.now(dt.UTC).replace(microsecond=0) - dt.timedelta(hours=1)
    write_ballot(load_plan(plan), plan.parent / "plan.ballots", "chair", ["p1"], cast=an_hour_ago)
    assert main(["close", str(plan), "--at", (an_hour_ago + dt.timedelta(minutes=30)).isoformat()]) == 0
    capsys.readouterr()
    assert vote(plan, "member-1") == 2
    err = capsys.readouterr().err
    assert re.search(r"plan\.ballots/member-1\.toml:1:1: E408 the vote closed at \d\d:\d\d on .*; no ballot can be cast now", err)
    assert not (plan.parent / "plan.ballots" / "member-1.toml").exists()
    # A ballot file that appears anyway (copied in, written by hand) with a later `cast`.
    closes = load_plan(plan).voting.closes
    assert closes is not None
    late = closes.replace(year=closes.year + 1)
    (plan.parent / "plan.ballots" / "member-2.toml").write_text(
        f'member = "member-2"\nranking = ["p2"]\ncast = {late.isoformat()}\n', encoding="utf-8"
    )
    assert main(["tally", str(plan), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["ballots"] == 1
    [rejected] = data["rejected"]
    assert rejected["member"] == "member-2" and re.fullmatch(
        r"E408 cast at \d\d:\d\d on \d+ \w+ \d{4}, after the vote closed at \d\d:\d\d on \d+ \w+ \d{4}", rejected["reason"]
    )
    assert main(["tally", str(plan)]) == 0
    assert f"member-2.toml: {rejected['reason']}" in capsys.readouterr().out


def test_reopening_removes_the_close_and_the_plan_is_as_it_was(plan: Path, capsys):
    before = plan.read_text(encoding="utf-8")
    assert main(["close", str(plan), "--at", "11:05"]) == 0
    assert main(["close", str(plan), "--reopen"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "Vote reopened, with no closing time: 0 of 6 members have voted so far."
    assert plan.read_text(encoding="utf-8") == before
    assert vote(plan, "chair") == 0
    assert main(["close", str(plan), "--reopen"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == (
        "The vote is not closed: there is nothing to reopen; nothing changed. 1 of 6 members has voted."
    )


def test_reopening_until_later_and_closing_in_the_future(plan: Path, capsys):
    assert main(["close", str(plan), "--at", "2023-03-23T11:05Z"]) == 0
    assert main(["close", str(plan), "--reopen", "--at", "2999-03-23T12:00+01:00"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == (
        "Vote reopened until 12:00 on 23 March 2999: 0 of 6 members have voted so far."
    )
    assert vote(plan, "chair") == 0
    capsys.readouterr()
    assert main(["close", str(plan), "--at", "2999-01-01T09:30Z"]) == 0
    assert capsys.readouterr().out == "The vote will close at 09:30 on 1 January 2999: 1 of 6 members has voted so far.\n"


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--at", "2023-03-23"], "--at:1:1: E101 `2023-03-23` is not a date and time like 2023-03-23T11:05 or a time like 11:05"),
        (["--at", "soon"], "--at:1:1: E101 `soon` is not a date and time"),
        (["--reopen", "--at", "2023-03-23T10:00Z"], "--at:1:1: E110 10:00 on 23 March 2023 is not later than now"),
    ],
)
def test_bad_times_are_errors_and_write_nothing(plan: Path, capsys, arguments: list[str], message: str):
    main(["close", str(plan), "--at", "2023-03-23T11:05Z"])
    text = plan.read_text(encoding="utf-8")
    capsys.readouterr()
    assert main(["close", str(plan), *arguments]) == 2
    assert capsys.readouterr().err.startswith(message)
    assert plan.read_text(encoding="utf-8") == text


def test_closing_before_the_vote_opens_is_the_plans_own_error(plan: Path, capsys):
    text = plan.read_text(encoding="utf-8").replace(COMMENTED, COMMENTED + "opens = 2999-01-01T09:00:00Z\n")
    plan.write_text(text, encoding="utf-8")
    assert main(["close", str(plan)]) == 2
    assert re.search(r"plan\.toml:\d+:10: E110 the vote closes \(.*\) before it opens \(09:00 on 1 January 2999\)", capsys.readouterr().err)
    assert plan.read_text(encoding="utf-8") == text
    assert vote(plan, "chair") == 2
    assert "E408 the vote opens at 09:00 on 1 January 2999; no ballot can be cast before then" in capsys.readouterr().err


def test_close_of_a_plan_that_does_not_load_says_why(tmp_path: Path, capsys):
    assert main(["close", str(tmp_path / "missing.toml")]) == 2
    assert "E001" in capsys.readouterr().err
