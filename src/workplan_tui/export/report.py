"""The end-of-year report's context: what the report says, for its templates (seeds/002).

`report_context` gives the report in seed 002's order and words, as plain values a template
lays out (templates/papers/report.md.j2 and report.docx; docs/export.md lists the names):

- the front page: purpose, summary, recommendation, action and the contact officer's
  position, from `[report]` or the defaults below;
- the title, "<Board> End of Year Report 2017/18 and 2018/19 Work Plan", and the numbered
  paragraphs: the background (the themes as 1.1, 1.2 …: "agreed" only when the plan is
  agreed), the year's progress in figures, the achievements of each theme in prose, the
  cross-cutting work, the conferences and events, next year's priorities, the implications
  and the next steps.

What was achieved is read from the plan: each theme's standing activities and its agreed
priority projects (every project of a draft), by progress, with the achievement notes and
the figures the plan records (a project's months, cost or funding, the reports that went to
the Board by the report's date and those still to come). A note is the officer's sentence,
written as the report says it ("We published …").

Next year's priorities come from the next cycle's plan when one is given (`next_plan`: its
themes and their proposed activities, and its candidate projects, as seed 002's table does);
otherwise from this plan: the work continuing (in progress or not started) and the
candidates the Board did not select.

Paragraph numbers are given here so the Markdown and the Word report agree. The text is
plain: the templates' environment escapes it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from typing import Any

import attrs

from workplan_tui.capacity import format_money, month_name
from workplan_tui.errors import WorkplanError
from workplan_tui.model import Plan, Project, ReportText
from workplan_tui.rollover import shift_years
from workplan_tui.text import listed, long_date, number_word, plural

# The progress statuses in the order the report counts them, with what each says of its items.
PROGRESS_WORDS = {
    "done": ("was delivered", "were delivered"),
    "in_progress": ("is in progress", "are in progress"),
    "dropped": ("was dropped", "were dropped"),
    "planned": ("has not started", "have not started"),
}
TIMES = {1: "once", 2: "twice"}


def counted(count: int, noun: str, plural_noun: str = "") -> str:
    """ "one item", "two items", "12 items": text.plural's agreement, the count in words."""
    said = plural(count, noun, plural_noun).split(" ", 1)[1]
    return f"{number_word(count)} {said}"


@attrs.frozen
class Item:
    """One piece of the year's work: a standing activity or a project."""

    title: str
    status: str  # model.PROGRESS_STATUSES
    note: str
    project: Project | None = None
    priority: bool = False  # a project the Board agreed as a priority (in a draft, none is)

    @property
    def project_words(self) -> str:
        return "a priority project" if self.priority else "a candidate project"


class Numbering:
    """The report's paragraph numbers, 1 … n through the body, as seed 002 numbers them. A
    paragraph may list items under it: numbered 1.1, 1.2 … (the themes) or bulleted."""

    def __init__(self) -> None:
        self.last = 0

    def paragraph(self, text: str, items: Sequence[str] = (), *, numbered_items: bool = False) -> dict[str, Any]:
        self.last += 1
        number = str(self.last)
        return {
            "number": number,
            "text": text,
            "items": [
                {"number": f"{number}.{index}" if numbered_items else "", "text": item}
                for index, item in enumerate(items, 1)
            ],
        }

    def paragraphs(self, texts: Sequence[str | tuple[str, Sequence[str]]]) -> list[dict[str, Any]]:
        """Each non-empty text (or text with its items) as the next numbered paragraph."""
        said = [(text, ()) if isinstance(text, str) else text for text in texts]
        return [self.paragraph(text, items) for text, items in said if text.strip()]


