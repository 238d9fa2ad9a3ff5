"""voting/casting.py: the ranking rules the Vote pane and the booth share, and cast_ballot."""

from __future__ import annotations

import pytest

from helpers.voting_plans import plan_text
from workplan_tui.errors import AlreadyExists, ChangedOnDisk, WorkplanError
from workplan_tui.plan_io import load_plan_stamped
from workplan_tui.voting.ballots import read_ballot
from workplan_tui.voting.casting import (
    cast_ballot,
    has_voted,
    points_given,
    points_left,
    points_refusal,
    ranked_blocked_note,
    ranking_refusal,
    still_valid,
)
from workplan_tui.voting.codes import issue_codes


@pytest.fixture
def plan_path(tmp_path):
    path = tmp_path / "plan.toml"
    path.write_text(plan_text(ballot_length=2, members=["chair", "m1"]), encoding="utf-8")
    return path


def test_ranking_refusals_are_sentences(plan_path):
    plan, _ = load_plan_stamped(plan_path)
    assert ranking_refusal(plan, [], "p1") == ""
    assert ranking_refusal(plan, ["p1"], "p1") == "Already on the ballot."
    assert ranking_refusal(plan, ["p1", "p2"], "p3") == "A ballot ranks at most 2 projects: remove one first."


def test_the_note_for_a_ranked_project_that_does_not_fit_reads_as_a_sentence():
    assert ranked_blocked_note("would exceed the budget by £1,000") == (
        "Ranked, but it would exceed the budget by £1,000: the count will skip it unless others drop out."
    )
    assert ranked_blocked_note("would take Adviser over capacity in May 2023 (7 of 6 days)") == (
        "Ranked, but it would take Adviser over capacity in May 2023 (7 of 6 days): the count will skip it unless"
        " others drop out."
    )


def test_cast_ballot_writes_what_workplan_vote_writes_and_replaces_only_when_asked(plan_path):
    plan, stamp = load_plan_stamped(plan_path)
    assert not has_voted(plan_path, "m1")
    path = cast_ballot(plan, plan_path, stamp, "m1", ["p2", "p1"], None, replace=False)
    assert has_voted(plan_path, "m1") and read_ballot(path).ranking == ("p2", "p1")
    with pytest.raises(AlreadyExists):
        cast_ballot(plan, plan_path, stamp, "m1", ["p1"], None, replace=False)
    cast_ballot(plan, plan_path, stamp, "m1", ["p1"], None, replace=True)
    assert read_ballot(path).ranking == ("p1",)


