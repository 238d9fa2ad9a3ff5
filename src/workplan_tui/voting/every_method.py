"""The ballots counted with every method, for comparing them (the Results pane)."""

from __future__ import annotations

from pathlib import Path

from workplan_tui.model import METHODS, Plan
from workplan_tui.voting.result import TallyResult


def count_every_method(plan: Plan, folder: Path) -> dict[str, TallyResult]:
    """The ballots in folder counted by each method: the plan's method first, then the others in
    the registry's order."""
    from workplan_tui.voting.ballots import read_ballots
    from workplan_tui.voting.tally import tally

    ballots, rejected = read_ballots(plan, folder)
    order = [plan.voting.method, *(method for method in METHODS if method != plan.voting.method)]
    # The advice too: the pane shows it for whichever method is chosen.
    return {method: tally(plan, ballots, rejected, method=method, advise=True) for method in order}
