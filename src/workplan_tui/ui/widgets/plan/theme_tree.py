"""The plan's themes, each with its standing activities."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Tree

from workplan_tui.model import Plan

STATUS_STYLES = {"planned": "", "in_progress": "yellow", "done": "green", "dropped": "dim strike"}


class ThemeTree(Tree[str]):
    BINDING_GROUP_TITLE = "Themes"

    def __init__(self, **kwargs: object) -> None:
        super().__init__(Text("Themes"), **kwargs)  # type: ignore[arg-type]
        self.show_root = False
        self.guide_depth = 2

    def show(self, plan: Plan) -> None:
        self.clear()
        projects_per_theme: dict[str, int] = {}
        for project in plan.projects:
            projects_per_theme[project.theme] = projects_per_theme.get(project.theme, 0) + 1
        for theme in plan.themes:
            count = projects_per_theme.get(theme.id, 0)
            label = Text(theme.title, style="bold")
            label.append(f"  {len(theme.activities)} activities, {count} projects", style="dim")
            node = self.root.add(label, data=theme.id, expand=True)
            for activity in theme.activities:
                text = Text(activity.text)  # Text(): the user's words, never markup
                if activity.status != "planned":
                    text.append(f"  ({activity.status.replace('_', ' ')})", style=STATUS_STYLES.get(activity.status, ""))
                if activity.note:
                    text.append(f"  {activity.note}", style="dim")
                node.add_leaf(text, data=theme.id)
