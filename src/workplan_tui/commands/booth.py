"""`workplan booth PLAN`: the members' booth in this terminal, for one shared screen."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from workplan_tui.commands import say
from workplan_tui.exit_codes import EXIT_INVALID, EXIT_OK

if TYPE_CHECKING:
    from workplan_tui.commands import SubParsers

MAX_IDLE_MINUTES = 24 * 60
CODE_ATTEMPTS = 3


def add_parser(subparsers: SubParsers) -> None:
    parser = subparsers.add_parser("booth", help="the members' voting booth in the terminal (one shared screen)")
    parser.add_argument("plan", type=Path, metavar="PLAN")
    parser.add_argument(
        "--idle-minutes", type=float, metavar="N",
        help="a member's screen left N minutes without a key goes back to 'who is voting?', nothing cast "
             "(default: 3; 0: never)",
    )


def ask_officer_code() -> str | None:
    """The code that ends the booth, chosen by the officer before members sit down (not shown)."""
    import getpass

    for _ in range(CODE_ATTEMPTS):
        code = getpass.getpass("Officer: choose a code that ends the booth (not shown): ").strip()
        if not code:
            say("A code is needed: members share this screen, and only the code ends the booth.", file=sys.stderr)
        elif getpass.getpass("Type it again: ").strip() == code:
            return code
        else:
            say("The two were not the same.", file=sys.stderr)
    return None


def run(args: argparse.Namespace) -> int:
    if args.idle_minutes is not None and not 0 <= args.idle_minutes <= MAX_IDLE_MINUTES:
        say(f"error: --idle-minutes must be from 0 to {MAX_IDLE_MINUTES}, not {args.idle_minutes:g}", file=sys.stderr)
        return EXIT_INVALID
    from workplan_tui.ui.booth.booth_app import BoothApp

    # BoothApp loads the plan before its first frame: a bad plan is a WorkplanError here, printed
    # by cli.main as located lines, before the terminal is taken over.
    app = BoothApp(args.plan) if args.idle_minutes is None else BoothApp(args.plan, idle_minutes=args.idle_minutes)
    from workplan_tui.voting.codes import codes_required
    from workplan_tui.voting.rolls import refuse_imported

    refuse_imported(app.plan, str(args.plan))  # E425, before the terminal is taken over
    # With voting codes the meeting is formal: only the officer's code ends the booth (and gives
    # back this terminal's shell). Without, ending it is asked, never done by one key.
    if codes_required(app.plan):
        app.officer_code = ask_officer_code()
        if app.officer_code is None:
            say("error: the booth was not started: no code to end it was chosen", file=sys.stderr)
            return EXIT_INVALID
    app.run()
    return EXIT_OK
