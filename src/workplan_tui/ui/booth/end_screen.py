"""Ending the booth: asked, never done by one key, so a member cannot end it (and, at a terminal,
reach its shell) by accident. With an officer's code (`workplan booth` asks the officer for one
when the plan has voting codes) only that code ends it."""

from __future__ import annotations

import hmac

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Static


class EndBoothScreen(ModalScreen[bool]):
    """True: end the booth. Escape, "Keep voting" or a wrong code: the booth goes on."""

    BINDINGS = [Binding("escape", "keep", "Keep voting", show=False)]

    def __init__(self, officer_code: str | None, *, served: bool) -> None:
        super().__init__()
        self._officer_code = officer_code
        self._served = served

    def compose(self) -> ComposeResult:
        if self._served:
            what = "This ends the booth in this browser window: to vote here again, choose Start again."
        else:
            what = ("This closes the booth on this screen: members can no longer vote here until an "
                    "officer starts it again.")
        with Vertical(id="end-body"):
            yield Static("End the booth?", id="end-title")
            yield Static(f"{what} A ballot not yet submitted is not cast; ballots already cast stay.", id="end-what")
            if self._officer_code is not None:
                yield Static("Only an officer can end it: type the officer's code.", id="end-code-label")
                yield Input(placeholder="officer's code", password=True, id="end-code")
            with Horizontal(classes="booth-buttons"):
                yield Button("Keep voting", variant="primary", compact=True, id="end-keep")
                yield Button("End the booth", variant="error", compact=True, id="end-confirm")
            yield Static(id="end-message")

    def on_mount(self) -> None:
        # The key most likely pressed next by someone who did not mean this is enter: it keeps voting.
        self.query_one("#end-code" if self._officer_code is not None else "#end-keep").focus()

    def action_keep(self) -> None:
        self.dismiss(False)

    @on(Button.Pressed, "#end-keep")
    def _keep(self, event: Button.Pressed) -> None:
        event.stop()
        self.action_keep()

    @on(Input.Submitted, "#end-code")
    @on(Button.Pressed, "#end-confirm")
    def _confirm(self, event: Input.Submitted | Button.Pressed) -> None:
        event.stop()
        if self._officer_code is None:
            self.dismiss(True)
            return
        field = self.query_one("#end-code", Input)
        typed, field.value = field.value, ""
        if typed and hmac.compare_digest(typed.encode(), self._officer_code.encode()):
            self.dismiss(True)
            return
        self.query_one("#end-message", Static).update("That is not the officer's code: the booth goes on.")
        field.focus()
