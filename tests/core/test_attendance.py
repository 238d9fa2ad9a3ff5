"""attendance.py: who attended apart from who voted, substitutes voting in a member's place,
the quorum; and how the count, the agreed record, its validation and the paper use them."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

from helpers.meeting_plans import meeting_plan, meeting_text
from workplan_tui.agree import agree
from workplan_tui.attendance import (
    NOT_RECORDED,
    Attendance,
    given,
    parse_substitute,
    problems,
    quorum_of,
    quorum_sentence,
    seat,
)
from workplan_tui.errors import WorkplanError
from workplan_tui.model import Quorum, Substitute
from workplan_tui.plan_io import dumps_plan, loads_plan
from workplan_tui.voting.ballots import Ballot
from workplan_tui.voting.tally import tally

DATE = dt.date(2023, 6, 1)


@pytest.fixture(scope="module")
def plan():
    return meeting_plan(quorum=4)


def meeting(present=(), apologies=(), substitutes=()):
    return Attendance(tuple(present), tuple(apologies), tuple(Substitute(s, m) for s, m in substitutes), recorded=True)


def ballot(member, *ranking, file=""):
    return Ballot(member, tuple(ranking or ("p1", "p2")), file=file or f"b/{member}.toml")


# -- giving the attendance -------------------------------------------------------------


def test_no_attendance_given_is_not_recorded_and_nobody_is_taken_as_present():
    assert given(None) == NOT_RECORDED and not NOT_RECORDED.recorded
    assert given([]) == Attendance(recorded=True)  # --present "": recorded, nobody present


def test_apologies_or_substitutes_without_who_was_present_are_refused():
    with pytest.raises(WorkplanError, match="E410 attendance needs who was present too"):
        given(None, ["member-1"])
    with pytest.raises(WorkplanError, match="E410"):
        given(None, (), [Substitute("sub-1", "member-1")])


@pytest.mark.parametrize("text", ["sub-1", "sub-1:", ":member-1", "sub-1:member-1:member-2", ""])
def test_a_malformed_substitute_is_a_clear_error(text):
    with pytest.raises(WorkplanError) as caught:
        parse_substitute(text)
    assert caught.value.errors[0].code == "E410" and "must be SUB:FOR" in str(caught.value)


def test_parse_substitute():
    assert parse_substitute(" sub-1 : member-2 ") == Substitute("sub-1", "member-2")


@pytest.mark.parametrize(
    ("attendance", "message"),
    [
        (meeting(["chiar"]), "present: unknown member `chiar`; did you mean `chair`?"),
        (meeting([], ["nobody"]), "apologies: unknown member `nobody`"),
        (meeting(["chair"], ["chair"]), "member `chair` is listed both as present and as sending apologies"),
        (meeting(["chair"], [], [("sub-9", "member-1")]), "substitute: unknown member `sub-9`"),
        (meeting(["chair"], [], [("sub-1", "member-9")]), "stands in for: unknown member `member-9`"),
        (meeting(["chair", "member-1"], [], [("sub-1", "member-1")]), "substitute `sub-1` stands in for `member-1`, who is present"),
        (meeting(["chair"], [], [("member-2", "member-1")]), "`member-2` is not a substitute (member)"),
        (meeting(["chair"], [], [("sub-1", "sub-2")]), "cannot stand in for `sub-2`, who is a substitute too"),
        (meeting(["chair"], [], [("sub-1", "member-1"), ("sub-2", "member-1")]), "`member-1` has two substitutes"),
        (meeting(["chair"], [], [("sub-1", "member-1"), ("sub-1", "member-2")]), "stands in for both `member-1` and `member-2`"),
        (meeting(["chair", "sub-1"], [], [("sub-1", "member-1")]), "is also listed as present: record them once"),
    ],
)
def test_unsound_attendance_is_named(plan, attendance, message):
    found = problems(plan, attendance)
    assert any(message in problem for problem in found), found
    with pytest.raises(WorkplanError) as caught:
        seat(plan, attendance, [])
    assert {error.code for error in caught.value.errors} == {"E410"}


def test_sound_attendance_has_no_problems(plan):
    sound = meeting(["chair", "member-2"], ["member-1", "member-3"], [("sub-1", "member-1"), ("sub-2", "member-4")])
    assert problems(plan, sound) == []


def test_the_record_is_in_the_plans_member_order_whatever_the_order_given(plan):
    ordered = meeting(["member-2", "chair", "member-2"], ["member-3", "member-1"], [("sub-2", "member-4"), ("sub-1", "member-1")])
    ordered = ordered.in_order(plan)
    assert ordered.present == ("chair", "member-2") and ordered.apologies == ("member-1", "member-3")
    assert [s.stands_for for s in ordered.substitutes] == ["member-1", "member-4"]


# -- whose ballots count --------------------------------------------------------------


def test_a_substitutes_ballot_counts_in_the_place_of_the_member_they_stand_for(plan):
    attendance = meeting(["chair", "vice-chair"], ["member-1"], [("sub-1", "member-1")])
    seated = seat(plan, attendance, [ballot("chair"), ballot("sub-1", "p3", "p4")])
    assert [b.member for b in seated.ballots] == ["chair", "sub-1"]
    assert seated.in_place_of == {"sub-1": "member-1"} and seated.rejected == ()
    result = tally(plan, [ballot("chair"), ballot("sub-1", "p3", "p4")], attendance=attendance)
    assert result.ballots == 2 and {r.project for r in result.ranking[:2]} >= {"p1"}
    assert result.in_place_of == {"sub-1": "member-1"}


def test_when_the_member_voted_too_their_own_ballot_counts_and_the_substitutes_is_rejected(plan):
    attendance = meeting(["chair"], ["member-1"], [("sub-1", "member-1")])
    seated = seat(plan, attendance, [ballot("member-1"), ballot("sub-1")])
    assert [b.member for b in seated.ballots] == ["member-1"]
    (rejection,) = seated.rejected
    assert rejection.member == "sub-1" and rejection.file == "b/sub-1.toml"
    assert rejection.reason == (
        "Substitute Member 1 stands in for member-1, who voted themselves: the member's own ballot counts"
    )


def test_a_substitute_standing_in_for_nobody_or_with_no_attendance_is_rejected_with_its_reason(plan):
    seated = seat(plan, meeting(["chair"]), [ballot("chair"), ballot("sub-2")])
    assert [b.member for b in seated.ballots] == ["chair"]
    assert "the attendance records nobody they stand in for" in seated.rejected[0].reason
    seated = seat(plan, NOT_RECORDED, [ballot("sub-2")])
    assert seated.ballots == () and "attendance is not recorded" in seated.rejected[0].reason
    result = tally(plan, [ballot("chair"), ballot("sub-2")])
    assert result.ballots == 1 and [r.member for r in result.rejected] == ["sub-2"]


def test_members_who_sent_apologies_may_still_have_voted_in_advance(plan):
    seated = seat(plan, meeting(["chair"], ["member-1"]), [ballot("member-1")])
    assert [b.member for b in seated.ballots] == ["member-1"]


def test_substitutes_hold_no_seat_of_their_own_in_the_turnout(plan):
    assert tally(plan, [ballot("chair")]).members == 6


# -- the quorum -----------------------------------------------------------------------------


def test_the_quorum_counts_the_members_present_and_the_substitutes_standing_in(plan):
    attendance = meeting(["chair", "member-2", "member-3"], ["member-1"], [("sub-1", "member-1")])
    assert quorum_of(plan, attendance, voters=["chair"]) == Quorum(4, 4, "present")
    assert quorum_sentence(Quorum(4, 4, "present")) == "Quorate: 4 members present, the quorum is 4."
    below = quorum_of(plan, meeting(["chair", "member-2"]), voters=["chair", "vice-chair", "member-1", "member-2", "member-3", "member-4"])
    assert below is not None and not below.quorate
    assert quorum_sentence(below) == "Not quorate: 2 members present, the quorum is 4."


def test_without_attendance_the_quorum_counts_the_ballots_and_says_so(plan):
    quorum = tally(plan, [ballot("chair"), ballot("member-1"), ballot("sub-1")]).quorum
    assert quorum == Quorum(4, 2, "ballots")  # the substitute's ballot does not count
    assert quorum_sentence(quorum) == "Not quorate: 2 ballots counted (attendance not recorded), the quorum is 4."


def test_on_a_csv_roll_of_500_voters_only_the_members_ballots_make_the_quorum(tmp_path):
    """500 residents on a CSV roll vote, and two of the six members: a quorum of 6 members is
    not met by the residents' ballots (it was: 502 ballots counted against a quorum of 6)."""
    from workplan_tui.plan_io import load_plan
    from workplan_tui.voting.ballot_box import open_box, voters_on_roll

    text = meeting_text(quorum=6).replace('seed = "2023-03-23"\n', 'seed = "2023-03-23"\nroll = "voters.csv"\n', 1)
    (tmp_path / "plan.toml").write_text(text, encoding="utf-8")
    members = ["chair", "vice-chair", "member-1", "member-2", "member-3", "member-4"]
    residents = [f"r-{n:04d}" for n in range(500)]
    rows = "".join(f"{voter},Resident {voter[2:]},resident\n" for voter in residents)
    rows += "".join(f"{member},,\n" for member in members)  # the members are on the roll too
    (tmp_path / "voters.csv").write_text("id,label,role\n" + rows, encoding="utf-8")
    plan = load_plan(tmp_path / "plan.toml")
    box = open_box(tmp_path / "plan.toml", plan, tmp_path / "plan.ballots.sqlite", new=True)
    box.write_many(attrs.evolve(ballot(voter, "p1"), cast=dt.datetime(2025, 1, 1, tzinfo=dt.UTC)) for voter in [*residents, "chair", "member-1"])
    ballots, rejected = box.read(plan)
    assert len(ballots) == 502
    result = tally(plan, ballots, rejected, voters=voters_on_roll(box, ballots, rejected))
    assert result.quorum == Quorum(6, 2, "member_ballots") and not result.quorum.quorate
    assert quorum_sentence(result.quorum) == (
        "Not quorate: 2 ballots of members of the Board counted (attendance not recorded; other voters on the roll "
        "do not count towards the quorum), the quorum is 6."
    )
    # With the attendance recorded, the members present make it, as on any roll.
    present = tally(plan, ballots, rejected, attendance=meeting(members), voters=voters_on_roll(box, ballots, rejected))
    assert present.quorum == Quorum(6, 6, "present") and present.quorum.quorate


