"""Ballot boxes: where a plan's ballots are kept, and the one place that chooses it (`open_box`).

- `FolderBox` (the default, `[voting] box = "folder"`): `<plan-stem>.ballots/`, one TOML file
  per member (voting/ballots.py): readable, diffable, typed in from paper; right for a board.
- `SqliteBox` (`[voting] box = "sqlite"`): one file `<plan-stem>.ballots.sqlite` beside the
  plan, for electorates of thousands. One row per voter: the voter id is the PRIMARY KEY, so
  of two booths casting the same voter's first ballot at once the database lets one in and
  refuses the other (first ballot wins by the database's own constraint); a replacement is an
  UPDATE of that row. WAL, a busy timeout and one transaction per write make it safe for many
  processes writing at once. The ranking is kept as compact text (`a,b,c`), so a count reads
  rows, not TOML. A ballot moved in from a folder whose file was not in the canonical layout
  keeps its file's text (`source`), so converting back gives the same file. An imported
  anonymous electorate (`[voting] roll = "imported"`) keeps one row per distinct ballot, its
  `voters` saying how many cast it (layout 2; a box of layout 1, without the column, reads as
  one voter a row, and is given the column when next written).

Both read to the same `(ballots, rejections)` with the same reasons (voting/ballots.py's
`check_ballot`): a wrong fingerprint, a voter not on the roll, outside the window, a declared
interest, an unknown or repeated project. A box file that is not a database, is damaged, or is
some other program's database is a located error (E420, E421), never a traceback.
"""

from __future__ import annotations

import abc
import contextlib
import datetime as dt
import itertools
import json
import operator
import os
import sqlite3
import stat
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Protocol

from workplan_tui import plan_io, schema
from workplan_tui.bulk import gc_paused
from workplan_tui.errors import AlreadyExists, WorkplanError
from workplan_tui.files import usual_mode
from workplan_tui.model import Plan
from workplan_tui.voting.ballots import (
    Ballot,
    VoterIds,
    ballot_files,
    ballot_problem,
    ballots_dir,
    checked_ballot,
    names_a_ballot_file,
    read_ballot,
    read_ballots,
    shown,
    voter_count,
    voter_ids,
    write_ballot_file,
)
from workplan_tui.voting.columns import CountedRows, RankTable
from workplan_tui.voting.interests import declared_by_member
from workplan_tui.voting.result import Rejection
from workplan_tui.voting.rolls import Roll, load_roll
from workplan_tui.voting.window import cast_problem

SQLITE_SUFFIX = ".ballots.sqlite"
# PRAGMA application_id: marks the file as a workplan ballot box ("WPBB"), so another
# program's database is told apart from a damaged one; user_version is the layout's version.
APPLICATION_ID = 0x57504242
LAYOUT_VERSION = 2
OLD_LAYOUTS = (1,)  # read as they are; given the new columns when next written
BUSY_TIMEOUT_S = 30.0  # a booth waits this long for another booth's write to finish
# An imported electorate's box (written whole once, never cast into): pages of 64 KiB, fewer to
# fill and to read than SQLite's 4 KiB (Meath's 25,101 rows: about 38 ms to write with 4 KiB, 32 ms so).
IMPORTED_PAGE_SIZE = 65536
_SCHEMA = """
CREATE TABLE IF NOT EXISTS ballots (
    voter TEXT PRIMARY KEY NOT NULL,
    ranking TEXT NOT NULL,          -- project ids, best first, joined by commas; JSON when not all ids
    cast TEXT,                      -- ISO 8601, as cast; NULL for a paper ballot without one
    plan TEXT NOT NULL DEFAULT '',  -- fingerprint of the plan it was cast on
    tied TEXT NOT NULL DEFAULT '',  -- equal ranks: groups joined by ';', ids by ','
    points TEXT NOT NULL DEFAULT '',-- a points ballot: id=points joined by ','
    source TEXT,                    -- the ballot file's own text, when moved in from a hand-edited file
    voters INTEGER NOT NULL DEFAULT 1 -- how many voters cast this ballot: >1 only for an imported electorate
) WITHOUT ROWID
"""
_COLUMNS = ("voter", "ranking", "cast", "plan", "tied", "points", "source", "voters")
# Each column's declared type and whether it is NOT NULL, as _SCHEMA makes them.
_DECLARED = (("TEXT", True), ("TEXT", True), ("TEXT", False), ("TEXT", True), ("TEXT", True), ("TEXT", True),
             ("TEXT", False), ("INTEGER", True))
_LAYOUT_COLUMNS = {1: _COLUMNS[:-1], 2: _COLUMNS}
_READ_COLUMNS = ("voter", "ranking", "cast", "plan", "tied", "points", "voters")  # what a count reads: not `source`
_VOTERS_COLUMN = "ALTER TABLE ballots ADD COLUMN voters INTEGER NOT NULL DEFAULT 1"
_Row = tuple[str, str, str | None, str, str, str, str | None, int]


