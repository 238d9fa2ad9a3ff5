"""The note of the meeting's item (`workplan export --to note`), as the Board's notes of
meetings write it (seeds 000, 001, 003): the meeting, the item's number and title, what
members said, the decision in the Board's words, the actions with owners and the meetings
they are due at, and the attendance as Appendix A.

The decision is the record's: "The Board agreed …" names only what the Board agreed; the
count and workplan's advice follow as the supporting record (method, ballots, scores, what
the agreed set needs), then any override and its reason, the declarations of interest and
the quorum. What members said is officer-written text from the plan's `[note]`.

`note_context` is everything the note says, as plain values (docs/export.md lists the
names); the templates lay it out (templates/papers/note.md.j2, note.docx). A draft has no
decision yet: E125.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from workplan_tui.export import record
from workplan_tui.model import Decision, Plan
from workplan_tui.plan_words import sentence
from workplan_tui.text import listed, long_date, plural, score_text
from workplan_tui.voting.interests import declaration_sentence
from workplan_tui.voting.interests import rule as interest_rule

NOT_RECORDED = "Attendance not recorded."
ROLE_WORDS = {
    "chair": "Chair", "vice_chair": "Vice-Chair", "deputy_chair": "Deputy Chair",
    "member": "Member", "substitute": "Substitute",
}


def note_context(plan: Plan, *, date: dt.date | None = None, source: str = "<plan>") -> dict[str, Any]:
    """What the note of the meeting says about the plan's decision; E125 on a draft.

    `date` is not the note's: a note is dated by its meeting (the `[note]` meeting, else the
    decision's date), so it is accepted for the registry's signature and not used."""
    del date
    decision = record.decision_of(plan, source)
    note = plan.note
    meeting, held = record.agreed_at(plan, decision)
    item_title = (note.title if note is not None else "") or plan.info.title
    return {
        "board": plan.info.board,
        "plan_title": plan.info.title,
        "cycle": plan.info.cycle,
        "heading": f"Note of the {plan.info.board} meeting",
        "meeting": {
            "title": meeting.name if meeting is not None else plan.info.board,
            "date": f"{held:%A} {long_date(held)}",
        },
        "item": {
            "number": str(note.item) if note is not None and note.item is not None else "",
            "title": item_title,
        },
        "introduction": _introduction(plan),
        "discussion": [" ".join(text.split()) for text in (note.discussion if note is not None else ()) if text.strip()],
        "decision": _decision(plan, decision),
        "count": _count(plan, decision),
        "needs": record.needs_sentences(plan, decision),
        "declarations": _declarations(plan),
        "quorum": _quorum(decision),
        "actions": _actions(plan, decision),
        "reports": record.reports_to_come(plan, decision.selected),
        "attendance": _attendance(plan, decision),
        "next_meeting": _next_meeting(plan, held),
    }


def _next_meeting(plan: Plan, held: dt.date) -> str:
    """The next Board meeting after this one, as seed 003's note ends: "Wednesday 14 June 2023
    (Board)"; "" when the plan has none later."""
    later = sorted((meeting for meeting in plan.meetings if meeting.kind == "board" and meeting.date > held), key=lambda m: m.date)
    if not later:
        return ""
    meeting = later[0]
    return f"{meeting.date:%A} {long_date(meeting.date)} ({meeting.name})"


def _introduction(plan: Plan) -> str:
    note = plan.note
    if note is None or not note.introduced_by.strip():
        return ""
    chair = "The Chair" if plan.chair is not None else "The Board"
    return f"{chair} invited the {' '.join(note.introduced_by.split())} to introduce the item."


def _decision(plan: Plan, decision: Decision) -> dict[str, Any]:
    """What the Board agreed, in its words, and where the count's selection differs."""
    projects = [plan.project(project_id) for project_id in decision.selected]
    agreed = []
    for project in projects:
        approval = record.approvals(plan, project)
        agreed.append({"title": project.title, "approval": f"subject to the approval of {approval}" if approval else ""})
    if projects:
        named = listed([p["title"] + (f" ({p['approval']})" if p["approval"] else "") for p in agreed])
        sentence = f"The Board agreed {named} as its research priorities for {plan.info.cycle}."
    else:
        sentence = f"The Board agreed no research priority for {plan.info.cycle}."
    counted = record.counted_set(decision)
    override = set(counted) != set(decision.selected)
    if override:
        chosen = listed([plan.project(project_id).title for project_id in counted]) or "no project"
        counted_words = f"The count selected {chosen}; the Board agreed otherwise."
    else:
        counted_words = "These are the projects the count selected." if counted else "The count selected no project."
    return {
        "sentence": sentence,
        "projects": agreed,
        "override": override,
        "counted": counted_words,
        "reason": f"The Board's reason: {record.sentence(decision.reason)}" if decision.reason.strip() else "",
    }


