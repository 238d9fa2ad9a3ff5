"""Counted rows (issue 18): an imported anonymous electorate keeps one row per distinct ballot with
its voters (`Ballot.voters`), and every count, share and quorum gives what as many single ballots
give; the array STV gives what the loop over ballot groups gave (tests/helpers/stv_reference.py),
notes and ties included."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers.counted_rows import (
    LOT,
    MEATH,
    PROJECTS,
    box_with_rows,
    counted_ballots,
    counted_rankings,
    imported_plan,
)
from helpers.stv_reference import reference_stv
from helpers.voting_plans import make_plan, plan_text
from workplan_tui.errors import WorkplanError
from workplan_tui.model import METHODS, SELECTIONS
from workplan_tui.plan_io import fingerprint, load_plan
from workplan_tui.voting.ballot_box import SqliteBox, open_box, voters_on_roll
from workplan_tui.voting.ballots import Ballot, read_ballot, voter_count, write_ballot
from workplan_tui.voting.box_convert import convert_box
from workplan_tui.voting.casting import form_refusal
from workplan_tui.voting.methods import Profile, count
from workplan_tui.voting.rolls import IMPORTED_REFUSAL, load_roll, voter_refusal
from workplan_tui.voting.tally import tally
from workplan_tui.voting.turnout import plan_turnout


@settings(max_examples=150, deadline=None)
@given(counted_rankings(), st.integers(1, 4))
def test_array_stv_gives_what_the_ballot_loop_gave(rows, seats):
    profile = Profile.build_counted(PROJECTS, rows, 5, seats=seats)
    assert count("stv", profile, LOT) == reference_stv(profile, LOT)


def test_array_stv_on_meath_gives_what_the_ballot_loop_gave():
    from workplan_tui.sources.preflib import read_preflib

    election = read_preflib(MEATH)
    names = {number: f"c{number}" for number in election.alternatives}
    rows = [(tuple(names[g[0]] for g in order), voters) for voters, order, _ in election.orders]
    profile = Profile.build_counted(sorted(names.values()), rows, 14, seats=5)
    ours = count("stv", profile, LOT)
    assert ours == reference_stv(profile, LOT)
    assert len(ours.notes) > 10  # a real count, stage by stage


def single_ballots(rows: list[tuple[tuple[str, ...], int]]) -> list[Ballot]:
    ballots = []
    for number, (ranking, voters) in enumerate(rows):
        ballots.extend(Ballot(f"v{number}-{copy}", ranking) for copy in range(voters))
    return ballots


def same_result(plan, rows, **options):
    """The tally of the counted rows and of as many single ballots, field by field."""
    return attrs.asdict(tally(plan, counted_ballots(rows), **options)), attrs.asdict(tally(plan, single_ballots(rows), **options))


@settings(max_examples=60, deadline=None)
@given(counted_rankings(most=3), st.sampled_from(METHODS), st.sampled_from(SELECTIONS))
def test_counted_rows_tally_as_many_single_ballots(rows, method, selection):
    plan = make_plan(method=method, tie_break="lot", ballot_length=3)
    ours, theirs = same_result(plan, rows, selection=selection)
    assert ours == theirs
    assert ours["ballots"] == sum(voters for _, voters in rows)


@pytest.mark.parametrize("method", METHODS)
def test_a_counted_row_of_1618_is_1618_single_ballots(method):
    rows = [(("p1", "p2", "p3"), 1618), (("p2", "p3"), 900), (("p3", "p1"), 1200), (("p4",), 17)]
    plan = make_plan(method=method, tie_break="lot", ballot_length=3)
    ours, theirs = same_result(plan, rows)
    assert ours == theirs
    assert ours["ballots"] == 3735


def test_the_threshold_counts_voters_not_rows_and_the_quorum_members_only():
    text_plan = make_plan(method="approval", tie_break="lot", ballot_length=3)
    plan = attrs.evolve(text_plan, voting=attrs.evolve(text_plan.voting, threshold="10%", quorum=2000, roll="imported"))
    rows = [(("p1",), 1618), (("p2",), 500), (("p4",), 150)]  # p4: 150 of 2,268 voters, under 10%
    ours, theirs = same_result(plan, rows)
    assert ours == theirs
    assert "p4" not in ours["selected"]
    # A quorum is of the Board's members (attendance.quorum_of): 2,268 imported voters make none.
    assert (ours["quorum"]["counted"], ours["quorum"]["basis"]) == (0, "member_ballots")


# -- the imported roll and its boxes ------------------------------------------------

@pytest.mark.parametrize("box", ["sqlite", "folder"])
def test_an_imported_electorate_counts_every_row_for_its_voters(tmp_path: Path, box: str):
    path = imported_plan(tmp_path, box=box)
    box_with_rows(path)
    plan = load_plan(path)
    opened = open_box(path, plan)
    ballots, rejected = opened.read(plan)
    assert rejected == [] and voter_count(ballots) == 1622 and len(ballots) == 3
    assert tally(plan, ballots).ballots == 1622
    assert plan_turnout(path, plan).summary(closed=True) == "1,622 voters voted (imported)"


@pytest.mark.parametrize("box", ["sqlite", "folder"])
def test_a_row_for_several_voters_is_rejected_under_any_other_roll(tmp_path: Path, box: str):
    path = imported_plan(tmp_path, box=box, roll="open")
    box_with_rows(path)
    plan = load_plan(path)
    ballots, rejected = open_box(path, plan).read(plan)
    assert [ballot.member for ballot in ballots] == ["o2"]  # the one row of one voter
    assert [r.member for r in rejected] == ["o0", "o1"]
    assert all("stands for" in r.reason and 'roll = "imported"' in r.reason for r in rejected)


@pytest.mark.parametrize("value", ["0", "-3", '"many"', "2.5", "true"])
def test_a_bad_voters_key_is_rejected_with_its_reason_located(tmp_path: Path, value: str):
    path = imported_plan(tmp_path, box="folder")
    folder = tmp_path / "city.ballots"
    folder.mkdir()
    (folder / "o1.toml").write_text(f'member = "o1"\nranking = ["p1"]\n\nvoters = {value}\n', encoding="utf-8")
    with pytest.raises(WorkplanError, match=r"o1.toml:4:1: E424 `voters` must be a whole number of voters, 1 or more"):
        read_ballot(folder / "o1.toml")
    plan = load_plan(path)
    ballots, rejected = open_box(path, plan).read(plan)
    assert ballots == [] and "`voters` must be a whole number" in rejected[0].reason and "line 4" in rejected[0].reason


def test_nobody_can_cast_into_an_imported_electorate(tmp_path: Path):
    path = imported_plan(tmp_path)
    plan = load_plan(path)
    box = open_box(path, plan, new=True)
    with pytest.raises(WorkplanError, match="E425 This vote's ballots were imported"):
        box.cast(plan, "v1", ["p1"])
    with pytest.raises(WorkplanError, match="E425"):
        write_ballot(plan, tmp_path / "city.ballots", "v1", ["p1"])
    assert not box.exists() and not (tmp_path / "city.ballots").exists()  # nothing written
    assert voter_refusal(load_roll(path, plan), "v1") == IMPORTED_REFUSAL  # the booth and the Vote pane
    assert form_refusal(plan) == IMPORTED_REFUSAL


def test_the_vote_command_refuses_before_asking_anything(tmp_path: Path, capsys):
    from workplan_tui.cli import main

    path = imported_plan(tmp_path)
    assert main(["vote", str(path), "--member", "v1", "--rank", "p1"]) != 0
    assert "E425 This vote's ballots were imported" in capsys.readouterr().err


def test_counted_rows_convert_losslessly_both_ways(tmp_path: Path):
    path = imported_plan(tmp_path)
    box_with_rows(path)
    before = SqliteBox(tmp_path / "city.ballots.sqlite").rows()
    convert_box(path, "folder")
    text = (tmp_path / "city.ballots" / "o0.toml").read_text(encoding="utf-8")
    assert text.endswith("voters = 1618\n")
    assert [b.voters for b in (read_ballot(f) for f in sorted((tmp_path / "city.ballots").iterdir()))] == [1618, 3, 1]
    (tmp_path / "city.ballots.sqlite").rename(tmp_path / "old.sqlite")
    convert_box(path, "sqlite")
    after = SqliteBox(tmp_path / "city.ballots.sqlite").rows()
    assert [attrs.evolve(b, file="") for b in after] == [attrs.evolve(b, file="") for b in before]


OLD_LAYOUT = """
CREATE TABLE ballots (
    voter TEXT PRIMARY KEY NOT NULL, ranking TEXT NOT NULL, cast TEXT, plan TEXT NOT NULL DEFAULT '',
    tied TEXT NOT NULL DEFAULT '', points TEXT NOT NULL DEFAULT '', source TEXT
) WITHOUT ROWID
"""


def test_a_box_of_layout_1_reads_as_one_voter_a_row_and_is_upgraded_when_written(tmp_path: Path):
    path = tmp_path / "plan.toml"
    path.write_text(plan_text(tie_break="lot").replace("[voting]\n", '[voting]\nbox = "sqlite"\n', 1), encoding="utf-8")
    plan = load_plan(path)
    connection = sqlite3.connect(tmp_path / "plan.ballots.sqlite")
    connection.execute(OLD_LAYOUT)
    connection.execute("PRAGMA application_id = 1464877634")  # "WPBB"
    connection.execute("PRAGMA user_version = 1")
    connection.execute("INSERT INTO ballots VALUES ('chair', 'p1,p2', NULL, '', '', '', NULL)")
    connection.commit()
    connection.close()
    box = open_box(path, plan)
    ballots, rejected = box.read(plan)
    assert [(b.member, b.ranking, b.voters) for b in ballots] == [("chair", ("p1", "p2"), 1)] and rejected == []
    assert box.voters_cast() == 1
    box.cast(plan, "vice-chair", ["p2"], when=dt.datetime(2023, 3, 23, 10, tzinfo=dt.UTC))
    connection = sqlite3.connect(tmp_path / "plan.ballots.sqlite")
    assert connection.execute("PRAGMA user_version").fetchone() == (2,)
    connection.close()
    assert [(b.member, b.voters) for b in box.read(plan)[0]] == [("chair", 1), ("vice-chair", 1)]


@settings(max_examples=25, deadline=None)
@given(counted_rankings(most=3), st.integers(0, 2))
def test_the_column_reader_and_the_row_loop_count_the_same(tmp_path_factory, rows, bad):
    """A box of common rows is read column by column; one odd row sends it through the loop:
    the ballots that count must be the same either way."""
    folder = tmp_path_factory.mktemp("box")
    path = imported_plan(folder)
    box_with_rows(path, rows)
    plan = load_plan(path)
    box = open_box(path, plan)
    fast, _ = box.read(plan)
    odd = [Ballot("zz-odd", ("p1", "nowhere"))] if bad == 1 else [Ballot("zz-odd", ("p1",), voters=0)] if bad == 2 else []
    if odd:
        SqliteBox(box.path).write_many(odd)
    slow, rejected = box.read(plan)
    assert [attrs.evolve(b, file="") for b in slow] == [attrs.evolve(b, file="") for b in fast]
    assert len(rejected) == len(odd)


@settings(max_examples=15, deadline=None)
@given(counted_rankings(most=3), st.sampled_from(METHODS))
def test_the_counted_rows_box_and_the_one_row_per_voter_box_give_the_same_result(tmp_path_factory, rows, method):
    folder = tmp_path_factory.mktemp("boxes")
    results = []
    for roll, ballots in (("imported", counted_ballots(rows)), ("open", single_ballots(rows))):
        path = folder / f"{roll}.toml"
        text = plan_text(tie_break="lot", method=method).replace("[voting]\n", f'[voting]\nroll = "{roll}"\nbox = "sqlite"\n', 1)
        path.write_text(text, encoding="utf-8")
        plan = load_plan(path)
        box = open_box(path, plan, new=True)
        box.write_many([attrs.evolve(ballot, plan=fingerprint(plan)) for ballot in ballots])
        read, rejected = box.read(plan)
        results.append(attrs.asdict(tally(plan, read, rejected, voters=voters_on_roll(box, read, rejected))))
    assert results[0] == results[1]
