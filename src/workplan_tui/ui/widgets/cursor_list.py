"""A line-API list of projects, one per line, with a cursor the standard keys move.

The Plan pane's project table and the Vote pane's candidate list are both this: a subclass
draws its lines (render_line), says how many lines a page is, and reacts to the cursor
(watch_cursor); the keys, the bounds and finding a project are here.
"""

from __future__ import annotations

from typing import Unpack

from textual.binding import Binding
from textual.reactive import reactive
from textual.scroll_view import ScrollView

from workplan_tui.ui.textual_types import WidgetOptions


class CursorList(ScrollView, can_focus=True):
    # Moving keys have no description: they are the standard keys of any list.
    BINDINGS = [
        Binding("up", "move(-1)", show=False),
        Binding("down", "move(1)", show=False),
        Binding("pageup", "page(-1)", show=False),
        Binding("pagedown", "page(1)", show=False),
        Binding("home", "jump(0)", show=False),
        Binding("end", "jump(-1)", show=False),
    ]
    PAGE_KEEPS_LINES = 1  # a page down leaves this many lines of the old page on screen

    cursor: reactive[int] = reactive(0, init=False)

    def __init__(self, **options: Unpack[WidgetOptions]) -> None:
        super().__init__(**options)
        self._ids: tuple[str, ...] = ()
        self._index: dict[str, int] = {}

    def set_ids(self, ids: tuple[str, ...]) -> None:
        self._ids = ids
        self._index = {project_id: index for index, project_id in enumerate(ids)}

    @property
    def current_project_id(self) -> str | None:
        return self._ids[self.cursor] if 0 <= self.cursor < len(self._ids) else None

    def move_to(self, project_id: str) -> None:
        """Put the cursor on this project, if it is listed."""
        if project_id in self._index:
            self._go(self._index[project_id])

    def _go(self, index: int) -> None:
        if self._ids:
            self.cursor = max(0, min(len(self._ids) - 1, index))

    def action_move(self, step: int) -> None:
        self._go(self.cursor + step)

    def action_page(self, direction: int) -> None:
        self._go(self.cursor + direction * max(1, self.scrollable_content_region.height - self.PAGE_KEEPS_LINES))

    def action_jump(self, index: int) -> None:
        self._go(index if index >= 0 else len(self._ids) - 1)
