from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from workplan_tui.exit_codes import EXIT_INVALID, EXIT_OK

if TYPE_CHECKING:
    from workplan_tui.commands import SubParsers
    from workplan_tui.model import Plan


def add_parser(subparsers: SubParsers) -> None:
    parser = subparsers.add_parser(
        "check", help="validate plans; exit 0 when all are valid, 2 when not (warnings, e.g. W101, keep 0)"
    )
    parser.add_argument("plans", type=Path, nargs="+", metavar="PLAN")


def run(args: argparse.Namespace) -> int:
    from workplan_tui.capacity import check_bundle, summary_line
    from workplan_tui.cli import print_errors
    from workplan_tui.commands import say
    from workplan_tui.errors import WorkplanError
    from workplan_tui.plan_io import load_plan

    status = EXIT_OK
    for path in args.plans:
        try:
            plan = load_plan(path)
        except WorkplanError as error:
            print_errors(error)
            status = EXIT_INVALID
            continue
        if plan.voting.roll not in ("members", "open", "imported"):
            from workplan_tui.voting.rolls import load_roll

            try:  # the roll is read whole as the booth and the count read it: better met here than at the meeting
                load_roll(path, plan)
            except WorkplanError as error:
                print_errors(error)
                status = EXIT_INVALID
                continue
        # An agreed plan commits only its agreed projects; a draft is checked as if all were taken.
        agreed = plan.info.status == "agreed"
        committed = [p.id for p in plan.projects if not agreed or p.status == "agreed"]
        feasibility = check_bundle(plan, committed)
        say(f"{path}: ok: {summary_line(plan, feasibility)}")
        warn_of_empty_sections(path, plan)
    return status


def warn_of_empty_sections(path: Path, plan: Plan) -> None:
    """Each document's warnings (W101…: a section the paper would leave empty) on standard error."""
    import sys

    from workplan_tui.commands import say
    from workplan_tui.export.papers import KINDS, document_warnings
    from workplan_tui.files import read_text

    if not any(kind.gaps(plan) for kind in KINDS.values()):
        return  # the file is read again, to place the warnings, only when there are some
    say(*map(str, document_warnings(plan, read_text(path), str(path))), file=sys.stderr)
