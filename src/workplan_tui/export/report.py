"""The end-of-year report in Markdown, laid out like the Board's own (seeds/002).

Purpose, summary and recommendation; the themes the Board agreed; per theme, what was
planned (standing activities and agreed priority projects), what was achieved (the
achievement notes of work marked done), what is in progress, what was dropped and what has
not started; then the proposed priorities for next year: work continuing (in progress or
not started) and the candidate projects the Board did not select; next steps.

Plan text is escaped with export.markdown's helpers, so it can never change the
document's structure.
"""

from __future__ import annotations

from workplan_tui.export.markdown import escape
from workplan_tui.model import Plan, Project, Theme
from workplan_tui.rollover import shift_years
from workplan_tui.text import listed as joined
from workplan_tui.text import number_word

# Progress statuses in the order the report gives them, with their headings.
SECTIONS = (
    ("done", "Achieved"),
    ("in_progress", "In progress"),
    ("dropped", "Dropped"),
    ("planned", "Not started"),
)


def _planned_projects(plan: Plan, theme: Theme) -> list[Project]:
    """What the Board committed to: agreed projects (all projects of a plan not yet agreed)."""
    agreed = plan.info.status == "agreed"
    return [p for p in plan.projects if p.theme == theme.id and (p.status == "agreed" or not agreed)]


def _entry(text: str, note: str, label: str = "") -> str:
    line = escape(text) + (f" ({label})" if label else "")
    return f"- {line}: {escape(note)}" if note else f"- {line}"


def render_report(plan: Plan) -> str:
    """The end-of-year report for `plan` and the first proposals for the next cycle."""
    cycle = escape(plan.info.cycle)
    next_cycle = escape(shift_years(plan.info.cycle))
    board = escape(plan.info.board)
    work = [(activity.text, activity.status, activity.note, "") for theme in plan.themes for activity in theme.activities]
    work += [
        (project.title, project.progress, project.note, "priority project")
        for theme in plan.themes
        for project in _planned_projects(plan, theme)
    ]
    counts = {status: sum(1 for item in work if item[1] == status) for status, _ in SECTIONS}

    lines = [f"# {board}: end of year report {cycle} and {next_cycle} work plan", ""]
    lines.append(f"**Meeting:** {board}\\\n**Cycle:** {cycle}")
    lines += ["", "## Purpose of report", "", "For direction."]
    lines += ["", "## Summary", ""]
    lines.append(
        f"This paper sets out the {board} end of year report for {cycle}, including initial proposals "
        f"for the {next_cycle} work plan. Of {number_word(len(work))} planned item{'s' if len(work) != 1 else ''} of work, "
        f"{number_word(counts['done'])} {'was' if counts['done'] == 1 else 'were'} achieved, "
        f"{number_word(counts['in_progress'])} {'is' if counts['in_progress'] == 1 else 'are'} in progress, "
        f"{number_word(counts['dropped'])} {'was' if counts['dropped'] == 1 else 'were'} dropped and "
        f"{number_word(counts['planned'])} {'has' if counts['planned'] == 1 else 'have'} not started."
    )
    lines += ["", "## Recommendation", ""]
    lines.append(
        f"That Members of the {board} note the end of year report and consider the Board's work "
        f"priorities for {next_cycle}."
    )
    lines += _background(plan)
    lines += _achievements(plan)
    lines += _priorities(plan, next_cycle)
    lines += ["", "## Next steps", ""]
    lines.append(
        f"Officers to prepare a paper on the {next_cycle} work plan for the first meeting of the "
        f"{next_cycle} Board cycle, in line with Members' discussions."
    )
    return "\n".join(lines).rstrip("\n") + "\n"


def _background(plan: Plan) -> list[str]:
    if not plan.themes:
        return []
    count = len(plan.themes)
    lines = ["", "## Background", ""]
    lines.append(
        f"The Board agreed {number_word(count)} overarching theme{'s' if count != 1 else ''} for "
        f"{escape(plan.info.cycle)}:"
    )
    lines.append("")
    lines += [f"{index}. {escape(theme.title)}" for index, theme in enumerate(plan.themes, 1)]
    return lines


def _achievements(plan: Plan) -> list[str]:
    lines = ["", "## Achievements by theme"]
    if not plan.themes:
        return lines + ["", "No themes are listed in the plan."]
    for theme in plan.themes:
        projects = _planned_projects(plan, theme)
        lines += ["", f"### {escape(theme.title)}", ""]
        planned = [_entry(activity.text, "") for activity in theme.activities]
        planned += [_entry(project.title, "", "priority project") for project in projects]
        if not planned:
            lines.append("Nothing was planned under this theme.")
            continue
        lines += ["Planned:", ""] + planned
        for status, heading in SECTIONS:
            entries = [_entry(a.text, a.note) for a in theme.activities if a.status == status]
            entries += [_entry(p.title, p.note, "priority project") for p in projects if p.progress == status]
            if entries:
                lines += ["", f"{heading}:", ""] + entries
    return lines


def _priorities(plan: Plan, next_cycle: str) -> list[str]:
    lines = ["", f"## {next_cycle} priorities", ""]
    lines.append(
        "The lists below set out initial thinking on the work that will continue into the new Board "
        "cycle, and the candidate projects the Board did not select this year."
    )
    rows: list[tuple[str, list[str]]] = []
    for theme in plan.themes:
        projects = _planned_projects(plan, theme)
        proposals = [_entry(a.text, "", _continuing(a.status)) for a in theme.activities if a.status in ("in_progress", "planned")]
        proposals += [
            _entry(p.title, "", f"priority project, {_continuing(p.progress)}")
            for p in projects
            if p.progress in ("in_progress", "planned")
        ]
        proposals += [
            _entry(p.title, _sentence_summary(p), "candidate not selected")
            for p in plan.projects
            if p.theme == theme.id and p not in projects
        ]
        if proposals:
            rows.append((theme.title, proposals))
    if not rows:
        return lines + ["", "Nothing is carried forward: every item of work was completed or dropped."]
    for title, proposals in rows:
        lines += ["", f"### {escape(title)}", ""] + proposals
    total = sum(len(proposals) for _, proposals in rows)
    lines += ["", f"Officers welcome Members' views on these {number_word(total)} proposals "
              f"under {joined([escape(title) for title, _ in rows])}, and on areas they would like to focus on."]
    return lines


def _continuing(status: str) -> str:
    return "continuing" if status == "in_progress" else "not yet started"


def _sentence_summary(project: Project) -> str:
    """The first sentence of a candidate's summary: enough to recall what it was."""
    summary = " ".join(project.summary.split())
    end = summary.find(". ")
    return summary[: end + 1] if end >= 0 else summary
