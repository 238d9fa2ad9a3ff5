"""Add, edit or duplicate a candidate project: every field of `[[projects]]`."""

from __future__ import annotations

from typing import Any

import attrs
from rich.text import Text
from textual.app import ComposeResult
from textual.widgets import SelectionList, Static
from textual.widgets.selection_list import Selection

from workplan_tui.locate import KeyPath
from workplan_tui.model import ESTIMABLE_FIGURES, PROGRESS_STATUSES, PROJECT_STATUSES, Plan, Project
from workplan_tui.money import file_amount
from workplan_tui.plan_edit import EditSession, Outcome
from workplan_tui.ui.screens.forms.form_screen import FormScreen, typed
from workplan_tui.ui.widgets.forms.milestone_rows import MilestoneRows, milestone_dicts

DEFAULTS = {field.name: field.default for field in attrs.fields(Project) if field.default is not attrs.NOTHING}
TEXT_FIELDS = ("title", "funding", "note")
LONG_FIELDS = (("summary", "Summary"), ("resources", "Resources"), ("timing", "Timing"))
FIGURE_LABELS = {
    "cost": "Cost",
    "effort": "Effort (every role)",
    "start": "Start",
    "end": "End",
    "earliest": "Earliest the work may move to",
    "latest": "Latest the work may move to",
    "milestones": "Milestone dates",
}


def estimated_figures(figures: Any) -> list[str]:
    """The figures in the schema's order: the order of ticking is not a change to the plan."""
    return [figure for figure in ESTIMABLE_FIGURES if figure in figures]


def project_fields(project: Project) -> dict[str, Any]:
    """A project as the form's fields, with empty values as None (so unchanged fields compare equal)."""
    fields: dict[str, Any] = {
        "id": project.id,
        "title": project.title,
        "theme": project.theme,
        "status": project.status,
        "progress": project.progress,
        "note": project.note,
        "summary": project.summary,
        "resources": project.resources,
        "timing": project.timing,
        "cost": file_amount(project.cost),  # as the file says it: 12500 or 12500.50
        "funding": project.funding,
        "effort": dict(project.effort),
        "start": project.start,
        "end": project.end,
        "earliest": project.earliest,
        "latest": project.latest,
        "gates": list(project.gates),
        "milestones": milestone_dicts(project.milestones),
        "estimated": estimated_figures(project.estimated),
    }
    return {key: (value if value not in ("", [], {}) else None) for key, value in fields.items()}


