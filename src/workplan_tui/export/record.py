"""The decision on record in the Board's words, shared by the note of the meeting and the
agreed programme (export/note.py, export/programme.py).

Plain sentences and values only (titles, role labels, month names, meeting titles and dates;
never ids or keys): the templates escape them where they go. What the count selected beside
what the Board agreed, which agreed projects were re-timed and when their work falls, why
each other project was not selected, the counting method in words, what the agreed set
needs, and the reports to come.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from workplan_tui.capacity import check_bundle, format_money, month_label, month_name
from workplan_tui.errors import WorkplanError
from workplan_tui.model import Decision, Meeting, Milestone, Plan, Project
from workplan_tui.text import days, listed, long_date, plural

# The Board's words for each counting method (model.METHODS).
METHOD_WORDS = {
    "points": "points for each place on a ballot: {points}",
    "borda": "each ranked project gets one point for every project it is ranked above",
    "approval": "each project on a ballot gets one point",
    "schulze": "projects are compared in pairs and ranked by the strongest chains of pairwise wins",
    "irv": "the project with fewest first preferences is excluded until one has a majority",
    "stv": "candidates reaching the Droop quota are elected, their surpluses transferred in fractions, the lowest excluded in turn",
}
METHOD_NAMES = {
    "points": "points", "borda": "the Borda count", "approval": "approval voting",
    "schulze": "the Schulze method", "irv": "instant runoff", "stv": "single transferable vote",
}
_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
# Rounding to the cent moves at most a cent a month: a re-timing moves more than that.
CENT = 0.015


def decision_of(plan: Plan, source: str = "<plan>") -> Decision:
    """The plan's decision; E125 when the plan is a draft, which has none yet."""
    if plan.info.status != "agreed" or plan.decision is None:
        raise WorkplanError.single(
            source, "E125",
            "is a draft: there is no decision yet to write a note of; agree the plan first "
            "(`workplan export PLAN --to toml`) and make the note from the agreed plan",
        )
    return plan.decision


def agreed_at(plan: Plan, decision: Decision) -> tuple[Meeting | None, dt.date]:
    """The meeting the decision was taken at (`[note] meeting`; None when not named) and its
    day: the note's heading and the programme's "agreed March 2023" both say it."""
    note = plan.note
    meeting = plan.meetings_by_id.get(note.meeting) if note is not None and note.meeting else None
    return meeting, meeting.date if meeting is not None else decision.date


def counted_set(decision: Decision) -> tuple[str, ...]:
    """The count's selection; a record from before it was kept separately had only the agreed set."""
    return decision.counted if decision.counted or decision.reason else decision.selected


def sentence(text: str) -> str:
    text = " ".join(text.split())
    return text if not text or text.endswith((".", "!", "?")) else text + "."


def lower_first(text: str) -> str:
    """"Final report" -> "final report" inside a sentence; "LGA report" stays as it is."""
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        return text[0].lower() + text[1:]
    return text


def upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def method_rule(plan: Plan, decision: Decision) -> str:
    """How the ballots were counted, in words: "points for each place on a ballot: 3 to the first, …"."""
    rule = METHOD_WORDS.get(decision.method, "")
    if decision.method == "points":
        weights = plan.voting.weights or tuple(range(plan.voting.ballot_length, 0, -1))
        rule = rule.format(points=", ".join(
            f"{days(weight)} to the {_ORDINALS[i] if i < len(_ORDINALS) else f'{i + 1}th'}" for i, weight in enumerate(weights)
        ))
    return rule


def not_selected_reasons(plan: Plan, decision: Decision) -> dict[str, str]:
    """Why each project in the recorded ranking was not selected by the count, by selecting from
    that ranking again (the record keeps the ranking and the rule, not the reasons; the rule is
    deterministic). Used only when it selects exactly what the count did; projects with no
    score were supported on no ballot (ranked, approved or given points)."""
    from workplan_tui.voting.selection import select

    ranking = [ranked.project for ranked in decision.ranking]
    scores = {ranked.project: ranked.score for ranked in decision.ranking}
    scored = {ranked.project for ranked in decision.ranking if ranked.score > 0}
    for supported in (scored, set(ranking)):
        walk = select(plan, ranking, supported, rule=decision.selection, scores=scores)
        if walk.selected == tuple(counted_set(decision)):
            return {skip.project: skip.reason for skip in walk.skipped}
    return {}


