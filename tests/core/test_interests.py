"""Declarations of interest: the plan format, check's E108, the fingerprint that leaves them
out, the refusal to rank a declared project (E411) and the count that rejects a ballot
ranking one; plan_edit keeps the references right; the paper and the record keep them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import attrs
import pytest

from helpers import agreed_example
from helpers.paths import SSCB
from workplan_tui.errors import WorkplanError
from workplan_tui.files import FileStamp
from workplan_tui.model import Interest
from workplan_tui.plan_edit import EditSession
from workplan_tui.plan_io import dumps_plan, fingerprint, load_plan, loads_plan, write_plan
from workplan_tui.rollover import rollover
from workplan_tui.verify import verify_record
from workplan_tui.voting.ballots import Ballot, dumps_ballot, read_ballots, write_ballot
from workplan_tui.voting.casting import cast_ballot, ranking_refusal, ranking_still_valid
from workplan_tui.voting.interests import declared_projects, interest_refusal, not_shown_note
from workplan_tui.voting.tally import tally

DECLARED = Interest("member-05", "police-capacity", "Deputy Police and Crime Commissioner for the area")
DECLARATION = """[[interests]]
member = "member-05"
project = "police-capacity"
note = "Deputy Police and Crime Commissioner for the area"
"""


def test_the_sscb_example_records_seed_003s_declaration(sscb_text):
    plan = load_plan(SSCB)
    assert plan.interests == (DECLARED,)
    assert plan.declared("member-05") == (DECLARED,) and plan.declared("chair") == ()
    assert DECLARATION in sscb_text


def test_a_plan_with_declarations_round_trips_and_its_written_form_is_stable():
    plan = load_plan(SSCB)
    two = attrs.evolve(plan, interests=(DECLARED, Interest("chair", "modern-slavery")))
    text = dumps_plan(two)
    assert loads_plan(text) == two
    assert dumps_plan(loads_plan(text)) == text
    assert '[[interests]]\nmember = "chair"\nproject = "modern-slavery"\n' in text  # no empty note written


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ('member = "member-05"', 'member = "member-5"', "E108 a declaration of interest names an unknown member `member-5`; did you mean `member-05`?"),
        ('project = "police-capacity"\nnote', 'project = "police-capasity"\nnote',
         "E108 a declaration of interest names an unknown project `police-capasity`; did you mean `police-capacity`?"),
    ],
)
def test_check_locates_a_declaration_naming_an_unknown_member_or_project(plant, old, new, expected):
    path, text = plant(old, new)
    with pytest.raises(WorkplanError) as raised:
        load_plan(path)
    [error] = raised.value.errors
    line = next(number for number, content in enumerate(text.splitlines(), start=1) if content == new.split("\n")[0])
    assert str(error) == f"{path}:{line}:{len(new.split(' = ')[0]) + 4}: {expected}"


def test_check_locates_the_same_declaration_made_twice(plant):
    path, text = plant(DECLARATION, DECLARATION + "\n" + DECLARATION.replace("for the area", "again"))
    with pytest.raises(WorkplanError) as raised:
        load_plan(path)
    [error] = raised.value.errors
    second = [number for number, content in enumerate(text.splitlines(), start=1) if content == "[[interests]]"][1]
    assert (error.line, error.code) == (second, "E108")
    assert error.message == "`member-05` has already declared an interest in `police-capacity`"


def test_a_declaration_needs_a_member_and_a_project(plant):
    path, _ = plant('project = "police-capacity"\nnote', "note")
    with pytest.raises(WorkplanError) as raised:
        load_plan(path)
    assert [e.message for e in raised.value.errors] == ["missing required key `project` in interests[0]"]


def test_the_fingerprint_leaves_declarations_out():
    plan = load_plan(SSCB)
    without = attrs.evolve(plan, interests=())
    assert fingerprint(plan) == fingerprint(without)
    assert fingerprint(plan) != fingerprint(attrs.evolve(plan, voting=attrs.evolve(plan.voting, seed="other")))


def test_a_member_may_not_add_a_declared_project_and_is_told_why():
    plan = load_plan(SSCB)
    refusal = "You declared an interest in Police capacity and impact: a member may not rank a project they declared an interest in."
    assert ranking_refusal(plan, [], "police-capacity", "member-05") == refusal
    assert interest_refusal(plan, "member-05", "police-capacity") == refusal
    assert ranking_refusal(plan, [], "police-capacity", "member-04") == ""  # another member may
    assert ranking_refusal(plan, [], "police-capacity") == ""  # no member chosen yet
    assert declared_projects(plan, "member-05") == {"police-capacity"}
    assert ranking_still_valid(plan, ["police-capacity", "modern-slavery"], "member-05") == ["modern-slavery"]


def test_the_note_names_only_the_members_own_declarations():
    plan = attrs.evolve(load_plan(SSCB), interests=(DECLARED, Interest("member-05", "modern-slavery"), Interest("chair", "drugs-community-safety")))
    assert not_shown_note(plan, "member-05") == "Not shown: Modern slavery and Police capacity and impact — you declared an interest."
    assert not_shown_note(plan, "chair") == "Not shown: Drugs issues and community safety — you declared an interest."
    assert not_shown_note(plan, "member-04") == "" and not_shown_note(plan, None) == ""


def _copy(tmp_path: Path) -> Path:
    path = tmp_path / "plan.toml"
    path.write_bytes(SSCB.read_bytes())
    return path


def test_casting_a_ballot_that_ranks_a_declared_project_is_refused_with_nothing_written(tmp_path):
    path = _copy(tmp_path)
    plan = load_plan(path)
    with pytest.raises(WorkplanError) as raised:
        cast_ballot(plan, path, FileStamp.of(path.read_bytes()), "member-05", ["modern-slavery", "police-capacity"], None, replace=False)
    [error] = raised.value.errors
    assert error.code == "E411"
    assert error.message == (
        "`member-05` declared an interest in `police-capacity` (Police capacity and impact) and may not rank it: "
        "a member may not rank a project they declared an interest in"
    )
    assert not (tmp_path / "plan.ballots").exists()
    cast_ballot(plan, path, FileStamp.of(path.read_bytes()), "member-05", ["modern-slavery"], None, replace=False)
    cast_ballot(plan, path, FileStamp.of(path.read_bytes()), "member-04", ["police-capacity"], None, replace=False)


def test_a_declaration_made_after_the_vote_rejects_only_the_ballots_that_rank_the_project(tmp_path):
    path = _copy(tmp_path)
    folder = tmp_path / "plan.ballots"
    before = attrs.evolve(load_plan(path), interests=())
    write_ballot(before, folder, "member-03", ["police-capacity", "modern-slavery"])
    write_ballot(before, folder, "member-05", ["modern-slavery"])
    write_ballot(before, folder, "member-04", ["drugs-community-safety"])
    # Declared at the meeting, after those ballots: the fingerprint they carry still holds.
    declared = attrs.evolve(before, interests=(Interest("member-03", "police-capacity"), Interest("member-04", "police-capacity")))
    counted, rejected = read_ballots(declared, folder)
    assert [ballot.member for ballot in counted] == ["member-04", "member-05"]
    assert [(Path(r.file).name, r.member, r.reason) for r in rejected] == [
        ("member-03.toml", "member-03",
         "`member-03` declared an interest in `police-capacity` (Police capacity and impact) and may not rank it: "
         "a member may not rank a project they declared an interest in"),
    ]
    result = tally(declared, counted, rejected)
    assert [r.reason for r in result.rejected] == [rejected[0].reason]


def test_a_hand_written_ballot_ranking_a_declared_project_is_rejected_too(tmp_path):
    plan = load_plan(SSCB)
    folder = tmp_path / "ballots"
    folder.mkdir()
    # Not the canonical layout: read by tomllib and checked by check_ballot.
    (folder / "member-05.toml").write_text('# typed in from paper\nmember = "member-05"\nranking = ["police-capacity"]\n')
    # The canonical layout: the fast path must apply the rule as well.
    (folder / "member-06.toml").write_text(dumps_ballot(Ballot("member-06", ("police-capacity",), dt.datetime(2023, 3, 23, tzinfo=dt.UTC))))
    declared = attrs.evolve(plan, interests=(DECLARED, Interest("member-06", "police-capacity")))
    counted, rejected = read_ballots(declared, folder)
    assert counted == []
    assert [r.member for r in rejected] == ["member-05", "member-06"]
    assert all("declared an interest in `police-capacity`" in r.reason for r in rejected)


def test_renaming_a_member_or_a_project_renames_it_in_the_declarations(tmp_path):
    session = EditSession.open(_copy(tmp_path))
    assert session.update("members", "member-05", id="member-5").ok
    assert session.update("projects", "police-capacity", id="police").ok
    assert session.plan.interests == (Interest("member-5", "police", DECLARED.note),)
    assert '[[interests]]\nmember = "member-5"\nproject = "police"\n' in session.text


def test_removing_a_declared_member_or_project_is_refused_until_the_declaration_goes(tmp_path):
    session = EditSession.open(_copy(tmp_path))
    for collection, item in (("members", "member-05"), ("projects", "police-capacity")):
        outcome = session.remove(collection, item)
        assert [error.code for error in outcome.errors] == ["E108"]
        assert "remove the declaration first" in outcome.errors[0].message
    assert session.remove_interest("member-05", "police-capacity").ok
    assert session.remove("members", "member-05").ok


def test_declarations_are_added_edited_and_removed_keeping_the_rest_of_the_file(tmp_path):
    path = _copy(tmp_path)
    original = path.read_text(encoding="utf-8")
    session = EditSession.open(path)
    outcome = session.add_interest("chair", "modern-slavery", "Trustee of a modern slavery charity")
    assert outcome.ok
    assert session.text == original + '\n[[interests]]\nmember = "chair"\nproject = "modern-slavery"\nnote = "Trustee of a modern slavery charity"\n'
    assert session.update_interest("chair", "modern-slavery", note="").ok
    assert session.text == original + '\n[[interests]]\nmember = "chair"\nproject = "modern-slavery"\n'
    duplicate = session.update_interest("chair", "modern-slavery", member="member-05", project="police-capacity")
    assert [error.code for error in duplicate.errors] == ["E108"]
    assert session.remove_interest("chair", "modern-slavery").ok
    assert session.text.rstrip("\n") == original.rstrip("\n")  # the blank line that separated them may stay
    while session.can_undo:
        session.undo()
    assert session.text == original
    assert session.redo() and session.redo() and session.redo()
    assert session.remove_interest("member-05", "police-capacity").ok
    assert "[[interests]]" not in session.text and "# Declarations of interest, as the minutes" in session.text
    assert [error.code for error in session.remove_interest("member-05", "police-capacity").errors] == ["E108"]
    session.save()
    assert load_plan(path).interests == ()


def test_the_agreed_plan_keeps_the_declarations_and_verify_recounts_with_them(tmp_path):
    agreed = agreed_example.agreed()
    assert agreed.interests == (DECLARED,)
    agreed_path = tmp_path / "sscb-2023-24.agreed.toml"
    write_plan(agreed, agreed_path)
    assert verify_record(agreed_path, agreed_example.BALLOTS).differences == ()
    # A declaration added to the record afterwards that would have rejected a counted ballot
    # (member-03 ranked police-capacity) is a record that no longer matches its ballots.
    edited = attrs.evolve(agreed, interests=(*agreed.interests, Interest("member-03", "police-capacity")))
    write_plan(edited, agreed_path)
    messages = [error.message for error in verify_record(agreed_path, agreed_example.BALLOTS).differences]
    assert any("member-03's ballot was counted; it is rejected now" in message for message in messages)


def test_rollover_leaves_the_declarations_to_the_next_meeting():
    assert rollover(agreed_example.agreed()).interests == ()
