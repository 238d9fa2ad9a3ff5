"""The located errors of the last load that failed, above the last good plan."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Static

from workplan_tui.errors import LocatedError
from workplan_tui.text import plural
from workplan_tui.ui.textual_types import workplan_app


def error_text(errors: tuple[LocatedError, ...], have_plan: bool) -> Text:
    text = Text()
    for error in errors:
        # Text(), never markup: a message may quote the user's own "[red]" text.
        text.append(f"{error.place}: ", style="bold")
        text.append(f"{error.sentence}\n")
    if have_plan:
        text.append("The last plan that loaded is still shown below. ", style="italic")
    else:
        text.append("No plan could be loaded. ", style="italic")
    text.append("e edits the file, r reloads it.", style="italic")
    return text


class ErrorPanel(VerticalScroll, can_focus=True):
    BINDING_GROUP_TITLE = "Errors"

    def compose(self) -> ComposeResult:
        yield Static(id="error-lines")

    def on_mount(self) -> None:
        self.watch(self.app, "plan_errors", self._show)

    def _show(self, errors: tuple[LocatedError, ...]) -> None:
        self.display = bool(errors)
        count = len(errors)
        # Content(): a file name is the user's text, not markup.
        self.border_title = Content(f"{plural(count, 'error')} in {workplan_app(self).plan_path.name}")
        self.query_one("#error-lines", Static).update(error_text(errors, workplan_app(self).plan is not None))
