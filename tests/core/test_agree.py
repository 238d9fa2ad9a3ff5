"""agree(): the draft plus the count becomes the agreed plan, with the decision on record."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

from helpers import agreed_example
from workplan_tui.agree import agree, awaiting_approval, ballots_digest, needs, needs_reason, parse_action
from workplan_tui.attendance import Attendance
from workplan_tui.capacity import check_bundle
from workplan_tui.errors import WorkplanError
from workplan_tui.model import Action, Advice, RankedScore
from workplan_tui.plan_io import dumps_plan, fingerprint, loads_plan
from workplan_tui.voting.ballots import Ballot
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


def hand_ballots(plan, n=5):
    """n ballots of the plan's first members, each ranking the first two projects."""
    first_two = tuple(project.id for project in plan.projects[:2])
    return [Ballot(member.id, first_two) for member in plan.members[:n]]


@pytest.fixture(scope="module")
def draft():
    return agreed_example.draft()


def test_agreed_plan_records_the_decision(draft):
    tie = Tie(("modern-slavery", "drugs-community-safety"), 7.0, "chair", "borda ranking: a tie; the chair decided")
    attendance = Attendance(present=("member-01", "chair"), apologies=("member-12",), recorded=True)
    result = attrs.evolve(hand_result(draft, ties=(tie,)), attendance=attendance)
    plan = agree(
        draft, result, date=DATE, ballots=hand_ballots(draft), actions=[Action("Report back", "officers", "board-2023-06")],
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
    agree(draft, hand_result(draft), date=DATE, ballots=hand_ballots(draft))
    assert dumps_plan(draft) == before
    assert draft.info.status == "draft" and draft.decision is None


def test_agreeing_an_agreed_plan_keeps_it(draft):
    plan = agree(draft, hand_result(draft), date=DATE, ballots=hand_ballots(draft))
    other = hand_result(draft, selected=("drugs-community-safety",))
    assert agree(plan, other, date=dt.date(2024, 1, 1), ballots=()) is plan


def test_the_real_count_agrees_the_example():
    plan = agreed_example.agreed()
    # The Board's priorities, the top three of the count ([voting] selection = "priorities"), though
    # together they cost £11,250 of £10,000: the advice says so; the walk ("fit") took the 4th and 5th.
    assert plan.decision.selected == ("modern-slavery", "police-capacity", "drugs-community-safety")
    assert plan.decision.ballots == 10 and plan.decision.rejected == 1
    assert len(plan.decision.ties) == 2 and "chair's ballot" in plan.decision.ties[0]
    # The attendance given: the members whose ballots counted (member-07's was rejected).
    assert plan.decision.present == agreed_example.PRESENT and plan.decision.attendance_recorded
    assert "member-07" not in plan.decision.present


def test_with_no_attendance_given_the_record_says_it_was_not_recorded():
    decision = agree_example().decision
    assert not decision.attendance_recorded
    assert decision.present == decision.apologies == decision.substitutes == ()
    assert len(decision.voters) == 10  # who voted is recorded apart from who attended


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
        ({}, {"attendance": Attendance(("chiar",), recorded=True)}, "E410 present: unknown member `chiar`; did you mean `chair`?"),
        ({}, {"attendance": Attendance((), ("nobody",), recorded=True)}, "E410 apologies: unknown member `nobody`"),
        ({}, {"attendance": Attendance(("chair",), ("chair",), recorded=True)}, "E410 member `chair` is listed both"),
        ({"actions": [Action("Report", "officers", "board-2099-01")]}, {}, "unknown meeting `board-2099-01`"),
        ({}, {"ballots": 0}, "E401 no ballot counted"),
        ({}, {"selected": ("no-such-project",)}, "E202 the result names project `no-such-project`"),
    ],
)
def test_a_bad_record_is_refused_with_a_clear_error(draft, kwargs, result_kwargs, message):
    by_hand = {key: value for key, value in result_kwargs.items() if key == "ballots"}
    result = attrs.evolve(hand_result(draft, **by_hand), **{k: v for k, v in result_kwargs.items() if k != "ballots"})
    with pytest.raises(WorkplanError) as caught:
        agree(draft, result, date=DATE, ballots=hand_ballots(draft), **kwargs)
    assert message in str(caught.value)


