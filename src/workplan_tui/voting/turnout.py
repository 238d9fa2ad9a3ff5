"""Turnout: which members have a ballot in the folder, from the files' names alone.

The officer watches it while the vote runs, so it is cheap (one directory listing, no file
opened) and says nothing of how anyone voted. It counts ballot files, not counted ballots:
a file the count will reject (cast late, on a changed plan) still shows its member here;
`workplan tally` says which ballots count and why the others do not.
"""

from __future__ import annotations

import os

import attrs

from workplan_tui.model import Member, Plan
from workplan_tui.voting.ballots import ballot_files


@attrs.frozen
class Turnout:
    voted: tuple[Member, ...]  # in the roster's order
    not_voted: tuple[Member, ...]

    @property
    def total(self) -> int:
        return len(self.voted) + len(self.not_voted)

    def summary(self, *, closed: bool = False) -> str:
        """"9 of 17 members voted" (closed) or "9 of 17 members have voted"."""
        verb = "voted" if closed else ("has voted" if len(self.voted) == 1 else "have voted")
        noun = "member" if self.total == 1 else "members"
        return f"{len(self.voted)} of {self.total} {noun} {verb}"

    def sentence(self, *, closed: bool = False) -> str:
        """"9 of 17 members have voted: Chair, Vice-Chair, …; not yet: …." by the members' labels."""
        text = self.summary(closed=closed)
        if self.voted:
            text += ": " + ", ".join(member.label for member in self.voted)
        if self.not_voted:
            text += ("; did not vote: " if closed else "; not yet: ") + ", ".join(m.label for m in self.not_voted)
        return text + "."


def turnout(plan: Plan, folder: str | os.PathLike[str]) -> Turnout:
    """Who has a ballot file `<member-id>.toml` in folder (a missing folder: nobody yet)."""
    names = {path.stem for path in ballot_files(folder)}
    voted = tuple(member for member in plan.members if member.id in names)
    return Turnout(voted, tuple(member for member in plan.members if member.id not in names))