def report_context(
    plan: Plan,
    *,
    date: dt.date | None = None,
    next_plan: Plan | None = None,
    next_plan_file: str = "<next year's plan>",
) -> dict[str, Any]:
    """What the end-of-year report of `plan` says, dated `date` (left out when None). Reports and
    meetings count as held by `date` (when None, by today or the plan's last day if earlier). `next_plan` is the
    next cycle's draft the priorities are proposed from; E129 when it is not that."""
    if next_plan is not None:
        check_next_plan(plan, next_plan, next_plan_file)
    text = plan.report
    board, cycle = plan.info.board, plan.info.cycle
    next_cycle = next_plan.info.cycle if next_plan is not None else shift_years(cycle)
    agreed = plan.info.status == "agreed"
    # What has happened by then: by the report's date, else by today (by the plan's end at most).
    as_of = date or min(plan.info.end, dt.date.today())
    items = [item for theme in plan.themes for item in work_items(plan, theme.id)]
    counts = {status: sum(1 for item in items if item.status == status) for status in PROGRESS_WORDS}

    numbering = Numbering()  # paragraphs are numbered in the order the report reads
    background = _background(plan, numbering, next_cycle)
    progress = numbering.paragraph(progress_sentence(counts, cycle))
    themes = [_theme(plan, theme.id, as_of, numbering) for theme in plan.themes]
    cross_cutting = [
        {"title": section.title, "paragraphs": numbering.paragraphs(section.paragraphs)} for section in text.cross_cutting
    ]
    events = numbering.paragraphs(list(text.events) + [meetings_sentence(plan, as_of)])
    priorities = _priorities(plan, next_plan, next_cycle, numbering)
    implications = [
        {"heading": heading, **numbering.paragraph(words)}
        for heading, words in (
            ("Implications for Wales", text.wales),
            ("Financial Implications", text.financial),
            ("Equalities implications", text.equalities),
        )
        if words.strip()
    ]
    next_steps = numbering.paragraph(
        text.next_steps
        or f"The Board are asked to reflect on the work delivered this year, and consider and comment on their "
        f"priorities for {next_cycle}."
    )
    return {
        "kind": "report",
        "board": board,
        "cycle": cycle,
        "next_cycle": next_cycle,
        "agreed": agreed,
        "title": f"{board} End of Year Report {cycle} and {next_cycle} Work Plan",
        "day": date,
        "date": long_date(date) if date is not None else "",
        "purpose": text.purpose,
        "summary": text.summary
        or f"This paper sets out the {board} end of year report, including initial proposals for the {next_cycle} work plan.",
        "recommendation": text.recommendation
        or f"That Members of the {board} note the end of year report and consider the Board's work priorities for "
        f"{next_cycle}.",
        "action": text.action
        or f"Officers to prepare a paper for the first meeting of the {board} in {next_cycle} on the work plan for "
        f"that year, in line with Members' discussions.",
        "contact": text.contact,
        "background": background,
        "counts": {**counts, "total": len(items)},
        "progress": progress,
        "themes": themes,
        "cross_cutting": cross_cutting,
        "events": events,
        "priorities": priorities,
        "implications": implications,
        "next_steps": next_steps,
    }


def check_next_plan(plan: Plan, next_plan: Plan, file: str) -> None:
    """The plan next year's priorities are proposed from is the next cycle's of the same board (E129)."""
    expected = shift_years(plan.info.cycle)
    if next_plan.info.board != plan.info.board:
        raise WorkplanError.single(
            file, "E129", f"is the plan of `{next_plan.info.board}`, not of `{plan.info.board}`: next year's priorities "
            "come from the same board's next plan",
        )
    if next_plan.info.start <= plan.info.start or next_plan.info.cycle == plan.info.cycle:
        raise WorkplanError.single(
            file, "E129", f"is for {next_plan.info.cycle}, not the cycle after {plan.info.cycle} ({expected})",
        )


# -- the year's work ---------------------------------------------------------------


def work_items(plan: Plan, theme_id: str) -> list[Item]:
    """A theme's work in the report's order: its standing activities, then the priority
    projects the Board agreed (of a plan not agreed yet, every project: all are proposed)."""
    agreed = plan.info.status == "agreed"
    theme = plan.theme(theme_id)
    items = [Item(activity.text, activity.status, activity.note) for activity in theme.activities]
    items += [
        Item(project.title, project.progress, project.note, project, priority=agreed and project.status == "agreed")
        for project in plan.projects
        if project.theme == theme_id and (project.status == "agreed" or not agreed)
    ]
    return items


