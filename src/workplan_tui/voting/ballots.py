"""Ballot files: one per member in a folder beside the plan, read with a reason for every rejection.

A ballot file (`<plan-stem>.ballots/<member-id>.toml`):

    member = "chair"
    ranking = ["modern-slavery", "asb-review"]   # best first
    cast = 2023-03-23T10:15:00Z
    plan = "sha256:0123456789abcdef"              # fingerprint of the plan it was cast on

`plan` may be left out (ballots typed in from a paper vote); when present it must
match the plan, or the ballot was cast on a plan that has since changed.

The other kinds of ballot (`[voting] ballot`, docs/voting.md "Ballot kinds"):

    ranking = ["a", ["b", "c"], "d"]   # equal ranks: b and c share second place (Borda, Schulze)
    ranking = ["a", "c"]               # an approval ballot: the projects approved, in any order
    points = { a = 3, b = 2 }          # a points ballot: the points given, at most `[voting] points`

One ballot per member. When two files hold a ballot for the same member, the one
in the file named after the member (`<member-id>.toml`, the file `workplan vote`
writes) counts and the others are rejected; when none of them is so named, all
are rejected, because nothing says which one the member meant. A file named after
one member that holds another member's ballot is rejected too. The member's own
file decides for them even when it is rejected (cast on another version of the
plan, unreadable, a link): then no other file's ballot counts in its place. A
rejected ballot still holds a ballot for its member, so beside one other file
holding theirs, none of the two counts.

What is a ballot: an entry of the folder itself whose name ends in `.toml` (in lower
case) and does not start with a dot. It is read, then counted or rejected with its
reason; a symbolic link so named is rejected unread, wherever it points (a ballot is a
file of the folder's own, not a pointer to one that can change elsewhere). Every other
entry (`X.TOML`, a hidden file, an editor's `~`, `#…#`, `.swp` or `.bak` leftover, a
sub-folder) is no ballot: it is never read, and listed as ignored with why (the count's
notes say so). A ballot being written by a booth this instant (atomic_write's temporary
file, written to in the last ten minutes) is not an entry yet and is not listed; an older
one was left by an interrupted write and is listed.
"""

from __future__ import annotations

import datetime as dt
import operator
import os
import re
import stat
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

from workplan_tui import plan_io, schema
from workplan_tui.errors import AlreadyExists, LocatedError, WorkplanError
from workplan_tui.files import STALE_AFTER_SECONDS, atomic_write, is_temporary_name, read_text
from workplan_tui.model import Plan
from workplan_tui.text import QUOTED_LENGTH, cut, did_you_mean, shown_safely
from workplan_tui.toml_reader import parse_toml
from workplan_tui.voting.interests import declared_by_member, interest_problems
from workplan_tui.voting.result import Rejection
from workplan_tui.voting.window import cast_problem, refuse_unless_open

if TYPE_CHECKING:
    from workplan_tui.voting.rolls import Roll

MAX_BALLOT_BYTES = 64 * 1024
MOST_PROBLEMS = 10  # a ranking's problems said, one rejection's line
BALLOT_KEYS = ("member", "ranking", "points", "cast", "plan", "voters")
# The methods that define a ranking with equal ranks (methods.borda, methods.schulze).
EQUAL_RANK_METHODS = ("borda", "schulze")
# The exact layout dumps_ballot writes. A file in this layout is read with one pattern
# instead of the TOML parser (ten times faster for a 10,000-ballot count); anything else,
# including any hand edit, goes through read_text and tomllib and their located errors.
_SLUG = r"[a-z0-9][a-z0-9_-]{0,63}"
_CANONICAL = re.compile(
    rf'member = "({_SLUG})"\n'
    rf'ranking = \[((?:"{_SLUG}", )*"{_SLUG}")\]\n'
    r"cast = (\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,6})?(?:Z|[+-]\d\d:\d\d))\n"
    r'(?:plan = "(sha256:[0-9a-f]{1,64})"\n)?'
)


@attrs.frozen
class Ballot:
    """One ballot. `tied`: with equal ranks, the groups best first (then `ranking` is their
    flattening), () otherwise. `points`: a points ballot's (project, points) in the file's order
    (then `ranking` lists the projects)."""

    member: str
    ranking: tuple[str, ...]  # project ids, best first
    cast: dt.datetime | None = None
    plan: str = ""  # fingerprint of the plan it was cast on; "" for a paper ballot
    file: str = ""
    tied: tuple[tuple[str, ...], ...] = ()
    points: tuple[tuple[str, int], ...] = ()
    # How many voters cast this same ballot: more than 1 only in an imported anonymous electorate
    # (`[voting] roll = "imported"`), which keeps one row per distinct ballot, as PrefLib does.
    voters: int = 1


