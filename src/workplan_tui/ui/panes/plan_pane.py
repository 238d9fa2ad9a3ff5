"""Plan: the candidate projects, the themes with their standing activities, and the highlighted project."""

from __future__ import annotations

from typing import Unpack

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.timer import Timer
from textual.widgets import Input

from workplan_tui.model import Plan
from workplan_tui.ui.panes.counting_actions import CountingActions
from workplan_tui.ui.textual_types import WidgetOptions, workplan_app
from workplan_tui.ui.widgets.plan.filter_bar import FilterBar, matching_ids, project_haystack
from workplan_tui.ui.widgets.plan.project_detail import ProjectDetail
from workplan_tui.ui.widgets.plan.project_table import ProjectTable
from workplan_tui.ui.widgets.plan.theme_tree import ThemeTree

DETAIL_DELAY_SECONDS = 0.06


class PlanPane(CountingActions):
    BINDING_GROUP_TITLE = "Plan"
    BINDINGS = [
        Binding("slash", "filter", "Filter", key_display="/"),
        Binding("a", "count_all", "Count all in"),
        Binding("n", "count_none", "Count none"),
        Binding("plus", "add_project", "Add project", key_display="+"),
        Binding("t", "add_theme", "Add theme", show=False),
        Binding("l", "limits", "Limits", show=False),
        Binding("p", "plan_info", "Plan details", show=False),
        Binding("v", "voting_rules", "Voting rules", show=False),
        Binding("m", "members", "Members", show=False),
        Binding("M", "meetings", "Meetings", show=False),
        Binding("i", "interests", "Declarations of interest", show=False),
        Binding("ctrl+z", "undo", "Undo edit", show=False),
        Binding("ctrl+y", "redo", "Redo edit", show=False),
    ]

    def __init__(self, title: str, **options: Unpack[WidgetOptions]) -> None:
        super().__init__(title, **options)
        self._haystacks: dict[str, str] = {}
        self._haystack_plan: Plan | None = None
        self._detail_timer: Timer | None = None
        self._welcome_checked = False  # the guided first screen shows once, for a new plan

    def compose(self) -> ComposeResult:
        yield FilterBar(id="project-filter")
        yield ProjectTable(id="project-table", classes="section")
        with Horizontal(id="plan-lower"):
            yield ThemeTree(id="theme-tree", classes="section")
            yield ProjectDetail(id="project-detail", classes="section")

    def on_mount(self) -> None:
        self.query_one(FilterBar).display = False
        self.query_one(ProjectTable).border_title = "Projects"
        self.query_one(ThemeTree).border_title = "Themes and standing activities"
        self.query_one(ProjectDetail).border_title = "Project"
        self.watch(self.app, "plan", self._show_plan)
        self.watch(self.app, "committed", self._show_committed)

    def focus_main(self) -> None:
        self.query_one(ProjectTable).focus()

    # -- showing -------------------------------------------------------------

    def _show_plan(self, plan: Plan | None) -> None:
        if plan is None:
            return
        self.query_one(ThemeTree).show(plan)
        self._refill(plan)
        if not self._welcome_checked:
            self._welcome_checked = True
            from workplan_tui.starter import is_new_plan
            from workplan_tui.ui.screens.welcome_screen import welcome

            if is_new_plan(workplan_app(self).plan_path, plan):
                self.call_after_refresh(welcome, workplan_app(self))

    def _refill(self, plan: Plan) -> None:
        table = self.query_one(ProjectTable)
        ids = self._matching(plan, self.query_one(FilterBar).value)
        table.show(plan, ids, workplan_app(self).committed)
        shown = f"{len(ids)} of {len(plan.projects)}" if len(ids) != len(plan.projects) else f"{len(ids)}"
        table.border_title = f"Projects ({shown})"
        self._show_detail()

    def _matching(self, plan: Plan, query: str) -> list[str]:
        if self._haystack_plan is not plan:
            # Built once per loaded plan, so each keystroke in the filter only scans strings.
            self._haystacks = {project.id: project_haystack(plan, project) for project in plan.projects}
            self._haystack_plan = plan
        return matching_ids(self._haystacks, query)

    def _show_committed(self, old: frozenset[str], new: frozenset[str]) -> None:
        self.query_one(ProjectTable).show_committed(old ^ new, new)
        self._show_detail()

    def _show_detail(self) -> None:
        plan: Plan | None = workplan_app(self).plan
        project_id = self.query_one(ProjectTable).current_project_id
        project = plan.project(project_id) if plan is not None and project_id is not None else None
        self.query_one(ProjectDetail).show(
            plan, project, project_id in workplan_app(self).committed, filtered=bool(self.query_one(FilterBar).value.strip())
        )

    def on_project_table_highlighted(self, event: ProjectTable.Highlighted) -> None:
        event.stop()
        # The detail follows once the cursor rests: rebuilding and laying out the detail on
        # every row of a held-down arrow key would slow the table itself on large plans.
        if self._detail_timer is not None:
            self._detail_timer.stop()
        self._detail_timer = self.set_timer(DETAIL_DELAY_SECONDS, self._show_detail)

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        plan = workplan_app(self).plan
        if plan is not None:
            self._refill(plan)

    def on_filter_bar_done(self, event: FilterBar.Done) -> None:
        event.stop()
        self.focus_main()

    # -- actions -------------------------------------------------------------

    def action_filter(self) -> None:
        bar = self.query_one(FilterBar)
        bar.display = True
        bar.focus()

    # -- editing (forms in ui/screens/forms/) ----------------------------------

    def action_add_project(self) -> None:
        from workplan_tui.ui.screens.forms import launch

        launch.add_project(workplan_app(self))

    def action_add_theme(self) -> None:
        from workplan_tui.ui.screens.forms import launch

        launch.add_theme(workplan_app(self))

    def action_limits(self) -> None:
        from workplan_tui.ui.screens.forms import launch

        launch.edit_limits(workplan_app(self))

    def action_plan_info(self) -> None:
        from workplan_tui.ui.screens.forms import launch

        launch.edit_plan_info(workplan_app(self))

    def action_voting_rules(self) -> None:
        from workplan_tui.ui.screens.forms import launch

        launch.edit_voting(workplan_app(self))

    def action_members(self) -> None:
        from workplan_tui.ui.screens.forms import launch

        launch.show_list(workplan_app(self), "members")

    def action_meetings(self) -> None:
        from workplan_tui.ui.screens.forms import launch

        launch.show_list(workplan_app(self), "meetings")

    def action_interests(self) -> None:
        from workplan_tui.ui.screens.forms import launch

        launch.show_list(workplan_app(self), "interests")

    def action_undo(self) -> None:
        workplan_app(self).editor.undo()

    def action_redo(self) -> None:
        workplan_app(self).editor.redo()
