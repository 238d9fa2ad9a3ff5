"""`?`: every key of the screen underneath, grouped by where it works."""

from __future__ import annotations

from itertools import groupby

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Static

from workplan_tui.ui.bindings import screen_bindings


def help_text(screen: Screen) -> Text:
    """The help as text: our keys first, then the stock keys of tables, trees and inputs."""
    bindings = screen_bindings(screen)
    ours = [bound for bound in bindings if bound.ours]
    stock = [bound for bound in bindings if not bound.ours]
    width = max((len(bound.key) for bound in bindings), default=4) + 2
    text = Text()
    for heading, entries in (("Keys", ours), ("Standard keys of tables, trees and text fields", stock)):
        if not entries:
            continue
        text.append(f"{heading}\n", style="bold underline")
        for group, items in groupby(entries, key=lambda bound: bound.group):
            text.append(f"\n{group}\n", style="bold")
            for bound in items:
                text.append(f"  {bound.key:<{width}}", style="bold")
                text.append(f"{bound.description}\n")
        text.append("\n")
    text.append("ctrl+p opens the command palette: every key above is also a command there.", style="italic")
    return text


class HelpScreen(ModalScreen[None]):
    BINDING_GROUP_TITLE = "Help"
    BINDINGS = [
        Binding("escape", "dismiss", "Close help"),
        Binding("question_mark", "dismiss", "Close help", key_display="?", show=False),
        Binding("q", "dismiss", "Close help", show=False),
    ]

    def __init__(self, described: Screen) -> None:
        super().__init__()
        self._described = described

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-body", classes="dialog") as body:
            body.border_title = "Help: keys"
            body.border_subtitle = "escape closes"
            yield Static(help_text(self._described), id="help-text")
