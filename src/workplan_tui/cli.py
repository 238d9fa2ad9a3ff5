"""The `workplan` command line.

Each command lives in `workplan_tui.commands.<name>` with `add_parser` and
`run`. Only the TUI commands import Textual; `check`, `tally` and `export`
start fast and run in scripts. Bad input is printed as
`FILE:LINE:COL: EXXX message`, one per line, with exit status 2; never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import io
import sys
from collections.abc import Sequence
from types import ModuleType
from typing import NoReturn

from workplan_tui import __version__
from workplan_tui.errors import WorkplanError
from workplan_tui.exit_codes import EXIT_INTERRUPTED, EXIT_INVALID, EXIT_OK

# command name -> module in workplan_tui.commands; the order is the order of `--help`.
COMMANDS: dict[str, str] = {
    "open": "open_",
    "check": "check",
    "new": "new",
    "serve": "serve",
    "booth": "booth",
    "tally": "tally",
    "vote": "vote",
    "close": "close",
    "ballots": "ballots",
    "codes": "codes",
    "compare": "compare",
    "schedule": "schedule",
    "export": "export",
    "verify": "verify",
    "rollover": "rollover",
    "import": "import_",
}


class _Parser(argparse.ArgumentParser):
    """argparse's parser, its messages shown safely: they quote what was typed (`--date`'s value)."""

    def error(self, message: str) -> NoReturn:
        from workplan_tui.text import shown_safely

        super().error(shown_safely(message))


def build_parser(only: str | None = None) -> tuple[argparse.ArgumentParser, dict[str, ModuleType]]:
    """The argument parser; with `only`, just that command's (start-up time is a target)."""
    parser = _Parser(
        prog="workplan",
        description="Prepare a board's annual work plan, rank priority projects and record the decision.",
        epilog="`workplan PLAN` opens the plan in the terminal app.",
    )
    parser.add_argument("--version", action="version", version=f"workplan {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    modules = {}
    for name, module_name in COMMANDS.items():
        if only is not None and name != only:
            continue
        module = importlib.import_module(f"workplan_tui.commands.{module_name}")
        module.add_parser(subparsers)
        modules[name] = module
    return parser, modules


def main(argv: Sequence[str] | None = None) -> int:
    # Everything printed is shown safely already (text.shown_safely: no lone surrogate of a file
    # name reaches a stream). A terminal that is not UTF-8 may still lack a character (`…` in
    # ASCII): it is shown as an escape (`\u2026`) rather than ending the command with a
    # traceback halfway through the count. The streams are given back as they were.
    strict = [
        stream for stream in dict.fromkeys((sys.stdout, sys.stderr))
        if isinstance(stream, io.TextIOWrapper) and stream.errors == "strict"
    ]
    for stream in strict:
        stream.reconfigure(errors="backslashreplace")
    try:
        return _main(argv)
    finally:
        for stream in strict:
            stream.reconfigure(errors="strict")


def _main(argv: Sequence[str] | None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments and not arguments[0].startswith("-") and arguments[0] not in COMMANDS:
        arguments.insert(0, "open")
    parser, modules = build_parser(arguments[0] if arguments and arguments[0] in COMMANDS else None)
    args = parser.parse_args(arguments)
    if args.command is None:
        parser.print_help()
        return EXIT_OK
    try:
        status: int = modules[args.command].run(args)
        return status
    except WorkplanError as error:
        print_errors(error)
        return EXIT_INVALID
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return EXIT_OK


def print_errors(error: WorkplanError) -> None:
    """Each error on a line of its own: `FILE:LINE:COL: EXXX message`, shown safely."""
    from workplan_tui.commands import say

    say(*map(str, error.errors), file=sys.stderr)