class BallotBox(Protocol):
    """What every box does; `open_box` gives the plan's."""

    kind: str  # "folder" | "sqlite"
    path: Path  # the folder or the SQLite file
    roll: Roll | None

    def exists(self) -> bool: ...

    def read(self, plan: Plan) -> tuple[Sequence[Ballot], list[Rejection]]: ...

    def write(self, ballot: Ballot, replace: bool = False) -> str: ...

    def write_many(self, ballots: Iterable[Ballot]) -> int: ...

    def members_voted(self) -> set[str]: ...

    def voters_cast(self) -> int: ...

    def has_voted(self, member: str) -> bool: ...

    def where(self, member: str) -> str: ...

    def cast(
        self, plan: Plan, member: str, ranking: Sequence[str], *, replace: bool = False, when: dt.datetime | None = None,
        tied: Sequence[Sequence[str]] = (), points: Sequence[tuple[str, int]] = (),
    ) -> str: ...


def voters_on_roll(box: BallotBox, ballots: Sequence[Ballot], rejected: Sequence[Rejection]) -> int | None:
    """How many may vote when the roll is not the plan's members (None when it is): a CSV
    roll's voters, or an open roll's voters in the box (each counts once)."""
    roll = box.roll
    if roll is None or roll.kind == "members":
        return None
    if roll.kind in ("open", "imported"):  # a rejected row is counted as one voter: it says no more
        return voter_count(ballots) + sum(1 for entry in rejected if not entry.ignored)
    return len(roll.voters)


def sqlite_path(plan_path: str | os.PathLike[str]) -> Path:
    """`<plan-stem>.ballots.sqlite` beside the plan."""
    path = Path(plan_path)
    return path.with_name(f"{path.stem}{SQLITE_SUFFIX}")


def box_path(plan_path: str | os.PathLike[str], kind: str) -> Path:
    return sqlite_path(plan_path) if kind == "sqlite" else ballots_dir(plan_path)


def open_box(
    plan_path: str | os.PathLike[str],
    plan: Plan,
    named: str | os.PathLike[str] | None = None,
    *,
    roll: Roll | None = None,
    new: bool = False,
) -> BallotBox:
    """The plan's ballot box: `[voting] box` beside the plan, or the one named (`--ballots`:
    a folder, or an SQLite box's file), which must exist (a typo must not count as "no
    ballots") unless `new` (a ballot being cast into it: a named folder is made, a name ending
    in .sqlite an SQLite box). The roll is the plan's (`[voting] roll`) unless given."""
    if roll is None:
        roll = load_roll(plan_path, plan)
    if named is not None:
        path = Path(named)
        if path.is_dir():
            return FolderBox(path, roll)
        if path.is_file():
            return SqliteBox(path, roll)
        if new and not os.path.lexists(path):
            return SqliteBox(path, roll) if path.name.endswith(".sqlite") else FolderBox(path, roll)
        raise WorkplanError.single(str(named), "E001", "no such ballot folder or ballot box")
    if plan.voting.box == "sqlite":
        return SqliteBox(sqlite_path(plan_path), roll)
    return FolderBox(ballots_dir(plan_path), roll)


class _StoredBox(abc.ABC):
    """What the folder and the SQLite box share: where they are, their roll, and casting (a
    ballot checked against the plan and the roll, then written as the box writes)."""

    def __init__(self, path: str | os.PathLike[str], roll: Roll | None = None) -> None:
        self.path = Path(path)
        self.roll = roll

    def __repr__(self) -> str:
        return f"{type(self).__name__}({str(self.path)!r})"

    @abc.abstractmethod
    def where(self, member: str) -> str:
        """Where the member's ballot is kept, as a rejection names it."""

    @abc.abstractmethod
    def write(self, ballot: Ballot, replace: bool = False) -> str:
        """The ballot stored; where it went."""

    def cast(
        self, plan: Plan, member: str, ranking: Sequence[str], *, replace: bool = False, when: dt.datetime | None = None,
        tied: Sequence[Sequence[str]] = (), points: Sequence[tuple[str, int]] = (),
    ) -> str:
        ballot = checked_ballot(
            plan, member, ranking, where=self.where(member), cast=when, ids=voter_ids(plan, self.roll), tied=tied, points=points
        )
        return self.write(ballot, replace=replace)


class FolderBox(_StoredBox):
    """A folder of ballot files (voting/ballots.py), seen as a box."""

    kind = "folder"

    def exists(self) -> bool:
        return self.path.is_dir()

    def read(self, plan: Plan) -> tuple[Sequence[Ballot], list[Rejection]]:
        return read_ballots(plan, self.path, self.roll)

    def where(self, member: str) -> str:
        return str(self.path / f"{member}.toml")

    def write(self, ballot: Ballot, replace: bool = False) -> str:
        _refuse_unless_file_name(self.path, ballot)
        return str(write_ballot_file(self.path, ballot, replace=replace))

    def write_many(self, ballots: Iterable[Ballot]) -> int:
        """Every ballot, each a new file; refuses (E402, nothing written) when any voter has
        a ballot here already or twice among them. Not one transaction (a folder has none):
        the checks come first, so only a failing disk can leave some written."""
        batch = list(ballots)
        seen: set[str] = set()
        for ballot in batch:
            _refuse_unless_file_name(self.path, ballot)
            if ballot.member in seen or os.path.lexists(self.where(ballot.member)):
                raise _already_voted(self.where(ballot.member), ballot.member)
            seen.add(ballot.member)
        for ballot in batch:
            write_ballot_file(self.path, ballot)
        return len(batch)

    def members_voted(self) -> set[str]:
        """Who has a ballot file `<member-id>.toml` (one listing, no file opened: turnout)."""
        return {path.stem for path in ballot_files(self.path)}

    def voters_cast(self) -> int:
        """How many voters the ballot files stand for (an imported electorate's `voters`; a file
        that cannot be read stands for one)."""
        total = 0
        for path in ballot_files(self.path):
            try:
                total += read_ballot(path).voters
            except WorkplanError:
                total += 1
        return total

    def has_voted(self, member: str) -> bool:
        return os.path.lexists(self.where(member))