def progress_sentence(counts: dict[str, int], cycle: str) -> str:
    """The year in figures, every count agreeing with its verb: "Of the 12 items of work planned
    for 2017/18, five were delivered, four are in progress, two were dropped and one has not
    started." One item, all items alike, or none are said as such."""
    total = sum(counts.values())
    if total == 0:
        return f"No work was planned for {cycle}."
    clauses = [(status, count) for status, count in counts.items() if count]
    if total == 1:
        status = clauses[0][0]
        return f"The one item of work planned for {cycle} {PROGRESS_WORDS[status][0]}."
    if clauses == [("planned", total)]:
        none = "Neither item" if total == 2 else f"None of the {number_word(total)} items"
        return f"{none} of work planned for {cycle} has started yet."
    if len(clauses) == 1:
        status = clauses[0][0]
        whole = "Both items" if total == 2 else f"All {number_word(total)} items"
        return f"{whole} of work planned for {cycle} {PROGRESS_WORDS[status][1]}."
    said = [f"{number_word(count)} {PROGRESS_WORDS[status][count != 1]}" for status, count in clauses]
    return f"Of the {number_word(total)} items of work planned for {cycle}, {listed(said)}."


def _theme(plan: Plan, theme_id: str, as_of: dt.date, numbering: Numbering) -> dict[str, Any]:
    items = work_items(plan, theme_id)
    by_status = {status: [item for item in items if item.status == status] for status in PROGRESS_WORDS}
    paragraphs: list[str | tuple[str, Sequence[str]]] = [
        " ".join(sentence for item in by_status["done"] for sentence in _delivered(plan, item, as_of)),
        " ".join(sentence for item in by_status["in_progress"] for sentence in _in_progress(plan, item, as_of)),
        " ".join(_dropped(item) for item in by_status["dropped"]),
        _not_started(by_status["planned"]),
    ]
    if not items:
        paragraphs = ["No work was planned under this theme."]
    return {
        "id": theme_id,
        "title": plan.theme(theme_id).title,
        "paragraphs": numbering.paragraphs(paragraphs),
        "items": [_item_values(plan, item) for item in items],
    }


def _delivered(plan: Plan, item: Item, as_of: dt.date) -> Iterator[str]:
    project = item.project
    if project is None:
        yield sentence(item.note) if item.note else f"{item.title} was delivered."
        return
    when = f" in {month_name(_month_key(project.end))}" if project.end else ""
    yield f"{project.title}, {item.project_words} for {plan.info.cycle}, was delivered{when}{_money(plan, project)}."
    if item.note:
        yield sentence(item.note)
    yield from _milestones(plan, project, as_of)


def _in_progress(plan: Plan, item: Item, as_of: dt.date) -> Iterator[str]:
    project = item.project
    if project is None:
        yield f"{item.title}: in progress, {after_colon(item.note)}" if item.note else f"{item.title}: in progress."
        return
    due = f", due to finish in {month_name(_month_key(project.end))}" if project.end else ""
    yield f"{project.title}, {item.project_words} for {plan.info.cycle}, is in progress{due}{_money(plan, project)}."
    if item.note:
        yield sentence(item.note)
    yield from _milestones(plan, project, as_of)


def _dropped(item: Item) -> str:
    what = f"{item.title} ({item.project_words})" if item.project is not None else item.title
    return f"{what}: dropped, {after_colon(item.note)}" if item.note else f"{what}: dropped."


def _not_started(items: Sequence[Item]) -> tuple[str, list[str]]:
    """ "One item has not started yet: A." / "Two items have not started yet:" and the items
    listed under it (two or more read better as a list than in one sentence)."""
    if not items:
        return "", []
    if len(items) == 1:
        return f"One item has not started yet: {items[0].title.rstrip('.')}.", []
    count = counted(len(items), "item")
    # A sentence never starts with figures: "Four items …", "In all, 14 items …".
    said = count.capitalize() if count[0].isalpha() else f"In all, {count}"
    return f"{said} have not started yet:", [item.title for item in items]


def _money(plan: Plan, project: Project) -> str:
    currency = plan.limits.currency
    if project.funding:
        cost = f" ({project.marked(format_money(project.cost, currency), 'cost')})" if project.cost else ""
        return f", funded by {project.funding}{cost}"
    if project.cost:
        return f", at a cost of {project.marked(format_money(project.cost, currency), 'cost')}"
    return ""


