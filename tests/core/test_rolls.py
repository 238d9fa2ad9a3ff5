"""The CSV roll reader: whatever the file holds, the voters or located errors (E422), never a
traceback; a roll written by dumps_roll reads back the same; each problem on its own line."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers.voting_plans import plan_text
from workplan_tui.errors import WorkplanError
from workplan_tui.model import Member
from workplan_tui.plan_io import load_plan
from workplan_tui.voting.rolls import MAX_ROLL_BYTES, TypedVoter, dumps_roll, load_roll, parse_roll

IDS = st.from_regex(r"[a-z0-9][a-z0-9_-]{0,20}", fullmatch=True).filter(lambda v: v not in {"none", "all"})
LABELS = st.text(st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), max_size=30).map(str.strip)


@given(st.lists(st.tuples(IDS, LABELS, st.sampled_from(["member", "resident", "chair"])), unique_by=lambda r: r[0], max_size=30))
def test_a_roll_written_reads_back_the_same(rows: list[tuple[str, str, str]]):
    voters = tuple(Member(voter, label or voter, role) for voter, label, role in rows)
    assert parse_roll(dumps_roll(voters), "voters.csv") == voters


@settings(max_examples=300)
@given(st.text(max_size=400))
def test_any_text_gives_voters_or_located_errors(text: str):
    try:
        voters = parse_roll(text, "voters.csv")
    except WorkplanError as error:
        assert error.errors and all(e.code == "E422" and e.file == "voters.csv" and e.line >= 1 for e in error.errors)
        return
    assert len({voter.id for voter in voters}) == len(voters)


@given(st.lists(st.sampled_from(["a", "b", "c,d", '"e', "Bad Id", "", ",,", "f,\x07", "a\r"]), max_size=12))
def test_rows_made_of_awkward_cells_are_read_or_refused_by_line(cells: list[str]):
    text = "id,label\n" + "\n".join(cells) + "\n"
    try:
        parse_roll(text, "voters.csv")
    except WorkplanError as error:
        assert all(1 < e.line <= len(cells) + 2 for e in error.errors)


def test_every_problem_is_said_with_its_line():
    text = "id,label,role\nv-1,One\nv-1,Again\nBad Id,X\nv-2,A,B,C\n\nv-3,\x1b[31mred\n"
    with pytest.raises(WorkplanError) as raised:
        parse_roll(text, "voters.csv")
    assert [(e.line, e.message) for e in raised.value.errors] == [
        (3, "voter `v-1` is on the roll twice (first on line 2)"),
        (4, "`Bad Id` is not a voter id: lower-case letters, digits, - and _, at most 64"),
        (5, "4 values; the header has 3 columns (id,label,role)"),
        (7, "`\\x1b[31mred` holds a control character"),
    ]


@pytest.mark.parametrize("header", ["", "voter,name\n", "label,id\n", "id,id\n"])
def test_a_roll_needs_its_header(header: str):
    with pytest.raises(WorkplanError, match="E422"):
        parse_roll(header + "v-1,One\n", "voters.csv")


def test_a_roll_is_read_safely(tmp_path: Path):
    path = tmp_path / "plan.toml"
    path.write_text(plan_text().replace("[voting]\n", '[voting]\nroll = "voters.csv"\n', 1), encoding="utf-8")
    plan = load_plan(path)
    roll_file = tmp_path / "voters.csv"
    roll_file.write_bytes(b"id,label\nv-1,\xff\n")
    with pytest.raises(WorkplanError, match="E003"):
        load_roll(path, plan)
    roll_file.unlink()
    roll_file.mkdir()
    with pytest.raises(WorkplanError, match="E001"):
        load_roll(path, plan)
    roll_file.rmdir()
    with roll_file.open("wb") as out:
        out.truncate(MAX_ROLL_BYTES + 1)
    with pytest.raises(WorkplanError, match="E002"):
        load_roll(path, plan)
    roll_file.write_text("id,label,role\nv-1,Voter one,resident\n", encoding="utf-8")
    roll = load_roll(path, plan)
    assert roll.kind == "csv" and roll.voters == (Member("v-1", "Voter one", "resident"),) and roll.ids == {"v-1"}


def _roll_plan(tmp_path: Path, roll: str) -> Path:
    path = tmp_path / "plan.toml"
    path.write_text(plan_text().replace("[voting]\n", f'[voting]\nroll = "{roll}"\n', 1), encoding="utf-8")
    (tmp_path / "voters.csv").write_text("id,label,role\nv-1001,Resident 1001,\nv-1002,,\n", encoding="utf-8")
    return path


def test_a_typed_voter_number_is_checked_against_a_csv_roll_and_suggests_no_one(tmp_path: Path):
    from workplan_tui.voting.rolls import identify_voter

    path = _roll_plan(tmp_path, "voters.csv")
    plan = load_plan(path)
    assert identify_voter(path, plan, "  V-1001 ") == TypedVoter("v-1001", "Resident 1001", "")
    assert identify_voter(path, plan, "v-1002") == TypedVoter("v-1002", "v-1002", "")
    refused = identify_voter(path, plan, "v-1000")
    assert refused.voter == "" and "not on the roll" in refused.refusal
    # The refusal is the same for every id not on the roll: nothing in it tells who is on it.
    assert identify_voter(path, plan, "zzz").refusal == refused.refusal
    assert "v-100" not in refused.refusal and "Resident" not in refused.refusal
    assert identify_voter(path, plan, "").refusal == "Type your voter number."


def test_an_open_roll_takes_any_well_formed_voter_number(tmp_path: Path):
    from workplan_tui.voting.rolls import identify_voter

    path = _roll_plan(tmp_path, "open")
    plan = load_plan(path)
    assert identify_voter(path, plan, "anyone-42") == TypedVoter("anyone-42", "anyone-42", "")
    for typed in ("two words", "x" * 65, "con", "-dash", "é"):
        assert identify_voter(path, plan, typed).refusal.startswith("That is not a voter number"), typed


def test_a_members_roll_asks_for_no_number_and_admits_only_members(tmp_path: Path):
    from workplan_tui.voting.rolls import asks_for_voter_id, voter_refusal

    path = tmp_path / "plan.toml"
    path.write_text(plan_text(), encoding="utf-8")
    plan = load_plan(path)
    roll = load_roll(path, plan)
    assert not asks_for_voter_id(plan) and asks_for_voter_id(load_plan(_roll_plan(tmp_path, "open")))
    assert voter_refusal(roll, plan.members[0].id) == "" and voter_refusal(roll, "stranger")
