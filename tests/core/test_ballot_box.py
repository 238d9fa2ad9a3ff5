"""Both ballot boxes through one suite: the folder and the SQLite box cast, refuse, read and reject
alike (the same reasons, word for word); what only the SQLite box can get wrong (a damaged or
foreign file, a link, rows written in one transaction); the rolls (members, open, CSV).

Each test writes a plan with `[voting] box` set, and goes through open_box as every command does.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

import pytest

from helpers.voting_plans import plan_text
from workplan_tui.errors import AlreadyExists, WorkplanError
from workplan_tui.model import Plan
from workplan_tui.plan_io import fingerprint, load_plan, loads_plan
from workplan_tui.voting.ballot_box import APPLICATION_ID, BallotBox, FolderBox, SqliteBox, open_box, sqlite_path
from workplan_tui.voting.ballots import Ballot
from workplan_tui.voting.turnout import turnout

CAST = dt.datetime(2023, 3, 23, 10, tzinfo=dt.UTC)
BOXES = ("folder", "sqlite")


def write(folder: Path, *, box: str = "folder", extra: str = "", name: str = "plan.toml", **options: object) -> Path:
    """A voting plan with `[voting] box` (and any other voting lines) set."""
    text = plan_text(**options)  # type: ignore[arg-type]
    lines = (f'box = "{box}"\n' if box != "folder" else "") + extra
    path = folder / name
    path.write_text(text.replace("[voting]\n", "[voting]\n" + lines, 1), encoding="utf-8")
    return path


def opened(path: Path) -> tuple[Plan, BallotBox]:
    plan = load_plan(path)
    return plan, open_box(path, plan)


def reasons(box: BallotBox, plan: Plan) -> dict[str, str]:
    """voter -> why their ballot is rejected."""
    return {entry.member: entry.reason for entry in box.read(plan)[1] if not entry.ignored}


@pytest.mark.parametrize("kind", BOXES)
def test_open_box_follows_voting_box_and_counts_a_cast_ballot(tmp_path: Path, kind: str):
    plan, box = opened(write(tmp_path, box=kind))
    assert box.kind == kind
    assert box.path == (sqlite_path(tmp_path / "plan.toml") if kind == "sqlite" else tmp_path / "plan.ballots")
    assert box.read(plan) == ([], []) and not box.has_voted("chair")  # nothing made by reading
    assert not box.exists()
    box.cast(plan, "chair", ["p1", "p2"], when=CAST)
    counted, rejected = box.read(plan)
    assert [(b.member, b.ranking, b.cast, b.plan) for b in counted] == [("chair", ("p1", "p2"), CAST, fingerprint(plan))]
    assert rejected == [] and box.members_voted() == {"chair"} and box.has_voted("chair")


@pytest.mark.parametrize("kind", BOXES)
def test_first_ballot_wins_and_replacing_is_asked_for(tmp_path: Path, kind: str):
    plan, box = opened(write(tmp_path, box=kind))
    box.cast(plan, "chair", ["p1"], when=CAST)
    with pytest.raises(AlreadyExists, match="E402 `chair` has already voted"):
        box.cast(plan, "chair", ["p2"], when=CAST)
    assert [b.ranking for b in box.read(plan)[0]] == [("p1",)]
    box.cast(plan, "chair", ["p3", "p2"], when=CAST, replace=True)
    assert [b.ranking for b in box.read(plan)[0]] == [("p3", "p2")]


@pytest.mark.parametrize("kind", BOXES)
def test_casting_refuses_what_the_folder_refuses_and_writes_nothing(tmp_path: Path, kind: str):
    plan, box = opened(write(tmp_path, box=kind))
    refusals = {}
    for member, ranking in (("stranger", ["p1"]), ("chair", ["p1", "p1"]), ("chair", ["nope"]), ("chair", [])):
        with pytest.raises(WorkplanError) as raised:
            box.cast(plan, member, ranking, when=CAST)
        refusals[(member, tuple(ranking))] = [(e.code, e.message) for e in raised.value.errors]
    assert refusals[("stranger", ("p1",))] == [("E202", "`stranger` is not a member of the board")]
    assert refusals[("chair", ("p1", "p1"))] == [("E401", "project `p1` is ranked more than once")]
    assert refusals[("chair", ("nope",))][0][0] == "E202"
    assert box.members_voted() == set()


# Ballots as a careless or hostile writer might put them in either box: the reasons must be the
# same, word for word, in both.
def planted(plan: Plan) -> list[Ballot]:
    now = fingerprint(plan)
    return [
        Ballot("chair", ("p1", "p2"), CAST, now),  # counts
        Ballot("vice-chair", ("p1",), CAST, "sha256:0000000000000000"),  # cast on another plan
        Ballot("member-1", ("p1", "p9"), CAST, now),  # unknown project
        Ballot("member-2", ("p2", "p2"), CAST, now),  # ranked twice
        Ballot("member-3", ("p1", "p2", "p3", "p4"), CAST, now),  # too long
        Ballot("member-4", ("p3",), dt.datetime(2023, 3, 24, 12, tzinfo=dt.UTC), now),  # after the close
        Ballot("outsider", ("p1",), CAST, now),  # not a member
        Ballot("member-5", ("p1",), None, ""),  # a paper ballot of a member not on this board
    ]


def rejections_in(tmp_path: Path, kind: str, extra: str = "") -> dict[str, str]:
    folder = tmp_path / kind
    folder.mkdir()
    plan, box = opened(write(folder, box=kind, extra=extra))
    assert box.write_many(planted(plan)) == len(planted(plan))
    counted, _ = box.read(plan)
    assert [b.member for b in counted] == ["chair"]
    return reasons(box, plan)


def test_both_boxes_reject_the_same_ballots_for_the_same_reasons(tmp_path: Path):
    closes = "closes = 2023-03-23T11:05:00Z\n"
    folder, box = rejections_in(tmp_path, "folder", closes), rejections_in(tmp_path, "sqlite", closes)
    assert folder == box
    assert box["vice-chair"].startswith("cast on a different version of the plan")
    assert box["member-1"].startswith("unknown project `p9`")
    assert box["member-2"] == "project `p2` is ranked more than once"
    assert "at most 3" in box["member-3"]
    assert "after the vote closed" in box["member-4"] or "closed" in box["member-4"]
    assert box["outsider"] == "`outsider` is not a member of the board"
    assert box["member-5"].startswith("`member-5` is not a member of the board")


@pytest.mark.parametrize("kind", BOXES)
def test_a_declared_interest_rejects_the_ballot_in_either_box(tmp_path: Path, kind: str):
    path = write(tmp_path, box=kind)
    path.write_text(path.read_text() + '\n[[interests]]\nmember = "chair"\nproject = "p2"\nnote = "chairs its steering group"\n')
    plan, box = opened(path)
    box.write(Ballot("chair", ("p2",), CAST, fingerprint(plan)))
    assert "declared an interest" in reasons(box, plan)["chair"]


@pytest.mark.parametrize("kind", BOXES)
def test_write_many_is_all_or_nothing(tmp_path: Path, kind: str):
    _, box = opened(write(tmp_path, box=kind))
    box.write(Ballot("member-2", ("p1",), CAST, ""))
    batch = [Ballot("chair", ("p1",), CAST, ""), Ballot("member-2", ("p2",), CAST, "")]
    with pytest.raises(AlreadyExists, match="E402 `member-2` has already voted"):
        box.write_many(batch)
    twice = [Ballot("chair", ("p1",), CAST, ""), Ballot("chair", ("p2",), CAST, "")]
    with pytest.raises(AlreadyExists, match="E402 `chair`"):
        box.write_many(twice)
    assert box.members_voted() == {"member-2"}


def test_the_sqlite_box_keeps_one_row_per_voter_by_its_primary_key(tmp_path: Path):
    plan, box = opened(write(tmp_path, box="sqlite"))
    box.cast(plan, "chair", ["p1"], when=CAST)
    connection = sqlite3.connect(box.path)
    with pytest.raises(sqlite3.IntegrityError):  # the database itself refuses a second row
        connection.execute("INSERT INTO ballots (voter, ranking) VALUES ('chair', 'p2')")
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert connection.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert connection.execute("SELECT voter, ranking FROM ballots").fetchall() == [("chair", "p1")]  # compact text
    connection.close()


def test_the_box_is_not_part_of_the_fingerprint(tmp_path: Path):
    folder = loads_plan(plan_text())
    sqlite = load_plan(write(tmp_path, box="sqlite"))
    assert sqlite.voting.box == "sqlite" and fingerprint(sqlite) == fingerprint(folder)
    opened_roll = load_plan(write(tmp_path, extra='roll = "open"\n', name="open.toml"))
    assert fingerprint(opened_roll) != fingerprint(folder)  # who may vote is what a ballot is cast on


# -- what only a box file can get wrong ---------------------------------------------


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"not a database at all " * 50, "E420 the ballot box cannot be read: it is not a database"),
        (b"SQLite format 3\x00" + b"\xff" * 2000, "E420"),
    ],
)
def test_a_damaged_box_is_a_located_error(tmp_path: Path, content: bytes, expected: str):
    path = write(tmp_path, box="sqlite")
    sqlite_path(path).write_bytes(content)
    plan, box = opened(path)
    for action in (lambda: box.read(plan), box.members_voted, lambda: box.cast(plan, "chair", ["p1"], when=CAST)):
        with pytest.raises(WorkplanError, match=expected) as raised:
            action()
        assert raised.value.errors[0].file == str(box.path)
    assert sqlite_path(path).read_bytes() == content  # nothing written over it


def test_another_programs_database_is_told_apart(tmp_path: Path):
    path = write(tmp_path, box="sqlite")
    connection = sqlite3.connect(sqlite_path(path))
    connection.execute("CREATE TABLE notes (text)")
    connection.commit()
    connection.close()
    plan, box = opened(path)
    with pytest.raises(WorkplanError, match="E421 an SQLite database of another program"):
        box.cast(plan, "chair", ["p1"], when=CAST)
    with pytest.raises(WorkplanError, match="E421"):
        box.read(plan)


def test_a_box_of_another_layout_version_is_refused(tmp_path: Path):
    plan, box = opened(write(tmp_path, box="sqlite"))
    box.cast(plan, "chair", ["p1"], when=CAST)
    connection = sqlite3.connect(box.path)
    connection.execute("PRAGMA user_version = 7")
    connection.close()
    with pytest.raises(WorkplanError, match="E421 a ballot box of layout 7"):
        box.read(plan)


def test_a_link_or_a_fifo_in_the_box_s_place_is_refused_unread(tmp_path: Path):
    path = write(tmp_path, box="sqlite")
    elsewhere = tmp_path / "elsewhere.sqlite"
    SqliteBox(elsewhere).write(Ballot("chair", ("p1",), CAST, ""))
    sqlite_path(path).symlink_to(elsewhere)
    plan, box = opened(path)
    with pytest.raises(WorkplanError, match="E420 the ballot box is a symbolic link"):
        box.read(plan)
    sqlite_path(path).unlink()
    os.mkfifo(sqlite_path(path))
    with pytest.raises(WorkplanError, match="E420 the ballot box is not a regular file"):
        box.cast(plan, "chair", ["p1"], when=CAST)


def test_a_named_box_must_exist_and_may_be_either_kind(tmp_path: Path):
    path = write(tmp_path)
    plan = load_plan(path)
    with pytest.raises(WorkplanError, match="E001 no such ballot folder or ballot box"):
        open_box(path, plan, tmp_path / "typo.ballots")
    other = tmp_path / "other.sqlite"
    SqliteBox(other).write(Ballot("chair", ("p1",), CAST, fingerprint(plan)))
    assert isinstance(open_box(path, plan, other), SqliteBox)
    assert [b.member for b in open_box(path, plan, other).read(plan)[0]] == ["chair"]
    (tmp_path / "folder").mkdir()
    assert isinstance(open_box(path, plan, tmp_path / "folder"), FolderBox)


def test_rows_keep_equal_ranks_points_and_odd_rankings_exactly(tmp_path: Path):
    box = SqliteBox(tmp_path / "b.sqlite")
    stored = [
        Ballot("a", ("p1", "p2", "p3"), CAST, "", tied=(("p1",), ("p2", "p3"))),
        Ballot("b", ("p1", "p2"), None, "sha256:1", points=(("p1", 3), ("p2", 2))),
        Ballot("c", ("x,y", "[", ""), dt.datetime(2023, 3, 23, 10, 15), ""),  # naive: local time, kept so
        Ballot("d", (), CAST, ""),
    ]
    box.write_many(stored)
    assert [(b.member, b.ranking, b.cast, b.plan, b.tied, b.points) for b in box.rows()] == [
        (b.member, b.ranking, b.cast, b.plan, b.tied, b.points) for b in stored
    ]


# -- rolls ------------------------------------------------------------------------


@pytest.mark.parametrize("kind", BOXES)
def test_an_open_roll_counts_each_voter_id_once(tmp_path: Path, kind: str):
    plan, box = opened(write(tmp_path, box=kind, extra='roll = "open"\n'))
    for voter in ("voter-1", "voter-2", "chair"):
        box.cast(plan, voter, ["p1"], when=CAST)
    with pytest.raises(AlreadyExists):
        box.cast(plan, "voter-1", ["p2"], when=CAST)
    with pytest.raises(WorkplanError, match="is not a voter id"):
        box.cast(plan, "Voter 3", ["p1"], when=CAST)
    assert [b.member for b in box.read(plan)[0]] == ["chair", "voter-1", "voter-2"]
    assert turnout(plan, box).summary() == "3 voters have voted"


@pytest.mark.parametrize("kind", BOXES)
def test_a_csv_roll_says_who_may_vote(tmp_path: Path, kind: str):
    (tmp_path / "voters.csv").write_text("id,label,role\nv-1,Voter one,resident\nv-2,,\n", encoding="utf-8")
    plan, box = opened(write(tmp_path, box=kind, extra='roll = "voters.csv"\n'))
    box.cast(plan, "v-1", ["p1"], when=CAST)
    with pytest.raises(WorkplanError, match=r"E202 `chair` is not on the roll \(voters.csv\)"):
        box.cast(plan, "chair", ["p1"], when=CAST)
    box.write(Ballot("chair", ("p1",), CAST, fingerprint(plan)))
    counted, rejected = box.read(plan)
    assert [b.member for b in counted] == ["v-1"]
    assert [(r.member, r.reason) for r in rejected] == [("chair", "`chair` is not on the roll (voters.csv)")]
    seen = turnout(plan, box)
    assert seen.summary() == "1 of 2 voters has voted"
    assert seen.sentence() == "1 of 2 voters has voted: Voter one; not yet: v-2."


def test_a_missing_or_misnamed_roll_is_a_located_error(tmp_path: Path):
    path = write(tmp_path, extra='roll = "voters.csv"\n')
    plan = load_plan(path)
    with pytest.raises(WorkplanError, match=r"E422 no such roll: the plan's `\[voting\] roll` names voters.csv"):
        open_box(path, plan)
    elsewhere = write(tmp_path, extra='roll = "../voters.csv"\n', name="elsewhere.toml")
    with pytest.raises(WorkplanError, match=r'E422 `roll` must be "members", "open", "imported" or the name of a CSV file'):
        open_box(elsewhere, load_plan(elsewhere))


@pytest.mark.parametrize(
    "row",
    ["(X'6368', 'p1', NULL, '', '', '', NULL, 1)", "('chair', X'7031', NULL, '', '', '', NULL, 1)",
     "('chair', 'p1', 'yesterday', '', '', '', NULL, 1)", "('chair', 'p1', NULL, '', '', 'p1=x', NULL, 1)",
     "('chair', '[not json', NULL, '', '', '', NULL, 1)", "('chair', 'p1', NULL, '', '', '', NULL, 'many')"],
)
def test_a_row_no_workplan_wrote_is_a_located_error(tmp_path: Path, row: str):
    plan, box = opened(write(tmp_path, box="sqlite"))
    box.cast(plan, "vice-chair", ["p1"], when=CAST)
    connection = sqlite3.connect(box.path)
    connection.execute(f"INSERT INTO ballots VALUES {row}")
    connection.commit()
    connection.close()
    with pytest.raises(WorkplanError, match="E420 the ballot box is damaged"):
        box.read(plan)


def test_a_folder_refuses_a_voter_id_that_cannot_name_a_file(tmp_path: Path):
    box = FolderBox(tmp_path / "plan.ballots")
    for bad in ("Bad Id", "../up", "con"):
        with pytest.raises(WorkplanError, match=r"E202 .* is not a voter id: it cannot name a ballot file"):
            box.write_many([Ballot(bad, ("p1",), CAST, "")])
    assert not box.exists()
