"""`workplan compare PLAN a,b c,d`: two bundles side by side (and whether re-timing the work would make one fit)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from workplan_tui.exit_codes import EXIT_OK
from workplan_tui.text import cut

if TYPE_CHECKING:
    from workplan_tui.capacity import Feasibility
    from workplan_tui.commands import SubParsers


def add_parser(subparsers: SubParsers) -> None:
    parser = subparsers.add_parser(
        "compare", help="two bundles of projects side by side: cost, monthly load per role, gates, support"
    )
    parser.add_argument("plan", type=Path, metavar="PLAN")
    parser.add_argument("first", metavar="A,B", help="the first bundle: project ids separated by commas")
    parser.add_argument("second", metavar="C,D", help="the second bundle")
    parser.add_argument("--ballots", type=Path, metavar="DIR", help="ballot folder for total support (default: beside the plan)")
    parser.add_argument("--method", metavar="M", help="method whose scores give the support (default: the plan's)")


def run(args: argparse.Namespace) -> int:
    from workplan_tui.capacity import format_money, month_label
    from workplan_tui.commands import say
    from workplan_tui.errors import WorkplanError
    from workplan_tui.model import METHODS
    from workplan_tui.voting.ballots import project_list, read_vote
    from workplan_tui.voting.selection import compare_bundles
    from workplan_tui.voting.tally import tally

    if args.method is not None and args.method not in METHODS:
        raise WorkplanError.single("--method", "E104", f"unknown method `{cut(args.method)}`; allowed: {', '.join(METHODS)}")
    vote = read_vote(args.plan, args.ballots)
    plan, ballots, rejected = vote.plan, vote.ballots, vote.rejected
    a = project_list(plan, args.first, "bundle A")
    b = project_list(plan, args.second, "bundle B")
    scores = None
    if ballots:
        result = tally(plan, ballots, rejected, method=args.method)
        scores = {entry.project: float(entry.score) for entry in result.ranking}
    comparison = compare_bundles(plan, a, b, scores)
    first, second = comparison.bundles
    currency = plan.limits.currency
    def fits(f: Feasibility) -> str:
        from workplan_tui.advice import fits_retimed

        if f.fits:
            return "fits" + (" (subject to approval)" if f.gated else "")
        problems = []
        if f.over_budget:
            problems.append(f"over budget by {format_money(-f.budget_left, currency)}")
        if f.overloads:
            problems.append(f"{len(f.overloads)} role-months over capacity")
        verdict = "does not fit: " + ", ".join(problems)
        # Over capacity but within budget: the delivery schedule may re-time the work to fit.
        if not f.over_budget and fits_retimed(plan, f.projects):
            verdict += " as timed; fits re-timed"
        return verdict

    verdicts = fits(first), fits(second)
    left_width = max(34, len("A: " + ", ".join(a)) + 2, len(verdicts[0]) + 2)

    def row(label: str, x: str, y: str) -> str:
        return f"{label:<22} {x:<{left_width}} {y}"

    lines = [
        row("", "A: " + ", ".join(a), "B: " + ", ".join(b)),
        row("verdict", *verdicts),
        row(
            "cost",
            f"{format_money(first.budget_used, currency)} of {format_money(first.budget_limit, currency)}",
            f"{format_money(second.budget_used, currency)} of {format_money(second.budget_limit, currency)}",
        ),
        row(
            "gates",
            ", ".join(f"{p}: {'/'.join(g)}" for p, g in first.gated.items()) or "none",
            ", ".join(f"{p}: {'/'.join(g)}" for p, g in second.gated.items()) or "none",
        ),
        row(
            "external funding",
            ", ".join(f"{p}: {s}" for p, s in first.external.items()) or "none",
            ", ".join(f"{p}: {s}" for p, s in second.external.items()) or "none",
        ),
    ]
    if comparison.support[0] is not None:
        method = args.method or plan.voting.method
        lines.append(row(f"support ({method})", f"{comparison.support[0]:g}", f"{comparison.support[1]:g}"))
    else:
        lines.append(row("support", "no ballots yet", "no ballots yet"))
    lines += ["", "Monthly load in person-days (used/available; * over capacity):"]
    for role, available in first.capacity.items():
        lines.append(f"  {role}")
        for month in first.months:
            x, y = first.load[role][month], second.load[role][month]
            if x == 0 and y == 0:
                continue
            mark_x = "*" if x > available + 1e-9 else " "
            mark_y = "*" if y > available + 1e-9 else " "
            lines.append(
                row(f"    {month_label(month)}", f"{x:5.1f}/{available:g}{mark_x}", f"{y:5.1f}/{available:g}{mark_y}")
            )
    say(*lines)
    return EXIT_OK