def voter_count(ballots: Iterable[Ballot]) -> int:
    """How many voters the ballots stand for (a counted row of an imported electorate stands
    for its `voters`): what every count, share, quorum and turnout counts, never len(ballots)."""
    from workplan_tui.voting.columns import CountedRows

    if isinstance(ballots, CountedRows):
        return ballots.voter_total  # from the column, no Ballot made
    return sum(ballot.voters for ballot in ballots)


def members_of(ballots: Iterable[Ballot]) -> Iterable[str]:
    """Who cast each ballot (a box read as columns: from the column, no Ballot made)."""
    from workplan_tui.voting.columns import CountedRows

    if isinstance(ballots, CountedRows):
        return ballots.members
    return (ballot.member for ballot in ballots)


def ballots_dir(plan_path: str | os.PathLike[str]) -> Path:
    """The default ballot folder: `<plan-stem>.ballots/` beside the plan."""
    path = Path(plan_path)
    return path.with_name(f"{path.stem}.ballots")


def ballot_path(folder: str | os.PathLike[str], member: str) -> Path:
    """`<folder>/<member>.toml`, and never anywhere else."""
    if not schema.ID_PATTERN.fullmatch(member) or member in schema.RESERVED_IDS:
        raise ValueError(f"not a member id: {member!r}")
    folder = Path(folder)
    path = folder / f"{member}.toml"
    # Ids are slugs, so this holds; the check keeps it true if the id rules ever loosen. (Not
    # resolve(): a ballot file that is a link to elsewhere is still this name in this folder.)
    assert path.parent == folder and path.name == f"{member}.toml", path
    return path


# -- checking a ranking ----------------------------------------------------------


def shown(value: str, limit: int = QUOTED_LENGTH) -> str:
    """An id from a ballot as it may be printed: shown safely (a `\\u202e` in a member id must
    not reverse the terminal line or the board paper), and cut short (text.cut), since a
    ballot may hold a 60 KB string."""
    return cut(shown_safely(value), limit)


@attrs.frozen
class VoterIds:
    """The plan's ids, looked up once per read rather than once per ballot."""

    projects: tuple[str, ...]
    known: frozenset[str]
    member_set: frozenset[str]  # who may vote: the members, or the roll's voters
    open_roll: bool = False  # any voter id may vote, once (`[voting] roll = "open"` or "imported")
    roll_name: str = ""  # the roll file's name when the voters are not the plan's members
    imported: bool = False  # `[voting] roll = "imported"`: a row may stand for several voters

    @classmethod
    def of(cls, plan: Plan, roll: Roll | None = None) -> VoterIds:
        projects = tuple(project.id for project in plan.projects)
        if roll is None or roll.kind == "members":
            return cls(projects, frozenset(projects), frozenset(member.id for member in plan.members))
        return cls(
            projects, frozenset(projects), roll.ids, roll.kind in ("open", "imported"), Path(roll.name).name,
            roll.kind == "imported",
        )

    def admits(self, voter: str) -> bool:
        """The voter may vote: on the roll, or (open roll) any voter id."""
        if voter in self.member_set:
            return True
        return self.open_roll and bool(schema.ID_PATTERN.fullmatch(voter)) and voter not in schema.RESERVED_IDS


def project_list(plan: Plan, text: str, what: str) -> list[str]:
    """Project ids a person typed, separated by commas (a bundle to compare, projects to schedule),
    each known and given once; raises WorkplanError located at `what` (an option's name)."""
    ids = [part.strip() for part in text.split(",") if part.strip()]
    problems = ranking_problems(plan, ids, ballot=False)
    if problems:
        raise WorkplanError([LocatedError(what, 1, 1, code, message) for code, message in problems])
    return ids


def ranking_problems(
    plan: Plan, ranking: Sequence[Any], ids: VoterIds | None = None, *, ballot: bool = True
) -> list[tuple[str, str]]:
    """Every problem with a ranking as (error id, message); empty when it may be cast.
    ballot=False: a list of projects that is not cast (a bundle to compare), so the
    ballot's length limit does not apply."""
    problems: list[tuple[str, str]] = []
    if not ranking:
        return [("E401", "the ranking is empty: rank at least one project")]
    ids = ids or VoterIds.of(plan)
    project_ids, known = ids.projects, ids.known
    seen: set[str] = set()
    for position, project in enumerate(ranking, start=1):
        if len(problems) == MOST_PROBLEMS:  # a ballot of thousands of slips: the first say enough
            problems.append(("E401", f"and more problems after entry {position - 1}"))
            break
        if not isinstance(project, str):
            problems.append(("E101", f"ranking entry {position} must be a project id (a string)"))
            continue
        if project not in known:
            problems.append(("E202", f"unknown project `{shown(project)}`{did_you_mean(project, project_ids)}"))
        elif project in seen:
            problems.append(("E401", f"project `{project}` is ranked more than once"))
        seen.add(project)
    length = plan.voting.ballot_length
    if ballot and len(ranking) > length:
        problems.append(("E401", f"ranks {len(ranking)} projects; a ballot may rank at most {length} (ballot_length)"))
    return problems


