"""The plan's themes, each with its standing activities."""

from __future__ import annotations

from typing import Unpack

from rich.text import Text
from textual.binding import Binding
from textual.widgets import Tree

from workplan_tui.model import Plan
from workplan_tui.text import plural
from workplan_tui.ui.textual_types import WidgetOptions, workplan_app

STATUS_STYLES = {"planned": "", "in_progress": "yellow", "done": "green", "dropped": "dim strike"}


class ThemeTree(Tree[tuple[str, int | None]]):
    """Node data: (theme id, activity index), the index None on a theme's own node."""

    BINDING_GROUP_TITLE = "Themes"
    BINDINGS = [
        Binding("enter", "edit", "Edit theme or activity"),
        Binding("plus", "add_activity", "Add activity", key_display="+"),
        Binding("d", "duplicate_activity", "Duplicate activity", show=False),
        Binding("x,delete", "remove", "Remove theme or activity", show=False),
    ]

    def __init__(self, **options: Unpack[WidgetOptions]) -> None:
        super().__init__(Text("Themes"), **options)
        self.show_root = False
        self.guide_depth = 2

    def show(self, plan: Plan) -> None:
        line = self.cursor_line  # an edit reloads the plan: stay on the same line
        self.clear()
        projects_per_theme: dict[str, int] = {}
        for project in plan.projects:
            projects_per_theme[project.theme] = projects_per_theme.get(project.theme, 0) + 1
        for theme in plan.themes:
            count = projects_per_theme.get(theme.id, 0)
            label = Text(theme.title, style="bold")
            label.append(f"  {plural(len(theme.activities), 'activity', 'activities')}, {plural(count, 'project')}", style="dim")
            node = self.root.add(label, data=(theme.id, None), expand=True)
            for index, activity in enumerate(theme.activities):
                text = Text(activity.text)  # Text(): the user's words, never markup
                if activity.status != "planned":
                    text.append(f"  ({activity.status.replace('_', ' ')})", style=STATUS_STYLES.get(activity.status, ""))
                if activity.note:
                    text.append(f"  {activity.note}", style="dim")
                node.add_leaf(text, data=(theme.id, index))
        self.call_after_refresh(self._restore_cursor_line, line)

    def _restore_cursor_line(self, line: int) -> None:
        # Clamped: an edit may leave fewer lines (Tree.move_cursor_to_line would raise).
        if line >= 0:
            self.cursor_line = min(line, self.last_line)

    def on_focus(self) -> None:
        # Focused with no line highlighted, `+` and enter did nothing, and the title typed next
        # ran the Plan pane's letter keys (t opened Add theme): start on the first theme.
        if self.cursor_line < 0 and self.last_line >= 0:
            self.cursor_line = 0

    @property
    def current(self) -> tuple[str, int | None] | None:
        node = self.cursor_node
        return node.data if node is not None else None

    def action_edit(self) -> None:
        from workplan_tui.ui.screens.forms import launch

        if (current := self.current) is not None:
            theme_id, index = current
            if index is None:
                launch.edit_theme(workplan_app(self), theme_id)
            else:
                launch.edit_activity(workplan_app(self), theme_id, index)

    def action_add_activity(self) -> None:
        from workplan_tui.ui.screens.forms import launch

        if (current := self.current) is not None:
            launch.edit_activity(workplan_app(self), current[0], None)

    def action_duplicate_activity(self) -> None:
        from workplan_tui.ui.screens.forms import launch

        if (current := self.current) is not None:
            theme_id, index = current
            if index is not None:
                launch.duplicate_activity(workplan_app(self), theme_id, index)

    def action_remove(self) -> None:
        from workplan_tui.ui.screens.forms import launch

        if (current := self.current) is None:
            return
        theme_id, index = current
        if index is None:
            launch.remove_item(workplan_app(self), "themes", theme_id)
        else:
            launch.remove_activity(workplan_app(self), theme_id, index)
