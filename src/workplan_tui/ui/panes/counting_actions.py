"""The `a` / `n` actions shared by the panes that show which projects are counted."""

from __future__ import annotations


class CountingActions:
    """Count every project in, or none; the app holds the `committed` set both panes show."""

    def action_count_all(self) -> None:
        plan = self.app.plan  # type: ignore[attr-defined]
        if plan is not None:
            self.app.set_committed(frozenset(project.id for project in plan.projects))  # type: ignore[attr-defined]

    def action_count_none(self) -> None:
        self.app.set_committed(frozenset())  # type: ignore[attr-defined]
