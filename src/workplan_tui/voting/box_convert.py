"""Moving a plan's ballots to the other kind of box (`workplan ballots PLAN --to sqlite|folder`).

Lossless both ways: every ballot file becomes one row (and a file not in the canonical layout,
a hand-edited or typed-in one, keeps its own text in the row), and every row becomes the file
it came from, or the canonical file `workplan vote` writes. So folder -> SQLite -> folder gives
the same files, and SQLite -> folder -> SQLite the same rows.

Nothing is guessed: a folder holding what cannot be one row per voter (a file that cannot be
read, a link, a file not named after the member it holds a ballot for) is refused with every
such file named (E423), nothing written; the officer fixes them (`workplan tally` says why each
is rejected) and converts again. Entries that are no ballot (editors' leftovers) stay behind and
are listed. The new box is made complete under a temporary name and then renamed into place;
then `[voting] box` is set in the plan (its fingerprint leaves the box out: no ballot is voided).
The old box is kept, untouched, for the officer to remove.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from pathlib import Path

import attrs

from workplan_tui.errors import LocatedError, WorkplanError
from workplan_tui.files import read_bytes, usual_mode
from workplan_tui.model import BOXES
from workplan_tui.plan_edit import EditSession
from workplan_tui.text import plural
from workplan_tui.voting.ballot_box import SqliteBox, box_path
from workplan_tui.voting.ballots import (
    MAX_BALLOT_BYTES,
    Ballot,
    ballot_files,
    ballot_listing_ignored,
    dumps_ballot,
    link_problem,
    names_a_ballot_file,
    read_ballot,
    shown,
)
from workplan_tui.voting.rolls import load_roll


@attrs.frozen
class Converted:
    moved: int  # ballots
    source: Path
    target: Path
    left: tuple[str, ...]  # entries of the folder that are no ballot, not moved
    replaced: Path | None = None  # where the box that was at target (--force) was moved aside

    def summary(self) -> str:
        text = f"{plural(self.moved, 'ballot')} moved from {self.source} to {self.target}; the plan now uses it"
        if self.left:
            text += f" (left behind, no ballot: {', '.join(shown(name, limit=80) for name in self.left)})"
        text += f". {self.source} is kept: remove it once you no longer need it."
        if self.replaced is not None:
            text += f" The box that was at {self.target} is now {self.replaced}."
        return text


def convert_box(plan_path: str | os.PathLike[str], to: str, *, force: bool = False) -> Converted:
    """Move the plan's ballots to a new box of kind `to` beside the plan and make it the
    plan's; raises WorkplanError (E423, nothing written) as the module's docstring says."""
    if to not in BOXES:
        raise WorkplanError.single("--to", "E423", f"`{shown(to)}` is no kind of ballot box; choose {' or '.join(BOXES)}")
    session = EditSession.open(plan_path)
    plan = session.plan
    if plan.voting.box == to:
        raise WorkplanError.single(str(plan_path), "E423", f"the plan's ballots are already in a {to} box")
    source = box_path(plan_path, plan.voting.box)
    target = box_path(plan_path, to)
    if os.path.lexists(target) and not force:
        raise WorkplanError.single(str(target), "E423", "already exists; add --force to replace it with the converted box")
    roll = load_roll(plan_path, plan)
    left: tuple[str, ...] = ()
    if to == "sqlite":
        ballots, sources, left = _folder_contents(source)
        moved, replaced = _write_sqlite(target, ballots, sources)
    else:
        moved, replaced = _write_folder(target, SqliteBox(source, roll))
    outcome = session.update_voting(box=None if to == "folder" else to)
    if not outcome.ok:
        raise WorkplanError(list(outcome.errors))
    session.save()
    return Converted(moved, source, target, left, replaced)


def _set_aside(target: Path, companions: tuple[str, ...] = ()) -> Path | None:
    """Move what is at target (and its companion files, an SQLite box's -wal and -shm) to a
    new name beside it, `<name>.replaced[-N]`, so --force loses nothing; None when nothing is there."""
    if not os.path.lexists(target):
        return None
    number = 1
    while True:
        aside = target.with_name(f"{target.name}.replaced" + (f"-{number}" if number > 1 else ""))
        if not any(os.path.lexists(f"{aside}{suffix}") for suffix in ("", *companions)):
            break
        number += 1
    for suffix in companions:
        if os.path.lexists(f"{target}{suffix}"):
            os.replace(f"{target}{suffix}", f"{aside}{suffix}")
    os.replace(target, aside)
    return aside


def _folder_contents(folder: Path) -> tuple[list[Ballot], dict[str, str], tuple[str, ...]]:
    """Every ballot file of the folder read for its shape (not against the plan: a rejected
    ballot moves too, and is rejected in the new box for the same reason), each file's own
    text kept when it is not the canonical layout; E423 listing what cannot move."""
    ballots: list[Ballot] = []
    sources: dict[str, str] = {}
    problems: list[LocatedError] = []
    for path in ballot_files(folder):
        name = str(path)
        if link_problem(name):
            problems.append(LocatedError(name, 1, 1, "E423", "a symbolic link: replace it with the ballot file itself"))
            continue
        try:
            ballot = read_ballot(path)
            data = read_bytes(path, limit=MAX_BALLOT_BYTES, what="ballot", follow_links=False)
        except WorkplanError as error:
            located = error.errors[0]
            problems.append(LocatedError(name, located.line, located.column, "E423", f"cannot be moved: {located.message}"))
            continue
        if path.name != f"{ballot.member}.toml":
            problems.append(
                LocatedError(name, 1, 1, "E423", f"holds a ballot for `{shown(str(ballot.member))}`: name the file {shown(str(ballot.member))}.toml")
            )
            continue
        text = data.decode("utf-8")
        if text != _canonical(ballot):
            sources[ballot.member] = text
        ballots.append(ballot)
    if problems:
        raise WorkplanError(problems)
    return ballots, sources, tuple(ballot_listing_ignored(folder))


def _canonical(ballot: Ballot) -> str | None:
    try:
        return dumps_ballot(ballot)
    except TypeError:
        return None


def _write_sqlite(target: Path, ballots: list[Ballot], sources: dict[str, str]) -> tuple[int, Path | None]:
    """The rows, written into a new file renamed over target (so a failure leaves target as it was)."""
    descriptor, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.fchmod(descriptor, usual_mode(target))
    os.close(descriptor)
    try:
        box = SqliteBox(temporary)
        moved = box.write_many(ballots, sources=sources)
        _checkpoint(Path(temporary))
        replaced = _set_aside(target, ("-wal", "-shm"))
        os.replace(temporary, target)
    except BaseException:
        for leftover in (temporary, f"{temporary}-wal", f"{temporary}-shm"):
            with contextlib.suppress(OSError):
                os.unlink(leftover)
        raise
    return moved, replaced


def _checkpoint(path: Path) -> None:
    """Fold the write-ahead log into the file, so the file renamed into place holds every row."""
    import sqlite3

    connection = sqlite3.connect(str(path))
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        connection.execute("PRAGMA journal_mode = DELETE")
    finally:
        connection.close()
    for leftover in (f"{path}-wal", f"{path}-shm"):
        with contextlib.suppress(OSError):
            os.unlink(leftover)


def _write_folder(target: Path, box: SqliteBox) -> tuple[int, Path | None]:
    """Each row as its file (its own text, or the canonical layout), in a new folder renamed over target."""
    rows = box.rows()
    sources = box.sources()
    problems = [
        LocatedError(ballot.file, 1, 1, "E423", f"voter `{shown(ballot.member)}` cannot name a ballot file")
        for ballot in rows
        if not names_a_ballot_file(ballot.member)
    ]
    texts: list[tuple[str, str]] = []
    for ballot in rows:
        text = sources.get(ballot.member) or _canonical(ballot)
        if text is None:
            problems.append(LocatedError(ballot.file, 1, 1, "E423", "a ballot that cannot be written as a file"))
            continue
        texts.append((ballot.member, text))
    if problems:
        raise WorkplanError(problems)
    temporary = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent))
    try:
        for member, text in texts:
            (temporary / f"{member}.toml").write_text(text, encoding="utf-8")
        replaced = _set_aside(target)
        os.replace(temporary, target)
    except BaseException:
        shutil.rmtree(temporary, ignore_errors=True)
        raise
    return len(texts), replaced
