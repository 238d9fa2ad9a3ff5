"""The footer of the main screen: Textual's, recomposed only when the keys it shows change."""

from __future__ import annotations

from typing import Unpack

from textual.screen import Screen
from textual.widgets import Footer

from workplan_tui.ui.textual_types import WidgetOptions


def shown_keys(screen: Screen) -> tuple[tuple[str, str, bool, str], ...]:
    """What the footer would show: each shown binding's key, description, enabled and tooltip, in order."""
    return tuple(
        (key, active.binding.description, active.enabled, active.tooltip)
        for key, active in screen.active_bindings.items()
        if active.binding.show
    )


class KeyFooter(Footer):
    """The stock footer remounts a widget per key after every bindings signal (each focus change,
    each screen pushed or popped): several times before the first frame, which was a sixth of
    the start-up time, and again around every form. This one recomposes once for the signals
    that arrive before the next refresh, and only if the keys it would show have changed."""

    def __init__(self, **options: Unpack[WidgetOptions]) -> None:
        super().__init__(**options)
        self._shown: tuple[tuple[str, str, bool, str], ...] | None = None  # at the last compose
        self._recompose_pending = False

    def bindings_changed(self, screen: Screen) -> None:
        self._bindings_ready = True
        if not screen.app.app_focus:
            return
        if self.is_attached and screen is self.screen and not self._recompose_pending:
            self._recompose_pending = True
            self.call_after_refresh(self._recompose_if_changed)

    async def _recompose_if_changed(self) -> None:
        self._recompose_pending = False
        if not self.is_attached:
            return
        shown = shown_keys(self.screen)
        if shown != self._shown:
            self._shown = shown
            await self.recompose()
