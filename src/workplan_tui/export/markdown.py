"""The board paper in Markdown, laid out like the Board's own papers (seeds/004).

Purpose, summary, recommendation (a draft: "For direction") or decision (an agreed plan),
the table of projects (Issue | Further information | Resource requirement | Indicative
timing, plus cost, effort and status), the resources paragraph, the result of the vote,
attendance, the declarations of interest, next steps and the work programme by theme.

The output is GitHub-flavoured Markdown that pandoc also reads (`pandoc -f gfm`): pipe
tables, backslash line breaks, and every piece of plan text escaped so a `|`, a leading
`#` or `-`, or a line break in a summary cannot change the document's structure.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence

from workplan_tui.capacity import Feasibility, check_bundle, format_money, month_label, month_name
from workplan_tui.model import ESTIMATE_MARK, Plan, Project
from workplan_tui.text import listed, plural
from workplan_tui.voting.interests import declaration_sentence
from workplan_tui.voting.selection import select

# Characters that start inline markup anywhere in a line. `$` because pandoc's own
# markdown reads it as maths; `~` for strikethrough.
_INLINE_MARKUP = re.compile(r"([\\`*_\[\]<>|$~])")
_ENTITY = re.compile(r"&(?=#?\w+;)")
# Block markup only counts at the start of a line (or of a list item): headings, quotes,
# list bullets, setext underlines and ordered-list numbers.
_LEADING_BLOCK = re.compile(r"^([#>+=-])")
_LEADING_NUMBER = re.compile(r"^(\d+)([.)])")

_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
_NUMBER_WORDS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")

METHOD_RULES = {
    "points": "points for each place on a ballot: {points}",
    "borda": "each ranked project gets one point for every project it is ranked above (Borda count)",
    "approval": "each project on a ballot gets one point",
    "schulze": "projects are compared in pairs and ranked by the strongest chains of pairwise wins (Schulze)",
    "irv": "instant runoff: the project with fewest first preferences is excluded until one has a majority",
    "stv": "single transferable vote with the Droop quota and fractional transfer of surpluses",
}


# -- escaping ----------------------------------------------------------------------


def escape(value: str) -> str:
    """Plan text as one line of Markdown that renders as the same words, never as markup."""
    text = " ".join(value.split())  # a line break would end a table row or a list item
    text = _INLINE_MARKUP.sub(r"\\\1", text)
    text = _ENTITY.sub(r"\\&", text)
    text = _LEADING_BLOCK.sub(r"\\\1", text)
    return _LEADING_NUMBER.sub(r"\1\\\2", text)


def table(header: Sequence[str], rows: Iterable[Sequence[str]]) -> list[str]:
    """A GFM pipe table; cells must already be escaped (escape() also escapes `|`)."""
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines.extend("| " + " | ".join(cell or " " for cell in row) + " |" for row in rows)
    return lines


# -- words -------------------------------------------------------------------------


def long_date(day: dt.date) -> str:
    return f"{day.day} {day:%B %Y}"


def short_date(day: dt.date) -> str:
    return f"{day.day} {day:%b %Y}"


def number_word(n: int) -> str:
    return _NUMBER_WORDS[n] if 0 <= n < len(_NUMBER_WORDS) else str(n)


def days(value: float) -> str:
    """Person-days as people write them: 14, 2.5, 3.3 (one decimal is enough for a paper)."""
    rounded = round(value, 1)
    return f"{rounded:g}" if rounded != int(rounded) else str(int(rounded))


joined = listed  # "A, B and C": the paper's lists, as every other sentence says them


def _sentence(text: str) -> str:
    text = text.strip()
    return text if text.endswith((".", "!", "?")) else text + "."


def _status_label(status: str) -> str:
    return {"agreed": "Agreed", "not_selected": "Not selected", "candidate": "Candidate"}[status]


# -- the paper ---------------------------------------------------------------------


def render_markdown(plan: Plan, *, date: dt.date | None = None) -> str:
    """The board paper for `plan`: the decision when it is agreed, a paper for direction when not.

    `date` is the paper's date for a draft (left out when None); an agreed plan's paper is
    dated by its decision.
    """
    decision = plan.decision if plan.info.status == "agreed" else None
    agreed = decision is not None
    paper_date = decision.date if decision is not None else date
    selected = list(decision.selected) if decision is not None else []
    bundle = check_bundle(plan, selected if agreed else [project.id for project in plan.projects])

    lines: list[str] = [f"# {escape(plan.info.title)}: priority projects", ""]
    header = [f"**Meeting:** {escape(plan.info.board)}"]
    if paper_date is not None:
        header.append(f"**Date:** {long_date(paper_date)}")
    header.append(f"**Cycle:** {escape(plan.info.cycle)}")
    header.append(f"**Status:** {'Agreed' if agreed else 'Draft for direction'}")
    lines.append("\\\n".join(header))  # backslash line breaks survive editors that strip trailing spaces

    lines += ["", "## Purpose of report", ""]
    lines.append("For information." if agreed else "For direction.")

    lines += ["", "## Summary", ""]
    lines.append(_summary(plan, agreed))

    lines += _decision(plan) if agreed else _recommendation(plan)
    lines += _issues(plan, show_status=agreed)
    lines += _resources(plan, bundle, agreed)
    if agreed:
        lines += _vote(plan)
        lines += _attendance(plan)
    lines += _declarations(plan, agreed)
    lines += _next_steps(plan, agreed)
    lines += _programme(plan, agreed)
    return "\n".join(lines).rstrip("\n") + "\n"


def _summary(plan: Plan, agreed: bool) -> str:
    count = len(plan.projects)
    cycle = escape(plan.info.cycle)
    if not agreed:
        return (
            f"This paper summarises {number_word(count)} candidate project{'s' if count != 1 else ''} "
            f"for officers to focus on in {cycle} and seeks direction from members about which "
            "they would like to prioritise."
        )
    decision = plan.decision
    assert decision is not None
    chosen = len(decision.selected)
    differs = set(decision.selected) != set(_counted_set(plan))
    return (
        f"This paper records the Board's decision on its priority projects for {cycle}. "
        f"Members ranked {number_word(count)} candidate project{'s' if count != 1 else ''}; "
        f"{_ballots_phrase(decision.ballots)} counted by the {decision.method} method, and the Board agreed "
        f"{number_word(chosen)} priority project{'s' if chosen != 1 else ''}"
        + (", not the count's selection." if differs else ".")
    )


def _ballots_phrase(ballots: int) -> str:
    return f"{ballots} ballot{' was' if ballots == 1 else 's were'}"


def _recommendation(plan: Plan) -> list[str]:
    low, high = plan.voting.pick_min, plan.voting.pick_max
    how_many = number_word(low) if low == high else f"{number_word(low)} to {number_word(high)}"
    return [
        "",
        "## Recommendation",
        "",
        f"The Board is asked to decide which {how_many} project{'s' if high != 1 else ''} it would like "
        "officers to prioritise, taking into account the resources available and the indicative timing.",
    ]


def _decision(plan: Plan) -> list[str]:
    decision = plan.decision
    assert decision is not None
    lines = ["", "## Decision", ""]
    if not decision.selected:
        lines.append("The Board agreed no priority project.")
        return lines
    lines.append(f"On {long_date(decision.date)} the Board agreed that officers prioritise:")
    lines.append("")
    for index, project_id in enumerate(decision.selected, start=1):
        project = plan.project(project_id)
        line = f"{index}. {escape(project.title)}"
        if project.gates:
            approvals = [plan.limits.gate(gate).approval for gate in project.gates]
            line += f", subject to approval by the {escape(joined(list(dict.fromkeys(approvals))))}"
        lines.append(line)
    lines += _counted_and_agreed(plan)
    lines += _needs(plan)
    return lines


def _counted_set(plan: Plan) -> tuple[str, ...]:
    """The count's selection; a record from before it was kept separately had only the agreed set."""
    decision = plan.decision
    assert decision is not None
    return decision.counted if decision.counted or decision.reason else decision.selected


