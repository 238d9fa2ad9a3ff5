"""`workplan ballots PLAN --to sqlite|folder [--force]`: move the plan's ballots to the other box.

The core (voting/box_convert.py) converts losslessly, then sets `[voting] box` in the plan (its
fingerprint leaves the box out, so no ballot is voided); this prints what moved. Convert while
no one is voting: a ballot cast into the old box meanwhile is not moved.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from workplan_tui.exit_codes import EXIT_OK

if TYPE_CHECKING:
    from workplan_tui.commands import SubParsers

KINDS = ("sqlite", "folder")  # model.BOXES, named here so --help does not import the model


def add_parser(subparsers: SubParsers) -> None:
    parser = subparsers.add_parser(
        "ballots", help="move the plan's ballots to an SQLite box (large electorates) or back to a folder of files"
    )
    parser.add_argument("plan", type=Path, metavar="PLAN")
    parser.add_argument(
        "--to", required=True, choices=KINDS, metavar="KIND",
        help="sqlite: one file PLAN-STEM.ballots.sqlite beside the plan; folder: PLAN-STEM.ballots/, one file per voter",
    )
    parser.add_argument("--force", action="store_true", help="replace a box of that kind already beside the plan")


def run(args: argparse.Namespace) -> int:
    from workplan_tui.commands import say
    from workplan_tui.voting.box_convert import convert_box

    converted = convert_box(args.plan, args.to, force=args.force)
    say(converted.summary())
    return EXIT_OK