class SqliteBox(_StoredBox):
    """One SQLite file, one row per voter (the module's docstring)."""

    kind = "sqlite"
    layout = LAYOUT_VERSION  # the box's own, once opened (an old one's is older)
    _declared = True  # its table's columns typed as _SCHEMA types them, once opened

    def exists(self) -> bool:
        return self.path.is_file()

    def where(self, member: str) -> str:
        return f"{self.path}#{member}"

    # -- the connection ----------------------------------------------------------

    @contextlib.contextmanager
    def _connect(self, *, write: bool) -> Iterator[sqlite3.Connection | None]:
        """A checked connection (None when reading a box not yet made); located errors, never
        sqlite3's own."""
        name = str(self.path)
        try:
            info = os.lstat(self.path)
        except FileNotFoundError:
            info = None
        except OSError as error:
            raise WorkplanError.single(name, "E420", f"cannot read the ballot box: {error.strerror}") from None
        if info is None and not write:
            yield None
            return
        if info is None:
            self._make()
            info = os.lstat(self.path)
        if info is not None and not stat.S_ISREG(info.st_mode):
            what = "a symbolic link" if stat.S_ISLNK(info.st_mode) else "not a regular file"
            raise WorkplanError.single(name, "E420", f"the ballot box is {what}: it must be a file of its own")
        try:
            connection = sqlite3.connect(name, timeout=BUSY_TIMEOUT_S, isolation_level=None)
        except sqlite3.Error as error:
            raise WorkplanError.single(name, "E420", f"cannot open the ballot box: {error}") from None
        try:
            connection.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
            made = self._check_layout(connection, create=write)
            # A box another booth is making this moment (the file there, its table not yet):
            # no ballots yet, as for a box not made.
            yield connection if made else None
        except sqlite3.DatabaseError as error:
            raise WorkplanError.single(name, "E420", f"the ballot box cannot be read: {_said(error)}") from None
        finally:
            connection.close()

    def _check_layout(self, connection: sqlite3.Connection, *, create: bool) -> bool:
        """Whether the file holds a ballot box (made now if `create`); E420 or E421 when it
        holds something else."""
        name = str(self.path)
        application, version, tables = self._header(connection)
        if application == APPLICATION_ID:
            if version not in _LAYOUT_COLUMNS:
                raise WorkplanError.single(
                    name, "E421", f"a ballot box of layout {version}; this workplan reads layouts 1 to {LAYOUT_VERSION}"
                )
            info = connection.execute("PRAGMA table_info(ballots)").fetchall()
            if tuple(row[1] for row in info) != _LAYOUT_COLUMNS[version]:
                raise WorkplanError.single(name, "E420", "the ballot box is damaged: its ballots table is not as written")
            self.layout = version
            # Each column's type and NOT NULL as _SCHEMA declares them (what the common read's
            # least and greatest values rely on: a TEXT column holds texts or blobs, never numbers).
            self._declared = tuple((row[2].upper(), bool(row[3])) for row in info) == _DECLARED[: len(info)]
            if create and version != LAYOUT_VERSION:
                self._upgrade(connection)
            return True
        if application != 0 or tables:
            raise WorkplanError.single(
                name, "E421", "an SQLite database of another program, not a ballot box; name another file"
            )
        if not create:
            return False
        # An empty file in the box's place (made by hand, say): made a box here, under the
        # write lock, so two booths making it at once agree.
        connection.execute("BEGIN IMMEDIATE")
        try:
            application, _, tables = self._header(connection)
            if application != APPLICATION_ID and tables:  # another program's, made meanwhile
                raise WorkplanError.single(
                    name, "E421", "an SQLite database of another program, not a ballot box; name another file"
                )
            if application != APPLICATION_ID:
                connection.execute(_SCHEMA)
                connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                connection.execute(f"PRAGMA user_version = {LAYOUT_VERSION}")
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
        connection.execute("PRAGMA journal_mode = WAL")
        return True

    def _upgrade(self, connection: sqlite3.Connection) -> None:
        """Give a box of an old layout the new columns before writing into it (under the write
        lock: of two booths, the second finds it done). Its rows keep their meaning: one voter each."""
        connection.execute("BEGIN IMMEDIATE")
        try:
            if self._header(connection)[1] == 1:
                connection.execute(_VOTERS_COLUMN)
                connection.execute(f"PRAGMA user_version = {LAYOUT_VERSION}")
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
        self.layout = LAYOUT_VERSION

    def _make(self) -> None:
        """Make the box whole under a temporary name, in WAL mode, then link it into place: a
        booth finds no box, or a whole one, never one being made (in which two booths' first
        writes could find each other's locks and one be refused). Of two booths making it at
        once, one's is linked and the other's dropped."""
        name = str(self.path)
        try:
            descriptor, temporary = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=self.path.parent)
        except OSError as error:
            raise WorkplanError.single(name, "E403", f"cannot make the ballot box: {error.strerror}") from None
        os.fchmod(descriptor, usual_mode(self.path))  # as the folder's ballots: the officer counts them
        os.close(descriptor)
        try:
            connection = sqlite3.connect(temporary, isolation_level=None)
            try:
                connection.execute(_SCHEMA)
                connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                connection.execute(f"PRAGMA user_version = {LAYOUT_VERSION}")
                connection.execute("PRAGMA journal_mode = WAL")  # kept in the file: every connection uses it
            finally:
                connection.close()
            with contextlib.suppress(FileExistsError):
                os.link(temporary, self.path)
        except sqlite3.Error as error:
            raise WorkplanError.single(name, "E403", f"cannot make the ballot box: {error}") from None
        except OSError as error:
            raise WorkplanError.single(name, "E403", f"cannot make the ballot box: {error.strerror}") from None
        finally:
            for leftover in (temporary, f"{temporary}-wal", f"{temporary}-shm"):
                with contextlib.suppress(OSError):
                    os.unlink(leftover)

    @staticmethod
    def _header(connection: sqlite3.Connection) -> tuple[int, int, int]:
        """(application_id, user_version, how many tables), read in one statement: one snapshot,
        so a box another booth makes between two reads is never half seen."""
        row = connection.execute(
            "SELECT (SELECT application_id FROM pragma_application_id()),"
            " (SELECT user_version FROM pragma_user_version()), (SELECT count(*) FROM sqlite_master)"
        ).fetchone()
        return int(row[0]), int(row[1]), int(row[2])

    # -- writing -----------------------------------------------------------------

    def write(self, ballot: Ballot, replace: bool = False) -> str:
        """The ballot's row: inserted (E402 when the voter has one: the PRIMARY KEY decides),
        or with `replace` inserted or updated."""
        row = _row(ballot)
        with self._connect(write=True) as connection:
            assert connection is not None
            verb = "INSERT OR REPLACE" if replace else "INSERT"
            try:
                connection.execute(f"{verb} INTO ballots VALUES (?, ?, ?, ?, ?, ?, ?, ?)", row)
            except sqlite3.IntegrityError:
                raise _already_voted(self.where(ballot.member), ballot.member) from None
        return self.where(ballot.member)

    def write_many(self, ballots: Iterable[Ballot], *, sources: dict[str, str] | None = None) -> int:
        """Every ballot in one transaction: all written, or (E402 for a voter who has a ballot
        here or twice among them) none. `sources`: a voter's ballot file's own text, kept so
        converting back to a folder gives that file again."""
        kept = sources or {}
        with self._connect(write=True) as connection:
            assert connection is not None
            connection.execute("BEGIN IMMEDIATE")
            members: list[str] = []

            def rows() -> Iterator[_Row]:
                for ballot in ballots:
                    members.append(ballot.member)
                    yield _row(ballot, kept.get(ballot.member))

            try:
                # executemany: one statement stepped for every row (an import's 90,000 in a
                # third of the time of as many execute calls); the row it stops at is the last taken.
                try:
                    connection.executemany("INSERT INTO ballots VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows())
                except sqlite3.IntegrityError:
                    raise _already_voted(self.where(members[-1]), members[-1]) from None
                count = len(members)
                connection.execute("COMMIT")
            except BaseException:
                connection.execute("ROLLBACK")
                raise
        return count

    def write_new(self, ballots: Iterable[Ballot], *, plan: str | None = None, mode_of: Path | None = None) -> int:
        """A new box, made and filled whole in one connection and one transaction, for a staging
        file nobody else opens until it is renamed into place (the import writes its box so).
        No journal while it is filled (a failure leaves a staging file, which is removed, not a
        box); WAL set at the end, as every box has; the file synced once. The rows go in voter
        order (the table's own order: each lands at the end of its B-tree). `plan`: the
        fingerprint every row is bound to, in place of the ballots' own. Refuses (E402, nothing
        kept) a voter twice among them."""
        rows = sorted(_rows(ballots, plan), key=_first)
        return self._write_new(rows, lambda connection: _insert_rows(connection, rows), mode_of)

    def write_new_rows(self, rows: Sequence[tuple[str, str, int]], *, plan: str, mode_of: Path | None = None) -> int:
        """As write_new, from (voter, ranking as compact text, voters) rows, as an imported
        PrefLib file's are made (sources/importing.py), bound to `plan`: no Ballot made for them,
        and only their three columns bound row by row. Larger pages (IMPORTED_PAGE_SIZE): nobody
        casts into an imported electorate's box, so its rows are only ever written at once and
        read whole. ValueError for a ranking that is not compact text (an empty entry, or a mark
        no id has)."""
        texts = ",".join(map(operator.itemgetter(1), rows))
        # Checked on the joined text at once: a mark no id has, an empty entry or ranking.
        if rows and (not texts or texts[0] == "," or texts[-1] == "," or any(mark in texts for mark in (";", "=", "[", ",,"))):
            raise ValueError("rankings that are not compact text")
        literal = "'" + plan.replace("'", "''") + "'"
        ordered = sorted(rows, key=operator.itemgetter(0))

        def insert(connection: sqlite3.Connection) -> None:
            _insert_at_once(connection, "INSERT INTO ballots (voter, ranking, plan, voters) VALUES ", f"(?, ?, {literal}, ?)", ordered)

        return self._write_new(ordered, insert, mode_of, page_size=IMPORTED_PAGE_SIZE)

    def _write_new(
        self, rows: Sequence[Sequence[object]], insert: Callable[[sqlite3.Connection], None], mode_of: Path | None,
        page_size: int = 0,
    ) -> int:
        """The new box, its rows (sorted by voter) put in by `insert` in one transaction."""
        name = str(self.path)
        try:
            descriptor = os.open(name, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            os.fchmod(descriptor, usual_mode(mode_of or self.path))
            os.close(descriptor)
        except OSError as error:
            raise WorkplanError.single(name, "E403", f"cannot make the ballot box: {error.strerror}") from None
        try:
            connection = sqlite3.connect(name, isolation_level=None)
            try:
                if page_size:
                    connection.execute(f"PRAGMA page_size = {int(page_size)}")  # before the first table
                connection.execute("PRAGMA journal_mode = OFF")
                connection.execute("PRAGMA synchronous = OFF")
                connection.execute(_SCHEMA)
                connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                connection.execute(f"PRAGMA user_version = {LAYOUT_VERSION}")
                connection.execute("BEGIN")
                try:
                    insert(connection)
                except sqlite3.IntegrityError:
                    twice = next(str(a[0]) for a, b in itertools.pairwise(rows) if a[0] == b[0])
                    raise _already_voted(self.where(twice), twice) from None
                connection.execute("COMMIT")
                connection.execute("PRAGMA journal_mode = WAL")  # kept in the file: every connection uses it
            finally:
                connection.close()
            descriptor = os.open(name, os.O_RDONLY)
            try:
                os.fsync(descriptor)
            finally:
                os.close(descriptor)
        except sqlite3.Error as error:
            raise WorkplanError.single(name, "E403", f"cannot write the ballot box: {error}") from None
        except OSError as error:
            raise WorkplanError.single(name, "E403", f"cannot write the ballot box: {error.strerror}") from None
        return len(rows)

    # -- reading -----------------------------------------------------------------

    def rows(self) -> list[Ballot]:
        """Every ballot in the box as stored, unchecked, by voter id."""
        with self._connect(write=False) as connection:
            if connection is None:
                return []
            found = connection.execute(f"SELECT {self._select(_COLUMNS)} FROM ballots ORDER BY voter").fetchall()
        return [self._ballot(row) for row in found]

    def _select(self, columns: Sequence[str]) -> str:
        """The columns to select, each under its own name; a layout-1 box's missing `voters` read
        as 1 (one voter a row)."""
        return ", ".join(
            f'"{column}" AS "{column}"' if column in _LAYOUT_COLUMNS[self.layout] else f'1 AS "{column}"'
            for column in columns
        )

    def sources(self) -> dict[str, str]:
        """The voters whose ballot keeps its file's own text, and that text."""
        with self._connect(write=False) as connection:
            if connection is None:
                return {}
            return dict(connection.execute("SELECT voter, source FROM ballots WHERE source IS NOT NULL"))

    def members_voted(self) -> set[str]:
        with self._connect(write=False) as connection:
            if connection is None:
                return set()
            return {voter for (voter,) in connection.execute("SELECT voter FROM ballots")}

    def voters_cast(self) -> int:
        """How many voters the rows stand for (an imported electorate's row: its `voters`)."""
        with self._connect(write=False) as connection:
            if connection is None:
                return 0
            (total,) = connection.execute(f"SELECT total(voters) FROM {self._aliased()}").fetchone()
        return int(total)

    def has_voted(self, member: str) -> bool:
        with self._connect(write=False) as connection:
            if connection is None:
                return False
            return connection.execute("SELECT 1 FROM ballots WHERE voter = ?", (member,)).fetchone() is not None

    def _ballot(self, row: _Row) -> Ballot:
        """A row as a Ballot; E420 for a row no workplan wrote (a value of the wrong type, a
        ranking, equal ranks or points that do not read back)."""
        voter, ranking, cast, fingerprint, tied, points, _source, voters = row
        where = self.where(shown(str(voter)))
        if not all(type(value) is str for value in (voter, ranking, fingerprint, tied, points)) or type(voters) is not int:
            raise _damaged(where, row)
        when = _moment(cast, where)
        try:
            return Ballot(
                voter, _ranking(ranking), when, fingerprint, self.where(voter), _groups(tied), _points(points), voters
            )
        except (ValueError, TypeError):  # json's errors are ValueErrors
            raise _damaged(where, row) from None

    @gc_paused()
    def read(self, plan: Plan, *, columns: bool = True) -> tuple[Sequence[Ballot], list[Rejection]]:
        """The counted ballots and the rejected ones with why, as the folder reads them; one
        row per voter, so there is no second ballot to choose between.

        The common row (compact text, on the roll, on this plan, distinct known projects, in
        the window, no declared interest) is checked inline, as the folder's reader does; any
        other goes to check_ballot for its reason, which also accepts what this test does not
        cover. A count of 10,000 rows is mostly making the Ballots (benchmarks/sqlite_box.py).
        `columns=False`: the row loop always (the tests hold the two reads to the same result)."""
        ids = voter_ids(plan, self.roll)
        known: list[str] = []

        def fingerprint() -> str:
            if not known:
                known.append(plan_io.fingerprint(plan))
            return known[0]

        rules = plan.voting
        declared = declared_by_member(plan)
        with self._connect(write=False) as connection:
            if connection is None:
                return [], []
            if columns and not declared and rules.ballot != "points":
                every = self._read_common(connection, plan, ids, fingerprint)
                if every is not None:
                    return every, []
            found = connection.execute(
                f"SELECT {self._select(_READ_COLUMNS)} FROM ballots ORDER BY voter"
            ).fetchall()
        windowed = rules.opens is not None or rules.closes is not None
        no_interest: frozenset[str] = frozenset()
        length, projects, member_set, admits = rules.ballot_length, ids.known, ids.member_set, ids.admits
        if ids.open_roll and _all_voter_ids([row[0] for row in found]):
            member_set = frozenset(row[0] for row in found)  # checked at once, not row by row
        prefix = f"{self.path}#"
        moments: dict[str | None, dt.datetime | None] = {None: None}  # a count's ballots share few cast moments
        expected = ""
        by_points = rules.ballot == "points"  # a plain ranking cannot count there: check_ballot says why
        valid: list[Ballot] = []
        rejected: list[Rejection] = []
        imported = ids.imported
        for row in found:
            voter, text, cast, cast_on, tied, points, voters = row
            if type(voter) is not str or type(text) is not str or type(cast_on) is not str or type(voters) is not int:
                raise _damaged(prefix + str(voter), row)
            when = moments.get(cast, _UNSEEN)
            if when is _UNSEEN:
                when = moments[cast] = _moment(cast, prefix + voter)
            compact = not text.startswith("[")
            if compact and not tied and not points:
                ranking = tuple(text.split(",")) if text else ()
                ballot = Ballot(voter, ranking, when, cast_on, prefix + voter, voters=voters)
            else:
                ballot = self._ballot((voter, text, cast, cast_on, tied, points, None, voters))
                ranking = ballot.ranking
            if cast_on and not expected:
                expected = fingerprint()
            if (
                compact
                and not by_points
                and not points  # points in a vote by ranking or approval: check_ballot says why (E144)
                and not tied
                and ranking
                and (voters == 1 or (imported and voters > 1))
                and (voter in member_set or admits(voter))
                and (not cast_on or cast_on == expected)
                and len(ranking) <= length
                and projects.issuperset(ranking)
                and len(set(ranking)) == len(ranking)
                and not (windowed and cast_problem(rules, when))
                and (not declared or declared.get(voter, no_interest).isdisjoint(ranking))
            ):
                valid.append(ballot)
                continue
            code, reason = ballot_problem(plan, ballot, fingerprint, ids)
            if reason:
                rejected.append(Rejection(ballot.file, shown(str(voter), limit=64), reason, code))
            else:
                valid.append(ballot)
        return valid, rejected

    def _read_common(
        self, connection: sqlite3.Connection, plan: Plan, ids: VoterIds, fingerprint: Callable[[], str]
    ) -> CountedRows | None:
        """Every row, as columns (voting/columns.py: the rankings one integer table, the Ballots
        made only if asked for), when every one is the common row (read's docstring); None when
        any is not (then read's loop finds which, and why). One pass over the table: each
        column's voter, ranking and voters joined by SQLite (group_concat: three strings, no
        Python object per row), and what tells a common row from any other as the least and
        greatest of each other column (a blob sorts above every text, and a text above every
        number: a greatest value that is a text says there is no blob, a least ranking that is
        not '' that none is empty, a greatest `tied` of '' that every one is ''). The rest is
        tested on the joined text, at once. An imported electorate's 25,000 rows are read so."""
        if not self._declared:
            return None  # a table some other program made: the loop reads it row by row
        voters_column = '"voters"' if "voters" in _LAYOUT_COLUMNS[self.layout] else "1"  # a layout-1 row: one voter
        # A scan of the table: its own order, the voter's (WITHOUT ROWID: the voter is its key).
        (rows, high_voter, low_ranking, high_ranking, low_plan, high_plan, high_tied, high_points, low_voters, high_voters,
         casts_read, low_cast, high_cast, voter_text, ranking_text, voters_text) = connection.execute(
            "SELECT count(*), max(voter), min(ranking), max(ranking), min(plan), max(plan), max(tied), max(points),"
            f' min({voters_column}), max({voters_column}), count("cast"), min("cast"), max("cast"),'
            f" group_concat(voter, char(10)), group_concat(ranking, char(10)), group_concat({voters_column})"
            " FROM ballots"
        ).fetchone()
        if not rows or not all(type(value) is str for value in (high_voter, high_ranking, high_plan, high_tied, high_points)):
            return None  # no rows, or a value of the wrong kind (the loop names its row)
        if not low_ranking or high_tied or high_points or "[" in ranking_text:
            return None  # an empty ranking, equal ranks, points, a ranking kept as JSON
        if type(low_voters) is not int or type(high_voters) is not int or low_voters < 1 or (high_voters > 1 and not ids.imported):
            return None
        if type(high_cast) not in (str, type(None)):
            return None
        voters = voter_text.split("\n")
        counts_read = voters_text.split(",")
        if len(voters) != rows or len(counts_read) != rows or voters != sorted(voters):
            return None  # a line end inside a voter id (or a scan not in the voter's order)
        try:
            counts = list(map(int, counts_read))
        except ValueError:
            return None  # a voters value that is not a whole number
        if not (ids.member_set.issuperset(voters) or (ids.open_roll and _all_voter_ids_joined(voter_text, voters))):
            return None
        expected = fingerprint()
        plan_of: list[str] | None = None  # each row's fingerprint, when they differ
        if low_plan != high_plan:
            plan_of = [value for (value,) in connection.execute("SELECT plan FROM ballots ORDER BY voter")]
        if not {low_plan, high_plan} <= {"", expected} or (plan_of is not None and not set(plan_of) <= {"", expected}):
            return None  # a ballot cast on another plan (or a value of the wrong kind)
        cast_of: list[str | None] | None = None  # each row's cast moment, when they differ
        if casts_read and (low_cast != high_cast or casts_read != rows):
            cast_of = [value for (value,) in connection.execute('SELECT "cast" FROM ballots ORDER BY voter')]
        casts = set(cast_of) if cast_of is not None else {low_cast if casts_read else None}
        rules = plan.voting
        ranks = RankTable.of_joined(ids.projects, ranking_text, rows, counts, rules.ballot_length)
        if ranks is None:
            return None  # an unknown id, one twice, or too long a ranking
        prefix = f"{self.path}#"
        try:
            moments = {cast: _moment(cast, prefix) for cast in casts}
        except WorkplanError:
            return None  # a damaged moment: the loop names its row
        if (rules.opens is not None or rules.closes is not None) and any(cast_problem(rules, when) for when in moments.values()):
            return None

        def ballots() -> list[Ballot]:
            """The rows as the Ballots the row-by-row read makes, for whoever asks for them."""
            with gc_paused():
                plans = plan_of if plan_of is not None else itertools.repeat(low_plan)
                when_of = map(moments.__getitem__, cast_of) if cast_of is not None else itertools.repeat(moments[next(iter(casts))])
                rankings = [tuple(text.split(",")) for text in ranking_text.split("\n")]
                files = [prefix + voter for voter in voters]
                return list(map(
                    Ballot, voters, rankings, when_of, plans, files, itertools.repeat(()), itertools.repeat(()), counts,
                ))

        return CountedRows(voters, counts, ranks, ballots)

    def _aliased(self) -> str:
        """The ballots table as a sub-query with every column of the current layout (a layout-1
        box's `voters` as 1), so the common read's queries name them alike."""
        return f"(SELECT {self._select(_READ_COLUMNS)} FROM ballots)"


def _all_voter_ids(voters: list[object]) -> bool:
    """Every one a voter id (ballots.names_a_ballot_file), tested on them all at once."""
    if not all(type(voter) is str for voter in voters):
        return False
    return not voters or _all_voter_ids_joined("\n".join(voters), voters)  # type: ignore[arg-type]


# schema.ID_PATTERN's characters, and the line end between ids.
_ID_BYTES = b"abcdefghijklmnopqrstuvwxyz0123456789_-\n"


def _all_voter_ids_joined(joined: str, voters: list[str]) -> bool:
    """_all_voter_ids of `voters` (none empty a list), given them joined by line ends (as
    SQLite's group_concat gives them): schema.ID_PATTERN tested on the joined text at once,
    its characters, its first character and its length, not id by id."""
    if not joined.isascii() or joined.encode("ascii").translate(None, _ID_BYTES):
        return False  # a character no id has
    if joined.count("\n") != len(voters) - 1:
        return False  # a line end inside an id ("o9\nzz" would read as two)
    if joined[0] in "_-\n" or joined[-1] == "\n" or "\n_" in joined or "\n-" in joined or "\n\n" in joined:
        return False  # an empty id, or one that does not begin with a letter or digit
    return max(map(len, voters)) <= 64 and schema.RESERVED_IDS.isdisjoint(voters)


def _damaged(where: str, row: Sequence[object]) -> WorkplanError:
    return WorkplanError.single(
        where, "E420", f"the ballot box is damaged: a row no workplan wrote ({shown(repr(tuple(row)), limit=80)})"
    )


_UNSEEN = dt.datetime.min  # no cast moment is this: a row's `cast` not yet parsed


def _moment(cast: object, where: str) -> dt.datetime | None:
    if cast is None:
        return None
    try:
        return dt.datetime.fromisoformat(cast)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise WorkplanError.single(where, "E420", f"the ballot box is damaged: `cast` is {shown(str(cast))}") from None


def _refuse_unless_file_name(folder: Path, ballot: Ballot) -> None:
    """E202 for a voter id that cannot name a ballot file (the SQLite box keeps any voter's row
    and rejects it at the count; a folder cannot hold it at all)."""
    if not isinstance(ballot.member, str) or not names_a_ballot_file(ballot.member):
        raise WorkplanError.single(
            str(folder), "E202", f"`{shown(str(ballot.member))}` is not a voter id: it cannot name a ballot file"
        )


def _already_voted(where: str, member: str) -> AlreadyExists:
    return AlreadyExists.single(
        where, "E402", f"`{shown(member)}` has already voted; replace the ballot with --force (or confirm in the app)"
    )


def _said(error: sqlite3.Error) -> str:
    text = str(error)
    if "not a database" in text:
        return "it is not a database (damaged, or some other kind of file)"
    return text


# -- rows --------------------------------------------------------------------------


def _is_plain(values: Sequence[object]) -> bool:
    """Entries that join by commas and split back the same: non-empty strings without , ; = [."""
    return _plain_join(values) is not None


def _plain_join(values: Sequence[object]) -> str | None:
    """The entries joined by commas when they split back the same (_is_plain), else None;
    checked on the joined text at once, not entry by entry (the import's hot path)."""
    if not values:
        return ""
    if not all(isinstance(value, str) for value in values):
        return None
    text = ",".join(values)  # type: ignore[arg-type]  # all str, checked above
    if ";" in text or "=" in text or "[" in text or text.count(",") != len(values) - 1:
        return None  # a mark inside an entry (a comma makes one split too many)
    if not text or text[0] == "," or text[-1] == "," or ",," in text:
        return None  # an empty entry
    return text


def _insert_rows(connection: sqlite3.Connection, rows: list[_Row]) -> None:
    """The rows inserted at once (_insert_at_once). When every row is plain and bound to one
    plan (an import's), only voter, ranking and voters are bound row by row, the fingerprint a
    literal and the rest the columns' defaults: 40 % less time for Meath's 25,101 rows than
    eight parameters a row."""
    plans = {row[3] for row in rows}
    if len(plans) == 1 and all(row[2] is None and not row[4] and not row[5] and row[6] is None for row in rows):
        literal = "'" + next(iter(plans)).replace("'", "''") + "'"
        _insert_at_once(connection, "INSERT INTO ballots (voter, ranking, plan, voters) VALUES ", f"(?, ?, {literal}, ?)",
                        list(map(operator.itemgetter(0, 1, 7), rows)))
        return
    _insert_at_once(connection, "INSERT INTO ballots VALUES ", "(?, ?, ?, ?, ?, ?, ?, ?)", rows)


ROWS_A_STATEMENT = 64  # rows put in by one INSERT … VALUES (…), (…), …


def _insert_at_once(connection: sqlite3.Connection, head: str, row: str, rows: Sequence[Sequence[object]]) -> None:
    """`head` followed by the rows' values (`row`: one row's placeholders), ROWS_A_STATEMENT rows
    to a statement, the statement stepped by one executemany: a third less time for 25,000 rows
    than a statement a row (each step's binding and stepping shared by 64 rows)."""
    if not rows:
        return
    width = len(rows[0])
    flat = list(itertools.chain.from_iterable(rows))
    step = ROWS_A_STATEMENT * width
    whole = len(flat) // step * step
    if whole:
        connection.executemany(head + ",".join([row] * ROWS_A_STATEMENT), (flat[at : at + step] for at in range(0, whole, step)))
    if whole < len(flat):
        connection.execute(head + ",".join([row] * ((len(flat) - whole) // width)), flat[whole:])


def _first(row: _Row) -> str:
    return row[0]


def _rows(ballots: Iterable[Ballot], plan: str | None) -> Iterator[_Row]:
    """Each ballot's row (bound to `plan` when given). A ranking of ids already seen to join
    plainly is joined without _plain_join's checks (an import's 25,000 rows share a few ids)."""
    plain: set[str] = set()
    for ballot in ballots:
        ranking = ballot.ranking
        if ranking and not ballot.tied and not ballot.points and plain.issuperset(ranking):
            cast = ballot.cast.isoformat() if ballot.cast is not None else None
            yield (ballot.member, ",".join(ranking), cast, ballot.plan if plan is None else plan, "", "", None, ballot.voters)
            continue
        row = _row(ballot)
        if plan is not None:
            row = (*row[:3], plan, *row[4:])
        if ranking and not row[1].startswith("["):
            plain.update(ranking)  # they joined plainly, so each entry is plain
        yield row


def _row(ballot: Ballot, source: str | None = None) -> _Row:
    ranking = ballot.ranking
    joined = _plain_join(ranking) if ranking else None
    text = joined if joined is not None else json.dumps(list(ranking))
    tied = ";".join(",".join(group) for group in ballot.tied) if all(_is_plain(group) for group in ballot.tied) else (
        json.dumps([list(group) for group in ballot.tied])
    )
    points = ",".join(f"{project}={amount}" for project, amount in ballot.points)
    cast = ballot.cast.isoformat() if ballot.cast is not None else None
    return (ballot.member, text, cast, ballot.plan, tied, points, source, ballot.voters)


def _ranking(text: str) -> tuple[str, ...]:
    if text.startswith("["):
        return tuple(json.loads(text))
    return tuple(text.split(",")) if text else ()


def _groups(text: str) -> tuple[tuple[str, ...], ...]:
    if not text:
        return ()
    if text.startswith("["):
        return tuple(tuple(group) for group in json.loads(text))
    return tuple(tuple(group.split(",")) for group in text.split(";"))


def _points(text: str) -> tuple[tuple[str, int], ...]:
    if not text:
        return ()
    pairs = (pair.rpartition("=") for pair in text.split(","))
    return tuple((project, int(amount)) for project, _, amount in pairs)