def _counted_and_agreed(plan: Plan) -> list[str]:
    """The count's selection beside the Board's, and the Board's reason when they differ."""
    decision = plan.decision
    assert decision is not None
    counted = _counted_set(plan)
    titles = [plan.project(project_id).title for project_id in counted]
    if set(counted) == set(decision.selected):
        lines = ["", "These are the projects the count selected." if counted else "The count selected no project."]
    else:
        chosen = escape(joined(titles)) if titles else "no project"
        lines = ["", f"The count selected {chosen}; the Board agreed the projects above instead."]
    if decision.reason:
        lines.append(f"The Board's reason: {escape(_sentence(decision.reason))}")
    return [lines[0], " ".join(lines[1:])]


def _needs(plan: Plan) -> list[str]:
    """What the agreed projects need (the record's advice), in words."""
    decision = plan.decision
    assert decision is not None
    advice = decision.advice
    if advice is None or not decision.selected:
        return []
    currency = plan.limits.currency
    budget = format_money(plan.limits.budget, currency)
    lines = ["", "### What the agreed projects need", ""]
    if advice.fits_as_timed:
        lines.append("The agreed projects fit within the budget and the staff capacity as timed.")
        return lines
    if check_bundle(plan, decision.selected).overloads:
        if advice.shortfall:
            lines.append("As timed, some months would be over the staff capacity, and re-timing the work cannot bring them within it.")
        else:
            moved = _retimed(plan)
            whose = "its window" if len(moved) == 1 else "their windows"
            moving = f": the work of {escape(joined(moved))} moves within {whose}" if moved else ""
            lines.append(f"As timed, some months would be over the staff capacity; the work fits once re-timed{moving}.")
    else:
        lines.append("The work fits within the staff capacity as timed.")
    if not advice.budget_shortfall:
        lines[-1] += " The agreed projects fit within the budget."
    else:
        lines[-1] += (f" The agreed projects cost {format_money(advice.cost, currency)}, "
                      f"{format_money(advice.budget_shortfall, currency)} more than the {budget} budget.")
    if advice.shortfall:
        lines += ["", "The smallest extra staff time that would deliver them:", ""]
        for short in advice.shortfall:
            lines.append(f"- {escape(plan.role_label(short.role))}: {plural(float(days(short.days)), 'day')} in {month_name(short.month)}")
    return lines


