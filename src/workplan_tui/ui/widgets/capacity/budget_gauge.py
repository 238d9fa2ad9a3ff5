"""Budget used against the limit, as a bar; external funding shown beside it, never counted."""

from __future__ import annotations

from typing import Unpack

from rich.text import Text
from textual.widget import Widget

from workplan_tui.capacity import Feasibility, format_money
from workplan_tui.model import Plan
from workplan_tui.text import plural
from workplan_tui.ui.textual_types import WidgetOptions


def gauge_text(plan: Plan, feasibility: Feasibility, width: int) -> Text:
    currency = plan.limits.currency
    used, limit = feasibility.budget_used, feasibility.budget_limit
    label = Text()
    label.append("Budget ", style="bold")
    label.append(f"{format_money(used, currency)} of {format_money(limit, currency)} ")
    if feasibility.over_budget:
        status = Text(f" over by {format_money(used - limit, currency)}", style="bold red")
    else:
        status = Text(f" {format_money(limit - used, currency)} left", style="green")
    bar_width = max(10, width - label.cell_len - status.cell_len)
    ratio = used / limit if limit else (1.0 if used else 0.0)
    # The bar spans the limit; an overspend fills it and turns the overflowing share red.
    filled = min(bar_width, round(bar_width * min(ratio, 1.0)))
    over = 0
    if ratio > 1:
        over = min(filled, round(bar_width * (1 - 1 / ratio)))
    text = label
    text.append("█" * (filled - over), style="green" if not feasibility.over_budget else "yellow")
    text.append("█" * over, style="red")
    text.append("░" * (bar_width - filled), style="dim")
    text.append_text(status)
    text.append("\n")
    if feasibility.external:
        total = feasibility.external_cost
        sources = sorted(set(feasibility.external.values()))
        count = len(feasibility.external)
        text.append("External funding ", style="bold")
        text.append(f"(not counted) {format_money(total, currency)}: {plural(count, 'project')}, ")
        text.append(", ".join(sources))
    else:
        text.append("External funding ", style="bold")
        text.append("none", style="dim")
    return text


class BudgetGauge(Widget):
    DEFAULT_CSS = "BudgetGauge { height: 2; }"

    def __init__(self, **options: Unpack[WidgetOptions]) -> None:
        super().__init__(**options)
        self._shown: tuple[Plan, Feasibility] | None = None

    def show(self, plan: Plan, feasibility: Feasibility) -> None:
        self._shown = (plan, feasibility)
        self.refresh()

    def render(self) -> Text:
        if self._shown is None:
            return Text("")
        text = gauge_text(*self._shown, self.content_size.width)
        text.no_wrap = True
        text.overflow = "ellipsis"
        return text
