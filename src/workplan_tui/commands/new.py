"""`workplan new PATH [--from AGREED]`: a commented starter plan, or next cycle's draft."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from workplan_tui.exit_codes import EXIT_OK

if TYPE_CHECKING:
    from workplan_tui.commands import SubParsers


def add_parser(subparsers: SubParsers) -> None:
    parser = subparsers.add_parser(
        "new", help="write a commented starter plan, or with --from next cycle's draft (never overwrites)"
    )
    parser.add_argument("path", type=Path, metavar="PATH")
    parser.add_argument(
        "--from", dest="agreed", type=Path, metavar="AGREED",
        help="start from an agreed plan, as `workplan rollover` does: agreed projects become activities, "
        "the rest stay candidates, dates move on a year",
    )


def run(args: argparse.Namespace) -> int:
    from workplan_tui.commands import say
    from workplan_tui.starter import cycle_start_year, starter_text, today, write_starter

    if args.agreed is None:
        start = cycle_start_year(today())
        write_starter(args.path, starter_text(start))
        cycle = f"{start}/{(start + 1) % 100:02d}"
        say(f"{args.path}: starter plan for {cycle} (April {start} to March {start + 1}) written; "
            f"edit it, then run `workplan check {args.path}`")
        return EXIT_OK
    from workplan_tui.rollover import next_draft

    draft, text = next_draft(args.agreed)
    write_starter(args.path, text)
    say(f"{args.path}: draft for {draft.info.cycle} written from {args.agreed} ({len(draft.projects)} candidates carried over)")
    return EXIT_OK
