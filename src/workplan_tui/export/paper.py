"""The paper for direction (`workplan export --to paper`): what it says, as seed 004 says it.

The Board's paper asking members which candidate projects officers should prioritise, in the
paper's own order and words: the meeting and date, the title, Purpose of report, Summary, "Is
this report confidential?", Recommendation, Contact details (a role, never a person), then
paragraphs numbered 1…n through the paper: Background, Issues (the table of candidates),
Resources in the terms of the paper's paragraph 6 (the posts and what they are funded for, the
policy budget with its commitments and what is left, the resources that need someone's
approval, with the plan's figures, estimates marked), the paragraphs asking for direction,
Implications for Wales, Financial Implications, Equalities implications and Next steps; the
current programme, by theme, as an appendix.

The fixed words come from the plan's `[paper]` (schema.py); what it leaves out is said here
from the plan's figures. An agreed plan's paper is still the paper as tabled: the decision
goes in the note of the meeting (`--to note`).

`paper_context` is everything the paper says as plain values; the templates
(`templates/papers/paper.md.j2`, `paper.docx`, or an officer's own) lay it out, and
docs/export.md lists the names. `paper_gaps` is what `workplan check` warns of (W101).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from workplan_tui.capacity import Feasibility, check_bundle, format_money, month_name
from workplan_tui.model import ESTIMATE_MARK, Plan, Project
from workplan_tui.text import days, listed, long_date, number_word, plural, short_date

DEFAULT_ISSUES = "An outline of the suggested projects is set out below:"
DEFAULT_DIRECTION = (
    "The Board are asked to set out their views on the issues they would like to prioritise, "
    "taking into account the resources available and provisional timing identified.",
    "Subject to the Board's views about any areas of research it would like to take forward, "
    "the team will consider the resources available and how best to deliver them.",
)
DEFAULT_NEXT_STEPS = "Officers to take forward as directed."

# The headings as the paper writes them, each numbered paragraph's section.
BACKGROUND, ISSUES = "Background", "Issues"
WALES, FINANCIAL, EQUALITIES, NEXT_STEPS = (
    "Implications for Wales", "Financial Implications", "Equalities implications", "Next steps",
)


def paper_context(plan: Plan, *, date: dt.date | None = None) -> dict[str, Any]:
    """Everything the paper for direction says, as plain values (docs/export.md names them).

    `date` is the meeting's (default `[paper] date`; none: the paper is undated)."""
    text = plan.paper
    numbers = _Numbering()
    background = [numbers.next(paragraph) for paragraph in text.background if paragraph.strip()]
    issues = numbers.next(text.issues or DEFAULT_ISSUES)
    everything = check_bundle(plan, [project.id for project in plan.projects])
    resources = numbers.next(_resources_intro(plan))
    resources["items"] = _resource_items(plan, everything)
    direction = [numbers.next(paragraph) for paragraph in (text.direction or DEFAULT_DIRECTION) if paragraph.strip()]
    financial = text.financial or f"As set out in paragraph {resources['number']} above."
    sections = []
    for heading, words in (
        (WALES, text.wales), (FINANCIAL, financial), (EQUALITIES, text.equalities),
        (NEXT_STEPS, text.next_steps or DEFAULT_NEXT_STEPS),
    ):
        if words.strip():
            sections.append({"heading": heading, "paragraphs": [numbers.next(words)]})
    rows = [_issue_row(plan, project) for project in plan.projects]
    paper_date = date or text.date
    return {
        "kind": "paper",
        "board": plan.info.board,
        "cycle": plan.info.cycle,
        "date": paper_date,
        "date_text": long_date(paper_date) if paper_date is not None else "",
        "title": text.title or f"{plan.info.title}: work projects",
        "purpose": text.purpose,
        "summary": text.summary or _summary(plan),
        "confidential": text.confidential,
        "confidential_answer": "Yes" if text.confidential else "No",
        "recommendation": text.recommendation or _recommendation(plan),
        "contact": {
            "officer": text.contact, "phone": text.phone, "email": text.email,
            "lines": [
                {"label": label, "value": value}
                for label, value in (("Contact officer", text.contact), ("Phone no", text.phone), ("Email", text.email))
                if value
            ],
        },
        "background": background,
        "issues": {**issues, "heading": ISSUES, "rows": rows},
        "estimates_note": _estimates_note(plan),
        "estimate_mark": ESTIMATE_MARK,
        "resources": resources,
        "direction": direction,
        "sections": sections,
        "appendix": {
            "title": text.appendix or f"{plan.info.board}: current work programme",
            "themes": [
                {"title": theme.title, "activities": [activity.text for activity in theme.activities]}
                for theme in plan.themes
            ],
        },
    }


