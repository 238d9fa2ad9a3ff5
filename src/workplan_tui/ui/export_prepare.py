"""What the Export pane shows, and what Agree would write, for one set of inputs.

Counting the ballots, agreeing and rendering the paper and annex run in the pane's thread
worker; this module (and the voting, agree and export code it uses) is imported then, not
when the app starts.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import attrs

from workplan_tui.agree import agree, counted_members
from workplan_tui.errors import WorkplanError
from workplan_tui.export.csv import render_csv
from workplan_tui.export.markdown import render_markdown
from workplan_tui.model import Plan
from workplan_tui.voting.ballots import read_ballots
from workplan_tui.voting.tally import tally


@attrs.frozen
class Prepared:
    """Everything the pane shows, and what Agree would write, for one set of inputs."""

    draft: Plan
    agreed: Plan | None  # None when the decision cannot be agreed yet (problem says why)
    problem: WorkplanError | None
    paper: str
    annex: str


def prepare(draft: Plan, folder: Path, date: dt.date, present: list[str] | None, apologies: list[str]) -> Prepared:
    """Count the ballots and agree (a draft), then render the paper and annex of the result.

    `present` None means the members whose ballots counted, less those sending apologies,
    as `workplan export --to toml` does.
    """
    if draft.info.status == "agreed":
        return Prepared(draft, draft, None, render_markdown(draft), render_csv(draft))
    agreed, problem = None, None
    try:
        ballots, rejected = read_ballots(draft, folder)
        result = tally(draft, ballots, rejected)
        if present is None:
            present = [m for m in counted_members(draft, [ballot.member for ballot in ballots]) if m not in apologies]
        agreed = agree(draft, result, date=date, present=present, apologies=apologies)
    except WorkplanError as error:
        problem = error
    shown = agreed if agreed is not None else draft
    return Prepared(draft, agreed, problem, render_markdown(shown, date=date), render_csv(shown))
