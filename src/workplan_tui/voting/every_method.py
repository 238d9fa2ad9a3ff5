"""The ballots counted with every method, for comparing them (the Results pane)."""

from __future__ import annotations

import os

from workplan_tui.model import METHODS, Plan
from workplan_tui.voting.result import TallyResult


def count_every_method(plan: Plan, plan_path: str | os.PathLike[str]) -> dict[str, TallyResult]:
    """The ballots in the plan's box counted by each method: the plan's method first, then the
    others in the registry's order."""
    from workplan_tui.voting.ballot_box import open_box, voters_on_roll
    from workplan_tui.voting.methods import refusal
    from workplan_tui.voting.tally import profile_of, tally

    box = open_box(plan_path, plan)
    ballots, rejected = box.read(plan)
    voters = voters_on_roll(box, ballots, rejected)
    profile = profile_of(plan, ballots)
    # Only the methods that read these ballots whole: equal ranks and points are not every method's.
    order = [plan.voting.method, *(m for m in METHODS if m != plan.voting.method and refusal(m, profile) is None)]
    # The advice too: the pane shows it for whichever method is chosen.
    return {method: tally(plan, ballots, rejected, method=method, advise=True, voters=voters) for method in order}