def _count(plan: Plan, decision: Decision) -> dict[str, Any]:
    """The count as the supporting record: ballots, method, the ranking with scores, ties."""
    counted = plural(decision.ballots, "ballot") + (" was" if decision.ballots == 1 else " were") + " counted"
    rejected = f"{decision.rejected} {'was' if decision.rejected == 1 else 'were'} rejected" if decision.rejected else "none was rejected"
    method = record.METHOD_NAMES.get(decision.method, decision.method)
    reasons = record.not_selected_reasons(plan, decision)
    rule = record.method_rule(plan, decision)  # "points for each place on a ballot: 3 to the first, …"
    return {
        "sentence": f"{_how_they_voted(plan)}: {counted} and {rejected}. The ballots were counted by "
                    + (f"{rule}." if decision.method == "points" else f"{method}: {rule}."),
        "method": method,
        "ballots": decision.ballots,
        "rejected": decision.rejected,
        "ranking": [
            {
                "place": str(place),
                "title": plan.project(ranked.project).title,
                "score": score_text(ranked.score),
                "outcome": record.outcome(decision, ranked.project, reasons),
            }
            for place, ranked in enumerate(decision.ranking, start=1)
        ],
        "ties": list(decision.ties),
    }


def _how_they_voted(plan: Plan) -> str:
    """Who voted and how, by the plan's roll and kind of ballot: residents on a CSV roll are not
    members, and an approval or points ballot ranks nothing."""
    who = "Members" if plan.voting.roll == "members" else "Voters"
    how = {"approval": "approved candidate projects", "points": "gave points to candidate projects"}
    return f"{who} {how.get(plan.voting.ballot, 'ranked the candidate projects')}"


def _declarations(plan: Plan) -> list[str]:
    if not plan.interests:
        return ["No declarations of interest were made."]
    sentences = [declaration_sentence(plan, interest) for interest in plan.interests]
    sentences.append(sentence(interest_rule(plan)))
    return sentences


def _quorum(decision: Decision) -> str:
    from workplan_tui.attendance import quorum_sentence

    quorum = decision.quorum
    if quorum is None:
        return ""
    text = quorum_sentence(quorum)
    if quorum.confirmed:
        text += " The Board confirmed that it would decide below the quorum."
    return text


def _actions(plan: Plan, decision: Decision) -> list[dict[str, str]]:
    """Each action: what, its owner (a role; approvals sought are the officers') and the meeting
    it is due at, by title and date ("" when none is set)."""
    actions = []
    gates = {gate.id: gate for gate in plan.limits.gates}
    for entry in decision.awaiting_approval:
        project_id, _, rest = entry.partition(": ")
        gate = gates.get(rest.split(" (", 1)[0])
        if gate is not None and project_id in plan.projects_by_id:
            what = f"Seek the approval of the {gate.approval} to use the {gate.label} for {plan.project(project_id).title}"
        else:  # written by hand in a form not recognised: shown as it is
            what = f"Seek the approval awaited: {entry}"
        actions.append({"what": what, "owner": "Officers", "due": ""})
    meetings = plan.meetings_by_id
    for action in decision.actions:
        what = record.upper_first(" ".join(action.what.split()).rstrip("."))
        owner = record.upper_first(" ".join(action.owner.split()))
        due = record.meeting_words(meetings[action.due]) if action.due in meetings else ""
        actions.append({"what": what, "owner": owner, "due": due})
    return actions


def _attendance(plan: Plan, decision: Decision) -> dict[str, Any]:
    """Appendix A: who was present, who stood in for whom, who sent apologies; by label and role."""
    from workplan_tui.attendance import of_decision

    attendance = of_decision(decision).in_order(plan)
    members = {member.id: member for member in plan.members}

    def entry(member_id: str) -> dict[str, str]:
        member = members.get(member_id)
        if member is None:
            return {"label": member_id, "role": ""}
        return {"label": member.label, "role": ROLE_WORDS.get(member.role, member.role)}

    if not attendance.recorded:
        return {"recorded": False, "words": NOT_RECORDED, "present": [], "substitutes": [], "apologies": []}
    return {
        "recorded": True,
        "words": "",
        "present": [entry(member_id) for member_id in attendance.present],
        "substitutes": [
            {**entry(substitute.member), "stands_for": entry(substitute.stands_for)["label"]}
            for substitute in attendance.substitutes
        ],
        "apologies": [entry(member_id) for member_id in attendance.apologies],
    }


def note_warnings(plan: Plan) -> list[tuple[tuple[str | int, ...], str, str]]:
    """`check`'s warnings about the note of an agreed plan's meeting (the registry's warning
    hook: key path, code, message): no `[note]` (W105: the item has no number, reads as the
    plan's title and says nothing of what members said) and a `[note]` whose discussion is
    empty (W106). A draft has no note yet, so it gets none."""
    if plan.info.status != "agreed":
        return []
    note = plan.note
    if note is None:
        return [((), "W105", "the note of the meeting has no `[note]`: its item has no number or title of its own "
                            "and it says nothing of what members said")]
    if not any(paragraph.strip() for paragraph in note.discussion):
        return [(("note", "discussion"), "W106", "`note.discussion` is empty: the note of the meeting says nothing "
                                                 "of what members said")]
    return []