def voter_ids(plan: Plan, roll: Roll | None = None) -> VoterIds:
    """Who may vote and on what, looked up once: for member_problem and check_ballot."""
    return VoterIds.of(plan, roll)


def member_problem(plan: Plan, member: Any, ids: VoterIds | None = None) -> tuple[str, str] | None:
    if not isinstance(member, str):
        return ("E101", "`member` must be a member id (a string)")
    if ids is not None and member in ids.member_set:
        return None
    if ids is not None and ids.open_roll:
        if schema.ID_PATTERN.fullmatch(member) and member not in schema.RESERVED_IDS:
            return None
        return ("E202", f"`{shown(member)}` is not a voter id: lower-case letters, digits, - and _, at most 64")
    if ids is not None and ids.roll_name:
        return ("E202", f"`{shown(member)}` is not on the roll ({shown(ids.roll_name)})")
    member_ids = [m.id for m in plan.members]
    if member not in member_ids:
        return ("E202", f"`{shown(member)}` is not a member of the board{did_you_mean(member, member_ids)}")
    return None


# -- reading ---------------------------------------------------------------------


def ballot_files(folder: str | os.PathLike[str]) -> list[Path]:
    """The ballot files in folder (see the module's docstring), links included, sorted by name."""
    listing = _ballot_listing(folder)
    return [Path(listing.prefix + name) for name in sorted(listing.ballots + listing.links)]


def ballot_listing_ignored(folder: str | os.PathLike[str]) -> list[str]:
    """The names of the folder's entries that are no ballot (see the module's docstring)."""
    return [name for name, _ in _ballot_listing(folder).ignored]


def names_a_ballot_file(member: str) -> bool:
    """The id can name a ballot file `<member>.toml` (ballot_path accepts it)."""
    return bool(schema.ID_PATTERN.fullmatch(member)) and member not in schema.RESERVED_IDS


@attrs.frozen
class _Listing:
    """A ballot folder's entries, each list sorted by name."""

    prefix: str  # the folder as a prefix for its entries' names
    ballots: list[str]  # to read: counted or rejected
    links: list[str]  # named as ballots but symbolic links: rejected unread
    ignored: list[tuple[str, str]]  # (name, why it is no ballot)


def _ballot_listing(folder: str | os.PathLike[str]) -> _Listing:
    """Every entry of the folder: a ballot file, a link named as one, or ignored with why."""
    ballots: list[str] = []
    links: list[str] = []
    ignored: list[tuple[str, str]] = []
    try:
        with os.scandir(folder) as entries:
            for entry in entries:
                name = entry.name
                if name.endswith(".toml") and not name.startswith("."):
                    # d_type from the listing itself: no system call per file on Linux.
                    (links if _is_link(entry) else ballots).append(name)
                elif is_temporary_name(name) and _being_written(entry):
                    continue  # a ballot another booth is writing this instant: not an entry yet
                else:
                    ignored.append((name, _why_not_a_ballot(name, _is_folder(entry))))
    except FileNotFoundError:
        return _Listing("", [], [], [])
    except NotADirectoryError:
        raise WorkplanError.single(str(folder), "E001", "is a file, not a ballot folder") from None
    except OSError as error:
        raise WorkplanError.single(str(folder), "E001", f"cannot read the ballot folder: {error.strerror}") from None
    # Names hold no separator, so joining them to this prefix is what `Path(folder) / name`
    # gives: "" for ".", "/" for "/", "a/b/" for "a//b/".
    return _Listing(str(Path(folder) / "_")[:-1], sorted(ballots), sorted(links), sorted(ignored))