def _retimed(plan: Plan) -> list[str]:
    """The titles of the agreed projects whose planned delivery is not their even spread."""
    decision = plan.decision
    assert decision is not None
    spread = check_bundle(plan, decision.selected).by_project
    moved = []
    for project_id in decision.selected:
        even = spread.get(project_id, {})
        planned = {(s.role, month): d for s in decision.schedule if s.project == project_id for month, d in s.days.items()}
        timed = {(role, month_label(month)): d for role, months in even.items() for month, d in months.items()}
        # Rounding to the cent moves at most a cent a month: a move is more than that.
        if any(abs(planned.get(key, 0.0) - timed.get(key, 0.0)) > 0.015 for key in set(planned) | set(timed)):
            moved.append(plan.project(project_id).title)
    return moved


def _issues(plan: Plan, show_status: bool) -> list[str]:
    lines = ["", "## Issues", "", "An outline of the projects is set out below:", ""]
    header = ["Issue", "Further information", "Resource requirement", "Indicative timing", "Cost", "Effort (person-days)"]
    if show_status:
        header.append("Status")
    rows = []
    for project in plan.projects:
        row = [
            escape(project.title),
            escape(project.summary),
            escape(_resource_text(plan, project)),
            escape(_timing_text(plan, project)),
            escape(_cost_text(plan, project)),
            escape(_effort_text(plan, project)),
        ]
        if show_status:
            row.append(_status_label(project.status))
        rows.append(row)
    lines += table(header, rows)
    if any(project.estimated for project in plan.projects):
        lines += ["", f"Figures marked {ESTIMATE_MARK} are officer estimates."]
    return lines


