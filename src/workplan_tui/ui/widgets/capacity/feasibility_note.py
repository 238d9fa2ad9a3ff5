"""A text drawn from a plan and its Feasibility, repainted only when the text changes.

The months over capacity and the gated projects are such notes, on the Capacity pane and
beside the ballot on the Vote pane.
"""

from __future__ import annotations

from typing import Unpack

from rich.text import Text
from textual.widgets import Static

from workplan_tui.capacity import Feasibility
from workplan_tui.model import Plan
from workplan_tui.ui.textual_types import WidgetOptions


class FeasibilityNote(Static):
    def __init__(self, **options: Unpack[WidgetOptions]) -> None:
        super().__init__(**options)
        self._text: Text | None = None

    def note(self, plan: Plan, feasibility: Feasibility) -> Text:
        raise NotImplementedError

    def show(self, plan: Plan, feasibility: Feasibility) -> None:
        text = self.note(plan, feasibility)
        # Most changes to a ballot leave the note as it was: no repaint, no layout then.
        if text != self._text:
            self._text = text
            self.update(text)
