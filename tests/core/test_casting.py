"""voting/casting.py: the ranking rules the Vote pane and the booth share, and cast_ballot."""

from __future__ import annotations

import pytest

from helpers.voting_plans import plan_text
from workplan_tui.errors import AlreadyExists, ChangedOnDisk, WorkplanError
from workplan_tui.plan_io import load_plan_stamped
from workplan_tui.voting.ballots import read_ballot
from workplan_tui.voting.casting import cast_ballot, has_voted, ranked_blocked_note, ranking_refusal
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
