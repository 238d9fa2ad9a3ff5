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


def exposure_warnings(plan, plan_path: Path, host: str) -> list[str]:  # noqa: ANN001 - Plan
    """What to tell the officer before serving beyond this machine: who can open it, and vote."""
    if host in LOCAL_HOSTS:
        return []
    from workplan_tui.voting.codes import codes_path, codes_required

    warnings = [f"serving on {host}: anyone who can reach this address can open the plan"]
    if not codes_required(plan):
        warnings.append(
            "voting codes are off: anyone who can reach this address can vote as any member; "
            "set `codes = true` under [voting] and run `workplan codes PLAN`"
        )
    elif not codes_path(plan_path).exists():
        warnings.append(f"voting codes are on but none were issued: run `workplan codes {plan_path}` before members vote")
    return warnings


def run(args: argparse.Namespace) -> int:
    import shlex

    from workplan_tui.plan_io import load_plan

    plan = load_plan(args.plan)  # report a bad plan here rather than in every browser tab
    from textual_serve.server import Server

    command = f"{shlex.quote(sys.executable)} -m workplan_tui open {shlex.quote(str(args.plan.resolve()))}"
    for warning in exposure_warnings(plan, args.plan, args.host):
        print(f"warning: {warning}", file=sys.stderr)
    Server(command, host=args.host, port=args.port, title="workplan").serve()
    return EXIT_OK
