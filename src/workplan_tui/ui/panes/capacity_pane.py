"""Capacity: the counted projects against the budget and each role's monthly capacity."""

from __future__ import annotations

import time
from typing import Unpack

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll

from workplan_tui.ui.panes.counting_actions import CountingActions
from workplan_tui.ui.panes.lazy_pane import LazyPane
from workplan_tui.ui.textual_types import WidgetOptions, workplan_app
from workplan_tui.ui.widgets.capacity.budget_gauge import BudgetGauge
from workplan_tui.ui.widgets.capacity.gated_list import GatedList
from workplan_tui.ui.widgets.capacity.load_chart import LoadChart
from workplan_tui.ui.widgets.capacity.overload_list import OverloadList


class CapacityPane(CountingActions, LazyPane):
    BINDING_GROUP_TITLE = "Capacity"
    BINDINGS = [
        Binding("a", "count_all", "Count all in"),
        Binding("n", "count_none", "Count none"),
    ]

    def __init__(self, title: str, **options: Unpack[WidgetOptions]) -> None:
        super().__init__(title, **options)
        self._stale = True
        self.last_recompute_seconds = 0.0  # read by benchmarks/tui_large_plan.py

    def compose_content(self) -> ComposeResult:
        chart = VerticalScroll(LoadChart(id="load-chart"), id="load-chart-scroll", classes="section", can_focus=True)
        chart.border_title = "Load by role and month (person-days)"
        notes = VerticalScroll(OverloadList(id="overload-list"), GatedList(id="gated-list"), id="capacity-notes", classes="section", can_focus=True)
        notes.border_title = "Problems"
        yield BudgetGauge(id="budget-gauge")
        yield Horizontal(chart, notes, id="capacity-body")

    def content_ready(self) -> None:
        self.watch(self.app, "plan", self._mark_stale, init=False)
        self.watch(self.app, "committed", self._mark_stale, init=False)

    def focus_content(self) -> None:
        self.query_one("#load-chart-scroll").focus()

    def _mark_stale(self) -> None:
        # Only the visible pane recomputes; a hidden one waits until it is shown.
        self._stale = True
        if self.is_active:
            self.recompute()

    def on_resize(self) -> None:
        # The chart sizes its bars to the height it is given: lay it out again.
        if self.ready:
            self.query_one(LoadChart).refresh(layout=True)

    def shown(self) -> None:
        if self._stale:
            self.recompute()

    def recompute(self) -> None:
        started = time.perf_counter()
        plan = workplan_app(self).plan
        feasibility = workplan_app(self).feasibility()
        if plan is None or feasibility is None:
            return
        self._stale = False
        counted, total = len(feasibility.projects), len(plan.projects)
        # Which projects the figures count, where the eye lands after the chart.
        self.query_one("#load-chart-scroll").border_subtitle = f"{counted} of {total} projects counted · space on Plan toggles"
        for widget in (self.query_one(BudgetGauge), self.query_one(LoadChart), self.query_one(OverloadList), self.query_one(GatedList)):
            widget.show(plan, feasibility)
        self.last_recompute_seconds = time.perf_counter() - started

