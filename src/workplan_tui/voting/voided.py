"""The ballots an edit would void: those cast on the plan as it is, which the edited plan's
fingerprint no longer matches (docs/voting.md, "What voids a ballot"). The app asks before
saving such an edit and `workplan import` refuses it without --void-ballots."""

from __future__ import annotations

import os

from workplan_tui.model import Plan
from workplan_tui.plan_io import fingerprint
from workplan_tui.voting.ballot_box import BallotBox, FolderBox
from workplan_tui.voting.ballots import Ballot


def ballots_voided(plan: Plan, edited: Plan, box: BallotBox | str | os.PathLike[str]) -> list[Ballot]:
    """The counted ballots in the box (or folder) cast on `plan` that would not count on `edited`; none
    when the edit leaves what voters weigh as it was. Paper ballots carry no fingerprint and
    are never voided by an edit."""
    now = fingerprint(plan)
    if fingerprint(edited) == now:
        return []
    if isinstance(box, (str, os.PathLike)):
        box = FolderBox(box)
    counted, _ = box.read(plan)
    return [ballot for ballot in counted if ballot.plan == now]


def voters(plan: Plan, ballots: list[Ballot]) -> str:
    """Whose ballots these are, by the members' labels: "Chair, Member 2 and Member 5"."""
    labels = {member.id: member.label or member.id for member in plan.members}
    names = [labels.get(ballot.member, ballot.member) for ballot in ballots]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
