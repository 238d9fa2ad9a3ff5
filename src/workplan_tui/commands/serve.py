from __future__ import annotations

import argparse
import sys
from pathlib import Path

from workplan_tui.exit_codes import EXIT_OK

LOCAL_HOSTS = ("localhost", "127.0.0.1", "::1")


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("serve", help="serve the terminal app to a browser (localhost by default)")
    parser.add_argument("plan", type=Path, metavar="PLAN")
    parser.add_argument("--host", default="localhost", help="address to listen on (default: localhost)")
    parser.add_argument("--port", type=int, default=8000, help="port to listen on (default: 8000)")


def run(args: argparse.Namespace) -> int:
    import shlex

    from workplan_tui.plan_io import load_plan

    load_plan(args.plan)  # report a bad plan here rather than in every browser tab
    from textual_serve.server import Server

    command = f"{shlex.quote(sys.executable)} -m workplan_tui open {shlex.quote(str(args.plan.resolve()))}"
    if args.host not in LOCAL_HOSTS:
        print(f"warning: serving on {args.host}: anyone who can reach this address can open the plan", file=sys.stderr)
    Server(command, host=args.host, port=args.port, title="workplan").serve()
    return EXIT_OK
