"""Agreeing a plan: the draft plus the board's vote becomes the agreed plan, decision on record.

`agree` never changes the draft (plans are immutable values); it returns a new plan
that `workplan check` accepts and that `plan_io.dumps_plan` writes deterministically.
The TUI's Export pane and `workplan export --to toml` both reach it through
`decision.decide` (count, attendance, agree), so a preview and the written file are the
same plan.

The Board decides and workplan advises: the agreed set is the count's selection unless the
Board agrees another (`agreed`), and then the record says why (`reason`). The record keeps
both sets, what the agreed set needs (`needs`: does it fit as timed, re-timed, and what is
short), its planned delivery, and a digest of the counted ballots (`ballots_digest`) that
`workplan verify` checks the ballot folder against.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

import attrs

from workplan_tui import plan_io
from workplan_tui.attendance import NOT_RECORDED, quorum_sentence, seat
from workplan_tui.errors import LocatedError, WorkplanError
from workplan_tui.model import Action, Advice, Decision, Plan, Scheduled, Shortfall
from workplan_tui.text import cut, did_you_mean
from workplan_tui.voting.result import TallyResult

if TYPE_CHECKING:
    from workplan_tui.schedule import Schedule
    from workplan_tui.voting.ballots import Ballot

# Errors about the decision record are reported against this name: they come from
# command-line options or the TUI, not from a line of a file.
SOURCE = "<decision>"
# The first line of the ballots' canonical form: names the form, so a later one cannot collide.
DIGEST_FORM = "workplan ballots 1"


def agree(
    draft: Plan,
    result: TallyResult,
    *,
    date: dt.date,
    ballots: Sequence[Ballot],
    agreed: Iterable[str] | None = None,
    reason: str = "",
    actions: Iterable[Action] = (),
    below_quorum: bool = False,
) -> Plan:
    """The agreed plan: `draft` with the Board's decision on the count `result` of `ballots`.

    `agreed` is the Board's agreed set (None: the count's selection); it is written in the
    order of the count's ranking, so the record does not depend on the order it was typed
    in. `reason` is required when the agreed set differs from the count's, or holds fewer
    than pick.min or more than pick.max projects (the Board confirms it knowingly).

    An already agreed plan is returned unchanged: its decision is on record and a later
    count must not silently replace it (start the next cycle with rollover instead).
    The attendance on record is the one the count was made with (`result.attendance`, in
    the plan's member order), and so are the ballots that counted (attendance.seat). Below
    the plan's quorum, agreeing needs `below_quorum` (the Board confirms it knowingly, and
    the record says so). Raises WorkplanError when the record names an unknown member,
    project or meeting, no ballot counted, a reason is needed and missing, or the meeting
    is below its quorum unconfirmed (E409).
    """
    if draft.info.status == "agreed":
        return draft
    attendance = (result.attendance or NOT_RECORDED).in_order(draft)
    seated = seat(draft, attendance, ballots)
    actions = tuple(actions)
    reason = " ".join(reason.split())
    chosen = result.selected if agreed is None else agreed_order(draft, result, agreed)
    quorum = result.quorum
    if quorum is not None:
        quorum = attrs.evolve(quorum, confirmed=below_quorum and not quorum.quorate)
    _check_record(draft, result, actions, chosen, reason, below_quorum)

    selected = set(chosen)
    projects = tuple(
        attrs.evolve(project, status="agreed" if project.id in selected else "not_selected")
        for project in draft.projects
    )
    advice, schedule = needs(draft, chosen)
    decision = Decision(
        date=date,
        method=result.method,
        ballots=result.ballots,
        rejected=len(result.rejected),
        ranking=tuple(result.ranking),
        selected=tuple(chosen),
        counted=tuple(result.selected),
        selection=result.selection,
        reason=reason,
        ties=tuple(tie.detail for tie in result.ties),
        awaiting_approval=awaiting_approval(draft, chosen),
        draft=plan_io.fingerprint(draft),
        present=attendance.present,
        apologies=attendance.apologies,
        substitutes=attendance.substitutes,
        attendance_recorded=attendance.recorded,
        quorum=quorum,
        actions=actions,
        voters=_ordered_members(draft, [ballot.member for ballot in seated.ballots]),
        ballots_digest=ballots_digest(seated.ballots),
        advice=advice,
        schedule=recorded_schedule(schedule),
    )
    return attrs.evolve(
        draft,
        info=attrs.evolve(draft.info, status="agreed"),
        projects=projects,
        decision=decision,
    )


def agreed_order(plan: Plan, result: TallyResult, agreed: Iterable[str]) -> tuple[str, ...]:
    """The agreed set in the order of the count's ranking, then (never ranked) the plan's;
    unknown ids last, as given, for the record's check to name."""
    wanted = list(dict.fromkeys(agreed))
    ranked = [entry.project for entry in result.ranking]
    order = {project: index for index, project in enumerate(ranked)}
    for project in plan.projects:
        order.setdefault(project.id, len(order))
    return tuple(sorted(wanted, key=lambda project: (order.get(project, len(order)), wanted.index(project))))


def needs_reason(plan: Plan, counted: Sequence[str], agreed: Sequence[str]) -> str:
    """Why the Board must give a reason for agreeing this set, in words; "" when it need not."""
    low, high = plan.voting.pick_min, plan.voting.pick_max
    if set(agreed) != set(counted):
        return "the agreed set differs from the count's selection"
    if len(agreed) < low:
        return f"the agreed set has fewer projects than the {low} the Board aims to prioritise"
    if len(agreed) > high:
        return f"the agreed set has more projects than the {high} the Board aims to prioritise"
    return ""


