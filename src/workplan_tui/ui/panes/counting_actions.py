"""The `a` / `n` actions shared by the panes that show which projects are counted."""

from __future__ import annotations

from workplan_tui.ui.panes.base import WorkplanPane
from workplan_tui.ui.textual_types import workplan_app


class CountingActions(WorkplanPane):
    """Count every project in, or none; the app holds the `committed` set both panes show."""

    def action_count_all(self) -> None:
        app = workplan_app(self)
        if app.plan is not None:
            app.set_committed(frozenset(project.id for project in app.plan.projects))

    def action_count_none(self) -> None:
        workplan_app(self).set_committed(frozenset())
