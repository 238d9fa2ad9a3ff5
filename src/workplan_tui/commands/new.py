from __future__ import annotations

import argparse
from pathlib import Path

from workplan_tui.exit_codes import EXIT_OK


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("new", help="write a commented starter plan (never overwrites)")
    parser.add_argument("path", type=Path, metavar="PATH")


def run(args: argparse.Namespace) -> int:
    from workplan_tui.starter import write_starter

    write_starter(args.path)
    print(f"{args.path}: starter plan written; edit it, then run `workplan check {args.path}`")
    return EXIT_OK
