from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from workplan_tui.exit_codes import EXIT_OK

if TYPE_CHECKING:
    from workplan_tui.commands import SubParsers


def add_parser(subparsers: SubParsers) -> None:
    parser = subparsers.add_parser("open", help="open the terminal app on PLAN (the same as `workplan PLAN`)")
    parser.add_argument("plan", type=Path, metavar="PLAN")


def run(args: argparse.Namespace) -> int:
    from workplan_tui.ui.app import WorkplanApp

    WorkplanApp(args.plan).run()
    return EXIT_OK
