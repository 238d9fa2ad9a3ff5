"""`workplan booth PLAN`: the members' booth in this terminal, for one shared screen."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from workplan_tui.exit_codes import EXIT_OK

if TYPE_CHECKING:
    from workplan_tui.commands import SubParsers


def add_parser(subparsers: SubParsers) -> None:
    parser = subparsers.add_parser("booth", help="the members' voting booth in the terminal (one shared screen)")
    parser.add_argument("plan", type=Path, metavar="PLAN")


def run(args: argparse.Namespace) -> int:
    from workplan_tui.ui.booth.booth_app import BoothApp

    # BoothApp loads the plan before its first frame: a bad plan is a WorkplanError here, printed
    # by cli.main as located lines, before the terminal is taken over.
    BoothApp(args.plan).run()
    return EXIT_OK
