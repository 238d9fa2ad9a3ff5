"""The workplan terminal app: one plan file, browsed, checked, edited and reloaded.

The app owns the state every pane shows: the last plan that loaded (`plan`),
the located errors of the last load that failed (`plan_errors`) and the
projects the user counts as committed (`committed`, all of them by default,
as `workplan check` does). Panes watch these reactives; none of them loads or
checks anything itself.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path
from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import App, SuspendNotSupported
from textual.binding import Binding
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import TabbedContent

from workplan_tui.errors import LocatedError, WorkplanError
from workplan_tui.files import FileStamp
from workplan_tui.model import Plan
from workplan_tui.plan_io import load_plan
from workplan_tui.text import shown_safely
from workplan_tui.ui.keys_in_order import KeysInOrderApp
from workplan_tui.ui.panes import PANES
from workplan_tui.ui.panes.base import WorkplanPane
from workplan_tui.ui.startup_collector import StartupCollector

if TYPE_CHECKING:
    from textual.command import Provider

    from workplan_tui.capacity import Feasibility
    from workplan_tui.ui.plan_editor import PlanEditor

DISK_POLL_SECONDS = 1.0
FEASIBILITY_CACHE_SIZE = 64


def binding_commands() -> type[Provider]:
    """The palette provider, imported when the palette first opens (textual.command is slow to import)."""
    from workplan_tui.ui.commands import BindingCommands

    return BindingCommands


class WorkplanApp(KeysInOrderApp[None]):
    CSS_PATH = "app.tcss"
    TITLE = "workplan"
    COMMANDS = App.COMMANDS | {binding_commands}
    # The screen's class for its width, which app.tcss reads: below 70 columns the panes stack
    # what sits side by side at 80, so that nothing is cut off at 60×20.
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (70, "-normal"), (150, "-wide")]
    BINDINGS = [
        Binding("q", "quit", "Quit"),
        Binding("question_mark", "help", "Help", key_display="?"),
        Binding("e", "edit", "Edit plan"),
        Binding("r", "reload", "Reload"),
        *(
            Binding(str(number), f"show_pane('{pane.id}')", f"Show {pane.title}", show=False)
            for number, pane in enumerate(PANES, start=1)
        ),
    ]

    # always_update: a reload must repaint even when the new plan equals the old one,
    # and comparing two large plans field by field would cost more than the repaint.
    plan: reactive[Plan | None] = reactive(None, always_update=True, init=False)
    plan_errors: reactive[tuple[LocatedError, ...]] = reactive((), init=False)
    committed: reactive[frozenset[str]] = reactive(frozenset(), init=False)

    def __init__(self, plan_path: Path) -> None:
        super().__init__()
        self._collector = StartupCollector()
        self.plan_path = Path(plan_path)
        self.sub_title = shown_safely(str(self.plan_path))
        self._feasibility_cache: dict[tuple[int, frozenset[str]], Feasibility] = {}
        self._disk_mtime: float | None = None
        self._loaded_digest: str | None = None  # of the bytes the shown plan was loaded from
        self._change_offered = False
        self._editor: PlanEditor | None = None  # built on the first edit (it imports tomlkit)
        self._asking_to_quit = False
        # Load before the first frame so the first screen shows the plan, not a spinner.
        self._load(initial=True)

    @property
    def plan_name(self) -> str:
        """The plan file's name as the app shows it: the name may hold anything a file name may
        (an escape sequence, bytes that are not UTF-8), so it is shown safely."""
        return shown_safely(self.plan_path.name)

    def get_default_screen(self) -> Screen:
        from workplan_tui.ui.main_screen import MainScreen

        return MainScreen()

    def on_load(self) -> None:
        self._collector.pause()

    def on_unmount(self) -> None:
        self._collector.app_ended()

    def on_mount(self) -> None:
        self.call_after_refresh(self._collector.first_frame_drawn)
        self.set_interval(DISK_POLL_SECONDS, self.check_disk)
        if self.plan is None:
            from workplan_tui.ui.screens.welcome_screen import offer_a_plan

            self.call_after_refresh(offer_a_plan, self)

    @property
    def editor(self) -> PlanEditor:
        """Forms, undo and redo edit the plan file through this (ui/plan_editor.py)."""
        if self._editor is None:
            from workplan_tui.ui.plan_editor import PlanEditor

            self._editor = PlanEditor(self)
        return self._editor

    @property
    def loaded_digest(self) -> str | None:
        """SHA-256 of the bytes the plan on screen was loaded from."""
        return self._loaded_digest

    def reload_plan(self) -> bool:
        """Load the file again and show it (after a save by a form); False when it does not load."""
        return self._load()

    # -- loading -------------------------------------------------------------

    def _load(self, *, initial: bool = False) -> bool:
        """Load the plan file; on failure keep the last good plan and show the errors."""
        self._disk_mtime = self._stat_mtime()
        self._change_offered = False
        # Read before loading: if the file changes in between, the digest is of the older bytes
        # and plan_changed_on_disk errs on the side of refusing to write.
        digest = self._disk_digest()
        try:
            plan = load_plan(self.plan_path)
        except WorkplanError as error:
            if initial:
                self.set_reactive(WorkplanApp.plan_errors, tuple(error.errors))
            else:
                self.plan_errors = tuple(error.errors)
            return False
        from workplan_tui.capacity import still_counted  # capacity is imported only once a plan loads

        committed = still_counted(self.plan, plan, self.committed)
        self._feasibility_cache.clear()
        self._loaded_digest = digest
        if initial:
            self.set_reactive(WorkplanApp.plan, plan)
            self.set_reactive(WorkplanApp.committed, committed)
            self.title = plan.info.title
            return True
        self.committed = committed
        self.plan = plan
        self.plan_errors = ()
        self.title = plan.info.title
        return True

    def _stat_mtime(self) -> float | None:
        try:
            return self.plan_path.stat().st_mtime
        except OSError:
            return None

    def _disk_digest(self) -> str | None:
        try:
            return FileStamp.read(self.plan_path).digest
        except WorkplanError:
            return None

    def plan_changed_on_disk(self) -> bool:
        """Whether the file's content differs from the plan on screen: checked before writing
        anything derived from it (a ballot's fingerprint, an agreed plan). The content, not the
        mtime, because an editor may save the same bytes, or a copy may keep an old mtime."""
        return self._loaded_digest is None or self._disk_digest() != self._loaded_digest

    def check_disk(self) -> None:
        """Offer a reload once when the file changes under us (another editor, git pull)."""
        mtime = self._stat_mtime()
        if mtime != self._disk_mtime and not self._change_offered:
            self._change_offered = True
            self.notify(
                f"{self.plan_name} changed on disk. Press r to reload it.",
                title="Plan changed",
                timeout=15,
                markup=False,
            )

    # -- what the panes ask for ------------------------------------------------

    def feasibility(self) -> Feasibility | None:
        """The committed projects checked against the limits, cached per plan and selection."""
        plan = self.plan
        if plan is None:
            return None
        key = (id(plan), self.committed)
        cached = self._feasibility_cache.get(key)
        if cached is None:
            from workplan_tui.capacity import check_bundle  # only when a pane shows figures

            if len(self._feasibility_cache) >= FEASIBILITY_CACHE_SIZE:
                self._feasibility_cache.clear()
            ids = [project.id for project in plan.projects if project.id in self.committed]
            cached = self._feasibility_cache[key] = check_bundle(plan, ids)
        return cached

    def toggle_committed(self, project_id: str) -> None:
        if project_id in self.committed:
            self.committed = self.committed - {project_id}
        else:
            self.committed = self.committed | {project_id}

    def set_committed(self, project_ids: frozenset[str]) -> None:
        self.committed = project_ids

    # -- actions ---------------------------------------------------------------

    async def action_quit(self) -> None:  # q, and Textual's ctrl+q
        """Quit, asking first while a form is open: quitting would lose what is typed in it."""
        if self._asking_to_quit:
            return
        from workplan_tui.ui.screens.forms.form_screen import FormScreen

        forms = [screen for screen in self.screen_stack if isinstance(screen, FormScreen)]
        if not forms:
            self.exit()
            return
        from workplan_tui.ui.screens.confirm_screen import ConfirmScreen

        question = Text()
        for form in forms:
            question.append(f"{form.form_title}: {'what you typed is not saved' if form.has_changes() else 'open'}.\n")
        question.append("\nQuit workplan? ", style="bold")
        question.append("What is typed in the form is lost; No goes back to it.")

        def answer(quit_now: bool | None) -> None:
            self._asking_to_quit = False
            if quit_now:
                self.exit()

        self._asking_to_quit = True
        self.push_screen(ConfirmScreen("Quit workplan?", question, yes="Quit"), answer)

    def action_show_pane(self, pane_id: str) -> None:
        if self.plan is None:
            self.notify("No plan loaded yet: fix the errors and press r to reload.", severity="warning")
            return
        self.screen.query_one(TabbedContent).active = pane_id
        self.screen.query_one(f"#{pane_id}", WorkplanPane).focus_main()

    def action_help(self) -> None:
        from workplan_tui.ui.screens.help_screen import HelpScreen

        self.push_screen(HelpScreen(self.screen))

    def action_reload(self) -> None:
        if self._load():
            self.notify(f"Reloaded {self.plan_name}", markup=False)
        else:
            self.notify(
                f"{self.plan_name} has {len(self.plan_errors)} error(s); the last good plan stays on screen.",
                title="Plan not reloaded",
                severity="error",
                markup=False,
            )

    def action_edit(self) -> None:
        try:
            with self.suspend():
                problem, told = self.run_editor(self.plan_path)
        except SuspendNotSupported:
            self.notify(
                "The editor cannot open here (e.g. in a browser). Edit the file elsewhere; r reloads it.",
                severity="warning",
            )
            return
        if problem:
            self.notify(problem, title="Editor", severity="error", markup=False)
            return
        if told:
            self.notify(told, title="Editor", markup=False)
        self.action_reload()

    def run_editor(self, path: Path) -> tuple[str, str]:
        """Run $VISUAL or $EDITOR on the plan, at the first error's line, and wait: an error
        message ("" when it ran), and which editor opened when the user did not choose it."""
        import shutil

        from workplan_tui.ui.plan_editor import chosen_editor, editor_command

        editor, told = chosen_editor(os.environ, shutil.which)
        first = next((error for error in self.plan_errors if Path(error.file) == path), None)
        command = editor_command(editor, str(path), first.line if first else None, first.column if first else None)
        try:
            subprocess.run(command, check=False)
        except OSError as error:
            return f"cannot run {editor[0]!r}: {error.strerror or error}; set $EDITOR", ""
        return "", told
