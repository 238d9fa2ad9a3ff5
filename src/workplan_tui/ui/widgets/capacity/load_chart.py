"""Role × month load as stacked bars, one small chart per role, with the capacity drawn across.

Drawn with block characters rather than a plotting library: at 80×24 a chart
of a few rows per role must still show, at a glance, which months go over the
line and whose work fills them; the bars are stacked by project (the largest
projects get their own colour, the rest share a grey), the capacity is a
yellow rule across each chart, and any share above it is red.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from typing import Unpack

from rich.text import Text
from textual.geometry import Size
from textual.widget import Widget

from workplan_tui.capacity import Feasibility
from workplan_tui.model import Plan
from workplan_tui.text import plural
from workplan_tui.ui.textual_types import WidgetOptions

# Colour-blind-friendly Tableau 10, without its red: red means "over capacity".
PROJECT_COLOURS = ("#4e79a7", "#f28e2b", "#59a14f", "#b07aa1", "#76b7b2", "#ff9da7")
LEGEND_TITLE = 16  # characters of a project title in the legend
OTHER_COLOUR = "#7f7f7f"
OVER_COLOUR = "#e15759"
CAPACITY_STYLE = "bold #edc948"
EIGHTHS = " ▁▂▃▄▅▆▇█"
AXIS_WIDTH = 5  # "  12┤"
MIN_BAR_ROWS = 2
MAX_BAR_ROWS = 10


def project_colours(feasibility: Feasibility) -> dict[str, str]:
    """The projects with the most effort get a colour each; the others share grey."""
    totals = feasibility.days_by_project()
    largest = sorted((project_id for project_id, total in totals.items() if total > 0), key=lambda p: -totals[p])
    return {project_id: colour for project_id, colour in zip(largest, PROJECT_COLOURS, strict=False)}


def bar_rows_for(height: int, roles: int, legend_lines: int) -> int:
    """Rows of bars per role so that every role fits the height given, within bounds."""
    if roles == 0:
        return MIN_BAR_ROWS
    return max(MIN_BAR_ROWS, min(MAX_BAR_ROWS, (height - legend_lines) // roles - 2))


def chart_text(plan: Plan, feasibility: Feasibility, width: int, bar_rows: int) -> Text:
    colours = project_colours(feasibility)
    months = feasibility.months
    column = max(2, min(6, (width - AXIS_WIDTH) // max(1, len(months))))
    bar = column - 1
    text = Text()
    over_months = {(overload.role, overload.month) for overload in feasibility.overloads}
    for role, available in feasibility.capacity.items():
        per_month = feasibility.load.get(role, {})
        peak_month, peak = feasibility.peak(role)
        over_here = any(r == role for r, _ in over_months)
        text.append(plan.role_label(role), style="bold red" if over_here else "bold")
        text.append(f" · capacity {available:g}", style=CAPACITY_STYLE)
        if peak_month is not None and peak > 0:
            text.append(f" · peak {peak:.1f} {peak_month:%b}", style="red" if peak > available else "dim")
        text.append("\n")
        # Each month's stack as cumulative tops, so a cell finds its project by bisection.
        stacks = []
        for month in months:
            tops: list[float] = []
            owners: list[str] = []
            total = 0.0
            for project_id, spread in feasibility.by_project.items():
                days = spread.get(role, {}).get(month, 0.0)
                if days > 0:
                    total += days
                    colour = colours.get(project_id, OTHER_COLOUR)
                    if owners and owners[-1] == colour:
                        tops[-1] = total  # merge neighbours of one colour (the grey "others")
                    else:
                        tops.append(total)
                        owners.append(colour)
            stacks.append((tops, owners, per_month.get(month, 0.0)))
        scale = max(peak, available, 1e-9) * 1.05  # headroom so the capacity rule is visible at the top
        unit = scale / bar_rows
        capacity_row = min(bar_rows - 1, max(0, math.ceil(available / unit) - 1)) if available > 0 else -1
        for row in range(bar_rows - 1, -1, -1):
            bottom, top = row * unit, (row + 1) * unit
            if row == capacity_row:
                text.append(f"{available:>4g}┤", style=CAPACITY_STYLE)
            elif row == bar_rows - 1:
                text.append(f"{scale:>4.0f}│", style="dim")
            else:
                text.append("    │", style="dim")
            for tops, owners, total in stacks:
                cell, style = _cell(tops, owners, total, bottom, top, available)
                if row == capacity_row and cell == " ":
                    text.append("─" * column, style=CAPACITY_STYLE)
                    continue
                text.append(cell * bar, style=style)
                text.append("─" if row == capacity_row else " ", style=CAPACITY_STYLE)
            text.append("\n")
        text.append("    └", style="dim")
        for month in months:
            label = f"{month:%b}"[:bar].ljust(column)
            if (role, month) in over_months:
                text.append(label[:bar], style=f"bold white on {OVER_COLOUR}")
                text.append(label[bar:])
            else:
                text.append(label, style="dim")
        text.append("\n")
    text.append_text(legend_text(plan, colours, feasibility))
    return text


def _cell(tops: list[float], owners: list[str], total: float, bottom: float, top: float, available: float) -> tuple[str, str]:
    if total <= bottom + 1e-9:
        return " ", ""
    over = bottom >= available - 1e-9
    if total >= top - 1e-9:
        middle = (bottom + top) / 2
        index = min(len(owners) - 1, bisect_right(tops, middle))
        return "█", OVER_COLOUR if over else owners[index]
    eighths = max(1, round(8 * (total - bottom) / (top - bottom)))
    return EIGHTHS[eighths], OVER_COLOUR if over else owners[-1]


def legend_text(plan: Plan, colours: dict[str, str], feasibility: Feasibility) -> Text:
    text = Text()
    for project_id, colour in colours.items():
        text.append("■ ", style=colour)
        title = plan.projects_by_id[project_id].title
        text.append(title if len(title) <= LEGEND_TITLE else title[: LEGEND_TITLE - 1] + "…")
        text.append("  ")
    others = len([p for p in feasibility.by_project if p not in colours])
    if others:
        text.append("■ ", style=OTHER_COLOUR)
        text.append(f"{plural(others, 'other project')}  ")
    text.append("■ ", style=OVER_COLOUR)
    text.append("over capacity  ")
    text.append("─", style=CAPACITY_STYLE)
    text.append(" capacity")
    return text


class LoadChart(Widget):
    """Renders a Feasibility: reused by any screen that checks a bundle (Capacity, later Vote)."""

    DEFAULT_CSS = "LoadChart { height: auto; }"

    def __init__(self, **options: Unpack[WidgetOptions]) -> None:
        super().__init__(**options)
        self._shown: tuple[Plan, Feasibility] | None = None
        # The chart and its wrapped height for one (width, height of the parent): a layout asks
        # for the height and then renders, and each used to build the chart (and its legend) again.
        self._cached: tuple[tuple[int, int], Text, int] | None = None

    def show(self, plan: Plan, feasibility: Feasibility) -> None:
        self._shown = (plan, feasibility)
        self._cached = None
        self.refresh(layout=True)

    def _parent_height(self) -> int:
        return self.parent.size.height if isinstance(self.parent, Widget) else self.app.size.height

    def _bar_rows(self, width: int, legend: Text) -> int:
        assert self._shown is not None
        legend_lines = max(1, len(legend.wrap(self.app.console, max(1, width))))
        return bar_rows_for(self._parent_height(), len(self._shown[1].capacity), legend_lines)

    def _chart(self, width: int) -> tuple[Text, int]:
        """The chart at this width, and how many lines it wraps to."""
        if self._shown is None:
            return Text(""), 0
        key = (width, self._parent_height())
        if self._cached is None or self._cached[0] != key:
            plan, feasibility = self._shown
            legend = legend_text(plan, project_colours(feasibility), feasibility)
            chart = chart_text(plan, feasibility, width, self._bar_rows(width, legend))
            self._cached = (key, chart, len(chart.wrap(self.app.console, max(1, width))))
        return self._cached[1], self._cached[2]

    def _text(self, width: int) -> Text:
        return self._chart(width)[0]

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return self._chart(width)[1]

    def render(self) -> Text:
        return self._text(self.content_size.width)