def outcome(decision: Decision, project_id: str, reasons: dict[str, str]) -> str:
    """A ranked project's outcome: agreed by the Board or not, and where the count differed."""
    agreed, counted = project_id in decision.selected, project_id in counted_set(decision)
    if agreed:
        return "Agreed" if counted else "Agreed by the Board; not selected by the count"
    if counted:
        return "Selected by the count; not agreed by the Board"
    reason = reasons.get(project_id)
    return f"Not agreed: {reason}" if reason else "Not agreed"


def approvals(plan: Plan, project: Project) -> str:
    """Who must approve what the project needs: "the Senior Management Team"; "" when nobody."""
    return listed(list(dict.fromkeys(f"the {plan.limits.gate(gate).approval}" for gate in project.gates)))


# -- delivery ------------------------------------------------------------------------


def retimed(plan: Plan, decision: Decision) -> list[str]:
    """The ids of the agreed projects whose planned delivery is not their even spread (none
    when the record keeps no schedule: one written before it did says nothing of re-timing)."""
    if not decision.schedule:
        return []
    spread = check_bundle(plan, decision.selected).by_project
    moved = []
    for project_id in decision.selected:
        even = spread.get(project_id, {})
        planned = {(s.role, month): d for s in decision.schedule if s.project == project_id for month, d in s.days.items()}
        timed = {(role, month_label(month)): d for role, months in even.items() for month, d in months.items()}
        if any(abs(planned.get(key, 0.0) - timed.get(key, 0.0)) > CENT for key in set(planned) | set(timed)):
            moved.append(project_id)
    return moved


def month_span(first: str, last: str) -> str:
    """"April to September 2023", "May 2023", "November 2023 to March 2024" from two "YYYY-MM" keys."""
    if first == last:
        return month_name(first)
    start, end = month_name(first), month_name(last)
    if first[:4] == last[:4]:
        start = start.rsplit(" ", 1)[0]
    return f"{start} to {end}"


def months_words(months: list[str]) -> str:
    """Months in words, runs of consecutive months as spans: "April to June 2023 and September 2023"."""
    runs: list[list[str]] = []
    for month in sorted(months):
        if runs and _month_after(runs[-1][-1]) == month:
            runs[-1].append(month)
        else:
            runs.append([month])
    return listed([month_span(run[0], run[-1]) for run in runs])


def _month_after(key: str) -> str:
    year, month = int(key[:4]), int(key[5:7])
    return f"{year + month // 12:04d}-{month % 12 + 1:02d}"


def delivery(plan: Plan, decision: Decision, project_id: str, moved: list[str]) -> dict[str, Any]:
    """When an agreed project's work falls: its window as timed and, re-timed, the months it is
    planned in and the months that carry more or less of it than the even spread."""
    project = plan.project(project_id)
    timed_span = ""
    if project.start is not None and project.end is not None:
        timed_span = month_span(month_label(project.start), month_label(project.end))
    planned: dict[str, float] = {}
    for scheduled in decision.schedule:
        if scheduled.project == project_id:
            for month, value in scheduled.days.items():
                planned[month] = planned.get(month, 0.0) + value
    even: dict[str, float] = {}
    for by_month in check_bundle(plan, [project_id]).by_project.get(project_id, {}).values():
        for day, value in by_month.items():
            even[month_label(day)] = even.get(month_label(day), 0.0) + value
    busy = sorted(month for month, value in planned.items() if value > CENT)
    planned_span = month_span(busy[0], busy[-1]) if busy else timed_span
    is_retimed = project_id in moved
    more = [month for month in sorted(set(planned) | set(even)) if planned.get(month, 0.0) - even.get(month, 0.0) > CENT]
    less = [month for month in sorted(set(planned) | set(even)) if even.get(month, 0.0) - planned.get(month, 0.0) > CENT]
    if not planned:  # the record keeps no schedule: only the window is known
        words = f"{timed_span}." if timed_span else ""
    elif not is_retimed:
        words = f"{timed_span}, as timed." if timed_span else ""
    else:
        words = f"{planned_span}, re-timed to fit the staff capacity"
        if planned_span != timed_span:
            words += f" (timed {timed_span})"
        shifts = []
        if more:
            shifts.append(f"more of the work in {months_words(more)}")
        if less:
            shifts.append(f"less in {months_words(less)}")
        words += (": " + "; ".join(shifts) if shifts else "") + "."
    return {"timed": timed_span, "planned": planned_span, "retimed": is_retimed, "words": words}


