"""`workplan schedule PLAN [--projects a,b,c] [--json]`: the delivery schedule within capacity."""

from __future__ import annotations

import argparse
from pathlib import Path

from workplan_tui.exit_codes import EXIT_FAILED, EXIT_OK


def add_parser(subparsers: argparse._SubParsersAction) -> None:
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
    import json
    import sys

    from workplan_tui.plan_io import load_plan
    from workplan_tui.schedule import committed_projects, delivery_schedule

    plan = load_plan(args.plan)
    ids = committed_projects(plan) if args.projects is None else _parse_ids(plan, args.projects)
    result = delivery_schedule(plan, ids)
    if args.json:
        json.dump(result.to_json(), sys.stdout, indent=2, sort_keys=True, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        print(format_schedule(plan, result))
    return EXIT_OK if result.fits else EXIT_FAILED


def _parse_ids(plan, text: str) -> list[str]:  # noqa: ANN001 - Plan
    from workplan_tui.errors import LocatedError, WorkplanError
    from workplan_tui.text import did_you_mean

    ids = [part.strip() for part in text.split(",") if part.strip()]
    known = plan.projects_by_id
    errors = [
        LocatedError("--projects", 1, 1, "E202", f"unknown project `{project_id}`{did_you_mean(project_id, sorted(known))}")
        for project_id in ids
        if project_id not in known
    ]
    if not ids:
        errors.append(LocatedError("--projects", 1, 1, "E202", "no project ids given; separate them with commas"))
    if errors:
        raise WorkplanError(errors)
    return ids


def format_schedule(plan, result) -> str:  # noqa: ANN001 - Plan, schedule.Schedule
    """The schedule in the Board's words: titles, role labels, month names."""
    import datetime as dt

    from workplan_tui.export.markdown import joined, role_label

    def month_name(key: str) -> str:
        return dt.date(int(key[:4]), int(key[5:]), 1).strftime("%B %Y")

    def days(value: float) -> str:
        text = f"{value:.2f}".rstrip("0").rstrip(".")
        return f"{text} day" if text == "1" else f"{text} days"

    def in_months(months: dict[str, float]) -> str:
        return joined([f"{days(value)} in {month_name(month)}" for month, value in months.items()])

    titles = [plan.project(project_id).title for project_id in result.projects]
    lines = [f"{plan.info.title}: delivery schedule of {len(titles)} project{'s' if len(titles) != 1 else ''}"]
    lines += [f"  - {title}" for title in titles]
    lines.append("")
    if result.fits_as_timed:
        lines.append("It fits as timed: every role is within capacity in every month with the work spread evenly.")
    else:
        lines.append("It does not fit as timed (the work spread evenly over each project's dates):")
        for role, months in result.load.items():
            timed = {month: sum(result.timed[p].get(role, {}).get(month, 0.0) for p in result.projects) for month in months}
            over = [
                f"{month_name(month)} ({round(used, 2):g} of {months[month][1]:g} days)"
                for month, used in timed.items()
                if used > months[month][1] + 0.005
            ]
            if over:
                lines.append(f"  - {role_label(role)} is over capacity in {joined(over)}")
        if result.fits:
            lines.append("It fits with the work re-timed, within each project's window and milestones.")
        else:
            extra = sum(sum(months.values()) for months in result.shortfall.values())
            lines.append(f"It does not fit even re-timed: it needs {days(extra)} more staff time than is available.")
    moves = []
    for project_id in result.projects:
        title = plan.project(project_id).title
        for role in result.schedule[project_id]:
            out, into = result.moves(project_id, role)
            if out or into:
                moves.append(f"  - {title}, {role_label(role)}: {days(sum(out.values()))} moved from "
                             f"{joined([month_name(m) for m in out])} to {joined([month_name(m) for m in into])}")
    if moves:
        lines += ["", "What moves:"] + moves
    if result.shortfall:
        lines += ["", "Extra days needed to make it fit:"]
        lines += [f"  - {role_label(role)}: {in_months(months)}" for role, months in result.shortfall.items()]
    lines += ["", "Monthly use of each role (days used of days available):"]
    for role, months in result.load.items():
        busy = {month: used for month, (used, _) in months.items() if used}
        if not busy:
            continue
        available = next(iter(months.values()))[1]
        lines.append(f"  {role_label(role)} ({available:g} days a month):")
        lines.append("    " + ", ".join(f"{month_name(month)[:3]} {month[:4]} {used:g}" for month, used in busy.items()))
    return "\n".join(lines)
