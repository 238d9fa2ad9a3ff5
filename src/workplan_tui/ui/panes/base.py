"""What every tab of the main screen is: a `TabPane` that knows its main widget.

The number keys and the first load of a plan focus a pane through `focus_main()`; the
panes are listed, in order, in ui/panes/__init__.py.
"""

from __future__ import annotations

from textual.widgets import TabPane


class WorkplanPane(TabPane):
    def focus_main(self) -> None:
        """Focus the widget the pane is about (building the pane first, if it is lazy)."""
        raise NotImplementedError
