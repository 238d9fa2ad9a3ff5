"""agree(): the draft plus the count becomes the agreed plan, with the decision on record."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

from helpers import agreed_example
from workplan_tui.agree import agree, awaiting_approval, parse_action
from workplan_tui.capacity import check_bundle
from workplan_tui.errors import WorkplanError
from workplan_tui.model import Action, RankedScore
from workplan_tui.plan_io import dumps_plan, fingerprint, loads_plan
from workplan_tui.voting.result import Rejection, TallyResult, Tie

DATE = dt.date(2023, 3, 23)


def hand_result(plan, selected=("police-capacity", "modern-slavery"), ballots=5, ties=()):
    """A TallyResult built by hand: agree() must not depend on how the count was made."""
    others = [project.id for project in plan.projects if project.id not in selected]
    ranking = tuple(RankedScore(p, 10 - i) for i, p in enumerate(list(selected) + others))
    return TallyResult(
        method="borda",
        ballots=ballots,
        rejected=(Rejection("x/member-09.toml", "member-09", "unknown project"),),
        ranking=ranking,
        selected=tuple(selected),
        skipped=(),
        ties=tuple(ties),
        feasibility=check_bundle(plan, selected),
    )


@pytest.fixture(scope="module")
def draft():
    return agreed_example.draft()


def test_agreed_plan_records_the_decision(draft):
    tie = Tie(("modern-slavery", "drugs-community-safety"), 7.0, "chair", "borda ranking: a tie; the chair decided")
    result = hand_result(draft, ties=(tie,))
    plan = agree(
        draft, result, date=DATE, present=["member-01", "chair"], apologies=["member-12"],
        actions=[Action("Report back", "officers", "board-2023-06")],
    )
    assert plan.info.status == "agreed"
    assert {p.id: p.status for p in plan.projects} == {
        "modern-slavery": "agreed",
        "reducing-reoffending": "not_selected",
        "mental-health-policing": "not_selected",
        "police-capacity": "agreed",
        "cohesion-court-case": "not_selected",
        "drugs-community-safety": "not_selected",
    }
    decision = plan.decision
    assert decision.date == DATE
    assert decision.method == "borda"
    assert (decision.ballots, decision.rejected) == (5, 1)
    assert decision.ranking == result.ranking
    assert decision.selected == ("police-capacity", "modern-slavery")  # the count's order, not the plan's
    assert decision.ties == ("borda ranking: a tie; the chair decided",)
    assert decision.awaiting_approval == ("police-capacity: research_team (Senior Management Team)",)
    assert decision.draft == fingerprint(draft)
    assert decision.present == ("chair", "member-01")  # the plan's member order, whatever the order given
    assert decision.apologies == ("member-12",)
    assert decision.actions == (Action("Report back", "officers", "board-2023-06"),)


def test_agreed_plan_passes_check_and_writes_the_same_bytes_again(draft):
    plan = agreed_example.agreed()
    text = dumps_plan(plan)
    again = loads_plan(text, "agreed.toml")  # the loader is `workplan check`'s validation
    assert again == plan
    assert dumps_plan(again) == text
    # The fingerprint ignores statuses and the decision, so ballots cast on the draft still match it.
    assert fingerprint(again) == fingerprint(draft) == again.decision.draft


def test_the_draft_is_not_changed(draft):
    before = dumps_plan(draft)
    agree(draft, hand_result(draft), date=DATE)
    assert dumps_plan(draft) == before
    assert draft.info.status == "draft" and draft.decision is None


def test_agreeing_an_agreed_plan_keeps_it(draft):
    plan = agree(draft, hand_result(draft), date=DATE)
    other = hand_result(draft, selected=("drugs-community-safety",))
    assert agree(plan, other, date=dt.date(2024, 1, 1)) is plan


def test_the_real_count_agrees_the_example():
    plan = agreed_example.agreed()
    # The Board's priorities, the top three of the count ([voting] selection = "priorities"), though
    # together they cost £11,250 of £10,000: the advice says so; the walk ("fit") took the 4th and 5th.
    assert plan.decision.selected == ("modern-slavery", "police-capacity", "drugs-community-safety")
    assert plan.decision.ballots == 10 and plan.decision.rejected == 1
    assert len(plan.decision.ties) == 2 and "chair's ballot" in plan.decision.ties[0]
    # Present defaults to the members whose ballots counted: member-07's was rejected.
    assert plan.decision.present[:2] == ("chair", "vice-chair") and len(plan.decision.present) == 10
    assert "member-07" not in plan.decision.present


def test_awaiting_approval_lists_each_gate_of_each_selected_project(draft):
    gated = attrs.evolve(draft, projects=tuple(
        attrs.evolve(p, gates=("research_team",)) if p.id == "modern-slavery" else p for p in draft.projects
    ))
    assert awaiting_approval(gated, ["modern-slavery", "reducing-reoffending", "police-capacity"]) == (
        "modern-slavery: research_team (Senior Management Team)",
        "police-capacity: research_team (Senior Management Team)",
    )
    assert awaiting_approval(gated, ["reducing-reoffending"]) == ()


@pytest.mark.parametrize(
    ("kwargs", "result_kwargs", "message"),
    [
        ({"present": ["chiar"]}, {}, "E202 present: unknown member `chiar`; did you mean `chair`?"),
        ({"apologies": ["nobody"]}, {}, "E202 apologies: unknown member `nobody`"),
        ({"present": ["chair"], "apologies": ["chair"]}, {}, "E104 member `chair` is listed both"),
        ({"actions": [Action("Report", "officers", "board-2099-01")]}, {}, "unknown meeting `board-2099-01`"),
        ({}, {"ballots": 0}, "E401 no ballot counted"),
        ({}, {"selected": ("no-such-project",)}, "E202 the result names project `no-such-project`"),
    ],
)
def test_a_bad_record_is_refused_with_a_clear_error(draft, kwargs, result_kwargs, message):
    result = hand_result(draft, **result_kwargs) if "selected" not in result_kwargs else attrs.evolve(
        hand_result(draft), selected=result_kwargs["selected"]
    )
    with pytest.raises(WorkplanError) as caught:
        agree(draft, result, date=DATE, **kwargs)
    assert message in str(caught.value)


def test_parse_action():
    assert parse_action("officers:board-2023-06:Report: progress") == Action("Report: progress", "officers", "board-2023-06")
    assert parse_action("chair::Write to the minister") == Action("Write to the minister", "chair", "")
    with pytest.raises(WorkplanError, match="OWNER:DUE:WHAT"):
        parse_action("just words")