class ProjectForm(FormScreen):
    """mode "add" (project None), "edit" or "duplicate" (of project)."""

    collection = "projects"

    def __init__(self, plan: Plan, project: Project | None = None, mode: str = "add") -> None:
        super().__init__()
        self.plan = plan
        self.project = project
        self.mode = mode
        if mode == "add":
            self.form_title = "Add a candidate project"
        elif mode == "edit":
            self.form_title = "Edit project"
        else:
            self.form_title = "Duplicate project"

    def compose_fields(self) -> ComposeResult:
        plan, project = self.plan, self.project
        start = project_fields(project) if project is not None else {}
        if self.mode == "duplicate" and project is not None:
            start["id"] = f"{project.id}-copy"

        def get(key: str, default: Any = None) -> Any:
            value = start.get(key)
            return value if value is not None else default

        yield self.field("id", "Id", self.text_input(get("id", ""), "lower-case, e.g. modern-slavery"))
        yield self.field("title", "Title", self.text_input(get("title", "")))
        themes = [(theme.title, theme.id) for theme in plan.themes]
        yield self.field("theme", "Theme", self.select(themes, get("theme", themes[0][1] if themes else None)))
        yield self.field("summary", "Summary", self.text_area(get("summary", "")))
        yield self.field("resources", "Resources", self.text_area(get("resources", "")))
        yield self.field("timing", "Timing", self.text_area(get("timing", "")))
        yield self.field("cost", f"Cost ({plan.limits.currency})", self.text_input(get("cost", ""), "e.g. 1500 or 1,500.50"))
        yield self.field("funding", "Funded by", self.text_input(get("funding", ""), "external source; empty: from the budget"))
        effort = get("effort", {})
        for role in plan.roles:
            yield self.field(
                f"effort.{role}", f"{plan.role_label(role)} days", self.text_input(effort.get(role, ""), "person-days")
            )
        yield self.field("start", "Start", self.text_input(get("start", ""), "YYYY-MM-DD"))
        yield self.field("end", "End", self.text_input(get("end", ""), "YYYY-MM-DD"))
        # The window the delivery schedule may move the work within; empty: start and end.
        yield self.field("earliest", "Earliest", self.text_input(get("earliest", ""), "YYYY-MM-DD; empty: the start"))
        yield self.field("latest", "Latest", self.text_input(get("latest", ""), "YYYY-MM-DD; empty: the end"))
        gates = SelectionList[str](
            *(Selection(Text(f"{gate.label} ({gate.approval})"), gate.id, gate.id in (get("gates", []))) for gate in plan.limits.gates),
            compact=True,
            classes="field-gates",
        )
        if plan.limits.gates:
            yield self.field("gates", "Needs approval", gates)
        meetings = [(f"{meeting.date} {meeting.name}", meeting.id) for meeting in plan.meetings]
        rows = MilestoneRows(meetings, get("milestones", []), id="milestone-rows")
        self.milestone_rows = rows
        yield self.field("milestones", "Milestones", rows)
        estimated = get("estimated", [])
        yield self.field(
            "estimated",
            "Officer estimates",
            SelectionList[str](
                *(Selection(Text(FIGURE_LABELS[figure]), figure, figure in estimated) for figure in ESTIMABLE_FIGURES),
                compact=True,
                classes="field-estimates",
            ),
        )
        statuses = [(status.replace("_", " "), status) for status in PROJECT_STATUSES]
        yield self.field("status", "Status", self.select(statuses, get("status", "candidate")))
        progress = [(status.replace("_", " "), status) for status in PROGRESS_STATUSES]
        yield self.field("progress", "Progress", self.select(progress, get("progress", "planned")))
        yield self.field("note", "Achievement", self.text_input(get("note", ""), "what was achieved (end-of-year report)"))
        if not plan.themes:
            yield Static(Text("Add a theme first (t on the Plan pane): every project belongs to one.", style="bold red"))

    def extra_error_lines(self) -> dict[str, Static]:
        return self.milestone_rows.error_lines()

    def on_milestone_rows_changed(self, event: MilestoneRows.Changed) -> None:
        event.stop()
        self.request_validation()

    # -- what is typed, as the fields of the project --------------------------------

    def typed_fields(self) -> dict[str, Any]:
        # An empty title is no title: "Title is required." beside it, as for every required field.
        fields: dict[str, Any] = {"id": self.text("id"), "title": self.text("title") or None}
        for key in ("theme", "status", "progress", "summary", "resources", "timing", "start", "end", "earliest", "latest"):
            fields[key] = self.value(key)
        fields["cost"] = self.amount("cost", self.plan.limits.currency)
        for key in ("funding", "note"):
            fields[key] = self.text(key) or None
        effort = {}
        for role in self.plan.roles:
            days = self.value(f"effort.{role}")
            if days is not None:
                effort[role] = days
        fields["effort"] = effort or None
        fields["gates"] = (self.value("gates") or None) if "gates" in self.inputs else None
        fields["milestones"] = self.milestone_rows.values(typed) or None
        fields["estimated"] = estimated_figures(self.value("estimated")) or None
        return fields

    def changed_fields(self) -> dict[str, Any]:
        """Only what differs from the project: untouched keys keep their lines and comments."""
        assert self.project is not None
        before = project_fields(self.project)
        return {key: value for key, value in self.typed_fields().items() if value != before.get(key)}

    def operation(self, session: EditSession, dry_run: bool) -> Outcome:
        if self.mode == "edit" and self.project is not None:
            return session.update("projects", self.project.id, dry_run=dry_run, **self.changed_fields())
        if self.mode == "duplicate" and self.project is not None:
            changed = self.changed_fields()
            new_id = changed.pop("id", self.project.id)
            return session.duplicate("projects", self.project.id, new_id, dry_run=dry_run, **changed)
        fields = {key: value for key, value in self.typed_fields().items() if value is not None and value != DEFAULTS.get(key)}
        return session.add("projects", fields, dry_run=dry_run)

    def error_prefix(self, session: EditSession) -> KeyPath:
        ids = [project.id for project in session.plan.projects]
        if self.mode == "duplicate" and self.project is not None and self.project.id in ids:
            return ("projects", ids.index(self.project.id) + 1)  # the copy goes right after its original
        return self.item_path(ids, self.project.id if self.mode == "edit" and self.project is not None else None)
