"""Casting one member's ballot: the rules of making a ranking and the one way it is written.

The Vote pane and the booth (ui/booth/) let a member build a ranking a key at a time;
`ranking_refusal` says why a project cannot be added and `ranked_blocked_note` what to
tell the member who ranks a project that no longer fits. `cast_ballot` is the sequence
every writer follows (the plan on disk is still the one voted on, the member's code,
then the plan's ballot box's `cast`), so a ballot from the booth is the one `workplan vote` writes.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

from workplan_tui.files import FileStamp
from workplan_tui.model import Plan
from workplan_tui.plan_io import ensure_unchanged, load_plan
from workplan_tui.text import plural
from workplan_tui.voting.ballot_box import open_box
from workplan_tui.voting.codes import require_code
from workplan_tui.voting.interests import declared_projects, interest_refusal


def form_refusal(plan: Plan) -> str:
    """Why the ranking form (the Vote pane, the booth) cannot cast this plan's ballots; "" when it can.

    A vote by points or approval is cast from the command line or imported (docs/voting.md,
    "Ballot kinds"): the form builds a ranking, and a ranking is the wrong ballot there.
    """
    from workplan_tui.voting.rolls import imported_refusal

    if imported_refusal(plan):
        return imported_refusal(plan)
    if plan.voting.ballot == "points":
        return (
            "This vote is by points, which this form cannot take: cast each ballot with "
            "`workplan vote PLAN --member ID --points a=3,b=2` on the command line, or import the ballots."
        )
    if plan.voting.ballot == "approval":
        return (
            "This vote is by approval, which this form (a ranking) cannot take: cast each ballot with "
            "`workplan vote PLAN --member ID --rank a,b` (the projects approved) on the command line, or import the ballots."
        )
    return ""


def ranking_refusal(plan: Plan, ranking: Sequence[str], project_id: str, member: str | None = None) -> str:
    """Why project_id cannot be added to the member's ranking, as a sentence; "" when it can."""
    declared = interest_refusal(plan, member, project_id)
    if declared:
        return declared
    if project_id in ranking:
        return "Already on the ballot."
    if ballot_is_full(plan, ranking):
        return f"A ballot ranks at most {plural(plan.voting.ballot_length, 'project')}: remove one first."
    return ""


def ballot_is_full(plan: Plan, ranking: Sequence[str]) -> bool:
    """No more projects may be ranked: `[voting] ballot_length` are."""
    return len(ranking) >= plan.voting.ballot_length


def ranking_still_valid(plan: Plan, ranking: Sequence[str], member: str | None = None) -> list[str]:
    """The ranking once the plan is loaded again (or the member chosen): the projects still in
    it that the member has not declared an interest in, cut to the length."""
    known = {project.id for project in plan.projects} - declared_projects(plan, member)
    return [project_id for project_id in ranking if project_id in known][: plan.voting.ballot_length]


def ranked_blocked_note(reason: str) -> str:
    """What to say when a project that would not fit (live_feasibility's reason) is ranked anyway."""
    # Said before the project is added: afterwards the reason is gone (a ranked project is never blocked).
    # The reason reads on (selection.over_budget_reason): "Ranked, but it would exceed the budget by £1,000".
    return f"Ranked, but it {reason}: the count will skip it unless others drop out."


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
) -> str:
    """Write the member's ballot (returns where: box.where); raises WorkplanError with nothing written when the plan file
    changed since `stamp` (ChangedOnDisk), the code is wrong (E405), the ranking cannot be cast
    (a project the member declared an interest in: E411), the vote is not open now (VoteNotOpen,
    E408: `[voting] opens`, `closes`), or the member has voted and `replace` is false (AlreadyExists)."""
    # The ballot carries the plan's fingerprint: cast on a plan that has since changed, it
    # would be rejected at the count.
    ensure_unchanged(plan_path, stamp)
    require_code(plan, plan_path, member, code)
    return open_box(plan_path, plan).cast(plan, member, ranking, replace=replace)
