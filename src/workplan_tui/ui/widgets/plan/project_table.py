"""The candidate projects, one row each; space counts a project in or out of the capacity view.

A line-API widget rather than a DataTable: on a 2,000-project plan the DataTable rebuilt
and restyled every visible cell on each move of the cursor (most of a keystroke's time),
and measured every cell of every row when the filter refilled it. Here each row is drawn
once into a strip and cached; moving the cursor redraws two lines, scrolling reuses the
cached rows, and filtering only replaces the list of ids shown.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Literal, NamedTuple, Unpack

from rich.cells import cell_len, set_cell_size
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.cache import LRUCache
from textual.geometry import Region, Size
from textual.message import Message
from textual.strip import Strip

from workplan_tui.capacity import format_money
from workplan_tui.model import Plan, Project
from workplan_tui.ui.short_labels import short_labels
from workplan_tui.ui.textual_types import WidgetOptions, workplan_app
from workplan_tui.ui.widgets.cursor_list import CursorList

IN_MARK = "●"
OUT_MARK = "○"
CELL_PADDING = 1  # blank cells either side of each column, as DataTable had
HEADER_HEIGHT = 1
ELLIPSIS = "…"
TABLE_ESTIMATE_MARK = "~"


def role_abbreviations(plan: Plan) -> dict[str, str]:
    """Senior adviser -> SA: the table has one narrow column per role, named in its legend; no two alike."""
    return dict(zip(plan.roles, short_labels([plan.role_label(role) for role in plan.roles]), strict=True))


def window_text(project: Project) -> str:
    if project.start is None or project.end is None:
        return ""
    return f"{table_mark(project, f'{project.start:%b %y}', 'start')}–{table_mark(project, f'{project.end:%b %y}', 'end')}"


def table_mark(project: Project, text: str, *figures: str) -> str:
    """A figure as the table shows it: `~£3,750` for an officer estimate.

    One cell rather than the detail's " est.": with four cells a figure, the columns a reader
    needs (cost, window, gates, funding) did not fit beside a readable title at 80 columns.
    """
    return f"{TABLE_ESTIMATE_MARK}{text}" if text and project.is_estimate(*figures) else text


def days_text(days: float) -> str:
    return f"{days:g}" if days else ""


class Cell(NamedTuple):
    text: str  # plain text, never markup: titles are the user's own words
    style: Style = Style.null()


class Column(NamedTuple):
    label: str
    width: int  # cells of content, without the padding: the widest value in the plan
    justify: Literal["left", "right"]
    cell: Callable[[Project, bool], Cell]  # the project, and whether it is counted in
    min_width: int = 0  # narrower than `width` only for the columns that may be cut (0: never cut)
    hidden_as: str = ""  # what the subtitle calls this column when the table is too narrow for it ("" never hidden)

    @property
    def least(self) -> int:
        return self.min_width or self.width


def project_columns(plan: Plan) -> list[Column]:
    """The columns for this plan, each with the width of its widest value in the whole plan.

    Sized to the plan, not to the rows a filter leaves, so the columns stay still while typing;
    `fit_columns` then fits them to the table's width.
    """
    themes = {theme.id: theme.title for theme in plan.themes}
    gates = {gate.id: gate.label for gate in plan.limits.gates}

    def gate_text(project: Project) -> str:
        return ", ".join(gates[gate] for gate in project.gates)
    currency = plan.limits.currency
    dim, yellow, plain = Style(dim=True), Style(color="yellow"), Style.null()
    counted_mark = {True: Cell(IN_MARK, Style(bold=True, color="green")), False: Cell(OUT_MARK, dim)}

    def column(
        label: str,
        value: Callable[[Project], str],
        justify: Literal["left", "right"] = "left",
        style: Callable[[Project], Style] = lambda project: plain,
        min_width: int = 0,
        hidden_as: str = "",
    ) -> Column:
        width = max([cell_len(label), *(cell_len(value(project)) for project in plan.projects)])
        cell: Callable[[Project, bool], Cell] = lambda project, counted_in: Cell(value(project), style(project))  # noqa: E731
        return Column(label, width, justify, cell, min(min_width, width), hidden_as)

    def effort(role: str) -> Callable[[Project], str]:
        return lambda project: table_mark(project, days_text(project.effort.get(role, 0)), "effort")

    def cost_style(project: Project) -> Style:
        return dim if project.funding else plain  # funded from outside: not taken from the budget

    return [
        Column("In", 2, "left", lambda project, counted_in: counted_mark[counted_in]),
        column("Title", lambda project: project.title, min_width=TITLE_MIN_WIDTH),
        column("Theme", lambda project: themes.get(project.theme, project.theme), min_width=12, hidden_as="theme"),
        column("Cost", lambda project: table_mark(project, format_money(project.cost, currency), "cost"), "right", style=cost_style),
        *(column(short, effort(role), "right", hidden_as="days") for role, short in role_abbreviations(plan).items()),
        column("Start–end", window_text),
        column("Gates", gate_text, style=lambda project: yellow, min_width=7, hidden_as="gates"),
        column("Funding", lambda project: project.funding, min_width=8, hidden_as="funding"),
    ]


TITLE_MIN_WIDTH = 20
GATES_WIDTH = 14  # a gate's label is a phrase ("Research team (surveys)"): the detail shows it whole
# Which columns give way when the table is narrower than their least widths: the theme first (the
# tree beside the detail shows it), then the days by role, then funding and gates; the title,
# cost and window always stay. Every hidden value is in the detail below the table.
HIDING_ORDER = ("theme", "days", "funding", "gates")
# Who gets the room above the least widths, in turn, up to a width (None: its widest value): a
# title readable at a glance first, then gates (labels: phrases) up to GATES_WIDTH and whole funding,
# then the whole title and theme, and last the whole gates.
GROWING_ORDER: tuple[tuple[str, int | None], ...] = (
    ("Title", 24), ("Gates", GATES_WIDTH), ("Funding", None), ("Title", None), ("Theme", None), ("Gates", None),
)


def fit_columns(columns: Sequence[Column], width: int) -> tuple[list[Column], tuple[str, ...]]:
    """The columns that fit in `width` cells (padding included), with their widths, and what was hidden.

    Columns are hidden in HIDING_ORDER until the rest fit at their least widths; the cells left
    over widen the title, then gates, funding and theme, each up to its widest value.
    """
    hidden: list[str] = []
    shown = list(columns)

    def least_total() -> int:
        return sum(column.least + 2 * CELL_PADDING for column in shown)

    for name in HIDING_ORDER:
        if least_total() <= width:
            break
        if any(column.hidden_as == name for column in shown):
            shown = [column for column in shown if column.hidden_as != name]
            hidden.append(name)
    widths = {index: column.least for index, column in enumerate(shown)}
    room = width - least_total()
    for label, cap in GROWING_ORDER:
        for index, column in enumerate(shown):
            if column.label == label and room > 0:
                grown = max(widths[index], min(column.width if cap is None else min(cap, column.width), widths[index] + room))
                room -= grown - widths[index]
                widths[index] = grown
    fitted = [
        Column(column.label, widths[index], column.justify, column.cell, column.min_width, column.hidden_as)
        for index, column in enumerate(shown)
    ]
    return fitted, tuple(hidden)


class LineStyles(NamedTuple):
    base: Style
    header: Style
    even_row: Style
    cursor: Style


def join_words(words: Sequence[str]) -> str:
    """theme, days and gates"""
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} and {words[-1]}"


def fit(text: str, width: int, justify: Literal["left", "right"]) -> str:
    """The text in exactly `width` cells: padded, or cut with an ellipsis."""
    length = cell_len(text)
    if length > width:
        return set_cell_size(text, width - 1) + ELLIPSIS
    padding = " " * (width - length)
    return padding + text if justify == "right" else text + padding


class ProjectTable(CursorList):
    BINDING_GROUP_TITLE = "Projects table"
    BINDINGS = [
        Binding("enter", "edit_project", "Edit project"),
        Binding("space", "toggle_committed", "Count in/out"),
        Binding("d", "duplicate_project", "Duplicate project", show=False),
        Binding("x,delete", "remove_project", "Remove project", show=False),
    ]
    PAGE_KEEPS_LINES = HEADER_HEIGHT
    COMPONENT_CLASSES = {
        "project-table--header",
        "project-table--even-row",
        "project-table--cursor",
    }
    # The look of Textual's DataTable, which this table replaced.
    DEFAULT_CSS = """
    ProjectTable {
        background: $surface;
        color: $foreground;
        & > .project-table--header { text-style: bold; background: $panel; color: $foreground; }
        & > .project-table--even-row { background: $surface-lighten-1 50%; }
        &:dark > .project-table--even-row { background: $surface-darken-1 40%; }
        & > .project-table--cursor {
            background: $block-cursor-blurred-background;
            color: $block-cursor-blurred-foreground;
            text-style: $block-cursor-blurred-text-style;
        }
        &:focus {
            background-tint: $foreground 5%;
            & > .project-table--cursor {
                background: $block-cursor-background;
                color: $block-cursor-foreground;
                text-style: $block-cursor-text-style;
            }
        }
        &:ansi > .project-table--header { background: ansi_bright_blue; color: ansi_default; }
    }
    """

    class Highlighted(Message):
        """The cursor moved to another project (or to none, in an empty table)."""

        def __init__(self, project_id: str | None) -> None:
            super().__init__()
            self.project_id = project_id

    def __init__(self, **options: Unpack[WidgetOptions]) -> None:
        super().__init__(**options)
        self._plan: Plan | None = None
        self._plan_columns: list[Column] = []  # as wide as the plan's values
        self._columns: list[Column] = []  # fitted to the width the table has
        self._fitted_width: int | None = None
        self._committed: frozenset[str] = frozenset()
        # (project id, counted in, row style) -> the whole row, drawn once; rows differ in
        # style by stripe and cursor, and the style is part of the key, so moving the cursor or
        # focusing the table needs no invalidation.
        self._rows: LRUCache[tuple[str, bool, Style], Strip] = LRUCache(4096)
        self._header: tuple[Style, Strip] | None = None
        self._line_styles = LineStyles(Style.null(), Style.null(), Style.null(), Style.null())

    # -- what to show ------------------------------------------------------------

    def show(self, plan: Plan, project_ids: Iterable[str], committed: frozenset[str]) -> None:
        """Show these projects of the plan, keeping the cursor on the same project."""
        current = self.current_project_id
        if plan is not self._plan:
            self._plan = plan
            self._plan_columns = project_columns(plan)
            self._fitted_width = None
            self._fit_to_width()
        self.set_ids(tuple(project_ids))
        self._committed = committed
        self.virtual_size = Size(self._table_width, len(self._ids) + HEADER_HEIGHT)
        # The detail pane is told by the caller; only a move of the user's posts Highlighted.
        self.set_reactive(ProjectTable.cursor, self._index.get(current, 0) if current is not None else 0)
        self._scroll_to_cursor()
        self.refresh()

    def show_committed(self, project_ids: Iterable[str], committed: frozenset[str]) -> None:
        """Show the new In marks; the rows are cached by their mark, so nothing is rebuilt."""
        self._committed = committed
        if any(project_id in self._index for project_id in project_ids):
            self.refresh()

    def _fit_to_width(self) -> None:
        """The columns for the table's width now; the rows are drawn again only when it changed."""
        plan = self._plan
        width = self.scrollable_content_region.width
        if plan is None or width == self._fitted_width:
            return
        self._fitted_width = width
        # Before the first layout the width is 0: every column, as wide as the plan needs.
        self._columns, hidden = fit_columns(self._plan_columns, width) if width else (list(self._plan_columns), ())
        self._rows.clear()
        self._header = None
        self.virtual_size = Size(self._table_width, len(self._ids) + HEADER_HEIGHT)
        self.border_subtitle = self._legend(plan, hidden)
        self.refresh()

    def _legend(self, plan: Plan, hidden: Sequence[str]) -> Text | None:
        """What the marks and the role columns mean, and which columns are in the detail only."""
        parts = []
        if hidden:  # first: the subtitle is cut on the right when the table is narrow
            parts.append(f"{join_words(hidden).capitalize()} in the detail below")
        if "days" not in hidden and plan.roles:
            parts.append("days: " + " · ".join(f"{short} {plan.role_label(role)}" for role, short in role_abbreviations(plan).items()))
        if any(project.estimated for project in plan.projects):
            parts.append(f"{TABLE_ESTIMATE_MARK} officer estimate")
        return Text(" · ".join(parts)) if parts else None

    @property
    def hidden_columns(self) -> tuple[str, ...]:
        """What the table left out for want of width (the detail shows it)."""
        shown = {column.hidden_as for column in self._columns}
        return tuple(name for name in HIDING_ORDER if name not in shown and any(c.hidden_as == name for c in self._plan_columns))

    @property
    def column_labels(self) -> tuple[str, ...]:
        return tuple(column.label for column in self._columns)

    @property
    def row_count(self) -> int:
        return len(self._ids)

    @property
    def project_ids(self) -> Sequence[str]:
        """The ids shown, top to bottom."""
        return self._ids

    # -- drawing -------------------------------------------------------------------

    @property
    def _table_width(self) -> int:
        return sum(column.width + 2 * CELL_PADDING for column in self._columns)

    def _draw(self, cells: Iterable[Cell], row_style: Style, force: Style | None = None) -> Strip:
        """One line of the table: each cell fitted to its column, on the row's background."""
        pad = " " * CELL_PADDING
        segments = []
        for column, cell in zip(self._columns, cells, strict=False):
            style = row_style + cell.style
            if force is not None:  # the cursor's colours win over the cells', as in DataTable
                style += force
            segments.append(Segment(f"{pad}{fit(cell.text, column.width, column.justify)}{pad}", style))
        return Strip(segments, self._table_width)

    def _row_strip(self, index: int, row_style: Style, cursor: bool) -> Strip:
        project_id = self._ids[index]
        counted_in = project_id in self._committed
        key = (project_id, counted_in, row_style)
        strip = self._rows.get(key)
        if strip is None:
            assert self._plan is not None
            project = self._plan.project(project_id)
            force = Style.from_color(row_style.color, row_style.bgcolor) if cursor else None
            strip = self._draw((column.cell(project, counted_in) for column in self._columns), row_style, force)
            self._rows[key] = strip
        return strip

    def render_lines(self, crop: Region) -> list[Strip]:
        # The styles once per repaint, not once per line: each is a walk up the DOM.
        base = self.rich_style
        component = self.get_component_rich_style
        self._line_styles = LineStyles(
            base,
            base + component("project-table--header"),
            base + component("project-table--even-row"),
            base + component("project-table--cursor"),
        )
        return super().render_lines(crop)

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        width = self.scrollable_content_region.width
        styles = self._line_styles
        if y < HEADER_HEIGHT:
            if self._header is None or self._header[0] != styles.header:
                cells = [Cell(column.label) for column in self._columns]
                self._header = (styles.header, self._draw(cells, styles.header))
            return self._header[1].crop_extend(scroll_x, scroll_x + width, styles.header)
        index = scroll_y + y - HEADER_HEIGHT
        if index >= len(self._ids) or self._plan is None:
            return Strip.blank(width, styles.base)
        cursor = index == self.cursor
        row_style = styles.cursor if cursor else styles.even_row if index % 2 == 0 else styles.base
        return self._row_strip(index, row_style, cursor).crop_extend(scroll_x, scroll_x + width, row_style)

    # -- moving --------------------------------------------------------------------

    def watch_cursor(self, old: int, new: int) -> None:
        if not self._scroll_to_cursor():
            # Only the two rows that changed; a scroll has already redrawn the whole view.
            self.refresh_line(old + HEADER_HEIGHT)
            self.refresh_line(new + HEADER_HEIGHT)
        self.post_message(self.Highlighted(self.current_project_id))

    def _scroll_to_cursor(self) -> bool:
        """Scroll just enough to show the cursor's row under the header; True if it scrolled."""
        rows_shown = max(1, self.scrollable_content_region.height - HEADER_HEIGHT)
        top = self.scroll_offset.y
        if self.cursor < top:
            top = self.cursor
        elif self.cursor >= top + rows_shown:
            top = self.cursor - rows_shown + 1
        top = min(top, max(0, len(self._ids) - rows_shown))  # no blank rows below the last
        if top == self.scroll_offset.y:
            return False
        self.scroll_to(y=top, animate=False, force=True)
        return True

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None or offset.y < HEADER_HEIGHT:  # the border, the scrollbar, the header
            return
        self._go(self.scroll_offset.y + offset.y - HEADER_HEIGHT)

    def on_resize(self) -> None:
        self._fit_to_width()
        self._scroll_to_cursor()

    # -- actions -------------------------------------------------------------------

    def action_toggle_committed(self) -> None:
        project_id = self.current_project_id
        if project_id is not None:
            workplan_app(self).toggle_committed(project_id)

    def action_edit_project(self, mode: str = "edit") -> None:
        from workplan_tui.ui.screens.forms import launch

        if self.current_project_id is not None:
            launch.edit_project(workplan_app(self), self.current_project_id, mode)

    def action_duplicate_project(self) -> None:
        self.action_edit_project("duplicate")

    def action_remove_project(self) -> None:
        from workplan_tui.ui.screens.forms import launch

        if self.current_project_id is not None:
            launch.remove_item(workplan_app(self), "projects", self.current_project_id)