def _milestones(plan: Plan, project: Project, as_of: dt.date) -> Iterator[str]:
    """The project's reports and decisions, by the report's date delivered, later still to come:
    "Delivered: Draft report (Board, 22 November 2017) and Final report (20 December 2017)." """
    meetings = plan.meetings_by_id
    delivered: list[str] = []
    to_come: list[str] = []
    for milestone in project.milestones:
        day = milestone.when(meetings)
        if day is None:
            continue
        where = f"{meetings[milestone.at].name}, " if milestone.at else ""
        said = f"{' '.join(milestone.what.split())} ({where}{project.marked(long_date(day), 'milestones')})"
        (delivered if day <= as_of else to_come).append(said)
    if delivered:
        yield f"Delivered: {listed(delivered)}."
    if to_come:
        yield f"To come: {listed(to_come)}."


def _item_values(plan: Plan, item: Item) -> dict[str, Any]:
    """An item for a custom template: its words and, for a project, its figures."""
    values: dict[str, Any] = {
        "title": item.title,
        "status": item.status,
        "note": item.note,
        "priority_project": item.project is not None,
    }
    project = item.project
    if project is not None:
        values.update(
            id=project.id,
            start=month_name(_month_key(project.start)) if project.start else "",
            end=month_name(_month_key(project.end)) if project.end else "",
            cost=project.marked(format_money(project.cost, plan.limits.currency), "cost") if project.cost else "",
            funding=project.funding,
        )
    return values


def meetings_sentence(plan: Plan, as_of: dt.date) -> str:
    """How often the Board met in the plan's period, by the report's date: the plan's record of
    events held. Empty when the plan records no Board meeting by then."""
    held = [
        meeting.date
        for meeting in sorted(plan.meetings, key=lambda meeting: meeting.date)
        if meeting.kind == "board" and plan.info.start <= meeting.date <= min(as_of, plan.info.end)
    ]
    if not held:
        return ""
    times = TIMES.get(len(held), f"{number_word(len(held))} times")
    return f"The Board met {times} in {plan.info.cycle}: {listed([f'on {long_date(day)}' for day in held])}."


# -- next year ---------------------------------------------------------------------


def _priorities(plan: Plan, next_plan: Plan | None, next_cycle: str, numbering: Numbering) -> dict[str, Any]:
    opening = list(plan.report.priorities)
    if next_plan is not None:
        rows = _rows_from_next_plan(next_plan)
        source = "next_plan"
        table_intro = f"The table below sets out the work proposed for {next_cycle}, by priority area:"
    else:
        rows = _rows_continuing(plan)
        source = "plan"
        not_selected = plan.info.status == "agreed" and any(project.status != "agreed" for project in plan.projects)
        table_intro = (
            "The table below sets out some initial thinking on workstreams that will continue into the new Board cycle"
            + (", and the candidate projects the Board did not select this year:" if not_selected else ":")
        )
    if not rows:
        table_intro = "Every item of this year's work was delivered or dropped: nothing is carried forward."
    paragraphs = numbering.paragraphs(opening + [table_intro])
    closing = numbering.paragraph("Officers welcome Board Members' views on areas they would like to focus on.")
    return {
        "heading": f"{next_cycle} Priorities",
        "source": source,
        "paragraphs": paragraphs,
        "rows": rows,
        "closing": closing,
    }


def _rows_from_next_plan(next_plan: Plan) -> list[dict[str, Any]]:
    rows = []
    for theme in next_plan.themes:
        proposals = [activity.text for activity in theme.activities]
        proposals += [
            _candidate(project, "a candidate priority project")
            for project in next_plan.projects
            if project.theme == theme.id
        ]
        if proposals:
            rows.append({"area": theme.title, "activities": proposals})
    return rows


def _rows_continuing(plan: Plan) -> list[dict[str, Any]]:
    agreed = plan.info.status == "agreed"
    rows = []
    for theme in plan.themes:
        proposals = [
            f"{item.title} ({_continuing(item)})"
            for item in work_items(plan, theme.id)
            if item.status in ("in_progress", "planned")
        ]
        if agreed:
            proposals += [
                _candidate(project, f"a candidate not selected in {plan.info.cycle}")
                for project in plan.projects
                if project.theme == theme.id and project.status != "agreed"
            ]
        if proposals:
            rows.append({"area": theme.title, "activities": proposals})
    return rows


