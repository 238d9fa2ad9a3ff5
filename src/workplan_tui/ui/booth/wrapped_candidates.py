"""The booth's list of projects: the Vote pane's CandidateList with every title whole, wrapped
under itself, however narrow the screen (a phone held upright is about 40 columns).

The Vote pane's list gives each project one line, cut at the right edge: the officer's screen
is wide and the highlighted project's title is beside it. A member on a phone would read
"Reducing reoffending: a loca". Here a project takes as many rows as its title needs (the
place, cost and mark in front of its first row, the rest indented under the title); the rows
are laid out again when the width or the plan changes, not on every change to the ballot.
A reason a project would not fit follows its title and is cut to the rows the title took:
the ballot beside or below the list gives the highlighted project's reason in full.
"""

from __future__ import annotations

import bisect
from collections.abc import Collection, Mapping, Sequence
from typing import Unpack

from rich.segment import Segment
from rich.text import Text
from textual import events
from textual.geometry import Region, Size
from textual.strip import Strip

from workplan_tui.model import Plan
from workplan_tui.ui.textual_types import WidgetOptions
from workplan_tui.ui.widgets.vote.candidate_list import CandidateList

# "NN " or " ✗ " or "   ", then the cost and a space: what comes before a title.
PLACE_WIDTH = 3  # before the cost; after it, a space (the cost's width is the list's: CandidateList.cost_width)
NARROWEST_TITLE = 8


class WrappedCandidateList(CandidateList):
    def __init__(self, **options: Unpack[WidgetOptions]) -> None:
        super().__init__(**options)
        self._booth_plan: Plan | None = None
        self._first_rows: list[int] = [0]  # the first row of each project, and one past the last
        self._laid_out_for: tuple[int, int] | None = None

    # -- rows ------------------------------------------------------------------------

    def _prefix_width(self) -> int:
        """The place, the cost and the space after it: what comes before a title."""
        return PLACE_WIDTH + self.cost_width + 1

    def _title_width(self) -> int:
        return max(NARROWEST_TITLE, self.scrollable_content_region.width - self._prefix_width())

    def _lay_out(self) -> None:
        plan, width = self._booth_plan, self._title_width()
        if plan is None or self._laid_out_for == (id(plan), width):
            return
        self._laid_out_for = (id(plan), width)
        first, row = [], 0
        for project_id in self._ids:
            first.append(row)
            row += len(Text(plan.project(project_id).title).wrap(self.app.console, width))
        first.append(row)
        self._first_rows = first
        self.virtual_size = Size(self.size.width, row)

    def rows_of(self, index: int) -> tuple[int, int]:
        """The project's first row in the list and how many rows its title takes."""
        self._lay_out()
        return self._rows_of(index)

    def _rows_of(self, index: int) -> tuple[int, int]:
        return self._first_rows[index], self._first_rows[index + 1] - self._first_rows[index]

    def _project_at(self, row: int) -> int | None:
        if not 0 <= row < self._first_rows[-1]:
            return None
        return bisect.bisect_right(self._first_rows, row) - 1

    # -- what to show ------------------------------------------------------------------

    def show_plan(self, plan: Plan, hidden: Collection[str] = ()) -> None:
        self._booth_plan = plan
        super().show_plan(plan, hidden)
        self._laid_out_for = None
        self._lay_out()
        self.refresh()

    def show_ranking(self, ranking: Sequence[str], blocked: Mapping[str, str], marks: Mapping[str, str] | None = None) -> None:
        # Marks and reasons change, the rows do not: the visible rows are drawn again.
        super().show_ranking(ranking, blocked, marks)
        self.refresh()

    def on_resize(self, event: events.Resize | None = None) -> None:
        if event is not None:
            event.prevent_default()  # CandidateList's own counts one row per project
        self._lay_out()
        self.virtual_size = Size(self.size.width, self._first_rows[-1])

    # -- drawing -----------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        width = self.scrollable_content_region.width
        base = self.rich_style
        self._lay_out()
        row = scroll_y + y
        index = self._project_at(row)
        if index is None or self._booth_plan is None:
            return Strip.blank(width, base)
        first, count = self._rows_of(index)
        text = self.line_text(index)
        lines = text[self._prefix_width() :].wrap(self.app.console, self._title_width())
        part = row - first
        if part >= len(lines):
            return Strip.blank(width, base)
        line = lines[part]
        if part == count - 1 and len(lines) > count:  # a reason that does not fit: cut, marked
            line.truncate(self._title_width() - 2, overflow="crop")
            line.rstrip()
            line.append(" …")
        shown = text[: self._prefix_width()] if part == 0 else Text(" " * self._prefix_width())
        shown.append_text(line)
        if index == self.cursor:
            shown.stylize(self.get_component_rich_style("candidate-list--cursor"))
        segments = [Segment(s.text, base + s.style if s.style else base) for s in shown.render(self.app.console, end="")]
        return Strip(segments).crop_extend(scroll_x, scroll_x + width, base)

    # -- moving ------------------------------------------------------------------------

    def watch_cursor(self, old: int, new: int) -> None:
        self._lay_out()
        if 0 <= new < len(self._ids):
            first, count = self._rows_of(new)
            self.scroll_to_region(Region(0, first, 1, count), animate=False, force=True)
        self.refresh()
        self.post_message(self.Highlighted(self.current_project_id))

    def on_click(self, event: events.Click) -> None:
        event.prevent_default()  # CandidateList's own takes the row for the project
        offset = event.get_content_offset(self)
        if offset is None:
            return
        index = self._project_at(self.scroll_offset.y + offset.y)
        if index is not None:
            self._go(index)
            self.post_message(self.Chosen(self._ids[index]))
