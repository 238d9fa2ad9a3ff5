"""The footer of the main screen: Textual's, recomposed only when the keys it shows change."""

from __future__ import annotations

from textual.screen import Screen
from textual.widgets import Footer


def shown_keys(screen: Screen) -> tuple[tuple[str, str, bool, str], ...]:
    """What the footer would show: each shown binding's key, description, enabled and tooltip, in order."""
    return tuple(
        (key, active.binding.description, active.enabled, active.tooltip)
        for key, active in screen.active_bindings.items()
        if active.binding.show
    )


class KeyFooter(Footer):
    """The stock footer remounts a widget per key on every bindings signal (each focus change,
    each screen pushed or popped): about ten times before the first frame, which was a sixth
    of the start-up time, and again around every form. Most signals leave the keys as they were."""

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self._shown: tuple[tuple[str, str, bool, str], ...] | None = None

    def bindings_changed(self, screen: Screen) -> None:
        shown = shown_keys(screen)
        if self._bindings_ready and shown == self._shown:
            return
        if screen.app.app_focus and self.is_attached and screen is self.screen:
            self._shown = shown  # the stock footer recomposes in this case only
        super().bindings_changed(screen)