def test_a_plan_without_a_quorum_has_none():
    assert tally(meeting_plan(quorum=None), [ballot("chair")]).quorum is None


# -- agreeing ---------------------------------------------------------------------------------


def test_agreeing_below_the_quorum_needs_the_boards_confirmation_which_is_recorded(plan):
    ballots = [ballot("chair"), ballot("member-2")]
    result = tally(plan, ballots, attendance=meeting(["chair", "member-2"]))
    with pytest.raises(WorkplanError) as caught:
        agree(plan, result, date=DATE, ballots=ballots)
    assert str(caught.value.errors[0]) == (
        "<decision>:1:1: E409 Not quorate: 2 members present, the quorum is 4. "
        "Agreeing below the quorum needs the Board's confirmation"
    )
    agreed = agree(plan, result, date=DATE, ballots=ballots, below_quorum=True)
    assert agreed.decision is not None and agreed.decision.quorum == Quorum(4, 2, "present", confirmed=True)
    assert "confirmed = true" in dumps_plan(agreed)


def test_a_quorate_meeting_records_its_quorum_unconfirmed(plan):
    attendance = meeting(["chair", "member-2", "member-3"], ["member-1"], [("sub-1", "member-1")])
    ballots = [ballot("chair"), ballot("sub-1", "p3", "p4")]
    agreed = agree(plan, tally(plan, ballots, attendance=attendance), date=DATE, ballots=ballots, below_quorum=True)
    decision = agreed.decision
    assert decision is not None
    assert decision.quorum == Quorum(4, 4, "present", confirmed=False)  # nothing to confirm
    assert decision.substitutes == (Substitute("sub-1", "member-1"),)
    assert decision.voters == ("chair", "sub-1") and decision.attendance_recorded


