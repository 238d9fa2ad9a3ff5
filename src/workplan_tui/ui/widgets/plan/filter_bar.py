"""The `/` filter: narrows the project table to projects whose text contains every word typed."""

from __future__ import annotations

from typing import Unpack

from textual.binding import Binding
from textual.message import Message
from textual.widgets import Input

from workplan_tui.model import Plan, Project
from workplan_tui.ui.textual_types import WidgetOptions


def project_haystack(plan: Plan, project: Project) -> str:
    theme = next((theme.title for theme in plan.themes if theme.id == project.theme), "")
    parts = [project.id, project.title, theme, project.summary, project.resources, project.timing, project.funding]
    parts.extend(project.gates)
    return "\n".join(parts).casefold()


def matching_ids(haystacks: dict[str, str], query: str) -> list[str]:
    """Ids (in plan order) of the projects whose text holds every word of the query, in any case."""
    words = query.casefold().split()
    if not words:
        return list(haystacks)
    return [project_id for project_id, haystack in haystacks.items() if all(word in haystack for word in words)]


class FilterBar(Input):
    BINDING_GROUP_TITLE = "Filter"
    BINDINGS = [
        Binding("escape", "clear_filter", "Clear filter"),
        Binding("enter", "done", "Back to the table"),
        Binding("down", "done", "Back to the table", show=False),
    ]

    def __init__(self, **options: Unpack[WidgetOptions]) -> None:
        super().__init__(placeholder="Filter projects: type words, enter keeps, escape clears", **options)

    def action_clear_filter(self) -> None:
        self.value = ""
        self.action_done()

    def action_done(self) -> None:
        # An empty filter hides itself; a kept one stays visible so the user sees why rows are missing.
        self.display = bool(self.value)
        self.post_message(self.Done(self))

    class Done(Message):
        def __init__(self, filter_bar: FilterBar) -> None:
            super().__init__()
            self.filter_bar = filter_bar
