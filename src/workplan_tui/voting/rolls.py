"""Who may vote: the roll, `[voting] roll` (docs/voting.md, "Ballot boxes and rolls").

- `"members"` (the default): the plan's `[[members]]`, as a board has always voted;
- `"open"`: no list; every voter id in the ballot box counts once (one file per id in a
  folder, one row per id in an SQLite box: the box itself keeps a voter to one ballot);
- `"imported"`: an imported anonymous electorate (a PrefLib file): the box keeps one row per
  distinct ballot with how many voters cast it (`Ballot.voters`), every row counts for its voters,
  and nobody can cast into it (`imported_refusal`, E425): the vote was held elsewhere;
- `"FILE.csv"`: a CSV file beside the plan with a header `id,label,role` (label and role may
  be left empty: the id, and `member`), one voter a line, for electorates too large to list in
  the plan. Read safely (files.read_text: a regular file, size-limited, UTF-8) and checked
  whole: every id a voter id, none twice, no unsafe characters; each problem located (E422).
"""

from __future__ import annotations

import csv
import os
from pathlib import Path

import attrs

from workplan_tui import schema
from workplan_tui.errors import LocatedError, WorkplanError
from workplan_tui.files import read_text
from workplan_tui.model import Member, Plan
from workplan_tui.text import UNSAFE_IN_TEXT, cut, shown_safely

MAX_ROLL_BYTES = 64 * 1024 * 1024  # a city's electorate: 194,530 voters are about 6 MB
MOST_ROLL_PROBLEMS = 20  # a broken roll of a million lines: the first problems say enough
ROLL_COLUMNS = ("id", "label", "role")
ROLL_KINDS = ("members", "open", "imported")  # or a file name ending in .csv
IMPORTED_REFUSAL = (
    "This vote's ballots were imported from a count held elsewhere: nobody can cast a ballot into it. "
    "Count it (`workplan tally`), or make a plan of your own to vote on."
)


@attrs.frozen
class Roll:
    kind: str  # "members" | "open" | "imported" | "csv"
    voters: tuple[Member, ...]  # in the roll's order; () for an open roll
    ids: frozenset[str]
    name: str = ""  # the CSV file's path, for messages

    def label(self, voter: str) -> str:
        """How a voter is named: their label on the roll, else the id."""
        for member in self.voters:
            if member.id == voter:
                return member.label
        return voter


def roll_problem(value: str) -> str:
    """Why `[voting] roll` cannot name a roll; "" when it can."""
    if value in ROLL_KINDS:
        return ""
    if not value.endswith(".csv") or "/" in value or "\\" in value or value.startswith(".") or value == ".csv":
        return '`roll` must be "members", "open", "imported" or the name of a CSV file beside the plan, e.g. "voters.csv"'
    return ""


def roll_path(plan_path: str | os.PathLike[str], value: str) -> Path:
    """The CSV roll named by `[voting] roll`: beside the plan, never anywhere else."""
    return Path(plan_path).with_name(value)


def load_roll(plan_path: str | os.PathLike[str], plan: Plan) -> Roll:
    """The plan's roll; raises WorkplanError (E422, E001, E002) when a CSV roll cannot be read."""
    value = plan.voting.roll
    if value == "members":
        return Roll("members", plan.members, frozenset(member.id for member in plan.members))
    if value in ("open", "imported"):
        return Roll(value, (), frozenset())
    problem = roll_problem(value)
    if problem:
        raise WorkplanError.single(str(plan_path), "E422", problem)
    path = roll_path(plan_path, value)
    try:
        text = read_text(path, limit=MAX_ROLL_BYTES, what="roll")
    except WorkplanError as error:
        if not path.exists() and not path.is_symlink():
            raise WorkplanError.single(
                str(path), "E422", f"no such roll: the plan's `[voting] roll` names {shown_safely(path.name)}, beside the plan"
            ) from None
        raise error from None
    voters = parse_roll(text, str(path))
    return Roll("csv", voters, frozenset(member.id for member in voters), str(path))


