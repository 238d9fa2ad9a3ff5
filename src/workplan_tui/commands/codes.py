"""`workplan codes PLAN [--force]`: issue one voting code per voter on the roll (the members, or
a CSV roll's voters), printed once for slips."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from workplan_tui.exit_codes import EXIT_OK

if TYPE_CHECKING:
    from workplan_tui.commands import SubParsers


def add_parser(subparsers: SubParsers) -> None:
    parser = subparsers.add_parser(
        "codes",
        help="issue one voting code per member, or per voter of a CSV roll (printed once; only salted hashes are kept)",
        description="Issue a voting code to every member of PLAN (every voter, with a CSV roll) and print the codes once, for slips. "
        "Only salted hashes are kept, in PLAN-STEM.codes beside the plan. "
        "With voting.codes = true in the plan, a ballot needs its member's code.",
    )
    parser.add_argument("plan", type=Path, metavar="PLAN")
    parser.add_argument("--force", action="store_true", help="issue new codes, voiding every slip handed out")


def run(args: argparse.Namespace) -> int:
    from workplan_tui.commands import say
    from workplan_tui.plan_io import load_plan
    from workplan_tui.voting.codes import code_holders, codes_path, codes_required, issue_codes

    plan = load_plan(args.plan)
    codes = issue_codes(plan, args.plan, force=args.force)
    labels = {member.id: member.label or member.id for member in code_holders(plan, args.plan)}
    width = max(len(label) for label in labels.values())
    say(f"Voting codes for {plan.info.title}. Print once and cut into slips; they cannot be shown again.", "")
    say(*(f"{labels[member]:<{width}}  {member:<20}  {code}" for member, code in codes.items()))
    say("", f"{codes_path(args.plan)}: hashes of {len(codes)} codes written", file=sys.stderr)
    if not codes_required(plan):
        say("note: ballots need these codes only once the plan sets `codes = true` under [voting]", file=sys.stderr)
    return EXIT_OK