def test_the_record_with_substitutes_and_quorum_reads_back_as_written(plan):
    attendance = meeting(["chair", "member-2"], ["member-1", "member-4"], [("sub-1", "member-1"), ("sub-2", "member-4")])
    ballots = [ballot("chair"), ballot("sub-1"), ballot("sub-2", "p5")]
    agreed = agree(plan, tally(plan, ballots, attendance=attendance), date=DATE, ballots=ballots)
    text = dumps_plan(agreed)
    assert '{ member = "sub-1", stands_for = "member-1" }' in text
    assert "[decision.quorum]\nrequired = 4\ncounted = 4" in text
    assert loads_plan(text) == agreed
    not_recorded = agree(plan, tally(plan, ballots[:1]), date=DATE, ballots=ballots[:1], below_quorum=True)
    text = dumps_plan(not_recorded)
    assert "attendance_recorded = false" in text and loads_plan(text) == not_recorded


# -- the record checked as a file -------------------------------------------------------------


def agreed_text(**record: str) -> str:
    """meeting_text() agreed by hand, with these lines in its [decision]."""
    extra = "".join(f"{line}\n" for line in record.values())
    return meeting_text().replace('status = "draft"', 'status = "agreed"') + (
        '\n[decision]\ndate = 2023-06-01\nmethod = "points"\nballots = 2\npresent = ["chair", "member-2"]\n' + extra
    )


