"""The main screen: header, the error panel, one tab per pane (ui/panes/), footer."""

from __future__ import annotations

from textual import events
from textual.app import ComposeResult
from textual.binding import ActiveBinding
from textual.screen import Screen
from textual.widgets import Header, TabbedContent, Tabs

from workplan_tui.ui.bindings import run_own_binding
from workplan_tui.ui.panes import PANES
from workplan_tui.ui.panes.base import WorkplanPane
from workplan_tui.ui.widgets.error_panel import ErrorPanel
from workplan_tui.ui.widgets.key_footer import KeyFooter

ESSENTIAL_ACTIONS = ("quit", "help")  # first in the footer, so that 80 columns always show them


class MainScreen(Screen[None]):
    def compose(self) -> ComposeResult:
        yield Header()
        yield ErrorPanel(id="error-panel")
        with TabbedContent(id="panes", initial=PANES[0].id):
            for pane in PANES:
                yield pane.load()(pane.title, id=pane.id)
        yield KeyFooter()

    @property
    def active_bindings(self) -> dict[str, ActiveBinding]:
        # The footer shows the keys in this order and cuts off what does not fit: Textual puts the
        # focused widget's keys first and the app's (q Quit, ? Help) last, where 80 columns lose them.
        bindings = super().active_bindings
        first = {key: active for key, active in bindings.items() if active.binding.action in ESSENTIAL_ACTIONS}
        return {**first, **{key: active for key, active in bindings.items() if key not in first}}

    def on_mount(self) -> None:
        self._panes_shown = False
        self.watch(self.app, "plan", self._show_or_hide_panes)

    async def on_key(self, event: events.Key) -> None:
        # The tab bar belongs to no pane, so shift+tab onto it used to leave the pane's keys
        # dead (`+` did nothing, and the title typed next ran the app's letter keys). There, a
        # pane's key acts on the pane shown.
        if not isinstance(self.focused, Tabs):
            return
        pane = self.query_one(TabbedContent).active_pane
        if isinstance(pane, WorkplanPane) and await run_own_binding(pane, event.key):
            event.stop()

    def _show_or_hide_panes(self, plan: object) -> None:
        # With no plan that loaded, the error panel is the whole screen.
        self.set_class(plan is None, "-no-plan")
        if plan is None:
            self._panes_shown = False
            self.query_one(ErrorPanel).focus()
        elif not self._panes_shown:
            # The first plan, or one that loads again after errors: the Plan pane. A reload
            # after that (r, a save, closing the vote) leaves the officer on the pane they are on.
            self._panes_shown = True
            self.query_one(f"#{PANES[0].id}", WorkplanPane).focus_main()
