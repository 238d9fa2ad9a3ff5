"""The candidate projects, one row each; space counts a project in or out of the capacity view."""

from __future__ import annotations

from collections.abc import Iterable

from rich.text import Text
from textual.binding import Binding
from textual.widgets import DataTable

from workplan_tui.capacity import format_money
from workplan_tui.model import Plan, Project

IN_MARK = Text("●", style="bold green")
OUT_MARK = Text("○", style="dim")


def role_abbreviation(role: str) -> str:
    """senior_adviser -> SA: the table has one narrow column per role, named in its legend."""
    return "".join(word[:1].upper() for word in role.replace("-", "_").split("_") if word) or role


def window_text(project: Project) -> str:
    if project.start is None or project.end is None:
        return ""
    return f"{project.start:%b %y}–{project.end:%b %y}"


def days_text(days: float) -> str:
    return f"{days:g}" if days else ""


class ProjectTable(DataTable[Text]):
    BINDING_GROUP_TITLE = "Projects table"
    BINDINGS = [
        Binding("space", "toggle_committed", "Count in/out"),
        Binding("enter", "edit_project", "Edit project"),
        Binding("d", "duplicate_project", "Duplicate project", show=False),
        Binding("x,delete", "remove_project", "Remove project", show=False),
    ]

    def __init__(self, **kwargs: object) -> None:
        super().__init__(cursor_type="row", zebra_stripes=True, **kwargs)  # type: ignore[arg-type]
        self._roles: tuple[str, ...] = ()

    def show(self, plan: Plan, project_ids: Iterable[str], committed: frozenset[str]) -> None:
        """Fill the table with these projects of the plan, keeping the cursor on the same project."""
        current = self.current_project_id
        if plan.roles != self._roles or not self.columns:
            self.clear(columns=True)
            self._roles = plan.roles
            self.add_column("In", key="in")
            self.add_column("Title", key="title", width=28)
            self.add_column("Theme", key="theme", width=18)
            self.add_column("Cost", key="cost")
            for role in plan.roles:
                self.add_column(role_abbreviation(role), key=f"role:{role}")
            self.add_column("Start–end", key="window")
            self.add_column("Gates", key="gates")
            self.add_column("Funding", key="funding")
            legend = " · ".join(f"{role_abbreviation(role)} {role.replace('_', ' ')}" for role in plan.roles)
            self.border_subtitle = Text(f"days: {legend}") if legend else None  # type: ignore[assignment]
        else:
            self.clear()
        themes = {theme.id: theme.title for theme in plan.themes}
        currency = plan.limits.currency
        rows = []
        keys = []
        for project_id in project_ids:
            project = plan.project(project_id)
            cost = Text(format_money(project.cost, currency), justify="right")
            if project.funding:
                cost.stylize("dim")  # external money: not taken from the budget
            rows.append(
                [
                    IN_MARK if project.id in committed else OUT_MARK,
                    Text(project.title),
                    Text(themes.get(project.theme, project.theme)),
                    cost,
                    *(Text(days_text(project.effort.get(role, 0)), justify="right") for role in plan.roles),
                    Text(window_text(project)),
                    Text(", ".join(project.gates), style="yellow"),
                    Text(project.funding),
                ]
            )
            keys.append(project.id)
        for key, row in zip(keys, rows):
            self.add_row(*row, key=key)
        if current is not None and current in self.rows:
            self.move_cursor(row=self.get_row_index(current), animate=False)

    def show_committed(self, project_ids: Iterable[str], committed: frozenset[str]) -> None:
        """Refresh only the In mark of these rows (a toggle must not rebuild 2,000 rows)."""
        for project_id in project_ids:
            if project_id in self.rows:
                self.update_cell(project_id, "in", IN_MARK if project_id in committed else OUT_MARK)

    @property
    def current_project_id(self) -> str | None:
        if not self.row_count:
            return None
        try:
            return self.coordinate_to_cell_key(self.cursor_coordinate).row_key.value
        except Exception:  # noqa: BLE001 - an empty or just-cleared table has no cell there
            return None

    def action_toggle_committed(self) -> None:
        project_id = self.current_project_id
        if project_id is not None:
            self.app.toggle_committed(project_id)  # type: ignore[attr-defined]

    def action_edit_project(self, mode: str = "edit") -> None:
        from workplan_tui.ui.screens.forms import launch

        if self.current_project_id is not None:
            launch.edit_project(self.app, self.current_project_id, mode)

    def action_duplicate_project(self) -> None:
        self.action_edit_project("duplicate")

    def action_remove_project(self) -> None:
        from workplan_tui.ui.screens.forms import launch

        if self.current_project_id is not None:
            launch.remove_item(self.app, "projects", self.current_project_id)
