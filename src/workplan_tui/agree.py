"""Agreeing a plan: the draft plus the board's vote becomes the agreed plan, decision on record.

`agree` never changes the draft (plans are immutable values); it returns a new plan
that `workplan check` accepts and that `plan_io.dumps_plan` writes deterministically.
The TUI's Export pane and `workplan export --to toml` both reach it through
`decision.decide` (count, attendance, agree), so a preview and the written file are the
same plan.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

import attrs

from workplan_tui import plan_io
from workplan_tui.errors import LocatedError, WorkplanError
from workplan_tui.model import Action, Decision, Plan
from workplan_tui.text import did_you_mean
from workplan_tui.voting.result import TallyResult

# Errors about the decision record are reported against this name: they come from
# command-line options or the TUI, not from a line of a file.
SOURCE = "<decision>"


def agree(
    draft: Plan,
    result: TallyResult,
    *,
    date: dt.date,
    present: Iterable[str] = (),
    apologies: Iterable[str] = (),
    actions: Iterable[Action] = (),
) -> Plan:
    """The agreed plan: `draft` with the board's decision taken from `result`.

    An already agreed plan is returned unchanged: its decision is on record and a later
    count must not silently replace it (start the next cycle with rollover instead).
    `present` and `apologies` are member ids; they are written in the plan's member order
    so the file does not depend on the order they were typed in. Raises WorkplanError
    when the record names an unknown member, project or meeting, or no ballot counted.
    """
    if draft.info.status == "agreed":
        return draft
    present = _ordered_members(draft, present)
    apologies = _ordered_members(draft, apologies)
    actions = tuple(actions)
    _check_record(draft, result, present, apologies, actions)

    selected = set(result.selected)
    projects = tuple(
        attrs.evolve(project, status="agreed" if project.id in selected else "not_selected")
        for project in draft.projects
    )
    decision = Decision(
        date=date,
        method=result.method,
        ballots=result.ballots,
        rejected=len(result.rejected),
        ranking=tuple(result.ranking),
        selected=tuple(result.selected),
        ties=tuple(tie.detail for tie in result.ties),
        awaiting_approval=awaiting_approval(draft, result.selected),
        draft=plan_io.fingerprint(draft),
        present=present,
        apologies=apologies,
        actions=actions,
    )
    return attrs.evolve(
        draft,
        info=attrs.evolve(draft.info, status="agreed"),
        projects=projects,
        decision=decision,
    )


def awaiting_approval(plan: Plan, selected: Sequence[str]) -> tuple[str, ...]:
    """"<project>: <gate> (<who approves>)" for every gate a selected project needs, in selection order."""
    entries = []
    for project_id in selected:
        for gate_id in plan.project(project_id).gates:
            entries.append(f"{project_id}: {gate_id} ({plan.limits.gate(gate_id).approval})")
    return tuple(entries)


def counted_members(plan: Plan, members: Iterable[str]) -> tuple[str, ...]:
    """The members whose ballots counted, in the plan's member order: the default `present`."""
    return _ordered_members(plan, members)


def parse_action(text: str) -> Action:
    """`OWNER:DUE:WHAT` as typed on the command line, e.g. `officers:board-2023-06:Report back`.

    DUE may be empty (`officers::Circulate the presentation`); WHAT may contain colons.
    """
    parts = text.split(":", 2)
    if len(parts) != 3 or not parts[2].strip():
        raise WorkplanError.single(
            SOURCE, "E101", f"action `{text}` must be OWNER:DUE:WHAT, e.g. officers:board-2023-06:Report back"
        )
    owner, due, what = (part.strip() for part in parts)
    return Action(what=what, owner=owner, due=due)


def _ordered_members(plan: Plan, members: Iterable[str]) -> tuple[str, ...]:
    wanted = list(dict.fromkeys(members))
    order = {member.id: index for index, member in enumerate(plan.members)}
    # Unknown ids sort last, in the order given, so _check_record can name each of them.
    return tuple(sorted(wanted, key=lambda member: (order.get(member, len(order)), wanted.index(member))))


def _check_record(
    plan: Plan, result: TallyResult, present: Sequence[str], apologies: Sequence[str], actions: Sequence[Action]
) -> None:
    errors: list[str] = []
    members = {member.id for member in plan.members}
    meetings = {meeting.id for meeting in plan.meetings}
    projects = {project.id for project in plan.projects}
    if result.ballots < 1:
        errors.append("E401 no ballot counted: there is no vote to agree")
    for project_id in list(result.selected) + [ranked.project for ranked in result.ranking]:
        if project_id not in projects:
            errors.append(f"E202 the result names project `{project_id}`, which is not in the plan")
    for what, ids in (("present", present), ("apologies", apologies)):
        for member_id in ids:
            if member_id not in members:
                errors.append(f"E202 {what}: unknown member `{member_id}`{did_you_mean(member_id, sorted(members))}")
    for member_id in sorted(set(present) & set(apologies)):
        errors.append(f"E104 member `{member_id}` is listed both as present and as sending apologies")
    for action in actions:
        if not action.what.strip():
            errors.append("E102 an action needs a description")
        if action.due and action.due not in meetings:
            errors.append(
                f"E202 action `{action.what}`: unknown meeting `{action.due}`{did_you_mean(action.due, sorted(meetings))}"
            )
    if errors:
        raise WorkplanError([LocatedError(SOURCE, 1, 1, error[:4], error[5:]) for error in dict.fromkeys(errors)])