def test_parse_action():
    assert parse_action("officers:board-2023-06:Report: progress") == Action("Report: progress", "officers", "board-2023-06")
    assert parse_action("chair::Write to the minister") == Action("Write to the minister", "chair", "")
    with pytest.raises(WorkplanError, match="OWNER:DUE:WHAT"):
        parse_action("just words")


# -- the Board's agreed set, the advice and the digest ---------------------------------

COUNTED = ("modern-slavery", "police-capacity", "drugs-community-safety")  # the Board's priorities: the top 3
CHOSEN = ("modern-slavery", "reducing-reoffending", "cohesion-court-case")


def agree_example(**kwargs):
    from workplan_tui.voting.ballots import read_ballots
    from workplan_tui.voting.tally import tally

    plan = agreed_example.draft()
    ballots, rejected = read_ballots(plan, agreed_example.BALLOTS)
    return agree(plan, tally(plan, ballots, rejected), date=DATE, ballots=ballots, **kwargs)


def test_by_default_the_agreed_set_is_the_counts_selection_and_its_needs_are_on_record():
    decision = agreed_example.agreed().decision
    assert decision.selected == decision.counted == COUNTED
    assert decision.reason == "" and decision.selection == "priorities"
    # £11,250 against £10,000 (the model's money is in pence); re-timed, the work fits the staff.
    assert decision.advice == Advice(fits_as_timed=False, fits=False, cost=11250_00, budget_shortfall=1250_00)
    assert decision.voters == tuple(m for m in decision.present)  # nobody who voted sent apologies here
    # The planned delivery: each project's days adding up to its effort.
    planned = {(s.project, s.role): sum(s.days.values()) for s in decision.schedule}
    plan = agreed_example.draft()
    assert planned == pytest.approx(
        {(p, role): days for p in COUNTED for role, days in plan.project(p).effort.items() if days}
    )


def test_an_agreed_set_that_differs_from_the_count_needs_a_reason():
    with pytest.raises(WorkplanError) as refused:
        agree_example(agreed=CHOSEN)
    [error] = refused.value.errors
    assert error.code == "E406" and "differs from the count's selection" in error.message
    plan = agree_example(agreed=reversed(CHOSEN), reason="  Within the budget   as timed. ")
    decision = plan.decision
    assert decision.selected == CHOSEN  # in the ranking's order, whatever the order typed
    assert decision.counted == COUNTED
    assert decision.reason == "Within the budget as timed."
    assert {p.id for p in plan.projects if p.status == "agreed"} == set(CHOSEN)
    assert decision.awaiting_approval == ()
    assert decision.advice == Advice(fits_as_timed=True, fits=True, cost=3750_00)


def test_fewer_than_pick_min_or_more_than_pick_max_needs_a_reason_even_as_counted(draft):
    one = hand_result(draft, selected=("modern-slavery",))
    with pytest.raises(WorkplanError, match="E406 the agreed set has fewer projects than the 2 the Board aims"):
        agree(draft, one, date=DATE, ballots=hand_ballots(draft))
    agreed = agree(draft, one, date=DATE, ballots=hand_ballots(draft), reason="One is all we can resource")
    assert agreed.decision.selected == agreed.decision.counted == ("modern-slavery",)
    assert "more projects than the 3" in needs_reason(draft, ["a", "b", "c", "d"], ["a", "b", "c", "d"])
    assert needs_reason(draft, ["a", "b"], ["b", "a"]) == ""


def test_an_unknown_project_in_the_agreed_set_gets_a_did_you_mean():
    with pytest.raises(WorkplanError) as refused:
        agree_example(agreed=["modern-slavery", "polce-capacity"])
    assert [str(e) for e in refused.value.errors] == [
        "<decision>:1:1: E202 agreed set: unknown project `polce-capacity`; did you mean `police-capacity`?"
    ]


def short_of_staff(plan):
    """The plan with a graduate trainee for half a day a month: no schedule fits it."""
    capacity = {**plan.limits.capacity, "graduate_trainee": 0.5}
    return attrs.evolve(plan, limits=attrs.evolve(plan.limits, capacity=capacity))


