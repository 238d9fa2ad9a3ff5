"""The `workplan` command line.

Only the TUI commands import Textual; `check`, `tally` and `export` start fast
and run in scripts. Bad input is printed as `FILE:LINE:COL: EXXX message`, one
per line, with exit status 2; never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from workplan_tui import __version__
from workplan_tui.errors import WorkplanError
from workplan_tui.exit_codes import EXIT_INVALID, EXIT_OK

COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {}


def command(name: str) -> Callable[[Callable[[argparse.Namespace], int]], Callable[[argparse.Namespace], int]]:
    def register(function: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
        COMMANDS[name] = function
        return function

    return register


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="workplan",
        description="Prepare a board's annual work plan, rank priority projects and record the decision.",
        epilog="Run `workplan PLAN` to open the plan in the terminal app.",
    )
    parser.add_argument("--version", action="version", version=f"workplan {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("open", help="open the TUI on PLAN (the same as `workplan PLAN`)")
    p.add_argument("plan", type=Path)

    p = sub.add_parser("check", help="validate plans; exit 0 when all are valid, 2 when not")
    p.add_argument("plans", type=Path, nargs="+", metavar="PLAN")

    p = sub.add_parser("new", help="write a commented starter plan")
    p.add_argument("path", type=Path, metavar="PATH")

    p = sub.add_parser("serve", help="serve the TUI to a browser (localhost by default)")
    p.add_argument("plan", type=Path)
    p.add_argument("--host", default="localhost")
    p.add_argument("--port", type=int, default=8000)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    if args_list and not args_list[0].startswith("-") and args_list[0] not in parser._subparsers._group_actions[0].choices:  # type: ignore[union-attr]
        args_list.insert(0, "open")
    args = parser.parse_args(args_list)
    if args.command is None:
        parser.print_help()
        return EXIT_OK
    try:
        return COMMANDS[args.command](args)
    except WorkplanError as error:
        for located in error.errors:
            print(located, file=sys.stderr)
        return EXIT_INVALID
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK


@command("check")
def run_check(args: argparse.Namespace) -> int:
    from workplan_tui.capacity import check_bundle, summary_line
    from workplan_tui.plan_io import load_plan

    status = EXIT_OK
    for path in args.plans:
        try:
            plan = load_plan(path)
        except WorkplanError as error:
            for located in error.errors:
                print(located, file=sys.stderr)
            status = EXIT_INVALID
            continue
        feasibility = check_bundle(plan, [project.id for project in plan.projects])
        print(f"{path}: ok: {summary_line(plan, feasibility)}")
    return status


@command("new")
def run_new(args: argparse.Namespace) -> int:
    from workplan_tui.starter import write_starter

    write_starter(args.path)
    print(f"{args.path}: starter plan written; edit it, then run `workplan check {args.path}`")
    return EXIT_OK


@command("open")
def run_open(args: argparse.Namespace) -> int:
    from workplan_tui.plan_io import load_plan

    load_plan(args.plan)  # a plan that cannot be read is reported here, before the screen changes
    from workplan_tui.ui.app import WorkplanApp

    WorkplanApp(args.plan).run()
    return EXIT_OK


@command("serve")
def run_serve(args: argparse.Namespace) -> int:
    import shlex

    from workplan_tui.plan_io import load_plan

    load_plan(args.plan)
    from textual_serve.server import Server

    launch = f"{shlex.quote(sys.executable)} -m workplan_tui open {shlex.quote(str(args.plan.resolve()))}"
    if args.host not in ("localhost", "127.0.0.1", "::1"):
        print(f"warning: serving on {args.host}: anyone who can reach it can open the plan", file=sys.stderr)
    Server(launch, host=args.host, port=args.port, title="workplan").serve()
    return EXIT_OK