def _resource_text(plan: Plan, project: Project) -> str:
    parts = [project.resources.strip()] if project.resources.strip() else []
    for gate_id in project.gates:
        gate = plan.limits.gate(gate_id)
        parts.append(f"Needs the {gate.label}, subject to approval by the {gate.approval}.")
    return " ".join(parts)


def _timing_text(plan: Plan, project: Project) -> str:
    parts = [_sentence(project.timing)] if project.timing.strip() else []
    if not parts and project.milestones:
        meetings = plan.meetings_by_id
        parts.append(_sentence(
            "; ".join(
                f"{milestone.what}: {project.marked(_when(plan, milestone.at, milestone.date), 'milestones')}"
                for milestone in project.milestones
                if milestone.when(meetings) is not None
            )
        ))
    if project.start is not None and project.end is not None:
        start, end = project.marked(short_date(project.start), "start"), project.marked(short_date(project.end), "end")
        parts.append(_sentence(f"Work: {start} to {end}"))  # "22 Nov 2023 est." ends the sentence
    return " ".join(parts)


def _when(plan: Plan, meeting_id: str, day: dt.date | None) -> str:
    if meeting_id:
        meeting = plan.meetings_by_id[meeting_id]
        return f"{meeting.name}, {long_date(meeting.date)}"
    assert day is not None
    return long_date(day)


def _cost_text(plan: Plan, project: Project) -> str:
    money = project.marked(format_money(project.cost, plan.limits.currency), "cost")
    if project.funding:
        return f"{money}, funded by {project.funding}"
    return money


def _effort_text(plan: Plan, project: Project) -> str:
    if not project.effort:
        return "0"
    total = project.marked(days(sum(project.effort.values())), "effort")
    return f"{total} (" + ", ".join(f"{plan.role_label(role)} {days(value)}" for role, value in project.effort.items()) + ")"


def _resources(plan: Plan, bundle: Feasibility, agreed: bool) -> list[str]:
    limits = plan.limits
    currency = limits.currency
    subject = "The agreed projects" if agreed else f"All {number_word(len(plan.projects))} candidates together"
    lines = ["", "## Resources", ""]
    budget = f"{format_money(limits.budget, currency)} is available for new projects"
    if limits.total_budget is not None:
        budget += f" (of a policy budget of c. {format_money(limits.total_budget, currency)})"
    verb = "cost" if agreed else "would cost"
    budget += f". {subject} {verb} {format_money(bundle.budget_used, currency)}, "
    left = bundle.budget_left
    budget += (
        f"leaving {format_money(left, currency)}."
        if left >= 0
        else f"{format_money(-left, currency)} more than the budget."
    )
    external = [plan.project(project_id) for project_id in bundle.external]
    if external:
        budget += " Funded elsewhere and not counted: " + "; ".join(
            f"{project.title} ({project.marked(format_money(project.cost, currency), 'cost')}, {project.funding})"
            for project in external
        ) + "."
    lines.append("**Budget.** " + escape(budget))

    if limits.capacity:
        months = len(bundle.months)
        lines += [
            "",
            f"**Staff capacity.** Person-days per month available for new work, and what {subject.lower()} "
            f"{'use' if agreed else 'would use'} over the {months} months of the plan:",
            "",
        ]
        rows = []
        for role, available in limits.capacity.items():
            used = sum(bundle.load.get(role, {}).values())
            total = available * months
            peak_month, peak = bundle.peak(role)
            busiest = f"{days(peak)} in {month_name(peak_month)}" if peak_month is not None and peak > 0 else "none"
            rows.append(
                [escape(plan.role_label(role)), days(available), days(used), days(total - used), busiest]
            )
        lines += table(["Role", "Available per month", "Used over the year", "Left over the year", "Busiest month"], rows)
        if bundle.overloads and not agreed:
            # Every candidate at once is not a choice anyone makes: the count is enough here;
            # `workplan tally` and the Vote screen check each member's actual choice.
            count = len(bundle.overloads)
            lines += [
                "",
                f"Taken together the candidates would be over capacity in {plural(count, 'role-month')}, "
                "so the Board's choice must leave some out.",
            ]
        elif bundle.overloads:
            lines += ["", "Months over capacity:", ""]
            for overload in bundle.overloads:
                causes = joined([plan.project(project_id).title for project_id in overload.projects])
                lines.append(
                    "- "
                    + escape(
                        f"{plan.role_label(overload.role)}, {month_name(overload.month)}: {days(overload.used)} of "
                        f"{plural(float(days(overload.available)), 'day')} ({causes})"
                    )
                )
        elif bundle.months:
            first, last = month_name(bundle.months[0]), month_name(bundle.months[-1])
            lines += ["", f"No month from {first} to {last} is over capacity for any role."]

    for gate in limits.gates:
        needing = [plan.project(project_id).title for project_id, gates in bundle.gated.items() if gate.id in gates]
        text = f"**{escape(gate.label)}.** Requests must be approved by the {escape(gate.approval)}."
        if needing:
            verb = "needs" if len(needing) == 1 else "need"
            text += f" {escape(joined(needing))} {verb} it."
        lines += ["", text]
    return lines


