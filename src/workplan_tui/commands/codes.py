"""`workplan codes PLAN [--force]`: issue one voting code per voter on the roll (the members, or
a CSV roll's voters), printed once for slips."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

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


# Below this many voters the hashing takes a few seconds at most: no progress is shown.
PROGRESS_FROM = 100


class Progress:
    """How far the hashing is, on standard error: at a terminal one line rewritten (at most
    twice a second), elsewhere (a log) a line at each tenth; with the time left, from the
    hashes so far."""

    def __init__(self, stream: TextIO, clock: Callable[[], float] = time.monotonic) -> None:
        self.stream, self.clock = stream, clock
        self.terminal = stream.isatty()
        self.started = self.shown = 0.0
        self.tenth = 0

    def __call__(self, done: int, total: int) -> None:
        from workplan_tui.commands import say, say_again

        if total < PROGRESS_FROM:
            return
        now = self.clock()
        if done == 0:
            self.started = self.shown = now
            say(f"Hashing {total:,} codes with scrypt (about 50 ms each, so it takes a while)...", file=self.stream)
            return
        line = f"  {done:,} of {total:,} codes hashed{self._left(done, total, now)}"
        if self.terminal:
            if now - self.shown >= 0.5 or done == total:
                self.shown = now
                say_again(line, file=self.stream, done=done == total)
        elif done * 10 // total > self.tenth:
            self.tenth = done * 10 // total
            say(line.rstrip(), file=self.stream)  # the spaces only clear a rewritten line

    def _left(self, done: int, total: int, now: float) -> str:
        if done == total:
            return f" in {_duration(now - self.started)}    "
        return f", about {_duration((now - self.started) / done * (total - done))} left    "


def _duration(seconds: float) -> str:
    if seconds < 90:
        return f"{max(1, round(seconds))} s"
    return f"{round(seconds / 60)} min"


def run(args: argparse.Namespace) -> int:
    from workplan_tui.commands import say
    from workplan_tui.plan_io import load_plan
    from workplan_tui.text import plural
    from workplan_tui.voting.codes import code_holders, codes_path, codes_required, issue_codes

    plan = load_plan(args.plan)
    codes = issue_codes(plan, args.plan, force=args.force, progress=Progress(sys.stderr))
    labels = {member.id: member.label or member.id for member in code_holders(plan, args.plan)}
    width = max(len(label) for label in labels.values())
    say(f"Voting codes for {plan.info.title}. Print once and cut into slips; they cannot be shown again.", "")
    say(*(f"{labels[member]:<{width}}  {member:<20}  {code}" for member, code in codes.items()))
    say("", f"{codes_path(args.plan)}: hashes of {plural(len(codes), 'code')} written", file=sys.stderr)
    if not codes_required(plan):
        say("note: ballots need these codes only once the plan sets `codes = true` under [voting]", file=sys.stderr)
    return EXIT_OK