@pytest.mark.parametrize(
    ("lines", "code", "message"),
    [
        (['[[decision.substitutes]]\nmember = "sub-9"\nstands_for = "member-1"'], "E202", "sub-9"),
        (['[[decision.substitutes]]\nmember = "sub-1"\nstands_for = "member-1"'] * 2, "E201", "`sub-1` stands in twice"),
        (
            ['[[decision.substitutes]]\nmember = "sub-1"\nstands_for = "member-1"',
             '[[decision.substitutes]]\nmember = "sub-2"\nstands_for = "member-1"'],
            "E201", "`member-1` has two substitutes",
        ),
        (['[[decision.substitutes]]\nmember = "sub-1"\nstands_for = "member-2"'], "E201", "`member-2` is also listed as present"),
        (["[decision.quorum]\nrequired = 4\ncounted = 2"], "E409", "below its quorum (2 of 4)"),
    ],
)
def test_a_bad_record_of_attendance_is_a_located_error(lines, code, message):
    text = agreed_text(**{f"l{i}": line for i, line in enumerate(lines)})
    with pytest.raises(WorkplanError) as caught:
        loads_plan(text, "agreed.toml")
    found = [error for error in caught.value.errors if error.code == code and message in error.message]
    assert found, caught.value.errors
    assert found[0].line > 1


def test_a_confirmed_record_below_quorum_reads(plan):
    text = agreed_text(q="[decision.quorum]\nrequired = 4\ncounted = 2\nconfirmed = true")
    assert loads_plan(text).decision.quorum == Quorum(4, 2, "present", True)


def test_an_evolved_result_keeps_the_attendance_it_was_counted_with(plan):
    # agree records the attendance of the count, never one passed beside it.
    result = tally(plan, [ballot("chair")], attendance=meeting(["chair", "member-1", "member-2", "member-3"]))
    agreed = agree(plan, attrs.evolve(result), date=DATE, ballots=[ballot("chair")])
    assert agreed.decision is not None and agreed.decision.present == ("chair", "member-1", "member-2", "member-3")


# -- marking one member at a time (the Export pane) --------------------------------------------


def test_marking_cycles_present_apologies_absent_and_records_from_the_first_mark(plan):
    from workplan_tui.attendance import mark_of, marked, next_mark

    attendance = NOT_RECORDED
    assert next_mark(attendance, "chair") == "present"
    attendance = marked(attendance, "chair", "present")
    assert attendance.recorded and attendance.present == ("chair",)
    attendance = marked(attendance, "chair", next_mark(attendance, "chair"))
    assert mark_of(attendance, "chair") == "apologies" and attendance.present == ()
    attendance = marked(attendance, "chair", next_mark(attendance, "chair"))
    assert mark_of(attendance, "chair") == "" and attendance.recorded  # absent, without apologies


def test_a_substitute_stands_in_for_one_member_not_present_and_marking_that_member_present_ends_it(plan):
    from workplan_tui.attendance import marked, stand_in_choices, standing_in

    attendance = marked(marked(NOT_RECORDED, "chair", "present"), "member-1", "apologies")
    assert stand_in_choices(plan, attendance, "sub-1") == ["vice-chair", "member-1", "member-2", "member-3", "member-4"]
    attendance = standing_in(attendance, "sub-1", "member-1")
    assert attendance.substitutes == (Substitute("sub-1", "member-1"),)
    assert "member-1" not in stand_in_choices(plan, attendance, "sub-2")
    assert "member-1" in stand_in_choices(plan, attendance, "sub-1")  # their own choice stays offered
    attendance = standing_in(attendance, "sub-1", "member-2")
    assert attendance.substitutes == (Substitute("sub-1", "member-2"),)
    assert problems(plan, attendance) == []
    assert marked(attendance, "member-2", "present").substitutes == ()
    assert standing_in(attendance, "sub-1", None).substitutes == ()


def test_renaming_a_member_renames_them_in_the_recorded_substitutes(plan, tmp_path):
    from workplan_tui.plan_edit import EditSession

    attendance = meeting(["chair", "member-2"], ["member-1"], [("sub-1", "member-1")])
    ballots = [ballot("chair")]  # (a member who voted is in `voters`, and renaming them is refused)
    agreed = agree(plan, tally(plan, ballots, attendance=attendance), date=DATE, ballots=ballots, below_quorum=True)
    path = tmp_path / "agreed.toml"
    path.write_text(dumps_plan(agreed), encoding="utf-8")
    session = EditSession.open(path)
    assert session.update("members", "sub-1", id="sub-a").ok
    assert session.update("members", "member-1", id="member-a").ok
    decision = session.plan.decision
    assert decision is not None and decision.substitutes == (Substitute("sub-a", "member-a"),)
    assert decision.apologies == ("member-a",)