def _candidate(project: Project, what: str) -> str:
    """ "Title (what): the first sentence of its summary." """
    summary = first_sentence(project.summary)
    return f"{project.title} ({what}): {summary}" if summary else f"{project.title} ({what})"


def _continuing(item: Item) -> str:
    which = f"{item.project_words.removeprefix('a ')}, " if item.project is not None else ""
    return which + ("continuing" if item.status == "in_progress" else "not yet started")


# -- words -------------------------------------------------------------------------


def sentence(text: str) -> str:
    """Plan text as a sentence: on one line, its first letter a capital, ending in a full stop."""
    words = " ".join(text.split())
    if not words:
        return ""
    words = words[:1].upper() + words[1:]
    return words if words[-1] in ".!?" else words + "."


def after_colon(text: str) -> str:
    """A note said after "…: ": a sentence whose first word is lower-cased unless it is a name
    or an abbreviation (its second letter a capital, or a word the Board always capitalises)."""
    said = sentence(text)
    first = said.split(" ", 1)[0]
    if len(first) > 1 and first[1].islower() and first.rstrip(".,;:") not in PROPER_WORDS:
        said = said[:1].lower() + said[1:]
    return said


# Words that keep their capital after a colon.
PROPER_WORDS = frozenset({"Board", "Members", "Parliament", "Ministers", "Wales", "England", "London"})


def first_sentence(summary: str) -> str:
    """The first sentence of a summary: enough to recall what a project was."""
    words = " ".join(summary.split())
    end = words.find(". ")
    return words[: end + 1] if end >= 0 else sentence(words)


def _month_key(day: dt.date) -> str:
    return f"{day:%Y-%m}"


def _background(plan: Plan, numbering: Numbering, next_cycle: str) -> list[dict[str, Any]]:
    """Seed 002's background: the themes (1.1, 1.2 …), said as agreed only by an agreed plan."""
    themes = plan.themes
    count = counted(len(themes), "overarching theme")
    cycle = plan.info.cycle
    decision = plan.decision
    if not themes:
        opening = f"The work plan for {cycle} sets out no themes."
    elif plan.info.status != "agreed":
        opening = f"The draft work plan for {cycle}, not yet agreed by the Board, sets out {count}:"
    elif decision is not None:
        opening = (
            f"At its meeting in {month_name(_month_key(decision.date))} the Board considered its priorities for "
            f"{cycle} and agreed {count}:"
        )
    else:
        opening = f"The Board agreed {count} for {cycle}:"
    first = numbering.paragraph(opening, [theme.title for theme in themes], numbered_items=True)
    return [
        first,
        *numbering.paragraphs(plan.report.background),
        numbering.paragraph(
            "This paper provides an overview of the achievements delivered against these themes, and seeks an initial "
            f"steer from the Board on its priorities for {next_cycle}."
        ),
    ]


def report_warnings(plan: Plan) -> list[tuple[tuple[str | int, ...], str, str]]:
    """Where the end-of-year report would have an empty section, as (key path, code, message):
    W107 for the fixed text `[report]` lacks, W108 for a theme with nothing to report.
    Only a plan with a `[report]` table is being reported on; others are not warned about."""
    text = plan.report
    if text == ReportText():
        return []
    warnings: list[tuple[tuple[str | int, ...], str, str]] = []
    missing = [
        (("report", "contact"), "contact officer's position (`contact`)", text.contact),
        (("report", "wales"), "implications for Wales (`wales`)", text.wales),
        (("report", "financial"), "financial implications (`financial`)", text.financial),
        (("report", "equalities"), "equalities implications (`equalities`)", text.equalities),
    ]
    for path, what, value in missing:
        if not value.strip():
            warnings.append((path, "W107", f"the end-of-year report has no {what}: that section is left out"))
    for index, theme in enumerate(plan.themes):
        items = work_items(plan, theme.id)
        if not any(item.note or item.status != "planned" for item in items):
            warnings.append(
                (("themes", index), "W108",
                 f"theme `{theme.id}` has no progress or achievement notes: its part of the end-of-year report lists "
                 "its work as not started")
            )
    return warnings