def _vote(plan: Plan) -> list[str]:
    decision = plan.decision
    assert decision is not None
    rule = METHOD_RULES.get(decision.method, "")
    if decision.method == "points":
        weights = plan.voting.weights or tuple(range(plan.voting.ballot_length, 0, -1))
        rule = rule.format(points=", ".join(f"{days(w)} to the {_ORDINALS[i] if i < len(_ORDINALS) else f'{i + 1}th'}"
                                             for i, w in enumerate(weights)))
    rejected = f"; {decision.rejected} rejected" if decision.rejected else "; none rejected"
    lines = [
        "",
        "## Result of the vote",
        "",
        f"{_ballots_phrase(decision.ballots)} counted{rejected}. Method: {decision.method} ({rule}).",
        "",
    ]
    reasons = _skip_reasons(plan)  # one walk for the whole table, not one per row
    rows = [
        [str(place), escape(plan.project(ranked.project).title), _score(ranked.score), _decided(plan, ranked.project, reasons)]
        for place, ranked in enumerate(decision.ranking, start=1)
    ]
    lines += table(["Rank", "Issue", "Score", "Decision"], rows)
    lines += [""]
    if decision.ties:
        lines += ["Ties, and how they were broken:", ""]
        lines += [f"- {escape(tie)}" for tie in decision.ties]
    else:
        lines.append("There were no ties.")
    return lines


def _decided(plan: Plan, project_id: str, reasons: dict[str, str]) -> str:
    """The vote table's Decision cell: agreed or not, and where the Board and the count differ."""
    decision = plan.decision
    assert decision is not None
    agreed, counted = project_id in decision.selected, project_id in _counted_set(plan)
    if agreed:
        return "Agreed" if counted else "Agreed by the Board; not selected by the count"
    if counted:
        return "Selected by the count; not agreed by the Board"
    reason = reasons.get(project_id)
    return escape(_sentence_case(f"not selected: {reason}")) if reason else "Not selected"


def _skip_reasons(plan: Plan) -> dict[str, str]:
    """Why each project in the recorded ranking was not selected, by selecting from that ranking again.

    The decision keeps the ranking, the rule and the selection, not the reasons; the rule
    is deterministic, so it is repeated and its reasons are used only when it selects exactly what was agreed.
    Projects with no score were ranked on no ballot and are never selected.
    """
    decision = plan.decision
    assert decision is not None
    ranking = [ranked.project for ranked in decision.ranking]
    scored = {ranked.project for ranked in decision.ranking if ranked.score > 0}
    for supported in (scored, set(ranking)):
        walk = select(
            plan, ranking, supported, rule=decision.selection, scores={r.project: r.score for r in decision.ranking}
        )
        if walk.selected == tuple(_counted_set(plan)):
            return {skip.project: skip.reason for skip in walk.skipped}
    return {}


def _sentence_case(text: str) -> str:
    return text[:1].upper() + text[1:]


