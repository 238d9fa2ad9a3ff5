"""Casting one member's ballot: the rules of filling in a ballot and the one way it is written.

The Vote pane and the booth (ui/booth/) let a member fill in the plan's kind of ballot
(`[voting] ballot`) a key at a time: a ranking, the projects approved, or points.
`ranking_refusal` says why a project cannot be ranked or approved, `points_refusal` why it
cannot have so many points, and `ranked_blocked_note` what to tell the member who chooses
a project that no longer fits. `cast_ballot` is the sequence
every writer follows (the plan on disk is still the one voted on, the member's code,
then the plan's ballot box's `cast`), so a ballot from the booth is the one `workplan vote` writes.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence

from workplan_tui.files import FileStamp
from workplan_tui.model import Plan
from workplan_tui.plan_io import ensure_unchanged, load_plan
from workplan_tui.text import plural
from workplan_tui.voting.ballot_box import open_box
from workplan_tui.voting.codes import require_code
from workplan_tui.voting.interests import declared_projects, interest_refusal


def form_refusal(plan: Plan) -> str:
    """Why no ballot can be cast on this plan's form (the Vote pane, the booth); "" when one can.

    An imported electorate's ballots were cast elsewhere (rolls.imported_refusal); every kind of
    ballot (ranking, approval, points) is cast on the form otherwise.
    """
    from workplan_tui.voting.rolls import imported_refusal

    return imported_refusal(plan)


def ranking_refusal(plan: Plan, ranking: Sequence[str], project_id: str, member: str | None = None) -> str:
    """Why project_id cannot be added to the member's ranking (or approved, in a vote by
    approval), as a sentence; "" when it can."""
    declared = interest_refusal(plan, member, project_id)
    if declared:
        return declared
    approval = plan.voting.ballot == "approval"
    if project_id in ranking:
        return "Already approved." if approval else "Already on the ballot."
    if ballot_is_full(plan, ranking):
        most = plural(plan.voting.ballot_length, "project")
        if approval:
            return f"A ballot approves at most {most}: withdraw one first."
        return f"A ballot ranks at most {most}: remove one first."
    return ""


def points_refusal(
    plan: Plan, points: Mapping[str, int], project_id: str, number: int, member: str | None = None
) -> str:
    """Why the member cannot give project_id `number` points (in place of what it has), as a
    sentence; "" when they can. The rules are the count's (ballots.kind_problems, E142, and
    the ballot's length, E401): whole points, 0 or more, at most `[voting] points` in all,
    and at most `ballot_length` projects given any."""
    declared = interest_refusal(plan, member, project_id)
    if declared and number > 0:
        return declared
    if number < 0:
        return "No points to take away: a project has 0 points or more."
    others = sum(given for project, given in points.items() if project != project_id)
    total = plan.voting.points
    if total is not None and others + number > total:
        left = total - others
        return (
            f"That would give {others + number} points; a ballot gives at most {total} in all, "
            f"so this project can have {plural(left, 'point')} at most."
        )
    given_any = [project for project, given in points.items() if given > 0 and project != project_id]
    if number > 0 and len(given_any) >= plan.voting.ballot_length:
        return (
            f"A ballot gives points to at most {plural(plan.voting.ballot_length, 'project')}: "
            "take the points from one first."
        )
    return ""


def points_left(plan: Plan, points: Mapping[str, int]) -> int | None:
    """The points the member has still to give; None when the plan sets no total."""
    if plan.voting.points is None:
        return None
    return plan.voting.points - sum(points.values())


def points_given(points: Mapping[str, int]) -> list[tuple[str, int]]:
    """A points form's points as the ballot holds them: most points first (ties in the order
    given), none of the projects left at 0. Its projects, so ordered, are the "ranking" the
    budget and the advice are worked out for."""
    order = {project: index for index, project in enumerate(points)}
    given = [(project, number) for project, number in points.items() if number > 0]
    return sorted(given, key=lambda pair: (-pair[1], order[pair[0]]))


def ballot_is_full(plan: Plan, ranking: Sequence[str]) -> bool:
    """No more projects may be ranked: `[voting] ballot_length` are."""
    return len(ranking) >= plan.voting.ballot_length


def ranking_still_valid(plan: Plan, ranking: Sequence[str], member: str | None = None) -> list[str]:
    """The ranking once the plan is loaded again (or the member chosen): the projects still in
    it that the member has not declared an interest in, cut to the length."""
    known = {project.id for project in plan.projects} - declared_projects(plan, member)
    return [project_id for project_id in ranking if project_id in known][: plan.voting.ballot_length]


def still_valid(
    plan: Plan, ranking: Sequence[str], points: Mapping[str, int], member: str | None = None
) -> tuple[list[str], dict[str, int]]:
    """A ballot being filled in, once the plan is loaded again (or the member chosen): what of
    it still stands, as (ranking, points). In a vote by points, the points given to projects
    still in the plan and not declared, most first, while they keep within the plan's limits;
    otherwise ranking_still_valid's ranking, and no points."""
    if plan.voting.ballot != "points":
        return ranking_still_valid(plan, ranking, member), {}
    kept: dict[str, int] = {}
    known = {project.id for project in plan.projects}
    for project_id, number in points_given(points):
        if project_id in known and not points_refusal(plan, kept, project_id, number, member):
            kept[project_id] = number
    return list(kept), kept


