"""Capacity: the counted projects against the budget and each role's monthly capacity, and their
delivery schedule (the work re-timed within capacity), worked out in a thread so keys still answer.

On an agreed plan the schedule is the planned delivery of the Board's agreed set.
"""

from __future__ import annotations

import threading
import time
from typing import Unpack

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.worker import get_current_worker

from workplan_tui.capacity import Feasibility
from workplan_tui.model import Plan
from workplan_tui.schedule import Schedule
from workplan_tui.text import plural
from workplan_tui.ui.panes.counting_actions import CountingActions
from workplan_tui.ui.panes.lazy_pane import LazyPane
from workplan_tui.ui.textual_types import WidgetOptions, workplan_app
from workplan_tui.ui.widgets.capacity.budget_gauge import BudgetGauge
from workplan_tui.ui.widgets.capacity.gated_list import GatedList
from workplan_tui.ui.widgets.capacity.load_chart import LoadChart
from workplan_tui.ui.widgets.capacity.overload_list import OverloadList
from workplan_tui.ui.widgets.capacity.schedule_note import ScheduleNote
from workplan_tui.ui.worker_results import deliver

# A solve for a large plan takes seconds of CPU in a thread that shares the interpreter with the
# screen: one thread works out one schedule at a time, each time for the latest figures, once
# they have rested this long (a run of toggles, 'a' or 'n', is worked out once).
SCHEDULE_REST_SECONDS = 0.25

CHART_TITLES = {
    False: "Person-days by role and month, spread evenly",
    True: "Person-days by role and month, re-timed",
}


class CapacityPane(CountingActions, LazyPane):
    BINDING_GROUP_TITLE = "Capacity"
    BINDINGS = [
        Binding("a", "count_all", "Count all in"),
        Binding("n", "count_none", "Count none"),
        Binding("t", "toggle_retimed", "Even / re-timed"),
    ]

    def __init__(self, title: str, **options: Unpack[WidgetOptions]) -> None:
        super().__init__(title, **options)
        self._stale = True
        self.last_recompute_seconds = 0.0  # read by benchmarks/tui_large_plan.py
        self.retimed = False  # the chart shows the re-timed load, not the even spread
        self.schedule: Schedule | None = None  # of the figures on screen, once worked out
        self._retimed_load: Feasibility | None = None  # the schedule as the chart draws it
        # The figures whose schedule is wanted next, and whether the thread is running: both
        # under the lock, so figures handed over just as the thread stops are not lost.
        self._wanted: tuple[Plan, Feasibility, list[str]] | None = None
        self._scheduling = False
        self._schedule_lock = threading.Lock()
        self._shown: tuple[Plan, Feasibility] | None = None

    def compose_content(self) -> ComposeResult:
        chart = VerticalScroll(LoadChart(id="load-chart"), id="load-chart-scroll", classes="section", can_focus=True)
        chart.border_title = CHART_TITLES[self.retimed]
        notes = VerticalScroll(
            ScheduleNote(id="schedule-note"),
            OverloadList(id="overload-list"),
            GatedList(id="gated-list"),
            id="capacity-notes",
            classes="section",
            can_focus=True,
        )
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
        # Shown again with nothing changed: the schedule worked out (or being worked out) stays.
        same_figures = self._is_shown(plan, feasibility)
        self._shown = (plan, feasibility)
        if not same_figures:
            self.schedule = self._retimed_load = None
        counted, total = len(feasibility.projects), len(plan.projects)
        # Which projects the figures count, where the eye lands after the chart.
        self.query_one("#load-chart-scroll").border_subtitle = f"{counted} of {plural(total, 'project')} counted · space on Plan toggles · t re-timed"
        for widget in (self.query_one(BudgetGauge), self.query_one(OverloadList), self.query_one(GatedList)):
            widget.show(plan, feasibility)
        self._show_chart()
        if same_figures:
            self.last_recompute_seconds = time.perf_counter() - started
            return
        self.query_one(ScheduleNote).show_working(planned=plan.decision is not None)
        # The agreed plan's delivery is of the Board's agreed set, whatever is counted in.
        ids = list(plan.decision.selected) if plan.decision is not None else list(feasibility.projects)
        with self._schedule_lock:
            self._wanted = (plan, feasibility, ids)
            start, self._scheduling = not self._scheduling, True
        if start:
            self.work_out_schedules()
        self.last_recompute_seconds = time.perf_counter() - started

    @work(thread=True, group="capacity-schedule")
    def work_out_schedules(self) -> None:
        from workplan_tui.delivery import as_feasibility
        from workplan_tui.schedule import delivery_schedule, planned_delivery

        while True:
            time.sleep(SCHEDULE_REST_SECONDS)  # in this thread: the screen goes on meanwhile
            with self._schedule_lock:
                wanted, self._wanted = self._wanted, None
                if wanted is None:
                    self._scheduling = False
                    return
            plan, feasibility, ids = wanted
            # An agreed plan shows the delivery its decision put on record, when it records one.
            result = planned_delivery(plan) if plan.decision is not None else None
            if result is None:
                result = delivery_schedule(plan, ids)
            retimed = as_feasibility(plan, result, feasibility)  # here too: a large plan's is not instant
            if get_current_worker().is_cancelled:  # the pane is going (the app closes)
                with self._schedule_lock:
                    self._scheduling = False
                return
            deliver(self, self._scheduled, plan, feasibility, result, retimed)

    def _scheduled(self, plan: Plan, feasibility: Feasibility, result: Schedule, retimed: Feasibility) -> None:
        if not self._is_shown(plan, feasibility):
            return  # worked out for figures since replaced; theirs follows
        self.schedule, self._retimed_load = result, retimed
        self.query_one(ScheduleNote).show(plan, result, planned=plan.decision is not None)
        if self.retimed:
            self._show_chart()

    def _is_shown(self, plan: Plan, feasibility: Feasibility) -> bool:
        # By identity: the app caches one Feasibility per plan and selection, and comparing two
        # large plans by value would cost more than the figures.
        return self._shown is not None and self._shown[0] is plan and self._shown[1] is feasibility

    def _show_chart(self) -> None:
        if self._shown is None:
            return
        plan, even = self._shown
        # Until the schedule is worked out, the even spread (the title says which is drawn).
        shown = self._retimed_load if self.retimed and self._retimed_load is not None else even
        self.query_one("#load-chart-scroll").border_title = CHART_TITLES[shown is not even]
        self.query_one(LoadChart).show(plan, shown)

    def action_toggle_retimed(self) -> None:
        self.retimed = not self.retimed
        self._show_chart()