def _score(value: float) -> str:
    return f"{value:g}" if isinstance(value, float) and value != int(value) else str(int(value))


def _attendance(plan: Plan) -> list[str]:
    from workplan_tui.attendance import attendance_lines, of_decision, quorum_sentence

    decision = plan.decision
    assert decision is not None
    lines = ["", "## Attendance", ""]
    for line in attendance_lines(plan, of_decision(decision), escape):
        lines += [line, ""]
    quorum = decision.quorum
    if quorum is not None:
        lines.append(quorum_sentence(quorum))
        if quorum.confirmed:
            lines[-1] += " The Board confirmed that it would decide below the quorum."
        lines.append("")
    return lines[:-1]


def _declarations(plan: Plan, agreed: bool) -> list[str]:
    """Declarations of interest as the minutes record them: by member label and project title.
    A draft's paper says nothing when none has been recorded yet (the meeting has not met)."""
    if not plan.interests and not agreed:
        return []
    lines = ["", "## Declarations of interest", ""]
    if not plan.interests:
        lines.append("No declarations of interest were made.")
        return lines
    lines.append(" ".join(escape(declaration_sentence(plan, interest)) for interest in plan.interests))
    lines += ["", "A member may not rank a project they declared an interest in; the count rejects a ballot that does."]
    return lines


def _next_steps(plan: Plan, agreed: bool) -> list[str]:
    lines = ["", "## Next steps", ""]
    if not agreed:
        lines.append(
            "Members rank their priority projects; the count and the Board's decision will be recorded "
            "in the agreed plan. Officers to take forward as directed."
        )
        return lines
    decision = plan.decision
    assert decision is not None
    lines.append("Officers to take forward the agreed projects as directed.")
    steps: list[str] = []
    for entry in decision.awaiting_approval:
        project_id, _, rest = entry.partition(": ")
        gate_id = rest.split(" (", 1)[0]
        if gate_id in {gate.id for gate in plan.limits.gates}:
            gate = plan.limits.gate(gate_id)
            steps.append(
                f"Officers to seek the approval of the {gate.approval} to use the {gate.label} "
                f"for {plan.project(project_id).title}."
            )
        else:  # written by hand in a form we do not recognise: show it as it is
            steps.append(f"Awaiting approval: {entry}.")
    for action in decision.actions:
        owner = action.owner[:1].upper() + action.owner[1:] if action.owner else ""
        text = f"{owner} to {action.what[:1].lower()}{action.what[1:]}" if owner else action.what
        text = text.rstrip(".")
        if action.due:
            text += f" (due: {_when(plan, action.due, None)})"
        steps.append(text + ".")
    if steps:
        lines += ["", "Actions:", ""]
        lines += [f"- {escape(step)}" for step in steps]
    reports = []
    meetings = plan.meetings_by_id
    for project_id in decision.selected:
        project = plan.project(project_id)
        for milestone in project.milestones:
            day = milestone.when(meetings)
            if day is not None:
                when = project.marked(_when(plan, milestone.at, milestone.date), "milestones")
                reports.append((day, project.title, milestone.what, when))
    if reports:
        lines += ["", "Reports to come:", ""]
        for _, title, what, when in sorted(reports, key=lambda report: report[0]):
            lines.append(f"- {escape(when)}: {escape(title)}: {escape(what)}")
    return lines


def _programme(plan: Plan, agreed: bool) -> list[str]:
    if not plan.themes:
        return []
    word = "Agreed" if agreed else "Proposed"
    lines = ["", f"## {word} work programme {escape(plan.info.cycle)}"]
    for theme in plan.themes:
        lines += ["", f"### {escape(theme.title)}", ""]
        entries = [escape(activity.text) for activity in theme.activities]
        for project in plan.projects:
            if project.theme == theme.id and (project.status == "agreed" if agreed else True):
                label = "priority project" if agreed else "candidate project"
                entries.append(f"{escape(project.title)} ({label})")
        lines += [f"- {entry}" for entry in entries] if entries else ["No activities listed."]
    return lines
