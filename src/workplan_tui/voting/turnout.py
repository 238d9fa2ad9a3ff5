"""Turnout: who on the roll has a ballot in the box, from the files' names or the rows' voter ids alone.

The officer watches it while the vote runs, so it is cheap (one directory listing, no file
opened) and says nothing of how anyone voted. It counts ballot files, not counted ballots:
a file the count will reject (cast late, on a changed plan) still shows its member here;
`workplan tally` says which ballots count and why the others do not.
"""

from __future__ import annotations

import os

import attrs

from workplan_tui.model import Member, Plan
from workplan_tui.voting.ballot_box import BallotBox, FolderBox, open_box

LISTED_UP_TO = 60  # voters named in the sentence; a city's roll is only counted


@attrs.frozen
class Turnout:
    voted: tuple[Member, ...]  # in the roll's order
    not_voted: tuple[Member, ...]
    noun: str = "member"  # "voter" when the roll is not the board's members
    open_roll: bool = False  # no list of voters: everyone who voted, and no total
    imported: int | None = None  # an imported electorate: how many voters its rows stand for

    @property
    def total(self) -> int:
        return len(self.voted) + len(self.not_voted)

    def summary(self, *, closed: bool = False) -> str:
        """"9 of 17 members voted" (closed) or "9 of 17 members have voted"; an open roll has
        no total: "9 voters have voted"."""
        verb = "voted" if closed else ("has voted" if len(self.voted) == 1 else "have voted")
        if self.imported is not None:  # the rows are distinct ballots, not voters
            return f"{self.imported:,} {'voter' if self.imported == 1 else 'voters'} voted (imported)"
        if self.open_roll:
            return f"{len(self.voted):,} {'voter' if len(self.voted) == 1 else 'voters'} {verb}"
        noun = self.noun if self.total == 1 else f"{self.noun}s"
        return f"{len(self.voted):,} of {self.total:,} {noun} {verb}"

    def sentence(self, *, closed: bool = False) -> str:
        """"9 of 17 members have voted: Chair, Vice-Chair, …; not yet: …." by the members' labels
        (a roll of more than LISTED_UP_TO voters: the summary alone)."""
        text = self.summary(closed=closed)
        if self.total > LISTED_UP_TO or self.imported is not None:
            return text + "."
        if self.voted:
            text += ": " + ", ".join(member.label for member in self.voted)
        if self.not_voted:
            text += ("; did not vote: " if closed else "; not yet: ") + ", ".join(m.label for m in self.not_voted)
        return text + "."


def turnout(plan: Plan, box: BallotBox | str | os.PathLike[str]) -> Turnout:
    """Who on the roll has a ballot in the box (a folder given by its path: the plan's members;
    a missing folder or box: nobody yet)."""
    if isinstance(box, (str, os.PathLike)):
        box = FolderBox(box)
    roll = box.roll
    if roll is not None and roll.kind == "imported":
        return Turnout((), (), "voter", open_roll=True, imported=box.voters_cast())
    names = box.members_voted()
    if roll is None or roll.kind == "members":
        voters, noun = plan.members, "member"
    elif roll.kind == "open":
        voted = tuple(Member(voter, voter) for voter in sorted(names))
        return Turnout(voted, (), "voter", open_roll=True)
    else:
        voters, noun = roll.voters, "voter"
    voted = tuple(member for member in voters if member.id in names)
    return Turnout(voted, tuple(member for member in voters if member.id not in names), noun)


def plan_turnout(plan_path: str | os.PathLike[str], plan: Plan, named: str | os.PathLike[str] | None = None) -> Turnout:
    """The turnout in the plan's ballot box (or the one named)."""
    return turnout(plan, open_box(plan_path, plan, named))