def test_what_a_set_needs_when_it_cannot_fit_even_re_timed(draft):
    # Every project at once: over budget, and more graduate-trainee days than the year holds.
    plan = short_of_staff(draft)
    everything = [p.id for p in plan.projects]
    advice, schedule = needs(plan, everything)
    assert not advice.fits and not advice.fits_as_timed
    assert advice.budget_shortfall == advice.cost - plan.limits.budget > 0
    assert advice.shortfall and all(short.days > 0 for short in advice.shortfall)
    assert {(s.role, s.month): s.days for s in advice.shortfall} == {
        (role, month): days for role, months in schedule.shortfall.items() for month, days in months.items()
    }


def test_an_agreed_plan_with_every_new_key_round_trips_and_passes_check(draft):
    short = short_of_staff(draft)
    everything = tuple(p.id for p in short.projects)
    plan = agree(short, hand_result(short), date=DATE, ballots=hand_ballots(short), agreed=everything, reason="All of them")
    assert plan.decision.advice.shortfall and plan.decision.schedule
    text = dumps_plan(plan)
    assert "[decision.advice]" in text and "reason = \"All of them\"" in text
    again = loads_plan(text, "agreed.toml")
    assert again == plan and dumps_plan(again) == text


def test_the_digest_depends_on_what_was_counted_only():
    one = [Ballot("chair", ("a", "b")), Ballot("member-01", ("b",))]
    same = [Ballot("member-01", ("b",), file="x.toml"), Ballot("chair", ("a", "b"), cast=dt.datetime(2023, 3, 1))]
    assert ballots_digest(one) == ballots_digest(same)
    assert ballots_digest(one).startswith("sha256:") and len(ballots_digest(one)) == 7 + 64
    assert ballots_digest(one) != ballots_digest([Ballot("chair", ("b", "a")), Ballot("member-01", ("b",))])
    assert ballots_digest(one) != ballots_digest(one[:1])
    # The canonical form, as docs/export.md defines it.
    import hashlib

    canonical = "workplan ballots 1\nchair a b\nmember-01 b\n"
    assert ballots_digest(one) == "sha256:" + hashlib.sha256(canonical.encode()).hexdigest()


def test_the_digest_ignores_how_the_ballot_files_are_written(tmp_path):
    import shutil

    from workplan_tui.voting.ballots import read_ballots

    plan = agreed_example.draft()
    folder = tmp_path / "ballots"
    shutil.copytree(agreed_example.BALLOTS, folder)
    before = ballots_digest(read_ballots(plan, folder)[0])
    chair = folder / "chair.toml"
    lines = chair.read_text(encoding="utf-8").splitlines()
    chair.write_text("# typed in from the paper ballot\n" + "\n".join(reversed(lines)) + "\n", encoding="utf-8")
    assert ballots_digest(read_ballots(plan, folder)[0]) == before


def test_check_locates_a_record_naming_what_the_plan_does_not_have():
    text = dumps_plan(agreed_example.agreed())
    bad = text.replace('{ project = "modern-slavery", role = "adviser",', '{ project = "modern-slavry", role = "advisor",', 1)
    bad = bad.replace("days = { 2023-04 = 2.29,", "days = { 2023-13 = 2.29,", 1)
    bad = bad.replace('counted = [\n  "modern-slavery",', 'counted = [\n  "modern-slavey",', 1)
    with pytest.raises(WorkplanError) as refused:
        loads_plan(bad, "agreed.toml")
    messages = [f"{e.code} {e.message}" for e in refused.value.errors]
    assert "E202 unknown project `modern-slavey`; did you mean `modern-slavery`?" in messages
    assert "E202 unknown project `modern-slavry`; did you mean `modern-slavery`?" in messages
    assert any(m.startswith("E202 unknown role (limits.capacity) `advisor`") for m in messages)
    assert any("`2023-13` is not a month like 2023-05" in m for m in messages)
    assert all(e.line > 1 for e in refused.value.errors)  # located at the keys, not the top
