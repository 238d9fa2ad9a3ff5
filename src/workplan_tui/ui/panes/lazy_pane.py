"""A tab whose widgets are composed the first time it is shown.

The first frame shows only the Plan pane; composing the other panes up front made
start-up about twice as slow as a bare Textual app, and every widget on the screen,
hidden or not, costs something on each refresh. A `LazyPane` is an empty `TabPane`
until its tab becomes active; then it composes `compose_content()` and calls
`shown()`, and calls `shown()` again each time the tab becomes active later.
A command run from the palette on a pane not built yet awaits `show_and_build()` first.
"""

from __future__ import annotations

import asyncio
from typing import Unpack

from textual.app import ComposeResult
from textual.widgets import TabbedContent

from workplan_tui.ui.panes.base import WorkplanPane
from workplan_tui.ui.textual_types import WidgetOptions, workplan_app


class LazyPane(WorkplanPane):
    def __init__(self, title: str, **options: Unpack[WidgetOptions]) -> None:
        super().__init__(title, **options)
        self._build_started = False
        self.ready = False  # the content is mounted
        self._focus_when_ready = False
        self._built = asyncio.Event()

    # -- what a pane provides ------------------------------------------------------

    def compose_content(self) -> ComposeResult:
        raise NotImplementedError

    def focus_content(self) -> None:
        raise NotImplementedError

    def content_ready(self) -> None:
        """Once, right after the content is mounted (titles, watchers of the app)."""

    def shown(self) -> None:
        """Each time the tab becomes active, once the content is mounted."""

    # -- the machinery ---------------------------------------------------------------

    def compose(self) -> ComposeResult:
        if self._build_started:
            yield from self.compose_content()

    def on_mount(self) -> None:
        # The active tab, not the Show event: Show is not always sent when a pane comes
        # back into view (seen after scrolling another pane); the active tab always changes.
        self.watch(self.tabs, "active", self._tab_changed, init=False)

    @property
    def tabs(self) -> TabbedContent:
        return self.screen.query_one("#panes", TabbedContent)

    @property
    def is_active(self) -> bool:
        return self.tabs.active == self.id

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # An action of a pane never shown (run from the palette) has no widgets to act on yet.
        return True if self.ready else None

    async def show_and_build(self) -> bool:
        """Make this the active tab and return once its content is mounted; False if it cannot be
        shown (no plan has loaded: the app says so)."""
        assert self.id is not None  # MainScreen gives every pane its id (ui/panes/__init__.py)
        workplan_app(self).action_show_pane(self.id)
        if not self._build_started:
            return False
        await self._built.wait()
        return True

    def focus_main(self) -> None:
        if self.ready:
            self.focus_content()
        else:
            self._focus_when_ready = True
            self._build()

    def _tab_changed(self, active: str) -> None:
        if active != self.id:
            return
        if self.ready:
            self.shown()
        else:
            self._build()

    def _build(self) -> None:
        if self._build_started:
            return
        self._build_started = True
        self.call_later(self._compose_content_now)

    async def _compose_content_now(self) -> None:
        await self.recompose()  # compose() now yields the content
        self.ready = True
        self._built.set()
        self.content_ready()
        if self._focus_when_ready:
            self.focus_content()
        if self.is_active:
            self.shown()
