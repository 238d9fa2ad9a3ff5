"""Ballots, counting methods and the selection of priority projects.

    ballots, rejected = read_ballots(plan, ballots_dir(plan_path))
    result = tally(plan, ballots, rejected)          # a TallyResult
"""

from workplan_tui.voting.ballots import Ballot, ballots_dir, read_ballots, write_ballot
from workplan_tui.voting.selection import compare_bundles, live_feasibility
from workplan_tui.voting.tally import tally

__all__ = [
    "Ballot",
    "ballots_dir",
    "compare_bundles",
    "live_feasibility",
    "read_ballots",
    "tally",
    "write_ballot",
]
