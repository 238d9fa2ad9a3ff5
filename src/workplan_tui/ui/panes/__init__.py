"""The tabs of the main screen, in order: the one place to add a pane.

Each pane is a `WorkplanPane` (ui/panes/base.py) in a module of this package, named by
its import path so that a pane's module (and whatever it imports) loads only when the
app starts, and the number keys (1, 2, ...) follow this order. To add a pane, add a
`Pane(...)` line here and a module here.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from workplan_tui.ui.panes.base import WorkplanPane


class Pane(NamedTuple):
    id: str  # the TabPane id, also used by `show_pane('<id>')`
    title: str  # the tab label and the description of its number key
    target: str  # "module:Class"

    def load(self) -> type[WorkplanPane]:
        module_name, _, class_name = self.target.partition(":")
        pane: type[WorkplanPane] = getattr(importlib.import_module(module_name), class_name)
        return pane


PANES: tuple[Pane, ...] = (
    Pane("plan", "Plan", "workplan_tui.ui.panes.plan_pane:PlanPane"),
    Pane("capacity", "Capacity", "workplan_tui.ui.panes.capacity_pane:CapacityPane"),
    Pane("vote", "Vote", "workplan_tui.ui.panes.vote_pane:VotePane"),
    Pane("results", "Results", "workplan_tui.ui.panes.results_pane:ResultsPane"),
    Pane("export", "Export", "workplan_tui.ui.panes.export_pane:ExportPane"),
)