def test_cast_ballot_refuses_a_changed_plan_and_a_wrong_code_writing_nothing(plan_path):
    plan, stamp = load_plan_stamped(plan_path)
    plan_path.write_text(plan_path.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    with pytest.raises(ChangedOnDisk):
        cast_ballot(plan, plan_path, stamp, "m1", ["p1"], None, replace=False)
    plan_path.write_text(plan_path.read_text(encoding="utf-8").replace('seed = "2023-03-23"\n', 'seed = "2023-03-23"\ncodes = true\n'), encoding="utf-8")
    plan, stamp = load_plan_stamped(plan_path)
    codes = issue_codes(plan, plan_path)
    with pytest.raises(WorkplanError, match="wrong voting code"):
        cast_ballot(plan, plan_path, stamp, "m1", ["p1"], codes["chair"], replace=False)
    assert not has_voted(plan_path, "m1")
    cast_ballot(plan, plan_path, stamp, "m1", ["p1"], codes["m1"], replace=False)
    assert has_voted(plan_path, "m1")


# -- approval and points: the forms' rules and the one writer ------------------------------


def kind_of(plan_path, kind):
    rules = 'ballot = "points"\npoints = 10\n' if kind == "points" else 'ballot = "approval"\n'
    text = plan_path.read_text(encoding="utf-8").replace('seed = "2023-03-23"\n', f'seed = "2023-03-23"\n{rules}', 1)
    text = text.replace('method = "points"', f'method = "{kind}"', 1)
    plan_path.write_text(text, encoding="utf-8")
    return load_plan_stamped(plan_path)


def test_approval_refusals_say_approve_and_withdraw(plan_path):
    plan, _ = kind_of(plan_path, "approval")
    assert ranking_refusal(plan, ["p1"], "p1") == "Already approved."
    assert ranking_refusal(plan, ["p1", "p2"], "p3") == "A ballot approves at most 2 projects: withdraw one first."
    assert ranked_blocked_note("would exceed the budget by £1", "approval").startswith("Approved, but it would exceed")


def test_points_refusals_follow_the_counts_rules(plan_path):
    plan, _ = kind_of(plan_path, "points")
    assert points_refusal(plan, {}, "p1", 10) == "" and points_left(plan, {"p1": 4}) == 6
    assert points_refusal(plan, {"p1": 4}, "p2", 7) == (
        "That would give 11 points; a ballot gives at most 10 in all, so this project can have 6 points at most."
    )
    assert points_refusal(plan, {"p1": 4}, "p1", 10) == ""  # in place of its 4, not beside them
    assert points_refusal(plan, {}, "p1", -1) == "No points to take away: a project has 0 points or more."
    assert points_refusal(plan, {"p1": 1, "p2": 1}, "p3", 1) == (
        "A ballot gives points to at most 2 projects: take the points from one first."  # ballot_length, E401
    )
    assert points_given({"p1": 2, "p2": 5, "p3": 0, "p4": 2}) == [("p2", 5), ("p1", 2), ("p4", 2)]


def test_what_a_points_ballot_keeps_when_the_plan_changes(plan_path):
    plan, _ = kind_of(plan_path, "points")
    assert still_valid(plan, ["p2", "p1"], {"p2": 6, "p1": 4, "gone": 1}) == (["p2", "p1"], {"p2": 6, "p1": 4})
    text = plan_path.read_text(encoding="utf-8").replace("points = 10", "points = 8")
    plan_path.write_text(text, encoding="utf-8")
    plan, _ = load_plan_stamped(plan_path)
    # The total fell to 8: the 6 stands, the 4 would go over it.
    assert still_valid(plan, ["p2", "p1"], {"p2": 6, "p1": 4}) == (["p2"], {"p2": 6})


@pytest.mark.parametrize("kind", ["approval", "points"])
def test_cast_ballot_writes_approval_and_points_as_workplan_vote_does(plan_path, tmp_path, kind):
    """The form's ballot and the command line's are the same file, but for the time cast."""
    import re
    import subprocess
    import sys

    plan, stamp = kind_of(plan_path, kind)
    points = [("p2", 6), ("p1", 4)] if kind == "points" else []
    path = cast_ballot(plan, plan_path, stamp, "m1", ["p2", "p1"], None, replace=False, points=points)
    option = ["--points", "p2=6,p1=4"] if kind == "points" else ["--rank", "p2,p1"]
    subprocess.run(
        [sys.executable, "-m", "workplan_tui", "vote", str(plan_path), "--member", "chair", *option],
        check=True, capture_output=True, cwd=tmp_path,
    )
    chair = path.replace("m1.toml", "chair.toml")

    def without_time(file):
        return re.sub(r"cast = .*\n", "", open(file, encoding="utf-8").read()).replace('"m1"', '"chair"')

    assert without_time(path) == without_time(chair)
    assert read_ballot(path).points == tuple(points)


def test_cast_ballot_refuses_points_over_the_total_writing_nothing(plan_path):
    plan, stamp = kind_of(plan_path, "points")
    with pytest.raises(WorkplanError, match="E142"):
        cast_ballot(plan, plan_path, stamp, "m1", ["p1"], None, replace=False, points=[("p1", 11)])
    assert not has_voted(plan_path, "m1")


# -- voting codes on a roll outside the plan ------------------------------------------------


def roll_of(plan_path, roll, codes=True):
    extra = f'roll = "{roll}"\n' + ("codes = true\n" if codes else "")
    text = plan_path.read_text(encoding="utf-8").replace('seed = "2023-03-23"\n', f'seed = "2023-03-23"\n{extra}', 1)
    plan_path.write_text(text, encoding="utf-8")
    if roll.endswith(".csv"):
        plan_path.with_name(roll).write_text("id,label,role\nv-1001,Resident 1001,resident\nv-1002,,\n", encoding="utf-8")


def test_codes_are_issued_per_voter_on_a_csv_roll_and_a_voter_added_since_is_told_in_a_sentence(plan_path):
    roll_of(plan_path, "voters.csv")
    plan, stamp = load_plan_stamped(plan_path)
    codes = issue_codes(plan, plan_path)
    assert sorted(codes) == ["v-1001", "v-1002"]  # the roll's voters, not the plan's members
    with pytest.raises(WorkplanError, match="wrong voting code") as wrong:
        cast_ballot(plan, plan_path, stamp, "v-1001", ["p1"], codes["v-1002"], replace=False)
    assert wrong.value.errors[0].words == "Wrong voting code for Resident 1001; nothing was written."
    cast_ballot(plan, plan_path, stamp, "v-1001", ["p1"], codes["v-1001"], replace=False)
    assert has_voted(plan_path, "v-1001")
    roll = plan_path.with_name("voters.csv")
    roll.write_text(roll.read_text(encoding="utf-8") + "v-1234,,\n", encoding="utf-8")
    with pytest.raises(WorkplanError) as added:
        cast_ballot(plan, plan_path, stamp, "v-1234", ["p1"], codes["v-1001"], replace=False)
    assert added.value.errors[0].words == (
        "No voting code was issued to voter v-1234, a voter on the roll added since the codes were issued: "
        "an officer issues new codes."
    )


def test_codes_on_an_open_roll_are_refused_at_the_check(plan_path):
    from workplan_tui.plan_io import load_plan

    roll_of(plan_path, "open")
    with pytest.raises(WorkplanError) as refused:
        load_plan(plan_path)
    assert [error.code for error in refused.value.errors] == ["E145"]
    assert "an open roll" in refused.value.errors[0].message
