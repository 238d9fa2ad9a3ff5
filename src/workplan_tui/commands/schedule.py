"""`workplan schedule PLAN [--projects a,b,c] [--json]`: the delivery schedule within capacity."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from workplan_tui.exit_codes import EXIT_FAILED, EXIT_OK

if TYPE_CHECKING:
    from workplan_tui.commands import SubParsers
    from workplan_tui.model import Plan
    from workplan_tui.schedule import Schedule


def add_parser(subparsers: SubParsers) -> None:
    parser = subparsers.add_parser(
        "schedule",
        help="re-time the projects' work within capacity (exit 1 when it cannot fit, with the extra days needed)",
    )
    parser.add_argument("plan", type=Path, metavar="PLAN")
    parser.add_argument(
        "--projects",
        metavar="A,B,C",
        help="project ids separated by commas (default: the agreed set of an agreed plan, else every project)",
    )
    parser.add_argument("--json", action="store_true", help="print the result as one JSON object")


def run(args: argparse.Namespace) -> int:
    from workplan_tui.commands import print_json, say
    from workplan_tui.plan_io import load_plan
    from workplan_tui.schedule import committed_projects, delivery_schedule
    from workplan_tui.voting.ballots import project_list

    plan = load_plan(args.plan)
    ids = committed_projects(plan) if args.projects is None else project_list(plan, args.projects, "--projects")
    result = delivery_schedule(plan, ids)
    if args.json:
        print_json(result.to_json())
    else:
        say(*format_schedule(plan, result))
    return EXIT_OK if result.fits else EXIT_FAILED


def format_schedule(plan: Plan, result: Schedule) -> list[str]:
    """The schedule in the Board's words: titles, role labels, month names (delivery.py's sentences)."""
    from workplan_tui.capacity import month_name
    from workplan_tui.delivery import move_lines, shortfall_lines, timed_overload_lines, verdict
    from workplan_tui.text import plural

    titles = [plan.project(project_id).title for project_id in result.projects]
    lines = [f"{plan.info.title}: delivery schedule of {plural(len(titles), 'project')}"]
    lines += [f"  - {title}" for title in titles]
    lines.append("")
    if not result.fits_as_timed:
        lines.append("It does not fit as timed (the work spread evenly over each project's dates):")
        lines += [f"  - {line}" for line in timed_overload_lines(plan, result)]
    lines.append(verdict(result))
    moves = move_lines(plan, result)
    if moves:
        lines += ["", "What moves:"] + [f"  - {line}" for line in moves]
    if result.shortfall:
        lines += ["", "Extra days needed to make it fit:"]
        lines += [f"  - {line}" for line in shortfall_lines(plan, result)]
    lines += ["", "Monthly use of each role (days used of days available):"]
    for role, months in result.load.items():
        busy = {month: used for month, (used, _) in months.items() if used}
        if not busy:
            continue
        available = next(iter(months.values()))[1]
        lines.append(f"  {plan.role_label(role)} ({plural(available, 'day')} a month):")
        lines.append("    " + ", ".join(f"{month_name(month)[:3]} {month[:4]} {used:g}" for month, used in busy.items()))
    return lines
