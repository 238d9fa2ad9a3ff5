"""Results: the ballots counted by every method, one shown in full with the advice for its
selection (advice.py), and whether the method matters.

Reading thousands of ballot files and counting six ways can take a while, so it runs in
a thread worker; the pane shows the last count until the new one is ready. The voting core
and the pane's widgets (which use it) are imported where they are used: this module loads at
start-up, with the pane's tab.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Unpack

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Static

from workplan_tui.errors import WorkplanError
from workplan_tui.model import Plan
from workplan_tui.text import shown_safely
from workplan_tui.ui.notifications import notify_error
from workplan_tui.ui.panes.lazy_pane import LazyPane
from workplan_tui.ui.textual_types import WidgetOptions, workplan_app
from workplan_tui.ui.worker_results import deliver

if TYPE_CHECKING:
    from workplan_tui.voting.result import TallyResult


class ResultsPane(LazyPane):
    BINDING_GROUP_TITLE = "Results"
    BINDINGS = [
        Binding("t", "count", "Count the ballots again"),
        Binding("m", "method(1)", "Next method"),
        Binding("M", "method(-1)", "Previous method", key_display="M"),
    ]

    def __init__(self, title: str, **options: Unpack[WidgetOptions]) -> None:
        super().__init__(title, **options)
        self.results: Mapping[str, TallyResult] = {}
        self.method = ""
        self._counted_plan: Plan | None = None

    def compose_content(self) -> ComposeResult:
        from workplan_tui.ui.widgets.results.advice_view import AdviceView
        from workplan_tui.ui.widgets.results.count_notes import CountNotes
        from workplan_tui.ui.widgets.results.method_comparison import MethodComparison
        from workplan_tui.ui.widgets.results.ranking_bars import RankingBars

        with VerticalScroll(id="results-body", classes="section", can_focus=True):
            yield Static("Counting…", id="results-turnout")
            yield RankingBars(id="results-ranking")
            yield AdviceView(id="results-advice")
            yield MethodComparison(id="results-methods")
            yield CountNotes(id="results-notes")

    def content_ready(self) -> None:
        self.query_one("#results-body").border_title = "Result of the vote"
        self.watch(self.app, "plan", self._plan_changed, init=False)

    def focus_content(self) -> None:
        self.query_one("#results-body").focus()

    def shown(self) -> None:
        self.action_count()  # the folder is read again each time the pane is shown

    def _plan_changed(self) -> None:
        if self.is_active:
            self.action_count()

    def action_count(self) -> None:
        plan: Plan | None = workplan_app(self).plan
        if plan is not None:
            self.query_one("#results-body").border_subtitle = "counting…"
            self.count(plan, workplan_app(self).plan_path)

    @work(thread=True, exclusive=True, group="results-count")
    def count(self, plan: Plan, plan_path: Path) -> None:
        from workplan_tui.voting.every_method import count_every_method

        try:
            results = count_every_method(plan, plan_path)
        except WorkplanError as error:  # an unreadable ballot folder
            deliver(self, notify_error, self, error, "Ballots not counted")
            return
        deliver(self, self._counted, plan, results)

    def _counted(self, plan: Plan, results: dict[str, TallyResult]) -> None:
        from workplan_tui.voting.ballot_box import box_path

        if plan is not workplan_app(self).plan:
            return  # counted on a plan since reloaded; the count for the new one follows
        self._counted_plan = plan
        self.results = results
        if self.method not in results:
            self.method = plan.voting.method
        self.query_one("#results-body").border_subtitle = f"{shown_safely(box_path(workplan_app(self).plan_path, plan.voting.box).name)} · t counts again"
        self._show()

    def _show(self) -> None:
        from workplan_tui.ui.widgets.results.advice_view import AdviceView
        from workplan_tui.ui.widgets.results.count_notes import CountNotes, turnout_text
        from workplan_tui.ui.widgets.results.method_comparison import MethodComparison
        from workplan_tui.ui.widgets.results.ranking_bars import RankingBars

        plan, result = self._counted_plan, self.results.get(self.method)
        if plan is None or result is None:
            return
        self.query_one("#results-turnout", Static).update(turnout_text(plan, result))
        self.query_one(RankingBars).show(plan, result)
        self.query_one(AdviceView).show(plan, result.advice, "What the selection needs", result.problems)
        self.query_one(MethodComparison).show(plan, self.results, self.method)
        self.query_one(CountNotes).show(plan, result)

    def action_method(self, step: int) -> None:
        if not self.results:
            return
        methods = list(self.results)
        self.method = methods[(methods.index(self.method) + step) % len(methods)]
        self._show()
        # Another method is another result: read from its top, not from where the last one was left.
        self.query_one("#results-body").scroll_home(animate=False)
