"""The ballots counted with every method, for comparing them (the Results pane)."""

from __future__ import annotations

import os

from workplan_tui.model import METHODS, Plan
from workplan_tui.voting.result import TallyResult


def count_every_method(plan: Plan, plan_path: str | os.PathLike[str]) -> dict[str, TallyResult]:
    """The ballots in the plan's box counted by each method: the plan's method first, then the
    others in the registry's order."""
    from workplan_tui.voting.ballot_box import open_box
    from workplan_tui.voting.tally import tally

    ballots, rejected = open_box(plan_path, plan).read(plan)
    order = [plan.voting.method, *(method for method in METHODS if method != plan.voting.method)]
    # The advice too: the pane shows it for whichever method is chosen.
    return {method: tally(plan, ballots, rejected, method=method, advise=True) for method in order}
