"""The located errors of the last load that failed, above the last good plan."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Static

from workplan_tui.errors import LocatedError
from workplan_tui.text import plural
from workplan_tui.ui.textual_types import workplan_app


def error_text(errors: tuple[LocatedError, ...], have_plan: bool, path: Path | None = None) -> Text:
    text = Text()
    for error in errors:
        # Text(), never markup: a message may quote the user's own "[red]" text.
        text.append(f"{error.place}: ", style="bold")
        text.append(f"{error.sentence}\n")
    text.append(what_to_do(have_plan, path), style="italic")
    return text


def what_to_do(have_plan: bool, path: Path | None) -> str:
    """The next step, from what is at the path: a folder's plans, the file the user meant, or e and r."""
    from workplan_tui.starter import is_empty_file, near_plan_file, plans_in_folder

    if path is not None and not have_plan:
        if path.is_dir():
            plans = plans_in_folder(path)
            if not plans:
                return f"{path} is a folder with no plan in it: open a plan file (workplan new {path / 'plan.toml'} writes one). q quits."
            return f"{path} is a folder. Open one of its plans: " + ", ".join(f"workplan {plan}" for plan in plans) + ". q quits."
        near = near_plan_file(path)
        if near is not None:
            return f"Did you mean {near}? Open it with: workplan {near}. q quits."
        if is_empty_file(path):
            return "The file is empty: workplan new fills it with the starter plan, or e writes it in your editor; r reloads it."
        if not path.exists():
            return "e writes it in your editor, r loads it once it is there."
    lead = "The last plan that loaded is still shown below. " if have_plan else "No plan could be loaded. "
    return lead + "e edits the file, r reloads it."


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
        self.border_title = Content(f"{plural(count, 'error')} in {workplan_app(self).plan_name}")
        app = workplan_app(self)
        self.query_one("#error-lines", Static).update(error_text(errors, app.plan is not None, app.plan_path))
