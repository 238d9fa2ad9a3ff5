"""Converting a plan's ballots between the folder and the SQLite box: lossless both ways (the same
files' content, the same rows), refused without --force over a box that exists, refused (nothing
written) for a folder holding what cannot be one row per voter, and the count the same after."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from helpers.voting_plans import write_plan
from workplan_tui.errors import WorkplanError
from workplan_tui.plan_io import fingerprint, load_plan
from workplan_tui.voting.ballot_box import open_box, sqlite_path
from workplan_tui.voting.ballots import Ballot, ballots_dir
from workplan_tui.voting.box_convert import convert_box
from workplan_tui.voting.tally import tally

CAST = dt.datetime(2023, 3, 23, 10, tzinfo=dt.UTC)
HAND_TYPED = '# typed in from the paper ballot\nmember = "member-3"\nranking = ["p2", "p1"]  # best first\n'


@pytest.fixture
def plan_path(tmp_path: Path) -> Path:
    """A plan with a folder of ballots as people leave it: cast, typed in, rejected, a leftover."""
    path = write_plan(tmp_path)
    plan = load_plan(path)
    box = open_box(path, plan)
    for member, ranking in (("chair", ["p1", "p2"]), ("member-1", ["p3"]), ("member-2", ["p2", "p3", "p1"])):
        box.cast(plan, member, ranking, when=CAST)
    box.write(Ballot("vice-chair", ("p1",), CAST, "sha256:0000000000000000"))  # rejected: stays rejected
    (ballots_dir(path) / "member-3.toml").write_text(HAND_TYPED, encoding="utf-8")
    (ballots_dir(path) / "chair.toml~").write_text("an editor's backup\n", encoding="utf-8")
    return path


def files(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir())}


def rows(path: Path) -> list[tuple]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT * FROM ballots ORDER BY voter").fetchall()
    finally:
        connection.close()


def counted(path: Path) -> tuple:
    plan = load_plan(path)
    ballots, rejected = open_box(path, plan).read(plan)
    result = tally(plan, ballots, rejected)
    return (
        [(b.member, b.ranking, b.cast, b.plan) for b in ballots],
        [(r.member, r.reason) for r in rejected if not r.ignored],
        [(entry.project, entry.score) for entry in result.ranking],
    )


def test_folder_to_sqlite_to_folder_gives_the_same_files(plan_path: Path):
    before_files, before_count = files(ballots_dir(plan_path)), counted(plan_path)
    before_fingerprint = fingerprint(load_plan(plan_path))
    converted = convert_box(plan_path, "sqlite")
    assert converted.moved == 5 and converted.left == ("chair.toml~",)
    assert load_plan(plan_path).voting.box == "sqlite" and 'box = "sqlite"' in plan_path.read_text()
    assert fingerprint(load_plan(plan_path)) == before_fingerprint  # no ballot voided
    assert counted(plan_path) == before_count  # the same ballots count, the same rejected for the same reasons
    # Back: into a new folder (the old one, kept, moved aside first so the comparison means something).
    ballots_dir(plan_path).rename(plan_path.with_name("kept.ballots"))
    convert_box(plan_path, "folder")
    assert load_plan(plan_path).voting.box == "folder" and "box =" not in plan_path.read_text()
    after = files(ballots_dir(plan_path))
    assert after == {name: data for name, data in before_files.items() if name.endswith(".toml")}
    assert after["member-3.toml"] == HAND_TYPED.encode()  # its own text, comments and all
    assert counted(plan_path) == before_count


def test_sqlite_to_folder_to_sqlite_gives_the_same_rows(plan_path: Path):
    convert_box(plan_path, "sqlite")
    first = rows(sqlite_path(plan_path))
    convert_box(plan_path, "folder", force=True)
    convert_box(plan_path, "sqlite", force=True)
    assert rows(sqlite_path(plan_path)) == first
    assert [row[0] for row in first] == ["chair", "member-1", "member-2", "member-3", "vice-chair"]
    assert dict((row[0], row[1]) for row in first)["member-2"] == "p2,p3,p1"


def test_converting_over_an_existing_box_needs_force_and_keeps_the_old_one_aside(plan_path: Path):
    convert_box(plan_path, "sqlite")
    with pytest.raises(WorkplanError, match="E423 the plan's ballots are already in a sqlite box"):
        convert_box(plan_path, "sqlite")
    with pytest.raises(WorkplanError, match="E423 already exists; add --force"):
        convert_box(plan_path, "folder")
    assert load_plan(plan_path).voting.box == "sqlite"  # nothing changed
    before = files(ballots_dir(plan_path))
    converted = convert_box(plan_path, "folder", force=True)
    assert converted.replaced == plan_path.with_name("plan.ballots.replaced")
    assert files(converted.replaced) == before  # the leftover too: nothing lost


def test_a_folder_that_cannot_be_one_row_per_voter_is_refused_with_every_file_named(plan_path: Path):
    folder = ballots_dir(plan_path)
    (folder / "member-4.toml").write_text('member = "member-4"\nranking = ["p1"\n', encoding="utf-8")
    (folder / "copy.toml").write_text('member = "chair"\nranking = ["p2"]\n', encoding="utf-8")
    (folder / "link.toml").symlink_to(folder / "chair.toml")
    plan_before = plan_path.read_bytes()
    with pytest.raises(WorkplanError) as raised:
        convert_box(plan_path, "sqlite")
    found = {Path(e.file).name: (e.code, e.message) for e in raised.value.errors}
    assert set(found) == {"member-4.toml", "copy.toml", "link.toml"}
    assert all(code == "E423" for code, _ in found.values())
    assert found["copy.toml"][1] == "holds a ballot for `chair`: name the file chair.toml"
    assert found["member-4.toml"][1].startswith("cannot be moved:")
    assert not sqlite_path(plan_path).exists() and plan_path.read_bytes() == plan_before


def test_an_unknown_kind_is_refused(plan_path: Path):
    with pytest.raises(WorkplanError, match="E423 `tape` is no kind of ballot box"):
        convert_box(plan_path, "tape")
