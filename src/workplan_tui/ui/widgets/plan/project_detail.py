"""Everything about the highlighted project: the full text, resources, timing and milestones."""

from __future__ import annotations

import datetime as dt

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from workplan_tui.capacity import format_money
from workplan_tui.model import ESTIMATE_MARK, Plan, Project


def detail_text(plan: Plan, project: Project, counted: bool) -> Text:
    """The project as text; every value from the plan is appended as plain text, never markup."""
    currency = plan.limits.currency
    text = Text()
    text.append(project.title, style="bold")
    # The id is the file's and the command line's; the form (e) shows it for editing.
    theme = next((theme.title for theme in plan.themes if theme.id == project.theme), project.theme)
    text.append(f"\n{theme} · {project.status.replace('_', ' ')}\n", style="dim")

    def field(label: str, value: str | Text) -> None:
        text.append(f"{label}: ", style="bold")
        text.append(value)
        text.append("\n")

    money = project.marked(format_money(project.cost, currency), "cost")
    if project.funding:
        field("Cost", f"{money}, funded by {project.funding} (not from the budget)")
    else:
        field("Cost", f"{money} from the budget")
    effort = ", ".join(f"{plan.role_label(role)} {days:g}" for role, days in project.effort.items() if days)
    if effort and project.is_estimate("effort"):
        effort += f", all {ESTIMATE_MARK}"  # one mark after the last role would seem to mark that role alone
    field("Effort (person-days)", effort or "none")
    if project.start and project.end:
        field("Window", f"{_day(project, project.start, 'start')} – {_day(project, project.end, 'end')}")
    if project.start and project.end and (project.earliest or project.latest):
        # An unset bound is the window's own day, and an estimate when that day is.
        earliest = _day(project, project.earliest, "earliest") if project.earliest else _day(project, project.start, "start")
        latest = _day(project, project.latest, "latest") if project.latest else _day(project, project.end, "end")
        field("May move within", f"{earliest} – {latest}")
    for gate_id in project.gates:
        gate = plan.limits.gate(gate_id)
        field("Needs approval", Text(f"{gate.label}: {gate.approval}", style="yellow"))
    field("Counted in Capacity", "yes (space toggles)" if counted else "no (space toggles)")
    for heading, body in (("Summary", project.summary), ("Resources", project.resources), ("Timing", project.timing)):
        if body:
            text.append(f"\n{heading}\n", style="bold underline")
            text.append(body.strip())
            text.append("\n")
    if project.milestones:
        text.append("\nMilestones\n", style="bold underline")
        meetings = plan.meetings_by_id
        for milestone in project.milestones:
            when = milestone.when(meetings)
            text.append(f"  {project.marked(f'{when:%-d %b %Y}', 'milestones')}  " if when else "  (no date)  ", style="bold")
            text.append(milestone.what)
            if milestone.at:
                meeting = meetings[milestone.at]
                text.append(f"  at {meeting.name}", style="dim")
            text.append("\n")
    if project.note:
        text.append("\nNote\n", style="bold underline")
        text.append(project.note)
    if project.estimated:
        text.append(f"\n{ESTIMATE_MARK}: officer estimate", style="dim")
    return text


def _day(project: Project, day: dt.date, figure: str) -> str:
    return project.marked(f"{day:%-d %b %Y}", figure)


def no_project_text(plan: Plan | None, filtered: bool) -> str:
    """Why no project is shown: the filter matches none, or the plan has none yet."""
    if plan is not None and not plan.projects:
        return "No project yet: + adds the first candidate project."
    if filtered:
        return "No project matches the filter (escape in the filter clears it)."
    return "No project is highlighted."


class ProjectDetail(VerticalScroll):
    BINDING_GROUP_TITLE = "Project detail"

    def compose(self) -> ComposeResult:
        yield Static(id="project-detail-text")

    def show(self, plan: Plan | None, project: Project | None, counted: bool, *, filtered: bool = False) -> None:
        body = self.query_one("#project-detail-text", Static)
        if plan is None or project is None:
            text = Text(no_project_text(plan, filtered), style="italic")
        else:
            text = detail_text(plan, project, counted)
        # A layout of the whole screen on every row the table's cursor moves to was a third of
        # a keystroke's time on a large plan. The body fills the pane at least (min-height in
        # app.tcss), so its height changes only when the new text is taller than the pane, or
        # the old one was: only then is a layout needed.
        body.update(text, layout=False)
        width = body.content_size.width
        needed = max(body.get_content_height(self.size, self.size, width), self.scrollable_content_region.height)
        if not width or needed != body.size.height:
            body.refresh(layout=True)
        self.scroll_home(animate=False)
