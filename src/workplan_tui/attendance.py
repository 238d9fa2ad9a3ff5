"""Who attended the meeting, who stood in for whom, whose ballots count, and the quorum.

Attendance is recorded apart from who voted: a member may vote in advance and then send
apologies, and nobody is taken as present because they voted. With no attendance given the
record says it was not recorded (`Attendance.recorded` is False), never invents it.

The rules, used by the count (voting/tally.py), the decision (agree.py, decision.py),
`workplan verify` and the Export pane:

- `present` are members present in their own right; `apologies` those who sent them;
  `substitutes` roster substitutes (role "substitute") each standing in for one member who
  is not present. A member is never both present and apologising; a member has at most one
  substitute and a substitute stands in for at most one member; a substitute standing in is
  recorded by that, not also as present (`check`, E410).
- A substitute's ballot counts in the place of the member they stand for (`seat`). When
  that member voted themselves (in advance, say), the member's own ballot counts and the
  substitute's is rejected: nobody's vote is ever set aside by another person's ballot. A
  substitute's ballot when they stand in for nobody (or attendance is not recorded) is
  rejected with that reason.
- The quorum (`[voting] quorum`) is counted on the members present plus the substitutes
  standing in; when attendance is not recorded, on the ballots of members counted
  (`quorum_of`): a voter on a roll outside the plan who is not a member makes no quorum.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

import attrs

from workplan_tui.errors import LocatedError, WorkplanError
from workplan_tui.model import Plan, Quorum, Substitute
from workplan_tui.text import cut, did_you_mean

if TYPE_CHECKING:
    from workplan_tui.model import Decision
    from workplan_tui.voting.ballots import Ballot
    from workplan_tui.voting.result import Rejection

# Errors about attendance come from command-line options or the Export pane, not a file's line.
SOURCE = "<attendance>"
SUBSTITUTE_ROLE = "substitute"


@attrs.frozen
class Attendance:
    """Who attended; `recorded` False means nobody said (the other fields are then empty)."""

    present: tuple[str, ...] = ()
    apologies: tuple[str, ...] = ()
    substitutes: tuple[Substitute, ...] = ()
    recorded: bool = False

    @property
    def standing_in(self) -> dict[str, str]:
        """Substitute id -> the id of the member they stand in for."""
        return {substitute.member: substitute.stands_for for substitute in self.substitutes}

    def in_order(self, plan: Plan) -> Attendance:
        """The same attendance in the plan's member order, repeats dropped, so the record does
        not depend on the order it was typed or ticked in (unknown ids last, for check to name)."""
        order = {member.id: index for index, member in enumerate(plan.members)}

        def key(member_id: str) -> int:
            return order.get(member_id, len(order))

        substitutes = sorted(dict.fromkeys(self.substitutes), key=lambda s: (key(s.stands_for), key(s.member)))
        return Attendance(
            present=tuple(sorted(dict.fromkeys(self.present), key=key)),
            apologies=tuple(sorted(dict.fromkeys(self.apologies), key=key)),
            substitutes=tuple(substitutes),
            recorded=self.recorded,
        )


NOT_RECORDED = Attendance()


def given(
    present: Iterable[str] | None,
    apologies: Iterable[str] = (),
    substitutes: Iterable[Substitute] = (),
) -> Attendance:
    """The attendance given as options (`--present`, `--apologies`, `--substitute`): None and
    nothing else means not recorded. Apologies or substitutes without who was present would
    record nobody present by accident: refused (E410); `present=()` says nobody was."""
    apologies, substitutes = tuple(apologies), tuple(substitutes)
    if present is None:
        if apologies or substitutes:
            raise WorkplanError.single(
                SOURCE, "E410",
                "attendance needs who was present too (--present A,B; --present \"\" if only substitutes attended)",
            )
        return NOT_RECORDED
    return Attendance(tuple(present), apologies, substitutes, recorded=True)


def of_decision(decision: Decision) -> Attendance:
    """The attendance a decision records (what `workplan verify` recounts with)."""
    return Attendance(decision.present, decision.apologies, decision.substitutes, recorded=decision.attendance_recorded)


def parse_substitute(text: str) -> Substitute:
    """`SUB:FOR` as typed on the command line: the substitute's member id, then the member's."""
    member, colon, stands_for = (part.strip() for part in text.partition(":"))
    if not colon or not member or not stands_for or ":" in stands_for:
        raise WorkplanError.single(
            SOURCE, "E410", f"substitute `{cut(text)}` must be SUB:FOR, the substitute's member id and the member's, e.g. sub-1:member-05"
        )
    return Substitute(member=member, stands_for=stands_for)


def problems(plan: Plan, attendance: Attendance) -> list[str]:
    """Every problem with the attendance, one message each ("" list when it is sound)."""
    members = {member.id: member for member in plan.members}
    known = sorted(members)
    found: list[str] = []

    def unknown(what: str, member_id: str) -> bool:
        if member_id in members:
            return False
        found.append(f"{what}: unknown member `{cut(member_id)}`{did_you_mean(member_id, known)}")
        return True

    for what, ids in (("present", attendance.present), ("apologies", attendance.apologies)):
        for member_id in dict.fromkeys(ids):
            unknown(what, member_id)
    present, apologies = set(attendance.present), set(attendance.apologies)
    for member_id in sorted(present & apologies):
        found.append(f"member `{cut(member_id)}` is listed both as present and as sending apologies")
    substitutes: dict[str, str] = {}
    stood_for: dict[str, str] = {}
    for substitute in attendance.substitutes:
        sub, member = substitute.member, substitute.stands_for
        bad_sub = unknown("substitute", sub)
        bad_member = unknown(f"substitute `{cut(sub)}` stands in for", member)
        if not bad_sub and members[sub].role != SUBSTITUTE_ROLE:
            found.append(
                f"`{cut(sub)}` is not a substitute ({members[sub].role.replace('_', ' ')}): only a member whose role is "
                "substitute stands in for another"
            )
        if not bad_member and members[member].role == SUBSTITUTE_ROLE:
            found.append(f"substitute `{cut(sub)}` cannot stand in for `{cut(member)}`, who is a substitute too")
        if member in present:
            found.append(f"substitute `{cut(sub)}` stands in for `{cut(member)}`, who is present")
        if sub in present or sub in apologies:
            where = "present" if sub in present else "sending apologies"
            found.append(f"substitute `{cut(sub)}` stands in for `{cut(member)}` and is also listed as {where}: record them once")
        if sub in substitutes and substitutes[sub] != member:
            found.append(f"substitute `{cut(sub)}` stands in for both `{cut(substitutes[sub])}` and `{cut(member)}`: one member each")
        if member in stood_for and stood_for[member] != sub:
            found.append(f"`{cut(member)}` has two substitutes, `{cut(stood_for[member])}` and `{cut(sub)}`: one substitute each")
        substitutes.setdefault(sub, member)
        stood_for.setdefault(member, sub)
    return list(dict.fromkeys(found))


def check(plan: Plan, attendance: Attendance) -> None:
    """Raises WorkplanError (E410, one line per problem) unless the attendance is sound."""
    found = problems(plan, attendance)
    if found:
        raise WorkplanError([LocatedError(SOURCE, 1, 1, "E410", message) for message in found])


def substitute_ids(plan: Plan) -> frozenset[str]:
    return frozenset(member.id for member in plan.members if member.role == SUBSTITUTE_ROLE)


@attrs.frozen
class Seated:
    """The ballots that count, a substitute's in the place of the member they stand for."""

    ballots: Sequence[Ballot]  # a tuple, or the box's CountedRows as read (voting/columns.py)
    rejected: tuple[Rejection, ...]
    # substitute id -> the member whose place their counted ballot took
    in_place_of: dict[str, str] = attrs.field(factory=dict)


