"""`workplan rollover AGREED -o NEXT`: the next cycle's draft from an agreed plan (see rollover.py)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from workplan_tui.exit_codes import EXIT_OK

if TYPE_CHECKING:
    from workplan_tui.commands import SubParsers


def add_parser(subparsers: SubParsers) -> None:
    parser = subparsers.add_parser(
        "rollover",
        help="start next cycle's draft from an agreed plan: agreed projects become activities, the rest stay candidates",
    )
    parser.add_argument("plan", type=Path, metavar="AGREED")
    parser.add_argument(
        "-o", "--output", metavar="NEXT",
        help="where to write; `-` for standard output (default: the name with its years moved on, "
        "e.g. sscb-2023-24.agreed.toml -> sscb-2024-25.toml; plan.agreed.toml -> plan.next.toml)",
    )
    parser.add_argument("--force", action="store_true", help="replace NEXT if it exists")


def run(args: argparse.Namespace) -> int:
    import sys

    from workplan_tui.commands import say
    from workplan_tui.rollover import write_next_draft

    output = sys.stdout if args.output == "-" else Path(args.output) if args.output else None
    draft, written = write_next_draft(args.plan, output, force=args.force)
    if written is not None:
        say(f"{written}: draft for {draft.info.cycle} written ({len(draft.projects)} candidates carried over)")
    return EXIT_OK
