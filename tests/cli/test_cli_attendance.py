"""`--present/--apologies/--substitute` and the quorum on `workplan tally` and `export`, and
`workplan verify` recounting a record with substitutes: words, JSON, E409/E410, no traceback."""

from __future__ import annotations

import json

import pytest

from helpers.meeting_plans import write_meeting_plan
from workplan_tui.cli import main
from workplan_tui.plan_io import load_plan

MEETING = ["--present", "chair,member-2,member-3", "--apologies", "member-1,member-4", "--substitute", "sub-1:member-1"]


@pytest.fixture
def plan(tmp_path, monkeypatch, capsys):
    """The meeting plan (quorum 4) with ballots from the chair, member-2, the member-4 who sent
    apologies (in advance), sub-1 (standing in for member-1) and sub-2 (standing in for nobody)."""
    monkeypatch.chdir(tmp_path)
    path = write_meeting_plan(tmp_path, quorum=4)
    for member, rank in [("chair", "p1,p2"), ("member-2", "p2,p3"), ("member-4", "p1,p3"), ("sub-1", "p3,p4"), ("sub-2", "p5,p4")]:
        assert main(["vote", str(path), "--member", member, "--rank", rank]) == 0
    capsys.readouterr()
    return path


def test_tally_counts_the_substitute_in_the_members_place_and_says_the_quorum(plan, capsys):
    assert main(["tally", str(plan), *MEETING]) == 0
    out = capsys.readouterr().out
    assert "4 of 6 members' ballots counted, 1 rejected" in out
    assert "Present: chair; member-2; member-3.\nSubstitutes: Substitute Member 1 for member-1.\nApologies: member-1; member-4." in out
    assert "Substitute Member 1's ballot counts in the place of member-1's." in out
    assert "Quorate: 4 members present, the quorum is 4." in out
    assert "sub-2.toml: E410 Substitute Member 2 is a substitute and the attendance records nobody they stand in for" in out


def test_tally_without_attendance_counts_the_quorum_on_the_ballots_and_says_which(plan, capsys):
    assert main(["tally", str(plan)]) == 0
    out = capsys.readouterr().out
    assert "Attendance not recorded." in out
    assert "Not quorate: 3 ballots counted (attendance not recorded), the quorum is 4." in out


def test_tally_json_has_the_quorum_and_the_attendance(plan, capsys):
    assert main(["tally", str(plan), "--json", "--present", "chair,member-2", "--substitute", "sub-1:member-1"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["quorum"] == {
        "required": 4, "counted": 3, "basis": "present", "quorate": False,
        "sentence": "Not quorate: 3 members present, the quorum is 4.",
    }
    assert result["attendance"] == {
        "recorded": True, "present": ["chair", "member-2"], "apologies": [],
        "substitutes": [{"member": "sub-1", "stands_for": "member-1"}], "in_place_of": {"sub-1": "member-1"},
    }
    assert main(["tally", str(plan), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["quorum"]["basis"] == "ballots" and result["attendance"]["recorded"] is False


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--present", "chair,chiar"], "<attendance>:1:1: E410 present: unknown member `chiar`; did you mean `chair`?"),
        (["--present", "chair", "--apologies", "chair"], "E410 member `chair` is listed both as present and as sending apologies"),
        (["--present", "chair,member-1", "--substitute", "sub-1:member-1"], "E410 substitute `sub-1` stands in for `member-1`, who is present"),
        (["--present", "chair", "--substitute", "sub-1"], "E410 substitute `sub-1` must be SUB:FOR"),
        (["--present", "chair", "--substitute", "member-2:member-1"], "E410 `member-2` is not a substitute"),
        (["--apologies", "member-1"], "E410 attendance needs who was present too"),
    ],
)
@pytest.mark.parametrize("command", ["tally", "export"])
def test_bad_attendance_is_a_clear_error_never_a_traceback(plan, capsys, command, options, message):
    args = [command, str(plan), *options] + (["--to", "toml"] if command == "export" else [])
    assert main(args) == 2
    captured = capsys.readouterr()
    assert message in captured.err and "Traceback" not in captured.err
    assert not (plan.parent / "plan.agreed.toml").exists()


def test_agreeing_below_the_quorum_needs_below_quorum_which_is_recorded(plan, capsys):
    below = ["export", str(plan), "--to", "toml", "--present", "chair,member-2", "--substitute", "sub-1:member-1"]
    assert main(below) == 2
    err = capsys.readouterr().err
    assert "E409 Not quorate: 3 members present, the quorum is 4. Agreeing below the quorum needs" in err
    assert not (plan.parent / "plan.agreed.toml").exists()
    assert main([*below, "--below-quorum"]) == 0
    assert "below the quorum, confirmed" in capsys.readouterr().out
    agreed_path = plan.parent / "plan.agreed.toml"
    decision = load_plan(agreed_path).decision
    assert decision is not None and decision.quorum is not None
    assert (decision.quorum.counted, decision.quorum.required, decision.quorum.confirmed) == (3, 4, True)


def test_below_quorum_means_nothing_to_a_paper(plan, capsys):
    assert main(["export", str(plan), "--to", "md", "--below-quorum"]) == 2
    assert "--below-quorum only apply when agreeing a draft" in capsys.readouterr().err


def test_verify_recounts_a_record_with_substitutes_right(plan, capsys):
    assert main(["export", str(plan), "--to", "toml", *MEETING]) == 0
    agreed_path = plan.parent / "plan.agreed.toml"
    decision = load_plan(agreed_path).decision
    assert decision is not None
    assert decision.voters == ("chair", "member-2", "member-4", "sub-1") and decision.rejected == 1
    capsys.readouterr()
    assert main(["verify", str(agreed_path), "--ballots", str(plan.parent / "plan.ballots")]) == 0
    # The member sub-1 stood in for votes after the decision: the recount rejects sub-1's ballot.
    assert main(["vote", str(plan), "--member", "member-1", "--rank", "p5,p4"]) == 0
    capsys.readouterr()
    assert main(["verify", str(agreed_path), "--ballots", str(plan.parent / "plan.ballots")]) != 0
    err = capsys.readouterr().err
    assert "a ballot added since the decision: member-1's ballot was not counted" in err
    assert "sub-1's ballot was counted; it is rejected now (Substitute Member 1 stands in for member-1, who voted themselves" in err


def test_a_plan_without_quorum_or_substitutes_shows_the_attendance_only_when_given(tmp_path, monkeypatch, capsys):
    from helpers.voting_plans import write_plan

    monkeypatch.chdir(tmp_path)
    path = write_plan(tmp_path)
    assert main(["vote", str(path), "--member", "chair", "--rank", "p1,p2"]) == 0
    capsys.readouterr()
    assert main(["tally", str(path)]) == 0
    assert "Attendance" not in capsys.readouterr().out
    assert main(["tally", str(path), "--present", "chair", "--apologies", "member-1"]) == 0
    assert "Present: chair.\nApologies: member-1." in capsys.readouterr().out