# What the member is told who submits an empty ballot, by the plan's kind of ballot.
EMPTY_BALLOT = {
    "ranking": "Your ballot is empty: add at least one project.",
    "approval": "Your ballot is empty: approve at least one project.",
    "points": "Your ballot is empty: give points to at least one project.",
}


def ranked_blocked_note(reason: str, ballot: str = "ranking") -> str:
    """What to say when a project that would not fit (live_feasibility's reason) is ranked
    (approved, given points: `ballot` is the plan's kind) anyway."""
    # Said before the project is added: afterwards the reason is gone (a ranked project is never blocked).
    # The reason reads on (selection.over_budget_reason): "Ranked, but it would exceed the budget by £1,000".
    done = {"approval": "Approved", "points": "Given points"}.get(ballot, "Ranked")
    return f"{done}, but it {reason}: the count will skip it unless others drop out."


def ballot_file(plan_path: str | os.PathLike[str], member: str, plan: Plan | None = None) -> str:
    """Where the member's ballot is written: a file in the folder, or a row of the SQLite box
    (the plan's `[voting] box`; the plan read from plan_path unless given)."""
    return open_box(plan_path, plan or load_plan(plan_path)).where(member)


def has_voted(plan_path: str | os.PathLike[str], member: str, plan: Plan | None = None) -> bool:
    return open_box(plan_path, plan or load_plan(plan_path)).has_voted(member)


def cast_ballot(
    plan: Plan,
    plan_path: str | os.PathLike[str],
    stamp: FileStamp,
    member: str,
    ranking: Sequence[str],
    code: str | None,
    *,
    replace: bool,
    points: Sequence[tuple[str, int]] = (),
) -> str:
    """Write the member's ballot (returns where: box.where); raises WorkplanError with nothing written when the plan file
    changed since `stamp` (ChangedOnDisk), the code is wrong (E405), the ranking cannot be cast
    (a project the member declared an interest in: E411; more points than the plan allows: E142), the vote is not open now (VoteNotOpen,
    E408: `[voting] opens`, `closes`), or the member has voted and `replace` is false (AlreadyExists)."""
    # The ballot carries the plan's fingerprint: cast on a plan that has since changed, it
    # would be rejected at the count.
    ensure_unchanged(plan_path, stamp)
    require_code(plan, plan_path, member, code)
    # One writer for every kind of ballot: a ranking, the projects approved (written as a
    # ranking, as `workplan vote --rank a,b` writes them) or points (`--points a=3,b=2`).
    return open_box(plan_path, plan).cast(plan, member, ranking, replace=replace, points=points)