def needs_sentences(plan: Plan, decision: Decision) -> list[str]:
    """What the agreed set needs (the record's advice), in sentences; [] when none is recorded."""
    advice = decision.advice
    if advice is None or not decision.selected:
        return []
    currency = plan.limits.currency
    if advice.fits_as_timed:
        return ["The agreed projects fit within the budget and the staff capacity as timed."]
    if check_bundle(plan, decision.selected).overloads:
        if advice.shortfall:
            text = "As timed, some months would be over the staff capacity, and re-timing the work cannot bring them within it."
        else:
            moved = [plan.project(project_id).title for project_id in retimed(plan, decision)]
            whose = "its window" if len(moved) == 1 else "their windows"
            moving = f": the work of {listed(moved)} moves within {whose}" if moved else ""
            text = f"As timed, some months would be over the staff capacity; the work fits once re-timed{moving}."
    else:
        text = "The work fits within the staff capacity as timed."
    if advice.budget_shortfall:
        budget = format_money(plan.limits.budget, currency)
        text += (f" The agreed projects cost {format_money(advice.cost, currency)}, "
                 f"{format_money(advice.budget_shortfall, currency)} more than the {budget} budget.")
    else:
        text += " The agreed projects fit within the budget."
    lines = [text]
    for short in advice.shortfall:
        lines.append(
            f"{plan.role_label(short.role)} would need {plural(float(days(short.days)), 'day')} more in {month_name(short.month)}."
        )
    return lines


# -- meetings and reports --------------------------------------------------------------


def meeting_words(meeting: Meeting) -> str:
    """A meeting as people name it: "Board: annual work plan, 20 September 2023"."""
    return f"{meeting.name}, {long_date(meeting.date)}"


def body_of(meeting: Meeting) -> str:
    """Whom a report at the meeting goes to: "the Board", "lead members"."""
    return {"board": "the Board", "lead_members": "lead members"}.get(meeting.kind, meeting.name)


def report_words(plan: Plan, project: Project, milestone: Milestone) -> str:
    """A report to come as the seeds write it: "Modern slavery: final report to the Board, 20 September 2023"."""
    what = lower_first(" ".join(milestone.what.split()))
    if milestone.at:
        meeting = plan.meetings_by_id[milestone.at]
        body = body_of(meeting)
        where = "" if body.lower().removeprefix("the ") in what.lower() else f" to {body}"
        when = project.marked(long_date(meeting.date), "milestones")
        # "final report, with …, to the Board": a what with its own clauses is closed by a comma
        comma = "," if any(mark in what for mark in ",:;") and where else ""
        return f"{project.title}: {what}{comma}{where}, {when}"
    assert milestone.date is not None
    return f"{project.title}: {what}, {project.marked(long_date(milestone.date), 'milestones')}"


def reports_to_come(plan: Plan, project_ids: tuple[str, ...]) -> list[str]:
    """The agreed projects' milestones, soonest first (a project's in its own order on one day)."""
    meetings = plan.meetings_by_id
    found: list[tuple[dt.date, int, int, str]] = []
    for rank, project_id in enumerate(project_ids):
        project = plan.project(project_id)
        for index, milestone in enumerate(project.milestones):
            day = milestone.when(meetings)
            if day is not None:
                found.append((day, rank, index, report_words(plan, project, milestone)))
    return [words for *_, words in sorted(found)]
