"""Every project a member can rank, one line each: its place on the ballot (its mark ✓ when
approved, its points in a vote by points), or why it would not fit.
The projects the member declared an interest in are not listed (InterestNote says so).

A line-API widget rather than a DataTable: on a 2,000-project plan one change to the
ballot can block or free hundreds of projects, and only the lines on screen are
drawn, each asking the live feasibility for its own reason. A change redraws only the
lines on screen whose place, reason or cursor changed; the others keep their strips.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from typing import Unpack

from rich.segment import Segment
from rich.text import Text
from textual import events
from textual.geometry import Region, Size
from textual.message import Message
from textual.strip import Strip

from workplan_tui.capacity import format_money
from workplan_tui.model import Plan
from workplan_tui.ui.textual_types import WidgetOptions
from workplan_tui.ui.widgets.cursor_list import CursorList

COST_WIDTH = 9  # the fewest columns for a cost: wider only when a plan's costs need it (pence, złoty)
MAX_LINES_REFRESHED_ONE_BY_ONE = 4
BLOCKED_MARK = "✗"


class CandidateList(CursorList):
    BINDING_GROUP_TITLE = "Projects to rank"
    COMPONENT_CLASSES = {"candidate-list--cursor"}
    DEFAULT_CSS = """
    CandidateList > .candidate-list--cursor { background: $primary 40%; }
    CandidateList:focus > .candidate-list--cursor { background: $primary; color: $text; }
    """

    class Highlighted(Message):
        def __init__(self, project_id: str | None) -> None:
            super().__init__()
            self.project_id = project_id

    class Chosen(Message):
        """Enter or a click on a project: add it to the ballot."""

        def __init__(self, project_id: str) -> None:
            super().__init__()
            self.project_id = project_id

    def __init__(self, **options: Unpack[WidgetOptions]) -> None:
        super().__init__(**options)
        self._plan: Plan | None = None
        self.cost_width = COST_WIDTH
        self._places: Mapping[str, str] = {}  # the place, ✓ or points shown before a project on the ballot
        self._blocked: Mapping[str, str] = {}
        # Each drawn line's strip, by its index, with the key of everything that made it.
        self._strips: dict[int, tuple[tuple[object, ...], Strip]] = {}
        self._layout_seen: tuple[Size, Size, Size] | None = None

    # -- what to show ------------------------------------------------------------

    def show_plan(self, plan: Plan, hidden: Collection[str] = ()) -> None:
        """Every project of the plan but the hidden ones (those the member declared an interest in)."""
        self._plan = plan
        self.cost_width = max(
            [COST_WIDTH, *(len(format_money(project.cost, plan.limits.currency)) for project in plan.projects)]
        )
        self.set_ids(tuple(project.id for project in plan.projects if project.id not in hidden))
        self.virtual_size = Size(self.size.width, len(self._ids))
        self.cursor = min(self.cursor, max(0, len(self._ids) - 1))
        self._strips.clear()
        self.refresh()

    def show_ranking(self, ranking: Sequence[str], blocked: Mapping[str, str], marks: Mapping[str, str] | None = None) -> None:
        """The ballot so far and what it blocks; only the visible lines it changes are redrawn.
        `marks`: what to show before each project on the ballot in place of its place (✓, its points)."""
        self._places = marks if marks is not None else {
            project_id: str(place) for place, project_id in enumerate(ranking, start=1)
        }
        self._blocked = blocked
        top = self.scroll_offset.y
        changed = [
            index
            for index in range(top, min(len(self._ids), top + self.scrollable_content_region.height))
            if (drawn := self._strips.get(index)) is None or drawn[0][:3] != self._line_state(index)
        ]
        if len(changed) > MAX_LINES_REFRESHED_ONE_BY_ONE:
            self.refresh()  # one region rather than many (a cleared ballot frees most lines)
        else:
            for index in changed:
                self.refresh_line(index)

    @property
    def project_ids(self) -> tuple[str, ...]:
        """The projects listed, in the plan's order (without the hidden ones)."""
        return self._ids

    def reason(self, project_id: str) -> str:
        return self._blocked.get(project_id, "")

    # -- drawing -------------------------------------------------------------------

    def _line_state(self, index: int) -> tuple[str, str | None, str | None]:
        """What a line shows of the ranking: its project, its place, and why it is blocked."""
        project_id = self._ids[index]
        place = self._places.get(project_id)
        return project_id, place, self._blocked[project_id] if place is None and project_id in self._blocked else None

    def line_text(self, index: int, width: int | None = None) -> Text:
        """A project's line; in `width` cells, the reason it is blocked only when it fits whole.

        A title cut to make room for a reason cut in turn (a lone red "w" at 80 columns) said
        neither: the title keeps the line, and the ballot beside names the highlighted
        project's whole reason.
        """
        assert self._plan is not None
        project_id = self._ids[index]
        project = self._plan.project(project_id)
        place = self._places.get(project_id)
        blocked = place is None and project_id in self._blocked
        text = Text(no_wrap=True, overflow="ellipsis")
        if place is not None:
            text.append(f"{place:>2} ", style="bold green")
        elif blocked:
            text.append(f" {BLOCKED_MARK} ", style="bold red")
        else:
            text.append("   ")
        cost = format_money(project.cost, self._plan.limits.currency)
        text.append(f"{cost:>{self.cost_width}} ", style="dim" if project.funding else "")
        # Text.append, never markup: a title is the user's own text.
        text.append(project.title, style="dim" if blocked else "bold" if place else "")
        if blocked:
            reason = f"  {self._blocked[project_id]}"
            if width is None or text.cell_len + len(reason) <= width:
                text.append(reason, style="red")
        return text

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        index = scroll_y + y
        width = self.scrollable_content_region.width
        base = self.rich_style
        if index >= len(self._ids) or self._plan is None:
            return Strip.blank(width, base)
        cursor = self.get_component_rich_style("candidate-list--cursor") if index == self.cursor else None
        key = (*self._line_state(index), cursor, base, scroll_x, width)
        drawn = self._strips.get(index)
        if drawn is not None and drawn[0] == key:
            return drawn[1]
        text = self.line_text(index, width)
        if cursor is not None:
            text.stylize(cursor)
        segments = [Segment(s.text, base + s.style if s.style else base) for s in text.render(self.app.console, end="")]
        strip = Strip(segments).crop_extend(scroll_x, scroll_x + width, base)
        self._strips[index] = (key, strip)
        return strip

    def on_resize(self) -> None:
        self.virtual_size = Size(self.size.width, len(self._ids))

    def _size_updated(self, size: Size, virtual_size: Size, container_size: Size, layout: bool = True) -> bool:
        # Textual's ScrollView compares the container it is given with its own inner size, which
        # never match: every layout of the screen (one per change to the ballot, as the side panel
        # grows) redrew both scrollbars and sent a Resize. Now only a change of size does.
        seen = (size, container_size, self.virtual_size)
        if seen == self._layout_seen:
            return False
        self._layout_seen = seen
        return super()._size_updated(size, virtual_size, container_size, layout)

    # -- moving --------------------------------------------------------------------

    def watch_cursor(self, old: int, new: int) -> None:
        # A scroll redraws every line; otherwise only the two lines the cursor leaves and reaches.
        self.scroll_to_region(Region(0, new, 1, 1), animate=False, force=True)
        self.refresh_line(old)
        self.refresh_line(new)
        self.post_message(self.Highlighted(self.current_project_id))

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:  # the border or the scrollbar
            return
        index = self.scroll_offset.y + offset.y
        if 0 <= index < len(self._ids):
            self._go(index)
            self.post_message(self.Chosen(self._ids[index]))
