"""The receipt: when the ballot was recorded, and nothing of what it says."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Button, Static

from workplan_tui.ui.booth.booth_app import booth_app

# On a shared screen the receipt gives way to "who is voting?" by itself.
RECEIPT_SECONDS = 20.0


class ReceiptScreen(Screen[None]):
    BINDINGS = [Binding("enter,escape", "done", "Done", show=False)]

    def __init__(self, recorded_at: str) -> None:
        super().__init__()
        self.recorded_at = recorded_at

    def compose(self) -> ComposeResult:
        with Vertical(id="receipt-body"):
            yield Static(f"Your ballot was recorded at {self.recorded_at}.", id="receipt-text")
            yield Static("Thank you. To change it, choose your name again.", id="receipt-note")
            yield Button("Done", variant="primary", compact=True, id="receipt-done")

    def on_mount(self) -> None:
        self.query_one("#receipt-done").focus()
        self.set_timer(RECEIPT_SECONDS, self.action_done)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.action_done()

    def action_done(self) -> None:
        if self.is_current:
            booth_app(self).next_voter()
