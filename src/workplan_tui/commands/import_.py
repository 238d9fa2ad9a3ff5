"""`workplan import PLAN --projects FILE.csv [--force]`: candidate projects from a spreadsheet;
`workplan import --pabulib FILE.pb [-o PLAN]` and `--preflib FILE.soi|.soc|.toi|.toc [-o PLAN]`: a
real participatory budget or election as a plan and its ballot box (docs/import.md).

One row per project under a header row naming the columns (docs/editing.md): id, title,
theme, summary, resources, timing, cost, funding, start, end, gates (separated by `;`) and
one `effort:ROLE` column per role. Only id, title, theme, start and end are required.

Every problem is reported as `FILE.csv:ROW:COL: EXXX message`, rows and columns counted as a
spreadsheet counts them (the header is row 1). Nothing is written unless every row is good:
the plan with all the new projects is checked as `workplan check` checks it, then written
atomically through plan_edit, so the plan's comments and layout stay as they were.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from workplan_tui.exit_codes import EXIT_OK

if TYPE_CHECKING:
    from workplan_tui.commands import SubParsers
    from workplan_tui.errors import LocatedError
    from workplan_tui.model import Plan
    from workplan_tui.plan_edit import EditSession

COLUMNS = ("id", "title", "theme", "summary", "resources", "timing", "cost", "funding", "start", "end", "gates")
REQUIRED = ("id", "title", "theme", "start", "end")
EFFORT = "effort:"
MAX_CSV_BYTES = 8 * 1024 * 1024
_PROJECT_PATH = re.compile(r"`projects\[\d+\]\.([^`]+)`")


def add_parser(subparsers: SubParsers) -> None:
    parser = subparsers.add_parser(
        "import",
        help="add candidate projects from a spreadsheet (CSV), or make a plan and its ballots from a pabulib or PrefLib file",
    )
    parser.add_argument("plan", type=Path, metavar="PLAN", nargs="?", help="the plan to add the spreadsheet's projects to")
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--projects", type=Path, metavar="FILE.csv", help="the spreadsheet, saved as CSV")
    source.add_argument("--pabulib", type=Path, metavar="FILE.pb", help="a participatory budget from pabulib (.pb)")
    source.add_argument("--preflib", type=Path, metavar="FILE", help="an election from PrefLib (.soc, .soi, .toc, .toi)")
    parser.add_argument("-o", "--output", type=Path, metavar="PLAN", help="the plan to write (default: FILE's name, .toml, here)")
    parser.add_argument(
        "--box", choices=("sqlite", "folder"), default="sqlite",
        help="pabulib/PrefLib: where the ballots go: one SQLite file (default, for thousands of voters) or a folder of files",
    )
    parser.add_argument("--seats", type=int, metavar="N", help="seats to fill for a PrefLib election (default: as recorded, else 1)")
    parser.add_argument(
        "--force", action="store_true",
        help="CSV: replace the fields of projects whose id is already in the plan (default: such a row is an error); "
        "pabulib/PrefLib: replace the plan and ballots at -o",
    )
    parser.add_argument(
        "--void-ballots", action="store_true",
        help="import even though ballots already cast would no longer count (default: refused, E412)",
    )


def run(args: argparse.Namespace) -> int:
    from workplan_tui.commands import say
    from workplan_tui.errors import WorkplanError
    from workplan_tui.plan_edit import EditSession

    if args.pabulib is not None or args.preflib is not None:
        return import_instance(args)
    if args.plan is None:
        raise WorkplanError.single("--projects", "E003", "give the plan to add the projects to: workplan import PLAN --projects FILE.csv")
    session = EditSession.open(args.plan)
    before = session.plan
    added, replaced = import_projects(session, args.projects, replace=args.force)
    if not args.void_ballots:
        refuse_to_void_ballots(args.plan, before, session.plan)
    session.save()
    what = f"{added} project{'s' if added != 1 else ''} added"
    if replaced:
        what += f", {replaced} replaced"
    say(f"{args.plan}: {what} from {args.projects}")
    return EXIT_OK


def import_instance(args: argparse.Namespace) -> int:
    """A pabulib or PrefLib file as a plan and its ballots (sources/)."""
    from workplan_tui.commands import say
    from workplan_tui.errors import WorkplanError
    from workplan_tui.sources.importing import pabulib_plan, preflib_plan, write_imported
    from workplan_tui.text import plural

    source = args.pabulib if args.pabulib is not None else args.preflib
    if args.plan is not None:
        raise WorkplanError.single(str(args.plan), "E003", "the plan to write is given with -o PLAN when importing a whole instance")
    if args.seats is not None and not 1 <= args.seats <= 1000:
        raise WorkplanError.single("--seats", "E106", f"--seats must be from 1 to 1000, not {args.seats}")
    if args.pabulib is not None:
        from workplan_tui.sources.pabulib import read_pabulib

        imported = pabulib_plan(read_pabulib(source), source.name, box=args.box)
    else:
        from workplan_tui.sources.preflib import read_preflib

        imported = preflib_plan(read_preflib(source), source.name, seats=args.seats, box=args.box)
    output = args.output if args.output is not None else Path(source.stem + ".toml")
    written = write_imported(imported, output, force=args.force)
    plan = written.plan
    say(
        f"{output}: {plan.info.title}: {plural(len(plan.projects), 'project')}, {plural(written.ballots, 'ballot')}"
        + (f" ({written.rows:,} distinct, one row each)" if written.rows != written.ballots else "")
        + f" in {written.box}"
        + (f", {len(plan.official.selected)} selected officially" if plan.official and plan.official.selected else ""),
        *(f"  - {note}" for note in imported.notes),
    )
    return EXIT_OK


def refuse_to_void_ballots(plan_path: Path, before: Plan, after: Plan) -> None:
    """E412 when the import changes what voters weigh while ballots cast on the plan count."""
    from workplan_tui.errors import WorkplanError
    from workplan_tui.voting.ballot_box import open_box
    from workplan_tui.voting.voided import ballots_voided, voters

    voided = ballots_voided(before, after, open_box(plan_path, before))
    if voided:
        count = len(voided)
        raise WorkplanError.single(
            str(plan_path), "E412",
            f"importing would void {count} ballot{'s' if count != 1 else ''} already cast ({voters(before, voided)}): "
            "they were cast on the plan without these projects; nothing was written. "
            "Add --void-ballots to import anyway (those members vote again)",
        )


def import_projects(session: EditSession, csv_path: Path, *, replace: bool = False) -> tuple[int, int]:
    """Add (or with replace, update) the spreadsheet's projects in one checked edit.

    Raises WorkplanError with every problem located in the CSV; the session is unchanged then.
    Returns how many projects were added and replaced.
    """
    from workplan_tui.errors import WorkplanError

    file = str(csv_path)
    rows, column_of, errors = read_rows(csv_path, session.plan)
    bad_cells = {(error.line, error.column) for error in errors}
    bad_rows = {error.line for error in errors}
    existing = {project.id: index for index, project in enumerate(session.plan.projects)}
    seen: dict[str, int] = {}
    duplicates = []
    for row_number, fields in rows:
        project_id = fields.get("id")
        if not isinstance(project_id, str):
            continue  # a missing or bad id is a cell error already
        if project_id in existing and not replace:
            duplicates.append(_error(file, row_number, column_of["id"], "E201",
                                 f"project `{project_id}` is already in {session.path.name}; use --force to replace it"))
        elif project_id in seen:
            duplicates.append(_error(file, row_number, column_of["id"], "E201",
                                 f"duplicate id `{project_id}`: row {seen[project_id]} has it too"))
        seen.setdefault(project_id, row_number)
    if duplicates:
        raise WorkplanError(sorted(errors + duplicates, key=lambda e: (e.line, e.column, e.code)))

    # Where each row's project will stand in the plan, to trace the plan's errors back to it.
    row_at_index: dict[int, int] = {}
    position = len(session.plan.projects)
    for row_number, fields in rows:
        if fields.get("id") in existing:  # a row whose id cell is empty or blank has none
            row_at_index[existing[fields["id"]]] = row_number
        else:
            row_at_index[position] = row_number
            position += 1

    # The rows are checked with the plan's rules even when some cells were bad (those cells
    # left out), so one run reports every problem; nothing is applied unless all are good.
    outcome = session.put_many(
        "projects", [fields for _, fields in rows], label=f"import {csv_path.name}", dry_run=bool(errors)
    )
    located = list(errors)
    for error, path in outcome.paths().items():
        if len(path) >= 2 and path[0] == "projects" and path[1] in row_at_index:
            row = row_at_index[path[1]]
            field = str(path[2]) if len(path) >= 3 else ""
            column = column_of.get(f"{EFFORT}{path[3]}" if field == "effort" and len(path) > 3 else field, 1)
            if (row, column) in bad_cells or (error.code == "E102" and row in bad_rows):
                continue  # a consequence of a cell already reported
            message = _PROJECT_PATH.sub(r"`\1`", error.message).replace(f"in projects[{path[1]}]", "in this row")
            located.append(_error(file, row, column, error.code, message))
        else:
            located.append(error)
    if located:
        raise WorkplanError(sorted(located, key=lambda e: (e.file != file, e.line, e.column, e.code)))
    replaced = sum(1 for _, fields in rows if fields["id"] in existing)
    return len(rows) - replaced, replaced


def read_rows(csv_path: Path, plan: Plan) -> tuple[list[tuple[int, dict[str, Any]]], dict[str, int], list[LocatedError]]:
    """The spreadsheet's rows (row number, project fields; a bad cell left out), the column
    number of each known column, and the problems in single cells. Raises WorkplanError for
    an unreadable file or a bad header."""
    import csv
    import io

    from workplan_tui.errors import WorkplanError
    from workplan_tui.files import read_text
    from workplan_tui.text import did_you_mean

    file = str(csv_path)
    text = read_text(csv_path, limit=MAX_CSV_BYTES, what="CSV")
    records: list[list[str]] = []
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        for record in reader:
            records.append(record)
    except csv.Error as error:
        raise WorkplanError.single(file, "E011", f"CSV syntax: {error}", len(records) + 1, 1) from None

    header = [cell.strip().lower() for cell in records[0]]
    errors = []
    column_of: dict[str, int] = {}
    known = list(COLUMNS) + [f"{EFFORT}{role}" for role in plan.limits.capacity]
    for number, name in enumerate(header, 1):
        if not name:
            continue
        if name in column_of:
            errors.append(_error(file, 1, number, "E201", f"column `{name}` appears twice (also column {column_of[name]})"))
        elif name.startswith(EFFORT):
            role = name[len(EFFORT):].strip()
            if role not in plan.limits.capacity:
                hint = did_you_mean(role, tuple(plan.limits.capacity))
                errors.append(_error(file, 1, number, "E202", f"unknown role (limits.capacity) `{role}` in column `{name}`{hint}"))
            column_of[name] = number
        elif name not in COLUMNS:
            errors.append(_error(file, 1, number, "E103", f"unknown column `{name}`{did_you_mean(name, known)}"))
        else:
            column_of[name] = number
    missing = [name for name in REQUIRED if name not in column_of]
    if missing:
        names = ", ".join(f"`{name}`" for name in missing)
        errors.append(_error(file, 1, 1, "E102", f"missing required column{'s' if len(missing) > 1 else ''} {names}"))
    if errors:
        raise WorkplanError(errors)

    rows: list[tuple[int, dict[str, Any]]] = []
    for row_number, record in enumerate(records[1:], 2):
        if not any(cell.strip() for cell in record):
            continue  # blank lines at the end of a sheet
        if len(record) > len(header) and any(cell.strip() for cell in record[len(header):]):
            errors.append(_error(file, row_number, len(header) + 1, "E103", f"more cells than the header has columns ({len(header)})"))
        fields: dict[str, Any] = {}
        for name, column in column_of.items():
            raw = record[column - 1].strip() if column - 1 < len(record) else ""
            value, problem = _cell(name, raw, plan.limits.currency)
            if problem:
                errors.append(_error(file, row_number, column, *problem))
            elif value is not None:
                if name.startswith(EFFORT):
                    fields.setdefault("effort", {})[name[len(EFFORT):].strip()] = value
                else:
                    fields[name] = value
            elif name not in REQUIRED:
                fields[name] = None  # an empty cell: the key's default (matters when replacing)
        rows.append((row_number, fields))
    if not rows and not errors:
        raise WorkplanError.single(file, "E004", "no projects: the sheet has a header row and nothing under it")
    return rows, column_of, errors


def _cell(name: str, raw: str, currency: str = "GBP") -> tuple[Any, tuple[str, str] | None]:
    """A cell's value for the plan, or (None, (code, message)) when it cannot be one."""
    import datetime as dt

    from workplan_tui.money import AmountError, amount_of, typed_amount
    from workplan_tui.text import cut

    if not raw:
        return None, (("E102", f"`{name}` is empty; every project needs one") if name in REQUIRED else None)
    if name == "cost":
        # "£3,750", "3 750", "3750.50": spreadsheets add currency signs and thousands
        # separators; the amount is read exactly (money.py), the plan's check says the range.
        try:
            amount_of(raw, currency)
        except AmountError as error:
            return None, (error.code, error.message("`cost`", cut(raw)))
        return typed_amount(raw, currency), None
    if name.startswith(EFFORT):
        try:
            number = float(raw)
        except ValueError:
            return None, ("E101", f"`{name}` must be a number of person-days, not `{cut(raw)}`")
        return (int(number) if number.is_integer() else number), None
    if name in ("start", "end"):
        try:
            return dt.date.fromisoformat(raw), None
        except ValueError:
            return None, ("E101", f"`{name}` must be a date like 2023-04-01, not `{cut(raw)}`")
    if name == "gates":
        return [gate.strip() for gate in raw.split(";") if gate.strip()], None
    return raw, None


def _error(file: str, row: int, column: int, code: str, message: str) -> LocatedError:
    from workplan_tui.errors import LocatedError

    return LocatedError(file, row, column, code, message)
