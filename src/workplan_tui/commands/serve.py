"""`workplan serve PLAN`: the members' booth in a browser; the full app only with the officer key."""

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


def add_parser(subparsers: SubParsers) -> None:
    parser = subparsers.add_parser(
        "serve", help="serve the members' booth to browsers, and the full app at /officer with a key (localhost by default)"
    )
    parser.add_argument("plan", type=Path, metavar="PLAN")
    parser.add_argument(
        "--host", default="localhost",
        help="address to listen on (default: localhost); beyond this machine needs voting.codes = true",
    )
    parser.add_argument("--port", type=int, default=8000, help="port to listen on (default: 8000)")
    parser.add_argument(
        "--idle-minutes", type=float, metavar="N",
        help="a booth left N minutes without a key goes back to 'who is voting?', nothing cast (default: 3; 0: never)",
    )
    parser.add_argument(
        "--allow-host", action="append", default=[], metavar="NAME",
        help="a further name browsers may use for this server (e.g. board.example.org); IP addresses always work",
    )


def display_host(host: str) -> str:
    """The host to print in an address: an any-address bind is reached by the machine's name."""
    import socket

    if host in ("0.0.0.0", "::", ""):
        return socket.gethostname()
    return f"[{host}]" if ":" in host else host


def run(args: argparse.Namespace) -> int:
    import secrets

    if args.idle_minutes is not None and not 0 <= args.idle_minutes <= MAX_IDLE_MINUTES:
        say(f"error: --idle-minutes must be from 0 to {MAX_IDLE_MINUTES}, not {args.idle_minutes:g}", file=sys.stderr)
        return EXIT_INVALID
    from workplan_tui.plan_io import load_plan
    from workplan_tui.voting.codes import codes_path, codes_required

    plan = load_plan(args.plan)  # report a bad plan here rather than in every browser tab
    from workplan_tui.voting.rolls import refuse_imported

    refuse_imported(plan, str(args.plan))  # E425: an imported electorate's vote was held elsewhere
    from workplan_tui.ui.web.server import MeetingServer, is_loopback

    if not is_loopback(args.host):
        if not codes_required(plan):
            say(
                f"error: serving on {args.host} lets anyone who can reach it vote as any member: set "
                "`codes = true` under [voting] and run `workplan codes PLAN` first (or serve on localhost)",
                file=sys.stderr,
            )
            return EXIT_INVALID
        if not codes_path(args.plan).exists():
            say(f"warning: voting codes are on but none were issued: run `workplan codes {args.plan}` before members vote",
                  file=sys.stderr)
    officer_key = secrets.token_urlsafe(24)
    address = f"http://{display_host(args.host)}:{args.port}"
    say(f"Booth for members:  {address}/")
    say(f"Officer (full app): {address}/officer?key={officer_key}")
    say("The officer address is a password: do not share it. Ctrl+C stops serving.")
    sys.stdout.flush()
    MeetingServer(
        args.plan, host=args.host, port=args.port, officer_key=officer_key, allow_hosts=args.allow_host,
        idle_minutes=args.idle_minutes,
    ).serve()
    return EXIT_OK