class _Numbering:
    """The paper's paragraph numbers, 1…n in the order the paragraphs are made."""

    def __init__(self) -> None:
        self.count = 0

    def next(self, text: str) -> dict[str, Any]:
        self.count += 1
        return {"number": self.count, "text": " ".join(text.split())}


def _summary(plan: Plan) -> str:
    count = len(plan.projects)
    return (
        f"This paper summarises {number_word(count)} candidate project{'s' if count != 1 else ''} for officers "
        "to focus on and seeks direction from members about which they would like to prioritise."
    )


def _recommendation(plan: Plan) -> str:
    low, high = plan.voting.pick_min, plan.voting.pick_max
    if high == 1:
        which = "which project"
    elif low == high:
        which = f"which {number_word(low)} projects"
    else:
        which = f"which {number_word(low)} to {number_word(high)} projects"
    return f"The Board are asked to decide {which} they would like officers to prioritise."


# -- Issues: the table of candidates ------------------------------------------------


def _issue_row(plan: Plan, project: Project) -> dict[str, Any]:
    """One row of the Issues table; each cell a list of paragraphs."""
    resources = _paragraphs(project.resources)
    for gate_id in project.gates:
        gate = plan.limits.gate(gate_id)
        resources.append(f"Needs the {gate.label}, subject to approval by the {gate.approval}.")
    timing = _paragraphs(project.timing)
    if not timing:
        meetings = plan.meetings_by_id
        timing = [
            f"{milestone.what}: {project.marked(_when(plan, milestone.at, milestone.date), 'milestones')}"
            for milestone in project.milestones
            if milestone.when(meetings) is not None
        ]
    work = ""
    if project.start is not None and project.end is not None:
        work = f"Work from {project.marked(short_date(project.start), 'start')} to {project.marked(short_date(project.end), 'end')}"
    return {
        "id": project.id,
        "title": project.title,
        "information": _paragraphs(project.summary),
        "resources": resources,
        "figures": _figures(plan, project),
        "timing": timing,
        "work": work,
        "cost": project.marked(format_money(project.cost, plan.limits.currency), "cost"),
        "funding": project.funding,
        "effort": project.marked(days(sum(project.effort.values())), "effort") if project.effort else "",
        "estimated": list(project.estimated),
        "status": project.status,
    }


def _paragraphs(text: str) -> list[str]:
    """A plan text's paragraphs (blank lines apart), each on one line."""
    return [" ".join(part.split()) for part in text.strip().split("\n\n") if part.strip()]


def _figures(plan: Plan, project: Project) -> str:
    """The project's cost and staff time in one sentence, estimates marked."""
    money = project.marked(format_money(project.cost, plan.limits.currency), "cost")
    cost = f"Cost: {money}, funded by the {project.funding}" if project.funding else f"Cost: {money}"
    if not project.effort:
        return cost + "."
    total = project.marked(f"{days(sum(project.effort.values()))} person-days", "effort")
    by_role = ", ".join(f"{plan.role_label(role)} {days(value)}" for role, value in project.effort.items())
    return f"{cost}; staff time: {total} ({by_role})."


