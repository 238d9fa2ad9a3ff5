"""Checking an agreed plan's record against its ballots (`workplan verify`).

The ballots are read and counted again, as when the plan was agreed (the recorded method and
selection rule), and compared with the record: who voted (`voters`), what they ranked
(`ballots_digest`, see agree.ballots_digest), how many were rejected, the ranking and the
count's selection (`counted`), with the attendance on record (a substitute's ballot counted in
the place of the member they stood for, attendance.py), and whether the plan itself was edited since (`draft`, its
fingerprint). Each difference is one located E407 line: at the ballot file for a ballot
added, at the record's key for everything else.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import attrs

from workplan_tui.errors import LocatedError, WorkplanError
from workplan_tui.model import Decision, Plan

if TYPE_CHECKING:
    from workplan_tui.voting.ballots import Ballot


@attrs.frozen
class Verified:
    """The outcome of one check: differences is empty when record and ballots agree."""

    folder: Path
    ballots: int  # ballots counted now
    differences: tuple[LocatedError, ...]


def default_ballots(agreed_path: str | os.PathLike[str]) -> Path:
    """The ballots an agreed plan was counted from: `<stem>.ballots` beside it, where `<stem>`
    is the draft's (`sscb-2023-24.agreed.toml` -> `sscb-2023-24.ballots`)."""
    from workplan_tui.outputs import AGREED_SUFFIX

    path = Path(agreed_path)
    stem = path.name.removesuffix(".toml").removesuffix(AGREED_SUFFIX)
    return path.with_name(f"{stem}.ballots")


def verify_record(agreed_path: str | os.PathLike[str], ballots: str | os.PathLike[str] | None = None) -> Verified:
    """Recount the ballots (default: default_ballots) and compare them with the record.

    Raises WorkplanError when the plan cannot be read, is not agreed, or the folder is missing.
    """
    from workplan_tui.attendance import of_decision, seat
    from workplan_tui.files import read_text
    from workplan_tui.plan_io import loads_plan
    from workplan_tui.voting.ballot_box import FolderBox, SqliteBox
    from workplan_tui.voting.rolls import load_roll

    path = Path(agreed_path)
    text = read_text(path)
    plan = loads_plan(text, str(path))
    decision = plan.decision
    if plan.info.status != "agreed" or decision is None:
        raise WorkplanError.single(str(path), "E104", "is a draft: there is no decision on record to verify")
    folder = Path(ballots) if ballots is not None else default_ballots(path)
    if ballots is None and plan.voting.box == "sqlite":
        folder = folder.with_name(folder.name + ".sqlite")
    roll = load_roll(path, plan)
    if folder.is_file() and (ballots is not None or plan.voting.box == "sqlite"):
        box: FolderBox | SqliteBox = SqliteBox(folder, roll)
    elif folder.is_dir():
        box = FolderBox(folder, roll)
    else:
        what = "ballot box" if plan.voting.box == "sqlite" and ballots is None else "ballot folder"
        raise WorkplanError.single(str(folder), "E001", f"no such {what}; name the one counted with --ballots")
    read, refused = box.read(plan)
    refused = [entry for entry in refused if not entry.ignored]  # no ballots: never on record
    # The ballots that counted at the meeting: seated by the attendance on record, as agreed.
    seated = seat(plan, of_decision(decision), read, refused)
    # A box read as columns stays so (not a list of 25,101 Ballots): the recount is the count's own.
    counted, rejected = seated.ballots, list(seated.rejected)
    from workplan_tui.voting.ballots import voter_count  # a counted row stands for its voters

    return Verified(folder, voter_count(counted), tuple(_differences(plan, decision, counted, rejected, str(path), text)))


def _differences(
    plan: Plan, decision: Decision, counted: Sequence[Ballot], rejected: list, file: str, text: str
) -> list[LocatedError]:
    from workplan_tui.agree import ballots_digest, counted_members
    from workplan_tui.attendance import of_decision
    from workplan_tui.locate import Locations, locate
    from workplan_tui.plan_io import fingerprint
    from workplan_tui.voting.ballots import members_of
    from workplan_tui.voting.tally import tally

    found: list[LocatedError] = []
    located: list[Locations] = []  # the record's text located once, and only when a difference needs a place

    def differs(path: tuple[str | int, ...], message: str) -> None:
        if not located:
            located.append(locate(text))
        position = located[0].value(("decision", *path))
        found.append(LocatedError(file, position.line, position.column, "E407", message))

    if decision.draft and fingerprint(plan) != decision.draft:
        differs(("draft",), "the plan has been edited since the decision: it is not the draft the Board voted on")
    if not decision.ballots_digest:
        differs(("ballots",), "the record has no ballots digest (agreed by an older workplan): the ballots cannot be checked")

    attendance = of_decision(decision)
    voters = counted_members(plan, members_of(counted))
    recorded = decision.voters
    # Sets to look members up in: an imported electorate records 25,101 voters, and a lookup in
    # the tuples, per ballot, made verify quadratic (Meath: 12 s of its 13).
    in_record, counting = frozenset(recorded), frozenset(voters)
    why_rejected = {rejection.member: rejection.reason for rejection in rejected if rejection.member}
    if recorded and not in_record.issuperset(counting):
        for ballot in counted:
            if ballot.member not in in_record:
                found.append(LocatedError(ballot.file or str(file), 1, 1, "E407",
                                          f"a ballot added since the decision: {ballot.member}'s ballot was not counted"))
    for index, member in enumerate(recorded):
        if member not in counting:
            now = f"it is rejected now ({why_rejected[member]})" if member in why_rejected else "it is not in the folder now"
            differs(("voters", index), f"a ballot removed since the decision: {member}'s ballot was counted; {now}")
    if decision.ballots_digest and ballots_digest(counted) != decision.ballots_digest and counting == in_record:
        differs(("ballots_digest",), "a ballot changed since the decision: the same members voted, but a ranking is not what was counted")
    if len(rejected) != decision.rejected:
        differs(("rejected",), f"{len(rejected)} ballots are rejected now; the record says {decision.rejected}")

    result = tally(plan, counted, rejected, method=decision.method, selection=decision.selection, attendance=attendance)
    recount = [(entry.project, entry.score) for entry in result.ranking]
    on_record = [(entry.project, entry.score) for entry in decision.ranking]
    if recount != on_record:
        differs(("ranking",), f"the recount ranks {_ranking(recount)}; the record ranks {_ranking(on_record)}")
    # A record from before `counted` was kept: the count's selection was the agreed set.
    selection = decision.counted if decision.counted or decision.reason else decision.selected
    if tuple(result.selected) != tuple(selection):
        differs(("counted",), f"the recount selects {', '.join(result.selected) or 'none'}; "
                              f"the record's count selected {', '.join(selection) or 'none'}")
    return found


def _ranking(entries: list[tuple[str, float]]) -> str:
    return ", ".join(f"{project} {score:g}" for project, score in entries) or "nothing"
