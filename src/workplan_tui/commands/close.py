"""`workplan close PLAN [--at DATETIME] [--reopen]`: close the vote (or open it again).

It sets `[voting] closes` in the plan, editing only that line (plan_edit keeps the file's
comments and layout), and prints what it did with the turnout. Closing does not change the
plan's fingerprint: ballots cast before the close still count; one cast after it is refused
(E408) and, if its file appears anyway, rejected at the count with the reason.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from workplan_tui.exit_codes import EXIT_OK
from workplan_tui.text import cut

if TYPE_CHECKING:
    from workplan_tui.commands import SubParsers


def add_parser(subparsers: SubParsers) -> None:
    parser = subparsers.add_parser(
        "close", help="close the vote now (sets [voting] closes), or reopen it; prints the turnout"
    )
    parser.add_argument("plan", type=Path, metavar="PLAN")
    parser.add_argument(
        "--at", metavar="DATETIME",
        help="when the vote closes instead of now: 2023-03-23T11:05 (this computer's clock), "
        "2023-03-23T11:05+01:00, or 11:05 (today); with --reopen, when the reopened vote closes",
    )
    parser.add_argument("--reopen", action="store_true", help="open the vote again: remove [voting] closes (or move it to --at)")
    parser.add_argument("--ballots", type=Path, metavar="DIR", help="ballot folder for the turnout (default: PLAN-STEM.ballots beside the plan)")


def run(args: argparse.Namespace) -> int:
    from workplan_tui.commands import say
    from workplan_tui.errors import WorkplanError
    from workplan_tui.moments import now as this_moment
    from workplan_tui.moments import parse_moment
    from workplan_tui.plan_edit import EditSession
    from workplan_tui.voting.turnout import plan_turnout
    from workplan_tui.voting.window import change_said, closing, has_closed, reopening

    session = EditSession.open(args.plan)
    now = this_moment(rounded_up=True)
    at = None
    if args.at is not None:
        at = parse_moment(args.at, now)
        if at is None:
            raise WorkplanError.single(
                "--at", "E101", f"`{cut(args.at)}` is not a date and time like 2023-03-23T11:05 or a time like 11:05"
            )
    rules = session.plan.voting
    change = reopening(rules, now, at) if args.reopen else closing(rules, now, at)
    if change.unchanged:
        closed = has_closed(rules, now)
        unchanged = change.unchanged.removesuffix(".")
        say(f"{unchanged}; nothing changed. {plan_turnout(args.plan, session.plan, args.ballots).summary(closed=closed)}.")
        return EXIT_OK
    outcome = session.update_voting(closes=change.closes)
    if not outcome.ok:
        raise WorkplanError(list(outcome.errors))
    session.save()
    rules = session.plan.voting
    closed = has_closed(rules, now)
    seen = plan_turnout(args.plan, session.plan, args.ballots)
    say(f"{change_said(rules, now, reopened=args.reopen)}: {seen.summary(closed=closed)}{'' if closed else ' so far'}.")
    return EXIT_OK