def _when(plan: Plan, meeting_id: str, day: dt.date | None) -> str:
    if meeting_id:
        meeting = plan.meetings_by_id[meeting_id]
        return f"{meeting.name}, {long_date(meeting.date)}"
    assert day is not None
    return long_date(day)


def _estimates_note(plan: Plan) -> str:
    marked = plan.paper.estimated or any(project.estimated for project in plan.projects)
    return f"Figures marked {ESTIMATE_MARK} are officer estimates." if marked else ""


# -- Resources: paragraph 6's terms, with the plan's figures -------------------------


def _resources_intro(plan: Plan) -> str:
    team = plan.paper.team or "officers"
    verb = "has" if plan.paper.team else "have"
    return f"In terms of capacity to undertake this work, {team} {verb} access to the following resources:"


def _resource_items(plan: Plan, everything: Feasibility) -> list[dict[str, str]]:
    """The bullets of the Resources paragraph: the team's capacity, the budget, each gated resource."""
    items = []
    capacity = _capacity(plan, everything)
    if capacity:
        items.append({"lead": "The team's own capacity.", "text": capacity})
    items.append({"lead": "A share of the team's policy budget." if plan.limits.total_budget else "Budget.",
                  "text": _budget(plan, everything)})
    for gate in plan.limits.gates:
        needing = [plan.project(project_id).title for project_id, gates in everything.gated.items() if gate.id in gates]
        text = f"Requests for its support must be approved by the {gate.approval}."
        if needing:
            text += f" {listed(needing)} would need it."
        items.append({"lead": f"The {gate.label}.", "text": text})
    return items


def _role_words(plan: Plan, role: str) -> str:
    """A role label inside a sentence: "Senior adviser" as "senior adviser"; a label with capitals
    of its own ("Policy Adviser", "LGA researcher") as it is written."""
    label = plan.role_label(role)
    return label[:1].lower() + label[1:] if label[1:] == label[1:].lower() else label


def _posts(plan: Plan, posts: dict[str, float], *, counted_nouns: bool) -> str:
    """ "two senior adviser and two adviser" (posts) or "one senior adviser, two advisers and one graduate trainee"."""
    words = []
    for role, count in posts.items():
        amount = number_word(int(count)) if count == int(count) else days(count)
        noun = _role_words(plan, role)
        if counted_nouns and count != 1:
            noun += "s"
        words.append(f"{amount} {noun}")
    return listed(words)


def _capacity(plan: Plan, everything: Feasibility) -> str:
    text, limits = plan.paper, plan.limits
    sentences = []
    funded, flexible = dict(text.funded_posts), dict(text.flexible_posts)
    if funded:
        sentence = f"While {plan.paper.marked(_posts(plan, funded, counted_nouns=False), 'posts')} posts in the team are funded"
        if text.funded_by:
            sentence += f" through {text.funded_by}"
        if text.funded_for:
            sentence += f" primarily to support work on {text.funded_for}"
        if flexible:
            sentence += (f", there is greater flexibility within the remaining capacity "
                         f"({_posts(plan, flexible, counted_nouns=True)}) to focus on a range of different work areas.")
        else:
            sentence += "."
        sentences.append(sentence)
    elif flexible:
        sentences.append(f"The remaining capacity ({_posts(plan, flexible, counted_nouns=True)}) can focus on a range of different work areas.")
    if limits.capacity:
        per_month = listed([
            f"{plan.paper.marked(days(available), 'capacity')}{' person-days a month' if index == 0 else ''} "
            f"of {_role_words(plan, role)} time"
            for index, (role, available) in enumerate(limits.capacity.items())
        ])
        sentences.append(f"For new projects that is about {per_month}.")
        months = len(everything.months)
        available = sum(limits.capacity.values()) * months
        needed = sum(sum(load.values()) for load in everything.load.values())
        estimated = any(project.is_estimate("effort") for project in plan.projects if project.effort)
        count = len(plan.projects)
        together = "The candidate" if count == 1 else f"All {number_word(count)} candidates together"
        sentence = (f"{together} would need {days(needed)}{' ' + ESTIMATE_MARK if estimated else ''} person-days "
                    f"of the {plan.paper.marked(days(available), 'capacity')} available over the {plural(months, 'month')} of the plan")
        if everything.overloads:
            sentence += (f", and more than the capacity in {plural(len(everything.overloads), 'role-month')} "
                         f"(the busiest {_busiest(plan, everything)}), so the Board's choice must leave some out.")
        else:
            sentence += ", within the capacity in every month."
        sentences.append(sentence)
    return " ".join(sentences)