def parse_roll(text: str, name: str) -> tuple[Member, ...]:
    """A CSV roll's voters; WorkplanError listing every problem (up to MOST_ROLL_PROBLEMS) by line."""
    problems: list[LocatedError] = []

    def problem(line: int, column: int, message: str) -> None:
        problems.append(LocatedError(name, line, column, "E422", message))

    lines = text.splitlines()
    if not lines or not lines[0].strip():
        raise WorkplanError.single(name, "E422", "the roll is empty: its first line must be the header id,label,role")
    header = [cell.strip().lower() for cell in _cells(lines[0])]
    if header[:1] != ["id"] or any(column not in ROLL_COLUMNS for column in header) or len(set(header)) != len(header):
        raise WorkplanError.single(
            name, "E422", f"the first line must be the header id,label,role (label and role optional); found `{cut(shown_safely(lines[0]))}`"
        )
    voters: list[Member] = []
    first_line: dict[str, int] = {}
    reader = csv.reader(lines[1:], strict=True)
    line = 1
    try:
        for row in reader:
            line = reader.line_num + 1
            if len(problems) >= MOST_ROLL_PROBLEMS:
                problem(line, 1, "and more problems after this line")
                break
            if not row or all(not cell.strip() for cell in row):
                continue  # a blank line
            if len(row) > len(header):
                problem(line, 1, f"{len(row)} values; the header has {len(header)} columns ({','.join(header)})")
                continue
            record = dict(zip(header, (cell.strip() for cell in row), strict=False))
            voter = record.get("id", "")
            if not schema.ID_PATTERN.fullmatch(voter) or voter in schema.RESERVED_IDS:
                problem(line, 1, f"`{cut(shown_safely(voter))}` is not a voter id: lower-case letters, digits, - and _, at most 64")
                continue
            if voter in first_line:
                problem(line, 1, f"voter `{voter}` is on the roll twice (first on line {first_line[voter]})")
                continue
            first_line[voter] = line
            label = record.get("label", "") or voter
            role = record.get("role", "") or "member"
            unsafe = next((value for value in (label, role) if UNSAFE_IN_TEXT.search(value) or "\n" in value), None)
            if unsafe is not None:
                problem(line, 1, f"`{cut(shown_safely(unsafe))}` holds a control character")
                continue
            voters.append(Member(voter, label, role))
    except csv.Error as error:
        problem(reader.line_num + 1, 1, f"not CSV: {error}")
    if problems:
        raise WorkplanError(problems)
    return tuple(voters)


def _cells(line: str) -> list[str]:
    try:
        return next(csv.reader([line]), [])
    except csv.Error:
        return [line]


def dumps_roll(voters: tuple[Member, ...] | list[Member]) -> str:
    """A CSV roll's text, as parse_roll reads it (the importer writes large electorates so)."""
    import io

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(ROLL_COLUMNS)
    for member in voters:
        writer.writerow((member.id, member.label, member.role))
    return out.getvalue()


def imported_refusal(plan: Plan) -> str:
    """Why nobody can cast a ballot on this plan because its electorate was imported, as a
    sentence; "" when ballots may be cast."""
    return IMPORTED_REFUSAL if plan.voting.roll == "imported" else ""


def refuse_imported(plan: Plan, where: str) -> None:
    """Raise WorkplanError (E425) located at `where` when nobody can cast into this plan's box."""
    refusal = imported_refusal(plan)
    if refusal:
        raise WorkplanError.single(where, "E425", refusal)


def asks_for_voter_id(plan: Plan) -> bool:
    """The voter types their voter id (the booth, the Vote pane) instead of choosing a name:
    the roll is a CSV file or open, so there is no list of the plan's members to choose from."""
    return plan.voting.roll != "members"


def typed_voter_id(text: str) -> str:
    """A voter id as typed: spaces around it dropped and in lower case (ids are lower case,
    and a voter who types their number in capitals means the same number)."""
    return text.strip().lower()


def voter_refusal(roll: Roll, voter: str) -> str:
    """Why the voter id typed at the booth or the Vote pane may not vote on this roll, in the
    Board's words; "" when it may. A CSV roll's refusal names no one and suggests nothing:
    a "did you mean" would show who else is on the roll."""
    if roll.kind == "imported":
        return IMPORTED_REFUSAL
    if not voter:
        return "Type your voter number."
    well_formed = bool(schema.ID_PATTERN.fullmatch(voter)) and voter not in schema.RESERVED_IDS
    if roll.kind == "csv":
        if voter in roll.ids:
            return ""
        return "That voter number is not on the roll. Check it and type it again, or ask an officer."
    if roll.kind == "open":
        if well_formed:
            return ""
        return ("That is not a voter number: it is made of lower-case letters, digits, hyphens and "
                "underscores, at most 64 of them. Check it and type it again, or ask an officer.")
    if voter in roll.ids:
        return ""
    return "That is not the voter id of a member of the board."


@attrs.frozen
class TypedVoter:
    voter: str  # the voter id; "" when refused
    label: str  # how the voter is named: their label on a CSV roll, else the id
    refusal: str  # why the id may not vote, in the Board's words; "" when it may


def identify_voter(plan_path: str | os.PathLike[str], plan: Plan, typed: str) -> TypedVoter:
    """The voter a person typed the id of, checked against the plan's roll (voter_refusal);
    raises WorkplanError (E422, E001, E002) when a CSV roll cannot be read."""
    voter = typed_voter_id(typed)
    roll = load_roll(plan_path, plan)
    refusal = voter_refusal(roll, voter)
    if refusal:
        return TypedVoter("", "", refusal)
    return TypedVoter(voter, roll.label(voter), "")