def needs(plan: Plan, project_ids: Sequence[str]) -> tuple[Advice, Schedule]:
    """What these projects need, in short, and their delivery schedule: whether they fit the
    budget and capacity as timed, and once re-timed; if not, the budget and role-days short.

    The one place the record's advice is computed (agree, the Export pane, the paper read it).
    """
    from workplan_tui.capacity import check_bundle
    from workplan_tui.schedule import delivery_schedule

    ids = [project_id for project_id in dict.fromkeys(project_ids) if project_id in plan.projects_by_id]
    bundle = check_bundle(plan, ids)
    schedule = delivery_schedule(plan, ids)
    over_budget = max(bundle.budget_used - bundle.budget_limit, 0)
    advice = Advice(
        fits_as_timed=bundle.fits,
        fits=schedule.fits and not over_budget,
        cost=bundle.budget_used,
        budget_shortfall=over_budget,
        shortfall=tuple(
            Shortfall(role, month, days) for role, months in schedule.shortfall.items() for month, days in months.items()
        ),
    )
    return advice, schedule


def recorded_schedule(schedule: Schedule) -> tuple[Scheduled, ...]:
    """The schedule as the record keeps it: one entry per project and role with days."""
    return tuple(
        Scheduled(project, role, months)
        for project, roles in schedule.schedule.items()
        for role, months in roles.items()
        if months
    )


def ballots_digest(ballots: Iterable[Ballot]) -> str:
    """sha256 of the counted ballots in their canonical form (docs/export.md): the line
    DIGEST_FORM, then one line per ballot, sorted by member id, of the member id and the
    project ids it ranks, best first, separated by single spaces; UTF-8, lines ending in \\n.

    What the count reads and nothing else: file names, layout, key order, comments, cast
    times and the order files are read in do not change it.
    """
    import hashlib

    # A counted row of an imported electorate ends with `*N`, its voters (no id holds a `*`).
    lines = [DIGEST_FORM] + sorted(
        " ".join((ballot.member, *ballot.ranking)) + (f" *{ballot.voters}" if ballot.voters != 1 else "") for ballot in ballots
    )
    return "sha256:" + hashlib.sha256(("\n".join(lines) + "\n").encode("utf-8")).hexdigest()


def awaiting_approval(plan: Plan, selected: Sequence[str]) -> tuple[str, ...]:
    """"<project>: <gate> (<who approves>)" for every gate a selected project needs, in selection order."""
    entries = []
    for project_id in selected:
        for gate_id in plan.project(project_id).gates:
            entries.append(f"{project_id}: {gate_id} ({plan.limits.gate(gate_id).approval})")
    return tuple(entries)


def counted_members(plan: Plan, members: Iterable[str]) -> tuple[str, ...]:
    """The members whose ballots counted, in the plan's member order (the record's `voters`)."""
    return _ordered_members(plan, members)


def parse_action(text: str) -> Action:
    """`OWNER:DUE:WHAT` as typed on the command line, e.g. `officers:board-2023-06:Report back`.

    DUE may be empty (`officers::Circulate the presentation`); WHAT may contain colons.
    """
    parts = text.split(":", 2)
    if len(parts) != 3 or not parts[2].strip():
        raise WorkplanError.single(
            SOURCE, "E101", f"action `{cut(text)}` must be OWNER:DUE:WHAT, e.g. officers:board-2023-06:Report back"
        )
    owner, due, what = (part.strip() for part in parts)
    return Action(what=what, owner=owner, due=due)


def _ordered_members(plan: Plan, members: Iterable[str]) -> tuple[str, ...]:
    wanted = dict.fromkeys(members)
    order = {member.id: index for index, member in enumerate(plan.members)}
    last = len(order)
    # Unknown ids sort last, in the order given, so _check_record can name each of them (the
    # order given is the sort's own: it is stable; no index looked up per member, which made
    # an imported electorate's 25,101 rows a quadratic 5 s).
    return tuple(sorted(wanted, key=lambda member: order.get(member, last)))


def _check_record(
    plan: Plan,
    result: TallyResult,
    actions: Sequence[Action],
    agreed: Sequence[str],
    reason: str,
    below_quorum: bool,
) -> None:
    errors: list[str] = []
    meetings = {meeting.id for meeting in plan.meetings}
    projects = {project.id for project in plan.projects}
    if result.ballots < 1:
        errors.append("E401 no ballot counted: there is no vote to agree")
    for project_id in list(result.selected) + [ranked.project for ranked in result.ranking]:
        if project_id not in projects:
            errors.append(f"E202 the result names project `{cut(project_id)}`, which is not in the plan")
    unknown = [project_id for project_id in agreed if project_id not in projects]
    for project_id in unknown:
        errors.append(f"E202 agreed set: unknown project `{cut(project_id)}`{did_you_mean(project_id, sorted(projects))}")
    why = needs_reason(plan, result.selected, agreed)
    if why and not reason and not unknown:
        counted = ", ".join(result.selected) or "none"
        errors.append(f"E406 {why} (counted: {counted}; agreed: {', '.join(agreed) or 'none'}): give the Board's reason")
    if result.quorum is not None and not result.quorum.quorate and not below_quorum and result.ballots:
        errors.append(f"E409 {quorum_sentence(result.quorum)} Agreeing below the quorum needs the Board's confirmation")
    for action in actions:
        if not action.what.strip():
            errors.append("E102 an action needs a description")
        if action.due and action.due not in meetings:
            errors.append(
                f"E202 action `{cut(action.what)}`: unknown meeting `{cut(action.due)}`{did_you_mean(action.due, sorted(meetings))}"
            )
    if errors:
        raise WorkplanError([LocatedError(SOURCE, 1, 1, error[:4], error[5:]) for error in dict.fromkeys(errors)])
