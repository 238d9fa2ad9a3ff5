"""The columnar read and count (voting/columns.py): a box of common rows read as one rankings
table gives the same Ballots, and the same count under every method, as the Ballot path."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers.counted_rows import LOT, MEATH, PROJECTS, ROWS, box_with_rows, counted_rankings, imported_plan
from helpers.voting_plans import make_plan
from workplan_tui.model import METHODS
from workplan_tui.plan_io import load_plan
from workplan_tui.voting.ballot_box import open_box
from workplan_tui.voting.ballots import Ballot
from workplan_tui.voting.columns import CountedRows, RankTable
from workplan_tui.voting.methods import Profile, count
from workplan_tui.voting.tally import profile_of, tally

OLD_LAYOUT = """
CREATE TABLE ballots (
    voter TEXT PRIMARY KEY NOT NULL, ranking TEXT NOT NULL, cast TEXT, plan TEXT NOT NULL DEFAULT '',
    tied TEXT NOT NULL DEFAULT '', points TEXT NOT NULL DEFAULT '', source TEXT
) WITHOUT ROWID
"""


def test_a_table_of_rankings_numbers_each_row_and_pads_it():
    ranks = RankTable.of_texts(("a", "b", "c"), ["b,a", "c", "a,b,c"], [5, 1, 2], 3)
    assert ranks is not None
    assert ranks.table.tolist() == [[1, 0, -1], [2, -1, -1], [0, 1, 2]]
    assert ranks.counts.tolist() == [5, 1, 2]
    assert list(ranks.rankings()) == [(("b", "a"), 5), (("c",), 1), (("a", "b", "c"), 2)]
    assert ranks.ranked().tolist() == [True, True, True]
    table, counts = ranks.numbered(["c", "a"], 9)  # b is not a candidate: as the padding
    assert table.tolist() == [[9, 1, 9], [0, 9, 9], [1, 9, 0]] and counts.tolist() == [5, 1, 2]


@pytest.mark.parametrize("texts", [["a,x"], ["a,b,a"], ["a,b,c,a"], ["a,"], ["b,c,a"]])
def test_a_ranking_the_table_cannot_hold_leaves_it_to_the_row_by_row_read(texts):
    # An unknown id, one twice, an empty entry, and (ballot length 2) one too long.
    assert RankTable.of_texts(("a", "b", "c"), texts, [1] * len(texts), 2) is None


@settings(max_examples=120, deadline=None)
@given(counted_rankings(), st.sampled_from(METHODS), st.integers(1, 3))
def test_a_profile_read_as_a_table_counts_as_the_ballots_profile(rows, method, seats):
    texts = [",".join(ranking) for ranking, _ in rows]
    ranks = RankTable.of_texts(PROJECTS, texts, [voters for _, voters in rows], 5)
    assert ranks is not None
    table = Profile.of_table(PROJECTS, ranks, 5, seats=seats)
    built = Profile.build_counted(PROJECTS, rows, 5, seats=seats)
    assert (table.size, table.supported, table.rankings) == (built.size, built.supported, built.rankings)
    assert count(method, table, LOT) == count(method, built, LOT)


def test_a_box_of_common_rows_reads_as_columns_and_tallies_as_its_ballots(tmp_path: Path):
    path = imported_plan(tmp_path)
    box_with_rows(path)
    plan = load_plan(path)
    ballots, rejected = open_box(path, plan).read(plan)
    assert isinstance(ballots, CountedRows) and rejected == []
    assert ballots.members == ["o0", "o1", "o2"] and ballots.voter_total == 1622
    made = list(ballots)  # the Ballots, made now: the row-by-row read's
    assert [(b.member, b.ranking, b.voters) for b in made] == [(f"o{n}", r, v) for n, (r, v) in enumerate(ROWS)]
    assert all(b.file == f"{path.with_name('city.ballots.sqlite')}#{b.member}" for b in made)
    for method in METHODS:
        plan_m = attrs.evolve(plan, voting=attrs.evolve(plan.voting, method=method))
        assert attrs.asdict(tally(plan_m, ballots)) == attrs.asdict(tally(plan_m, made))


def test_a_box_of_layout_1_still_reads_as_columns(tmp_path: Path):
    path = imported_plan(tmp_path, roll="open")
    with sqlite3.connect(path.with_name("city.ballots.sqlite")) as connection:  # layout 1: no voters column
        connection.execute(OLD_LAYOUT)
        connection.execute("PRAGMA application_id = 1464877634")  # "WPBB"
        connection.execute("PRAGMA user_version = 1")
        connection.executemany(
            "INSERT INTO ballots VALUES (?, ?, NULL, '', '', '', NULL)", [(f"o{n}", ",".join(r)) for n, (r, _) in enumerate(ROWS)]
        )
    plan = load_plan(path)
    ballots, rejected = open_box(path, plan).read(plan)
    assert isinstance(ballots, CountedRows) and rejected == []
    assert [(b.ranking, b.voters) for b in ballots] == [(r, 1) for r, _ in ROWS]
    assert tally(plan, ballots).ballots == 3


def test_meath_through_its_box_elects_the_five_and_counts_as_the_ballot_path(tmp_path: Path):
    from workplan_tui.sources.importing import preflib_plan, write_imported
    from workplan_tui.sources.preflib import read_preflib

    plan_path = tmp_path / "meath.toml"
    write_imported(preflib_plan(read_preflib(MEATH), MEATH.name), plan_path)
    plan = load_plan(plan_path)
    ballots, rejected = open_box(plan_path, plan).read(plan)
    assert isinstance(ballots, CountedRows) and len(ballots) == 25_101 and ballots.voter_total == 64_081
    ours = tally(plan, ballots, rejected)
    assert ours == tally(plan, list(ballots), rejected)
    names = {project.id: project.title for project in plan.projects}
    assert sorted(names[p].rsplit(" ", 1)[0] for p in ours.selected) == [
        "Damien English", "John Bruton", "Johnny Brady", "Mary Wallace", "Noel Dempsey",
    ]


def test_the_ballot_path_is_unchanged_for_a_plain_list():
    plan = make_plan(method="stv", tie_break="lot", ballot_length=3)
    profile = profile_of(plan, [Ballot("m1", ("p1", "p2")), Ballot("m2", ("p2",))])
    assert profile.columns is None and profile.rankings == ((("p1", "p2"), 1), (("p2",), 1))


# -- the import as columns -----------------------------------------------------------

PREFLIB_FILES = sorted((MEATH.parent).glob("*.so*")) + sorted((MEATH.parent).glob("*.to*"))


@pytest.mark.parametrize("source", PREFLIB_FILES, ids=lambda path: path.name)
def test_a_file_read_as_columns_imports_the_rows_the_ballot_path_does(source: Path):
    from workplan_tui.sources.importing import preflib_plan
    from workplan_tui.sources.preflib import parse_preflib, read_preflib

    election = read_preflib(source)
    columns = preflib_plan(election, source.name)  # the SQLite box: as columns when read plain
    ballots = preflib_plan(election, source.name, box="folder")  # a folder: one Ballot a row, as before
    assert columns.ballots == ballots.ballots and columns.notes == ballots.notes
    assert columns.document["voting"] == ballots.document["voting"] | {"box": "sqlite"}
    # The orders made from the columns are those the line-by-line reader reads (a tab after
    # each comma of the orders sends every line through it).
    lines = source.read_text(encoding="utf-8").split("\n")
    text = "\n".join(line if line.startswith("#") else line.replace(",", ",\t") for line in lines)
    slow = parse_preflib(text, source.name, source.suffix[1:])
    assert slow.plain is None and election.orders == slow.orders and election.voters == slow.voters


def test_meath_is_read_as_columns():
    from workplan_tui.sources.importing import preflib_plan
    from workplan_tui.sources.preflib import read_preflib

    imported = preflib_plan(read_preflib(MEATH), MEATH.name)
    assert len(imported.rows) == 25_101 and sum(voters for _, _, voters in imported.rows) == 64_081


@pytest.mark.parametrize("text", ["", "a,,b", "a;b", "a,", "a=1", "[\"a\"]"])
def test_rows_written_as_they_are_must_be_compact_text(tmp_path: Path, text: str):
    from workplan_tui.voting.ballot_box import SqliteBox

    with pytest.raises(ValueError):
        SqliteBox(tmp_path / "box.sqlite").write_new_rows([("o1", "b", 1), ("o2", text, 2)], plan="x")


# One row put in by hand beside an import's: the values a workplan writes, and what another
# program, a damaged file or a hand edit might leave (a blob, a number, a line end, JSON …).
ODD_VALUES = {
    "voter": ["'zz'", "'o1'", "'Bad Id'", "X'7a7a'", "7", "'a\nb'", "'-x'", "'con'", "'" + "x" * 65 + "'"],
    "ranking": ["'p1,p2'", "''", "'[\"p1\"]'", "X'7031'", "5", "'p1,,p2'", "'p1\np2'", "'p9'", "'p1,p1'", "'p1,p2,p3,p4,p5,p1'"],
    "cast": ["NULL", "'2023-03-23T10:00:00+00:00'", "'yesterday'", "X'00'", "3"],
    "plan": ["{plan}", "''", "'sha256:other'", "'sha256:'", "X'00'", "4"],  # `sha256:` sorts between '' and any fingerprint
    "tied": ["''", "'p1;p2'", "X''", "0"],
    "points": ["''", "'p1=3'", "X''"],
    "voters": ["1", "5", "0", "-1", "1.5", "'many'", "X'01'", "1e20", "'7'"],
}


# What a workplan writes in each column (the first: an import's); the row is these but for one or two.
COMMON_VALUES = {"voter": ("'zz'", "'o1'"), "ranking": ("'p1,p2'",), "cast": ("NULL", "'2023-03-23T10:00:00+00:00'"),
                 "plan": ("{plan}", "''"), "tied": ("''",), "points": ("''",), "voters": ("1", "5", "'7'")}


@st.composite
def odd_rows(draw: st.DrawFn) -> dict[str, str]:
    row = {column: draw(st.sampled_from(values)) for column, values in COMMON_VALUES.items()}
    for column in draw(st.lists(st.sampled_from(sorted(ODD_VALUES)), max_size=2)):
        row[column] = draw(st.sampled_from(ODD_VALUES[column]))
    return row


def _read_both_ways(folder: Path, rows: list, odd: dict[str, str], loose: bool) -> None:
    """The box of `rows` and the one `odd` row read by the joined columns and by the row loop:
    the same ballots, the same rejections, or the same located error; a common row (and a table
    typed as workplan types it) still read as columns."""
    from workplan_tui.errors import WorkplanError
    from workplan_tui.plan_io import fingerprint
    from workplan_tui.voting.ballot_box import SqliteBox

    path = imported_plan(folder)
    plan = load_plan(path)
    box_file = path.with_name("city.ballots.sqlite")
    if loose:  # no TEXT or INTEGER affinity: a number stays a number
        with sqlite3.connect(box_file) as connection:
            connection.execute(
                "CREATE TABLE ballots (voter PRIMARY KEY NOT NULL, ranking NOT NULL, cast, plan NOT NULL DEFAULT '',"
                " tied NOT NULL DEFAULT '', points NOT NULL DEFAULT '', source, voters NOT NULL DEFAULT 1) WITHOUT ROWID"
            )
            connection.execute("PRAGMA application_id = 1464877634")
            connection.execute("PRAGMA user_version = 2")
    box_with_rows(path, rows)
    values = {column: value.replace("{plan}", f"'{fingerprint(plan)}'") for column, value in odd.items()}
    with sqlite3.connect(box_file) as connection:
        # A row cast on no plan (as a folder's ballot moved in may be), and the odd one.
        connection.execute("INSERT INTO ballots (voter, ranking, plan) VALUES ('zy', 'p2', '')")
        connection.execute(
            "INSERT OR REPLACE INTO ballots (voter, ranking, cast, plan, tied, points, voters) VALUES ("
            + ", ".join(values[column] for column in ("voter", "ranking", "cast", "plan", "tied", "points", "voters")) + ")"
        )
    kinds: list[type] = []

    def read(columns: bool) -> object:
        box = open_box(path, plan)
        assert isinstance(box, SqliteBox)
        try:
            ballots, rejected = box.read(plan, columns=columns)
            kinds.append(type(ballots))
            return [attrs.astuple(b) for b in ballots], [attrs.astuple(r) for r in rejected]
        except WorkplanError as error:
            return str(error)

    assert read(True) == read(False)
    if not loose and all(odd[column] in good for column, good in COMMON_VALUES.items()):
        assert kinds[0] is CountedRows


@pytest.mark.parametrize("loose", [False, True], ids=["typed", "loose"])
@pytest.mark.parametrize(("column", "value"), [(c, v) for c, values in ODD_VALUES.items() for v in values])
def test_the_joined_column_read_equals_the_row_loop_for_each_odd_value(tmp_path: Path, column: str, value: str, loose: bool):
    odd = {c: good[0] for c, good in COMMON_VALUES.items()} | {column: value}
    _read_both_ways(tmp_path, ROWS, odd, loose)


@settings(max_examples=60, deadline=None)
@given(counted_rankings(most=3), odd_rows(), st.booleans())
def test_the_joined_column_read_equals_the_row_loop_whatever_the_box_holds(tmp_path_factory, rows, odd, loose):
    _read_both_ways(tmp_path_factory.mktemp("box"), rows, odd, loose)


_LETTERS = st.text("ab-", min_size=1, max_size=5)


@settings(max_examples=300, deadline=None)
@given(st.lists(_LETTERS, min_size=1, max_size=6, unique=True), st.data())
def test_entries_told_by_their_bytes_are_the_entries_looked_up(ids, data):
    """The rankings numbered from the text's bytes (length, first, middle and last byte, then the
    text made again) equal the ones split and looked up: the same numbers, the same rows, and an
    entry that is no id (alike one in those four bytes, or empty) found out."""
    from workplan_tui.voting.columns import looked_up, numbered

    # An id, another entry, an empty one, or an id with a byte changed that those four do not see.
    alike = st.sampled_from([p for p in ids if len(p) >= 4] or ids).map(
        lambda p: p[0] + ("a" if p[1] != "a" else "b") + p[2:] if len(p) > 1 else p + "a")
    entries = st.one_of(st.sampled_from(ids), _LETTERS, st.just(""), alike)
    rows = data.draw(st.lists(st.lists(entries, min_size=1, max_size=4).map(",".join), min_size=1, max_size=6))
    text = "\n".join(rows)
    told, looked = numbered(ids, text), looked_up(ids, text)
    if told is None:
        return  # two ids alike in those four bytes: the lookup reads it
    assert told[1].tolist() == looked[1].tolist()
    if bool((looked[0] < 0).any()):
        assert bool((told[0] < 0).any())
    else:
        assert told[0].tolist() == looked[0].tolist()


@pytest.mark.parametrize("roll", ["imported", "open"])
def test_a_voter_id_holding_a_line_end_is_no_voter_of_an_open_roll(tmp_path: Path, roll: str):
    # Joined by line ends, "o9\nzz" reads as the two ids "o9" and "zz": it had passed the test of
    # every voter at once, and was counted.
    path = imported_plan(tmp_path, roll=roll)
    box_with_rows(path, ROWS if roll == "imported" else [(ranking, 1) for ranking, _ in ROWS])
    plan = load_plan(path)
    from workplan_tui.plan_io import fingerprint

    with sqlite3.connect(path.with_name("city.ballots.sqlite")) as connection:
        connection.execute("INSERT INTO ballots (voter, ranking, plan) VALUES ('o9\nzz', 'p2', ?)", (fingerprint(plan),))
    for columns in (True, False):
        ballots, rejected = open_box(path, plan).read(plan, columns=columns)
        assert "o9\nzz" not in {ballot.member for ballot in ballots}
        assert [entry.member for entry in rejected] == ["o9\\nzz"]  # shown with its line end escaped