def seat(plan: Plan, attendance: Attendance, ballots: Sequence[Ballot], rejected: Sequence[Rejection] = ()) -> Seated:
    """Whose ballots count at this meeting (the rules in the module's docstring); the
    attendance is checked first (E410). Pure and in the ballots' order."""
    from workplan_tui.voting.result import Rejection

    check(plan, attendance)
    substitutes = substitute_ids(plan)
    if not substitutes:  # no substitute on the roster: every ballot stands as it is
        from workplan_tui.voting.columns import CountedRows

        # A box read as columns stays so: the count reads its columns, not Ballots.
        return Seated(ballots if isinstance(ballots, CountedRows) else tuple(ballots), tuple(rejected))
    labels = {member.id: member.label for member in plan.members}
    standing_in = attendance.standing_in
    voted = {ballot.member for ballot in ballots}
    counted: list[Ballot] = []
    refused = list(rejected)
    in_place_of: dict[str, str] = {}
    for ballot in ballots:
        member = ballot.member
        if member not in substitutes:
            counted.append(ballot)
            continue
        stands_for = standing_in.get(member)
        if stands_for is None:
            why = "attendance is not recorded" if not attendance.recorded else "the attendance records nobody they stand in for"
            refused.append(Rejection(ballot.file, member, f"{labels[member]} is a substitute and {why}: the ballot counts for nobody", "E410"))
        elif stands_for in voted:
            refused.append(Rejection(
                ballot.file, member,
                f"{labels[member]} stands in for {labels[stands_for]}, who voted themselves: the member's own ballot counts",
                "E410",
            ))
        else:
            counted.append(ballot)
            in_place_of[member] = stands_for
    return Seated(tuple(counted), tuple(refused), in_place_of)


def quorum_of(plan: Plan, attendance: Attendance, voters: Iterable[str], confirmed: bool = False) -> Quorum | None:
    """The meeting against the plan's quorum (None when it sets none): the members present
    plus the substitutes standing in; when attendance is not recorded, the counted ballots
    (`voters`: whose they are) of the plan's members.

    A quorum is of the Board's members: the voters of a roll outside the plan (a CSV file of
    500 residents, an open roll) who are not `[[members]]` never make a meeting quorate, so
    then the basis is "member_ballots" and the sentence says that only members' ballots count."""
    required = plan.voting.quorum
    if required is None:
        return None
    roles = {member.id: member.role for member in plan.members}
    if attendance.recorded:
        in_own_right = [m for m in attendance.present if roles.get(m) != SUBSTITUTE_ROLE]
        return Quorum(required, len(in_own_right) + len(attendance.substitutes), "present", confirmed)
    counted = sum(1 for voter in voters if voter in roles)
    basis = "ballots" if plan.voting.roll == "members" else "member_ballots"
    return Quorum(required, counted, basis, confirmed)


