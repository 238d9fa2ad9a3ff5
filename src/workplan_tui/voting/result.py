"""What a tally produces: the shared result type the CLI, the TUI and the exports read."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from workplan_tui.capacity import Feasibility, month_label
from workplan_tui.model import RankedScore
from workplan_tui.money import json_amount

if TYPE_CHECKING:
    from workplan_tui.advice import Advice
    from workplan_tui.attendance import Attendance
    from workplan_tui.model import Quorum


@attrs.frozen
class Rejection:
    """An entry of the ballot folder that does not count, and why: a rejected ballot, or
    (`ignored`) an entry that is no ballot at all (voting/ballots.py says which are)."""

    file: str
    member: str  # "" when the ballot could not be read far enough to know
    reason: str  # in words, as the app shows it
    code: str = ""  # the error id of a ballot that could not be read, for the command line and JSON
    # No ballot (`X.TOML`, a hidden file, an editor's leftover, a sub-folder): never read, not
    # counted among the rejected ballots, listed in the count's notes (ignored_note).
    ignored: bool = False

    @property
    def with_code(self) -> str:
        return f"{self.code} {self.reason}" if self.code else self.reason


def ignored_note(entry: Rejection) -> str:
    """The count's note for an entry of the ballot folder that is no ballot, by its name."""
    from pathlib import Path

    from workplan_tui.voting.ballots import shown  # the one way a name from the folder is printed

    return f"Ignored, not a ballot: {shown(Path(entry.file).name, limit=80)} ({entry.reason})"


@attrs.frozen
class Tie:
    """Projects that scored the same, and the order the tie-break put them in."""

    projects: tuple[str, ...]  # the tied projects, in the order decided
    score: float
    broken_by: str  # "chair" | "lot" | "chair+lot" (the chair's order, then a lot among those it left tied)
    detail: str  # a sentence a board member can read

    def to_json(self) -> dict[str, Any]:
        return {"projects": list(self.projects), "score": self.score, "broken_by": self.broken_by, "detail": self.detail}


@attrs.frozen
class Skipped:
    project: str
    reason: str


# Methods whose ranking is an order of rounds, not of one score: IRV's winner of each new count,
# STV's order of election then of exclusion. Their figure (a project's ballots in its last round)
# can be larger further down, so a bar shows the round a project went out in: monotone.
ROUND_ORDERED = {"irv": "the order the counts chose them in", "stv": "the order of election, then of exclusion"}


def bar_share(method: str, place: int, places: int, score: float, top: float) -> float:
    """How much of a ranking's bar a project at `place` (1 first, of `places`) fills, 0 to 1:
    its score over the top score, or for a method of rounds its place counted from the last."""
    if method in ROUND_ORDERED:
        return (places - place + 1) / places
    return max(0.0, float(score)) / (top or 1.0)


@attrs.frozen
class TallyResult:
    method: str
    ballots: int
    rejected: tuple[Rejection, ...]
    ranking: tuple[RankedScore, ...]  # best first
    selected: tuple[str, ...]
    skipped: tuple[Skipped, ...]
    ties: tuple[Tie, ...]
    feasibility: Feasibility  # of the selected bundle
    members: int = 0  # members of the board, for turnout (ballots counted of members)
    selection: str = "priorities"  # the rule that made `selected` (model.SELECTIONS)
    priorities: tuple[str, ...] = ()  # the top pick.max supported projects, whatever the rule
    supported: tuple[str, ...] = ()  # the projects a counted ballot ranks, in ranking order
    # What agreeing this result must confirm: fewer than pick.min projects selected.
    problems: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()  # approvals needed, the count round by round, the entries ignored
    advice: Advice | None = None  # what the selected set needs (tally(advise=True))
    attendance: Attendance | None = None  # the attendance counted with (None: not recorded)
    quorum: Quorum | None = None  # the meeting against voting.quorum; None: the plan sets none
    in_place_of: dict[str, str] = attrs.field(factory=dict)  # substitute -> member whose place their ballot took
    ignored: tuple[Rejection, ...] = ()  # entries of the ballot folder that are no ballot (also in notes)

    @property
    def optimal(self) -> bool:
        """Selected is the best feasible set (the rule "best", once `--optimal`)."""
        return self.selection == "best"

    def to_json(self) -> dict[str, Any]:
        """The object `workplan tally --json` prints (DESIGN.md, Command line).

        Lists keep their meaningful order; printing with sorted keys makes the bytes reproducible.
        """
        from workplan_tui.attendance import NOT_RECORDED, attendance_json, quorum_json

        feasibility = self.feasibility
        attendance = self.attendance or NOT_RECORDED
        return {
            "attendance": {**attendance_json(attendance), "in_place_of": dict(sorted(self.in_place_of.items()))},
            "quorum": quorum_json(self.quorum),
            "members": self.members,
            "optimal": self.optimal,
            "notes": list(self.problems + self.notes),
            "selection": self.selection,
            "priorities": list(self.priorities),
            "advice": None if self.advice is None else self.advice.to_json(),
            "method": self.method,
            "ballots": self.ballots,
            "rejected": [{"file": r.file, "member": r.member, "reason": r.with_code} for r in self.rejected],
            "ranking": [{"project": r.project, "score": r.score} for r in self.ranking],
            "selected": list(self.selected),
            "skipped": [{"project": s.project, "reason": s.reason} for s in self.skipped],
            "ties": [tie.to_json() for tie in self.ties],
            "budget": {"limit": json_amount(feasibility.budget_limit), "used": json_amount(feasibility.budget_used)},
            "capacity": {
                role: {
                    month_label(month): {"used": round(used, 6), "available": float(feasibility.capacity.get(role, 0.0))}
                    for month, used in months.items()
                }
                for role, months in feasibility.load.items()
            },
            "subject_to_approval": {project: list(gates) for project, gates in feasibility.gated.items()},
        }