def _busiest(plan: Plan, everything: Feasibility) -> str:
    worst = max(everything.overloads, key=lambda over: (over.used - over.available, -over.month.toordinal()))
    return (f"{_role_words(plan, worst.role)} time in {month_name(worst.month)}: "
            f"{days(worst.used)} days of {days(worst.available)}")


def _budget(plan: Plan, everything: Feasibility) -> str:
    text, limits = plan.paper, plan.limits
    currency = limits.currency
    free = text.marked(format_money(limits.budget, currency), "budget")
    sentences = []
    if limits.total_budget:
        total = text.marked(format_money(limits.total_budget, currency), "total_budget")
        sentence = f"Although the team is expected to have access to a reasonable budget for {plan.info.cycle} (c. {total})"
        if text.commitments:
            sentence += (f", this is expected to support a number of ongoing commitments, including "
                         f"{listed(list(text.commitments))}")
        sentences.append(sentence + ".")
        sentences.append(f"Therefore, the resources expected to be available for other projects is in the region of {free}.")
    else:
        sentences.append(f"The resources available for new projects are {free}.")
    cost_estimated = any(project.is_estimate("cost") for project in plan.projects if project.budget_cost)
    used = format_money(everything.budget_used, currency) + (f" {ESTIMATE_MARK}" if cost_estimated else "")
    count = len(plan.projects)
    together = "The candidate" if count == 1 else f"All {number_word(count)} candidates together"
    left = everything.budget_left
    if left >= 0:
        sentences.append(f"{together} would cost {used} of it, leaving {format_money(left, currency)}.")
    else:
        sentences.append(f"{together} would cost {used}, {format_money(-left, currency)} more than that.")
    for project_id, source in everything.external.items():
        project = plan.project(project_id)
        cost = project.marked(format_money(project.cost, currency), "cost")
        sentences.append(f"{project.title} ({cost}) would be funded through the {source} instead.")
    return " ".join(sentences)


# -- what `workplan check` warns of ----------------------------------------------------


def paper_warnings(plan: Plan) -> list[tuple[tuple[str, ...], str, str]]:
    """W101 for each section of the paper that would be empty: (the key path that fills it,
    "W101", the message), for `workplan check` (papers.document_warnings locates them)."""
    warnings = []
    for section, key in paper_gaps(plan):
        path: tuple[str, ...] = (key,) if key in ("projects", "themes") else ("paper", key)
        fill = "add candidate projects" if key == "projects" else "add themes" if key == "themes" else f"set `paper.{key}`"
        warnings.append((path, "W101", f'the paper\'s "{section}" would be empty: {fill}'))
    return warnings


def paper_gaps(plan: Plan) -> list[tuple[str, str]]:
    """The paper's sections that would be empty, as (section, the [paper] key that fills it)
    for W101; none for a plan whose paper says everything."""
    text = plan.paper
    gaps = []
    if not text.contact.strip():
        gaps.append(("Contact details", "contact"))
    if not any(paragraph.strip() for paragraph in text.background):
        gaps.append((BACKGROUND, "background"))
    if not plan.projects:
        gaps.append((ISSUES, "projects"))
    if not text.wales.strip():
        gaps.append((WALES, "wales"))
    if not text.equalities.strip():
        gaps.append((EQUALITIES, "equalities"))
    if not plan.themes:
        gaps.append(("the current programme (appendix)", "themes"))
    return gaps
