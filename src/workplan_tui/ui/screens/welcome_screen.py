"""The guided first screen of a new plan, and the offer to create a plan that does not exist.

A plan is new when its file is still the starter plan of `workplan new`, byte for byte, or
when it has no project yet: then the next steps are listed with their keys,
and each key runs its step.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static

from workplan_tui.text import shown_safely
from workplan_tui.ui.textual_types import workplan_app

if TYPE_CHECKING:
    from workplan_tui.ui.app import WorkplanApp

STEPS = (
    ("p", "plan details", "title, board, cycle and the period the plan covers"),
    ("l", "limits", "the budget, the capacity of each role, gated resources"),
    ("t", "themes", "the themes of the work programme; then + on a theme adds its activities"),
    ("+", "projects", "the candidate projects the board will vote on"),
    ("m", "members", "the board members who vote"),
    ("M", "meetings", "the meetings that milestones are due at"),
    ("v", "voting rules", "how many projects to prioritise and how ballots are counted"),
)


def welcome_text(path: Path) -> Text:
    text = Text()
    text.append("A new plan: ", style="bold")
    text.append(shown_safely(str(path)))  # the user's path, as text
    text.append("\n\nNext steps, each with its key (here and on the Plan pane):\n\n")
    for key, name, what in STEPS:
        text.append(f"  {key:<2} ", style="bold reverse")
        text.append(f" {name:<13}", style="bold")
        text.append(f"{what}\n")
    text.append("\nEvery form checks what you type as `workplan check` does, shows the effect on the ")
    text.append("budget and the capacity, and saves the file keeping its comments. ")
    text.append("ctrl+z undoes a save, ctrl+y redoes it; ? lists every key.\n\n")
    text.append("The starter's example theme and projects can be edited (enter) or removed (x).\n", style="dim")
    text.append("escape: go to the plan", style="italic")
    return text


class WelcomeScreen(ModalScreen[str | None]):
    """Dismissed with the key of the chosen step, or None."""

    BINDING_GROUP_TITLE = "Welcome"
    BINDINGS = [
        Binding("p", "step('p')", "Plan details"),
        Binding("l", "step('l')", "Limits"),
        Binding("t", "step('t')", "Add a theme"),
        Binding("plus", "step('+')", "Add a project", key_display="+"),
        Binding("m", "step('m')", "Members"),
        Binding("M", "step('M')", "Meetings"),
        Binding("v", "step('v')", "Voting rules"),
        Binding("escape", "step('')", "Go to the plan"),
    ]

    def compose(self) -> ComposeResult:
        with Vertical(id="welcome-frame", classes="dialog") as frame:
            frame.border_title = "Welcome to workplan"
            yield Static(welcome_text(workplan_app(self).plan_path), id="welcome-text")

    def action_step(self, key: str) -> None:
        self.dismiss(key or None)


def run_step(app: WorkplanApp, key: str | None) -> None:
    from workplan_tui.ui.screens.forms import launch

    actions = {
        "p": launch.edit_plan_info,
        "l": launch.edit_limits,
        "t": launch.add_theme,
        "+": launch.add_project,
        "m": lambda app: launch.show_list(app, "members"),
        "M": lambda app: launch.show_list(app, "meetings"),
        "v": launch.edit_voting,
    }
    if key in actions:
        actions[key](app)


def welcome(app: WorkplanApp) -> None:
    app.push_screen(WelcomeScreen(), lambda key: run_step(app, key))


def offer_a_plan(app: WorkplanApp) -> None:
    """No plan at the path given: offer what was most likely meant. The file with the near name
    (`plans/x.tml` for plans/x.toml), else the starter plan there (what `workplan new` writes),
    into a missing or an empty file. A folder gets no offer: the error panel lists its plans."""
    from workplan_tui.starter import is_empty_file, near_plan_file

    path: Path = app.plan_path
    near = near_plan_file(path)
    if near is not None:
        offer_to_open(app, near)
    elif is_empty_file(path) or not (path.exists() or path.is_symlink()):
        offer_to_create(app)


def offer_to_open(app: WorkplanApp, near: Path) -> None:
    from workplan_tui.ui.screens.confirm_screen import ConfirmScreen

    question = Text()
    question.append(f"{shown_safely(str(app.plan_path))} does not exist.\n\nDid you mean {shown_safely(str(near))}? Open it? ")
    question.append("No leaves nothing written; q quits.")

    def answer(open_it: bool | None) -> None:
        if open_it:
            open_instead(app, near)

    app.push_screen(ConfirmScreen("Did you mean…", question, yes="Open"), answer)


def open_instead(app: WorkplanApp, path: Path) -> None:
    """Show the plan at path in place of the one asked for (which did not exist)."""
    app.plan_path = path
    app.sub_title = shown_safely(str(path))
    app.reload_plan()


def offer_to_create(app: WorkplanApp) -> None:
    """The path given does not exist, or is an empty file: offer the starter plan there."""
    from workplan_tui.starter import is_empty_file
    from workplan_tui.ui.screens.confirm_screen import ConfirmScreen

    path: Path = app.plan_path
    empty = is_empty_file(path)
    question = Text()
    question.append(shown_safely(str(path)))
    if empty:
        question.append(" is empty.\n\nFill it with the starter plan (as `workplan new` would) and open it? ")
    else:
        question.append(" does not exist.\n\nCreate it with the starter plan (as `workplan new` would) and open it? ")
    question.append("No leaves nothing written; q quits.")

    def answer(create: bool | None) -> None:
        if not create:
            return
        from workplan_tui.errors import WorkplanError
        from workplan_tui.starter import write_starter
        from workplan_tui.ui.notifications import notify_error

        try:
            write_starter(path)
        except WorkplanError as error:
            notify_error(app, error, "Plan not created")
            return
        app.reload_plan()  # the Plan pane then shows the welcome

    app.push_screen(ConfirmScreen("Fill the plan" if empty else "New plan", question, yes="Fill" if empty else "Create"), answer)
