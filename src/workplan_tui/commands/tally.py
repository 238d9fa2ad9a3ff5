"""`workplan tally PLAN`: count the ballots and show the ranking, the selection and why others were skipped."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from workplan_tui.commands import add_attendance_arguments, attendance_of, print_json, say
from workplan_tui.exit_codes import EXIT_OK

if TYPE_CHECKING:
    from workplan_tui.commands import SubParsers
    from workplan_tui.model import Plan
    from workplan_tui.voting.result import TallyResult


def add_parser(subparsers: SubParsers) -> None:
    from workplan_tui.model import METHODS, SELECTIONS

    parser = subparsers.add_parser(
        "tally", help="count the ballots: ranking, selection, skipped projects and ties (--json for scripts)"
    )
    parser.add_argument("plan", type=Path, metavar="PLAN")
    parser.add_argument("--ballots", type=Path, metavar="DIR", help="ballot folder (default: PLAN-STEM.ballots beside the plan)")
    parser.add_argument("--method", choices=METHODS, metavar="M", help=f"counting method: {', '.join(METHODS)} (default: the plan's)")
    parser.add_argument("--json", action="store_true", help="print the result as one JSON object")
    parser.add_argument(
        "--selection", choices=SELECTIONS, metavar="RULE",
        help=f"how the count becomes the selection: {', '.join(SELECTIONS)} (default: the plan's)",
    )
    parser.add_argument("--optimal", action="store_true", help="the same as --selection best")
    attendance = parser.add_argument_group(
        "the meeting (who attended: substitutes' ballots and the quorum are counted on it)"
    )
    add_attendance_arguments(attendance)


def run(args: argparse.Namespace) -> int:
    import gc

    # Reading a 10,000-member plan and 10,000 ballots makes a few hundred thousand objects, all
    # freed by reference counting (no cycles): the cyclic collector only walked them, again and
    # again, about a tenth of the count. Paused while reading and counting, then as it was.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _run(args)
    finally:
        if collecting:
            gc.enable()


def _run(args: argparse.Namespace) -> int:
    import sys

    from workplan_tui.sources.official import compare, comparison_lines
    from workplan_tui.voting.ballots import read_vote
    from workplan_tui.voting.tally import tally

    attendance = attendance_of(args)
    vote = read_vote(args.plan, args.ballots)
    plan, ballots, rejected = vote.plan, vote.ballots, vote.rejected
    result = tally(
        plan, ballots, rejected, method=args.method, selection="best" if args.optimal else args.selection,
        advise=True, attendance=attendance, voters=vote.voters,
    )
    comparison = compare(plan, result)  # an imported instance: the count against the official outcome
    if args.json:
        data = result.to_json()
        if comparison is not None:
            data["official"] = comparison.to_json()
        print_json(data)  # sorted keys: the same ballots always give the same bytes
        return EXIT_OK
    if not ballots and not result.rejected:
        say(f"no ballots in {vote.folder}", file=sys.stderr)
    say(*format_result(plan, result))
    if comparison is not None:
        say("", *comparison_lines(plan, comparison))
    return EXIT_OK


def format_result(plan: Plan, result: TallyResult) -> list[str]:
    """The count as lines for the terminal; `say` shows each safely (a ballot's file name may be anything)."""
    from pathlib import Path as _Path

    from workplan_tui.attendance import NOT_RECORDED, attendance_lines, quorum_sentence, substitute_ids
    from workplan_tui.capacity import format_money, month_name
    from workplan_tui.text import score_text
    from workplan_tui.voting.result import ROUND_ORDERED, bar_share
    from workplan_tui.voting.selection import RULES

    lines = [
        f"{plan.info.title}: {result.method}, {result.ballots:,} of {result.members:,}"
        f" {'members' if plan.voting.roll == 'members' else 'voters'}' ballots counted"
        + (f", {len(result.rejected)} rejected" if result.rejected else ""),
        f"Selection: {result.selection} ({RULES[result.selection]})",
    ]
    # Who attended and the quorum, before the ranking: below the quorum, agreeing must confirm it.
    # A plan that neither sets a quorum nor has substitutes shows the attendance only when given.
    attendance = result.attendance or NOT_RECORDED
    if attendance.recorded or result.quorum is not None or substitute_ids(plan):
        lines += attendance_lines(plan, attendance)
    labels = {member.id: member.label for member in plan.members}
    for substitute, member in sorted(result.in_place_of.items()):
        lines.append(f"{labels[substitute]}'s ballot counts in the place of {labels[member]}'s.")
    if result.quorum is not None:
        lines.append(quorum_sentence(result.quorum))
    lines.append("")
    skipped = {s.project: s.reason for s in result.skipped}
    gated = result.feasibility.gated
    top = max((abs(float(r.score)) for r in result.ranking), default=0.0) or 1.0
    width = max((len(r.project) for r in result.ranking), default=7)
    scores = [score_text(r.score) for r in result.ranking]
    score_width = max(8, *map(len, scores)) if scores else 8
    lines.append(f"  #  {'project':<{width}}  {'score':>{score_width}}  {'':<10}  outcome")
    for place, (entry, score) in enumerate(zip(result.ranking, scores, strict=True), start=1):
        bar = "#" * round(10 * bar_share(result.method, place, len(result.ranking), entry.score, top))
        if entry.project in result.selected:
            outcome = "SELECTED" + (" (subject to approval)" if entry.project in gated else "")
        else:
            outcome = "skipped: " + skipped.get(entry.project, "")
        lines.append(f"{place:>3}  {entry.project:<{width}}  {score:>{score_width}}  {bar:<10}  {outcome}")
    if result.method in ROUND_ORDERED and result.ranking:
        lines.append(f"Bars: {ROUND_ORDERED[result.method]}, first longest; scores: each project's ballots in its last round")
    feasibility = result.feasibility
    currency = plan.limits.currency
    if feasibility.budget_limit or feasibility.budget_used:  # an election has neither: no line of £0
        lines += [
            "",
            f"Budget: {format_money(feasibility.budget_used, currency)} of {format_money(feasibility.budget_limit, currency)}"
            + (
                f" used, {format_money(feasibility.budget_left, currency)} left"
                if feasibility.budget_left >= 0
                else f", {format_money(-feasibility.budget_left, currency)} over"
            ),
        ]
    for role in feasibility.capacity:
        month, used = feasibility.peak(role)
        if month is not None and used > 0:
            lines.append(
                f"Capacity: {plan.role_label(role)} peaks at {used:.1f} of {feasibility.capacity[role]:g} days in {month_name(month)}"
            )
    if result.ties:
        lines += ["", "Ties:"] + [f"  - {tie.detail}" for tie in result.ties]
    if result.rejected:
        lines += ["", "Rejected ballots:"] + [f"  - {_Path(r.file).name}: {r.with_code}" for r in result.rejected]
    if result.advice is not None:
        from workplan_tui.advice import advice_lines

        lines += ["", "Advice:"] + [f"  {line}" for line in advice_lines(plan, result.advice)]
    if result.problems:
        lines += ["", "Problems (agreeing must confirm them):"] + [f"  - {problem}" for problem in result.problems]
    notes = [note for note in result.notes if not note.startswith(("IRV ", "STV"))]
    if notes:
        lines += ["", "Notes:"] + [f"  - {note}" for note in notes]
    return lines