def quorum_sentence(quorum: Quorum) -> str:
    """The quorum in the Board's words, e.g. "Not quorate: 4 members present, the quorum is 6."."""
    if quorum.basis == "present":
        counted = f"{quorum.counted} member{'' if quorum.counted == 1 else 's'} present"
    elif quorum.basis == "member_ballots":
        counted = (
            f"{quorum.counted} ballot{'' if quorum.counted == 1 else 's'} of members of the Board counted "
            "(attendance not recorded; other voters on the roll do not count towards the quorum)"
        )
    else:
        counted = f"{quorum.counted} ballot{'' if quorum.counted == 1 else 's'} counted (attendance not recorded)"
    return f"{'Quorate' if quorum.quorate else 'Not quorate'}: {counted}, the quorum is {quorum.required}."


def quorum_json(quorum: Quorum | None) -> dict[str, Any] | None:
    """The `quorum` object of `workplan tally --json`."""
    if quorum is None:
        return None
    return {
        "required": quorum.required, "counted": quorum.counted, "basis": quorum.basis,
        "quorate": quorum.quorate, "sentence": quorum_sentence(quorum),
    }


def attendance_json(attendance: Attendance) -> dict[str, Any]:
    """The `attendance` object of `workplan tally --json` (in the order it is given)."""
    return {
        "recorded": attendance.recorded,
        "present": list(attendance.present),
        "apologies": list(attendance.apologies),
        "substitutes": [{"member": s.member, "stands_for": s.stands_for} for s in attendance.substitutes],
    }


def attendance_lines(plan: Plan, attendance: Attendance, shown: Callable[[str], str] = str) -> list[str]:
    """The attendance in sentences (the paper, `tally`, the Export pane): labels, never ids;
    `shown` makes a label safe where it goes (the paper escapes Markdown)."""
    if not attendance.recorded:
        return ["Attendance not recorded."]
    labels = {member.id: member.label for member in plan.members}

    def label(member_id: str) -> str:
        return shown(labels.get(member_id, member_id))

    ordered = attendance.in_order(plan)
    present = [label(m) for m in ordered.present]
    apologies = [label(m) for m in ordered.apologies]
    lines = [f"Present: {'; '.join(present) if present else 'none'}."]
    if ordered.substitutes:
        stood = [f"{label(s.member)} for {label(s.stands_for)}" for s in ordered.substitutes]
        lines.append(f"Substitutes: {'; '.join(stood)}.")
    lines.append(f"Apologies: {'; '.join(apologies) if apologies else 'none'}.")
    return lines


# -- marking the attendance one member at a time (the Export pane's list) ----------------------

MARKS = ("present", "apologies", "")  # a member's mark, in the order a key cycles them; "": absent


def mark_of(attendance: Attendance, member_id: str) -> str:
    if member_id in attendance.present:
        return "present"
    return "apologies" if member_id in attendance.apologies else ""


def marked(attendance: Attendance, member_id: str, mark: str) -> Attendance:
    """The attendance with this member marked present, apologising or absent (""): recorded
    from the first mark on. A member marked present has no substitute any more (they stand
    in for nobody who is there)."""
    present = tuple(m for m in attendance.present if m != member_id)
    apologies = tuple(m for m in attendance.apologies if m != member_id)
    substitutes = attendance.substitutes
    if mark == "present":
        present += (member_id,)
        substitutes = tuple(s for s in substitutes if s.stands_for != member_id)
    elif mark == "apologies":
        apologies += (member_id,)
    return Attendance(present, apologies, substitutes, recorded=True)


def next_mark(attendance: Attendance, member_id: str) -> str:
    """The mark after this member's in MARKS (absent, then present, then apologies, ...)."""
    return MARKS[(MARKS.index(mark_of(attendance, member_id)) + 1) % len(MARKS)]


def standing_in(attendance: Attendance, substitute: str, member_id: str | None) -> Attendance:
    """The attendance with this substitute standing in for member_id (None: for nobody)."""
    substitutes = tuple(s for s in attendance.substitutes if s.member != substitute)
    if member_id is not None:
        substitutes = tuple(s for s in substitutes if s.stands_for != member_id) + (Substitute(substitute, member_id),)
    present = tuple(m for m in attendance.present if m != substitute)
    return Attendance(present, attendance.apologies, substitutes, recorded=True)


def stand_in_choices(plan: Plan, attendance: Attendance, substitute: str) -> list[str]:
    """Whom this substitute may stand in for: the members (not substitutes) who are not
    present and have no other substitute, in the plan's member order."""
    taken = {s.stands_for for s in attendance.substitutes if s.member != substitute}
    return [
        member.id for member in plan.members
        if member.role != SUBSTITUTE_ROLE and member.id not in attendance.present and member.id not in taken
    ]