def _is_link(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_symlink()
    except OSError:  # gone since the listing: the reader says so
        return False


def _being_written(entry: os.DirEntry[str]) -> bool:
    """A temporary file of atomic_write's written to lately: a write in progress (or one the
    sweep will remove), where an older one was left by a write that was interrupted."""
    import time

    try:
        return time.time() - entry.stat(follow_symlinks=False).st_mtime < STALE_AFTER_SECONDS
    except OSError:  # renamed into place since the listing
        return True


def _is_folder(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir(follow_symlinks=False)
    except OSError:
        return False


_SWAP_SUFFIXES = (".swp", ".swo", ".swx")
_BACKUP_SUFFIXES = (".bak", ".orig", ".old")


def _why_not_a_ballot(name: str, folder: bool) -> str:
    """Why an entry whose name is not `<something>.toml` is no ballot, in the officer's words."""
    lower = name.lower()
    if folder:
        return "a folder: ballots in a sub-folder are not counted"
    if name.endswith("~"):
        return "an editor's backup copy (the name ends in ~)"
    if len(name) > 1 and name.startswith("#") and name.endswith("#"):
        return "an editor's autosave file (the name is between # signs)"
    if lower.endswith(_SWAP_SUFFIXES):
        return f"an editor's swap file (the name ends in {name[-4:]})"
    if is_temporary_name(name):
        return "a temporary file left by a write that was interrupted"
    if name.startswith("."):
        return "a hidden file (the name starts with a dot)"
    if lower.endswith(_BACKUP_SUFFIXES):
        return f"a backup copy (the name ends in {name[name.rindex('.'):]})"
    if lower.endswith(".toml"):
        return f"the name ends in {name[-5:]}: a ballot file's name ends in .toml, in lower case"
    return "not a ballot file: a ballot file's name ends in .toml"


def link_problem(path: str) -> str:
    """Why the entry at path cannot be a ballot because it is a symbolic link; "" when it is none."""
    if not os.path.islink(path):
        return ""
    folder = os.path.realpath(os.path.dirname(path) or ".")
    where = "another file in the ballot folder" if os.path.dirname(os.path.realpath(path)) == folder else (
        "a file outside the ballot folder"
    )
    return f"a symbolic link to {where}: a ballot must be a file of the folder's own, not a link"


def _stem(file: str) -> str:
    """`Path(file).stem`, without building a Path, for the `<member>.toml` names ballots have."""
    name = file.rpartition("/")[2] if os.sep == "/" else ""
    if name.endswith(".toml") and len(name) > 5 and not name.startswith("."):
        return name[:-5]
    return Path(file).stem


# O_NOFOLLOW: an entry that became a link since the listing is not followed here (the
# careful path reads it, and check_ballot rejects it).
_OPEN_FLAGS = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOFOLLOW", 0)


def _read_canonical(path: str) -> Ballot | None:
    """The ballot if the file is exactly in the layout dumps_ballot writes; None otherwise."""
    try:
        # O_NONBLOCK: a FIFO planted in the folder must not hang the count; anything but a
        # regular file is left to read_text, which says what it is.
        descriptor = os.open(path, _OPEN_FLAGS)
    except OSError:
        return None
    try:
        if not stat.S_ISREG(os.fstat(descriptor).st_mode):
            return None
        data = os.read(descriptor, 1025)
    except OSError:
        return None
    finally:
        os.close(descriptor)
    if len(data) > 1024:  # a canonical ballot is short; longer files take the careful path
        return None
    try:
        text = data.decode("ascii")
    except UnicodeDecodeError:
        return None
    match = _CANONICAL.fullmatch(text)
    if match is None:
        return None
    member, ranking, cast, fingerprint = match.groups()
    try:
        when = dt.datetime.fromisoformat(cast)
    except ValueError:
        return None
    if not schema.FIRST_DATE <= when.date() <= schema.LAST_DATE:
        return None  # the careful path says why
    return Ballot(member, tuple(ranking[1:-1].split('", "')), when, fingerprint or "", path)


def read_ballot(path: Path) -> Ballot:
    """One ballot file, checked for its shape only (not against a plan). Raises WorkplanError."""
    name = str(path)
    fast = _read_canonical(name)
    if fast is not None:
        return fast
    return _read_careful(Path(name))


def _read_careful(path: Path) -> Ballot:
    """read_ballot for a file not in the canonical layout: read_text and tomllib, every check."""
    name = str(path)
    text = read_text(path, limit=MAX_BALLOT_BYTES, what="ballot")
    document = parse_toml(text, name)
    unknown = [key for key in document if key not in BALLOT_KEYS]
    if unknown:
        raise WorkplanError.single(name, "E103", f"unknown key `{cut(unknown[0])}`{did_you_mean(unknown[0], BALLOT_KEYS)}")
    member = document.get("member")
    if member is None:
        raise WorkplanError.single(name, "E102", "missing required key `member`")
    if not isinstance(member, str):
        raise WorkplanError.single(name, "E101", "`member` must be a member id (a string)")
    points = _points_of(document.get("points"), name)
    ranking = document.get("ranking")
    if ranking is None and points:
        ranking = [project for project, _ in points]
    if ranking is None:
        raise WorkplanError.single(name, "E102", "missing required key `ranking`")
    if not isinstance(ranking, list):
        raise WorkplanError.single(name, "E101", "`ranking` must be an array of project ids")
    if points and ranking != [project for project, _ in points]:
        raise WorkplanError.single(name, "E142", "a points ballot gives `points` only: leave `ranking` out")
    tied: tuple[tuple[str, ...], ...] = ()
    if any(isinstance(entry, list) for entry in ranking):
        tied = tuple(tuple(entry) if isinstance(entry, list) else (entry,) for entry in ranking)
        if any(not group for group in tied):
            raise WorkplanError.single(name, "E101", "`ranking` holds an empty group: an equal rank names two projects or more")
        ranking = [project for group in tied for project in group]
        if all(len(group) == 1 for group in tied):
            tied = ()  # no two projects equal: a plain ranking, written with brackets
    cast = document.get("cast")
    if cast is not None and not isinstance(cast, dt.datetime):
        raise WorkplanError.single(name, "E101", "`cast` must be a date and time, e.g. 2023-03-23T10:15:00Z")
    if cast is not None and not schema.FIRST_DATE <= cast.date() <= schema.LAST_DATE:
        # Comparing it with the vote's opening and closing would leave Python's years.
        raise WorkplanError.single(name, "E106", f"`cast` is {cast.date()}; a date must be from {schema.FIRST_DATE} to {schema.LAST_DATE}")
    fingerprint = document.get("plan", "")
    if not isinstance(fingerprint, str):
        raise WorkplanError.single(name, "E101", "`plan` must be the plan's fingerprint (a string)")
    voters = document.get("voters", 1)
    if isinstance(voters, bool) or not isinstance(voters, int) or voters < 1:
        raise WorkplanError.single(
            name, "E424", "`voters` must be a whole number of voters, 1 or more (how many cast this same ballot)",
            *_key_place(text, "voters"),
        )
    return Ballot(
        member=member, ranking=tuple(ranking), cast=cast, plan=fingerprint, file=name, tied=tied, points=points, voters=voters
    )


def _key_place(text: str, key: str) -> tuple[int, int]:
    """(line, column) of the first line setting `key` in a ballot file's text; (1, 1) if none is found."""
    for number, line in enumerate(text.splitlines(), start=1):
        if line.lstrip().startswith(key) and line.lstrip()[len(key) :].lstrip().startswith("="):
            return number, len(line) - len(line.lstrip()) + 1
    return 1, 1


def voters_problem(ballot: Ballot, ids: VoterIds) -> str:
    """Why the ballot's `voters` cannot count on this roll; "" when it can. Only an imported
    electorate keeps one row for several voters: anywhere else a voter casts one ballot."""
    if ballot.voters == 1 or (ids.imported and isinstance(ballot.voters, int) and ballot.voters > 1):
        return ""
    if ids.imported:
        return f"stands for {ballot.voters:,} voters; a ballot stands for 1 voter or more"
    return (
        f"stands for {ballot.voters:,} voters, which only a ballot of an imported electorate may "
        '(`[voting] roll = "imported"`); here each voter casts their own ballot'
    )


def _points_of(value: Any, name: str) -> tuple[tuple[str, int], ...]:
    """A points ballot's `points = { a = 3 }` as (project, points) pairs; its shape only."""
    if value is None:
        return ()
    if not isinstance(value, dict):
        raise WorkplanError.single(name, "E101", "`points` must be a table of project ids and points, e.g. points = { a = 3 }")
    given = []
    for project, number in value.items():
        if isinstance(number, bool) or not isinstance(number, int):
            raise WorkplanError.single(name, "E142", f"`points.{shown(project)}` must be a whole number of points")
        given.append((project, number))
    if not given:
        raise WorkplanError.single(name, "E142", "`points` is empty: give points to at least one project")
    return tuple(given)


def kind_problems(plan: Plan, ballot: Ballot) -> list[tuple[str, str]]:
    """What in the ballot its kind does not allow on this plan (points over the total, negative
    points, equal ranks the method does not define, a ballot of another kind), as (error id, message)."""
    rules = plan.voting
    problems: list[tuple[str, str]] = []
    if rules.ballot == "points":
        if not ballot.points:
            return [("E144", "holds a ranking; this vote is by points: give `points = { project = N }`")]
        negative = [project for project, number in ballot.points if number < 0]
        if negative:
            problems.append(("E142", f"gives negative points to `{shown(negative[0])}`; points are 0 or more"))
        total = sum(number for _, number in ballot.points)
        if rules.points is not None and total > rules.points:
            problems.append(("E142", f"gives {total} points; a voter may give at most {rules.points} in all"))
        return problems
    if ballot.points:
        return [("E144", f"gives points; this vote is by {'approval' if rules.ballot == 'approval' else 'ranking'}, not points")]
    if ballot.tied and any(len(group) > 1 for group in ballot.tied):
        if rules.ballot == "approval":
            return [("E144", "ranks projects equal; an approval ballot lists the projects approved, without ranks")]
        if rules.method not in EQUAL_RANK_METHODS:
            from workplan_tui.voting.methods import METHOD_NAMES

            group = next(group for group in ballot.tied if len(group) > 1)
            problems.append((
                "E143",
                f"ranks `{shown(group[0])}` and `{shown(group[1])}` equal; {METHOD_NAMES[rules.method]} does not define "
                "equal ranks (only Borda count and Schulze do): rank them one above the other",
            ))
    return problems


# The error id of a rejection that has no more particular one (docs/errors.md, E401).
REJECTED = "E401"


def check_ballot(plan: Plan, ballot: Ballot, fingerprint: str | Callable[[], str], ids: VoterIds | None = None) -> str:
    """Why this ballot cannot count on this plan, or "" when it can (`ballot_problem` without its id)."""
    return ballot_problem(plan, ballot, fingerprint, ids)[1]


def ballot_problem(
    plan: Plan, ballot: Ballot, fingerprint: str | Callable[[], str], ids: VoterIds | None = None
) -> tuple[str, str]:
    """(error id, why) this ballot cannot count on this plan, or ("", "") when it can. Several
    problems are one reason, the first's id its id, each other one's id before it where it differs
    ("E202 unknown project `p9`; E144 holds a ranking; ...").

    `fingerprint` is the plan's, or a function giving it (computed only if a ballot carries one).
    """
    ids = ids or VoterIds.of(plan)
    linked = link_problem(ballot.file) if ballot.file else ""
    if linked:
        return REJECTED, linked
    problem = member_problem(plan, ballot.member, ids)
    if problem:
        return problem
    many = voters_problem(ballot, ids)
    if many:
        return "E424", many
    if ballot.plan:
        expected = fingerprint if isinstance(fingerprint, str) else fingerprint()
        if ballot.plan != expected:
            return REJECTED, (
                f"cast on a different version of the plan (ballot {cut(ballot.plan)}, plan {expected}); "
                "the member must vote again"
            )
    late_or_early = cast_problem(plan.voting, ballot.cast)
    if late_or_early:
        return "E408", late_or_early
    problems = ranking_problems(plan, ballot.ranking, ids) + interest_problems(plan, ballot.member, ballot.ranking)
    problems += kind_problems(plan, ballot)
    if problems:
        first = problems[0][0]
        return first, "; ".join(message if code == first else f"{code} {message}" for code, message in problems)
    stem = _stem(ballot.file)
    if stem != ballot.member and ids.admits(stem):
        return REJECTED, f"the file of member `{stem}` holds a ballot for `{ballot.member}`"
    return "", ""


_MEMBER = operator.attrgetter("member")


def read_ballots(
    plan: Plan, folder: str | os.PathLike[str], roll: Roll | None = None
) -> tuple[list[Ballot], list[Rejection]]:
    """Every ballot in folder that counts, and every other entry of the folder with the reason
    why it does not: a rejected ballot, or (`Rejection.ignored`) an entry that is no ballot.

    A missing folder means no ballots yet. Counted ballots are sorted by member id and
    rejections by file name, so the result does not depend on the order files were written.
    """
    known: list[str] = []

    def fingerprint() -> str:  # paper ballots carry none: compute it only when needed
        if not known:
            known.append(plan_io.fingerprint(plan))
        return known[0]

    ids = VoterIds.of(plan, roll)
    member_set, known_projects, length = ids.member_set, ids.known, plan.voting.ballot_length
    rules = plan.voting
    windowed = rules.opens is not None or rules.closes is not None
    declared = declared_by_member(plan)  # usually empty: one lookup per ballot
    by_points = rules.ballot == "points"  # a plain ranking cannot count there: check_ballot says why
    no_interest: frozenset[str] = frozenset()
    expected = ""  # the plan's fingerprint, once a ballot carries one
    rejected: list[Rejection] = []
    valid: list[Ballot] = []
    listing = _ballot_listing(folder)
    prefix = listing.prefix
    # Who a rejected file speaks for: its name (`<member>.toml`, the member's own file) and
    # the member it holds a ballot for. Either keeps another file from counting in its place.
    own_rejected: set[str] = set()
    held_rejected: dict[str, list[str]] = defaultdict(list)

    def reject(path: str, member: str, reason: str, code: str = "") -> None:
        rejected.append(Rejection(path, shown(member, limit=64), reason, code))
        stem = path[len(prefix) : -5]
        if ids.admits(stem):
            own_rejected.add(stem)
        if isinstance(member, str) and ids.admits(member):
            held_rejected[member].append(path)

    for name in listing.links:
        path = prefix + name
        reject(path, "", link_problem(path) or "a symbolic link: a ballot must be a file of the folder's own, not a link", REJECTED)
    for name in listing.ballots:
        path = prefix + name
        ballot = _read_canonical(path)
        if ballot is not None:
            # The common case, checked inline: a member's own file (every name listed ends
            # in .toml), on this plan, a ranking of distinct known projects no longer than
            # ballot_length, none declared an interest in by its member (the fast reader only
            # returns non-empty rankings of slugs, and never follows a link).
            # Anything else goes to check_ballot for its reason, which also accepts what
            # this test does not cover.
            ranking = ballot.ranking
            if ballot.plan and not expected:
                expected = fingerprint()
            if (
                not by_points
                and (ballot.member in member_set or ids.admits(ballot.member))
                and (not ballot.plan or ballot.plan == expected)
                and len(ranking) <= length
                and known_projects.issuperset(ranking)
                and len(set(ranking)) == len(ranking)
                and name[:-5] == ballot.member
                and not (windowed and cast_problem(rules, ballot.cast))
                and (not declared or declared.get(ballot.member, no_interest).isdisjoint(ranking))
            ):
                valid.append(ballot)
                continue
        else:
            try:
                ballot = _read_careful(Path(path))
            except WorkplanError as error:
                located = error.errors[0]
                where = f" (line {located.line}, column {located.column})" if located.line > 1 or located.column > 1 else ""
                reject(path, "", f"{located.message}{where}", located.code)
                continue
        code, reason = ballot_problem(plan, ballot, fingerprint, ids)
        if reason:
            # The member of a rejected ballot may be anything: shown() keeps the JSON and the
            # table safe to print.
            reject(ballot.file, ballot.member, reason, code)
        else:
            valid.append(ballot)
    # One ballot per member in their own files, none rejected, as usual: nothing to group.
    plain = len({ballot.member for ballot in valid}) == len(valid) and not (own_rejected or held_rejected)
    counted = valid if plain else _one_per_member(valid, rejected, own_rejected, held_rejected)
    counted.sort(key=_MEMBER)
    rejected += [Rejection(prefix + name, "", why, ignored=True) for name, why in listing.ignored]
    rejected.sort(key=lambda r: (r.file, r.reason))
    return counted, rejected


def ballot_folder(plan_path: str | os.PathLike[str], named: str | os.PathLike[str] | None = None) -> Path:
    """The folder to count: a named one must exist (a typo must not count as "no ballots"),
    the default one beside the plan may not yet."""
    if named is None:
        return ballots_dir(plan_path)
    if not Path(named).is_dir():
        raise WorkplanError.single(str(named), "E001", "no such ballot folder")
    return Path(named)


@attrs.frozen
class Vote:
    """A plan and the ballots cast on it, read together from the plan's file and its ballot box."""

    plan: Plan
    ballots: Sequence[Ballot]  # a list, or an SQLite box read as columns (voting/columns.py)
    rejected: list[Rejection]
    folder: Path  # the ballot box: a folder, or an SQLite box's file
    voters: int | None = None  # how many may vote when the roll is not the members (tally's `voters`)


def read_vote(plan_path: str | os.PathLike[str], folder: str | os.PathLike[str] | None = None) -> Vote:
    """The plan at plan_path and the ballots in its box (voting/ballot_box.open_box: the plan's,
    or the folder or box file named), checked against it."""
    from workplan_tui.voting.ballot_box import open_box, voters_on_roll

    plan = plan_io.load_plan(plan_path)
    box = open_box(plan_path, plan, folder)
    ballots, rejected = box.read(plan)
    return Vote(plan, ballots, rejected, box.path, voters_on_roll(box, ballots, rejected))


def _one_per_member(
    valid: list[Ballot], rejected: list[Rejection], own_rejected: set[str], held_rejected: dict[str, list[str]]
) -> list[Ballot]:
    """The ballot that counts for each member (rejecting the others in `rejected`): the one in
    the member's own file; none when that file is rejected; otherwise the only file holding a
    ballot for them, rejected ones included, or none when there are several."""
    by_member: dict[str, list[Ballot]] = defaultdict(list)
    for ballot in valid:
        by_member[ballot.member].append(ballot)
    counted = []
    for member, ballots in by_member.items():
        own = next((b for b in ballots if _stem(b.file) == member), None)
        if own is not None:
            counted.append(own)
            rejected.extend(
                Rejection(b.file, member, f"a second ballot for `{member}`; {member}.toml counts", REJECTED)
                for b in ballots if b is not own
            )
            continue
        if member in own_rejected:
            why = f"{member}.toml, the member's own ballot file, is rejected: no other file's ballot counts in its place"
            rejected.extend(Rejection(b.file, member, why, REJECTED) for b in ballots)
            continue
        holders = sorted([b.file for b in ballots] + held_rejected.get(member, []))
        if len(holders) == 1:
            counted.append(ballots[0])
            continue
        files = ", ".join(shown(Path(file).name, limit=80) for file in holders)
        why = f"{len(holders)} ballots for `{member}` ({files}) and none in {member}.toml; none counts"
        rejected.extend(Rejection(b.file, member, why, REJECTED) for b in ballots)
    return counted


# -- writing ---------------------------------------------------------------------


def dumps_ballot(ballot: Ballot) -> str:
    """The ballot as TOML, in the one layout `_CANONICAL` reads fast (ids are slugs: no escaping);
    a ballot with equal ranks or points in the layout read_ballot reads back to the same ballot."""
    if ballot.points:
        given = ", ".join(f"{project} = {number}" for project, number in ballot.points)
        lines = [f'member = "{ballot.member}"', f"points = {{ {given} }}"]
    elif ballot.tied:
        groups = ", ".join(
            f'"{group[0]}"' if len(group) == 1 else "[" + ", ".join(f'"{p}"' for p in group) + "]" for group in ballot.tied
        )
        lines = [f'member = "{ballot.member}"', f"ranking = [{groups}]"]
    else:
        ranking = ", ".join(f'"{project}"' for project in ballot.ranking)
        lines = [f'member = "{ballot.member}"', f"ranking = [{ranking}]"]
    if ballot.cast is not None:
        lines.append(f"cast = {ballot.cast.isoformat()}")
    if ballot.plan:
        lines.append(f'plan = "{ballot.plan}"')
    if ballot.voters != 1:
        lines.append(f"voters = {ballot.voters}")
    return "\n".join(lines) + "\n"


def checked_ballot(
    plan: Plan,
    member: str,
    ranking: Sequence[str],
    *,
    where: str,
    cast: dt.datetime | None = None,
    fingerprint: str | None = None,
    ids: VoterIds | None = None,
    tied: Sequence[Sequence[str]] = (),
    points: Sequence[tuple[str, int]] = (),
) -> Ballot:
    """The ballot the member casts, checked as every box writes it; raises WorkplanError located
    at `where` (nothing written) for an unknown member or project, a repeated project, too long
    or empty a ranking, a project the member declared an interest in (E411), or a ballot cast
    (`cast`, default now) outside the vote's opening and closing (VoteNotOpen, E408). `tied`
    (groups best first) or `points` make a ballot with equal ranks or a points ballot (then
    `ranking` is taken from them); what the plan's kind of ballot and method do not allow is
    refused (E142-E144, kind_problems)."""
    from workplan_tui.voting.rolls import refuse_imported

    refuse_imported(plan, where)  # an imported electorate's vote was held elsewhere
    if points:
        ranking = [project for project, _ in points]
    elif tied:
        ranking = [project for group in tied for project in group]
    problems: list[tuple[str, str]] = []
    member_error = member_problem(plan, member, ids)
    if member_error:
        problems.append(member_error)
    problems.extend(ranking_problems(plan, ranking, ids))
    if not member_error:
        problems.extend(interest_problems(plan, member, ranking))
    groups = tuple(tuple(group) for group in tied)
    if all(len(group) == 1 for group in groups):
        groups = ()
    given = tuple((project, number) for project, number in points)
    problems.extend(kind_problems(plan, Ballot(member, tuple(ranking), tied=groups, points=given)))
    if problems:
        raise WorkplanError([LocatedError(where, 1, 1, code, message) for code, message in problems])
    when = cast if cast is not None else dt.datetime.now(dt.UTC).replace(microsecond=0)
    refuse_unless_open(plan.voting, when, where)
    return Ballot(
        member=member,
        ranking=tuple(ranking),
        cast=when,
        plan=plan_io.fingerprint(plan) if fingerprint is None else fingerprint,
        tied=groups,
        points=given,
    )


def write_ballot(
    plan: Plan,
    folder: str | os.PathLike[str],
    member: str,
    ranking: Sequence[str],
    *,
    cast: dt.datetime | None = None,
    replace: bool = False,
    fingerprint: str | None = None,
    roll: Roll | None = None,
    tied: Sequence[Sequence[str]] = (),
    points: Sequence[tuple[str, int]] = (),
) -> Path:
    """Check (checked_ballot) and write `<folder>/<member>.toml` atomically; returns its path.

    Raises WorkplanError (nothing written) as checked_ballot does, or (unless `replace`, E402)
    when the member has voted.
    """
    folder = Path(folder)
    target_name = str(folder / f"{member}.toml") if isinstance(member, str) else str(folder)
    ballot = checked_ballot(
        plan, member, ranking, where=target_name, cast=cast, fingerprint=fingerprint,
        ids=None if roll is None else VoterIds.of(plan, roll), tied=tied, points=points,
    )
    return write_ballot_file(folder, ballot, replace=replace)


def write_ballot_file(folder: str | os.PathLike[str], ballot: Ballot, *, replace: bool = False) -> Path:
    """Write the ballot as `<folder>/<member>.toml`, unchecked (it was checked when cast, or is
    being moved from another box); raises AlreadyExists (E402) unless `replace` when the member
    has a ballot there."""
    folder = Path(folder)
    member = ballot.member
    path = ballot_path(folder, member)
    if os.path.lexists(path) and not replace:  # the common case, refused before any work
        raise _already_voted(path, member)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise WorkplanError.single(str(folder), "E403", f"cannot create the ballot folder: {error.strerror}") from None
    try:
        # A first vote is created only if no ballot exists at that moment (decided by the
        # file system, not by the check above): of two processes casting the same member's
        # first ballot at once, one wins and the other is told the member has voted. A ballot
        # file that is a link is replaced by the ballot, never written through to where it
        # points: a ballot is written in the ballot folder and nowhere else. A ballot says how
        # a member voted, which the record never does: readable by its owner only (0600).
        atomic_write(path, dumps_ballot(ballot), create=not replace)
    except AlreadyExists:
        raise _already_voted(path, member) from None
    return path


def _already_voted(path: Path, member: str) -> AlreadyExists:
    return AlreadyExists.single(
        str(path), "E402", f"`{member}` has already voted; replace the ballot with --force (or confirm in the app)"
    )
