"""The app's side of editing: one EditSession per opened file, saves, undo and redo.

Forms never touch the file: they hand an operation (a function of an EditSession and
`dry_run`) to the `PlanEditor`, which dry-runs it as the person types and, on save, applies
it, writes the file with `EditSession.save()` (atomic, comments kept) and reloads the app
through its usual reload path, so every pane shows the saved plan.

The session is opened from disk the first time something is edited and reopened whenever
the app has since loaded other bytes (`r`, `e`, a reload after a save elsewhere): the undo
history belongs to one version of the file.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import PurePath
from typing import TYPE_CHECKING

from rich.text import Text

from workplan_tui.errors import ChangedOnDisk, WorkplanError
from workplan_tui.model import Plan
from workplan_tui.plan_edit import EditSession, Outcome
from workplan_tui.ui.notifications import notify_error

if TYPE_CHECKING:
    from workplan_tui.capacity import Feasibility
    from workplan_tui.ui.app import WorkplanApp

Operation = Callable[[EditSession, bool], Outcome]  # (session, dry_run) -> outcome


class PlanEditor:
    def __init__(self, app: WorkplanApp) -> None:
        self.app = app
        self._session: EditSession | None = None
        self._session_digest: str | None = None  # the app's loaded digest the session belongs to

    # -- the session -------------------------------------------------------------

    def session(self) -> EditSession | None:
        """The session for the plan on screen; None (with a notification) when it cannot open."""
        loaded = self.app.loaded_digest
        if self._session is None or self._session_digest != loaded:
            try:
                self._session = EditSession.open(self.app.plan_path)
            except WorkplanError as error:
                self._session = None
                notify_error(self.app, error, "Cannot edit the plan: fix it with e first")
                return None
            self._session_digest = loaded
        return self._session

    def try_edit(self, operation: Operation) -> Outcome | None:
        """What the operation would give, without applying it (validation as a person types)."""
        session = self.session()
        return None if session is None else operation(session, True)

    def effect(self, plan: Plan) -> Feasibility:
        """Budget and capacity of the would-be plan, counting what the app counts: the
        projects counted in now, and any project the edit adds (as a reload would)."""
        from workplan_tui.capacity import check_bundle, still_counted

        counted = still_counted(self.app.plan, plan, self.app.committed)
        return check_bundle(plan, [project.id for project in plan.projects if project.id in counted])

    # -- applying and saving ---------------------------------------------------------

    def commit(self, operation: Operation, done: Callable[[bool], None]) -> Outcome | None:
        """Apply the operation and save. done(True) once the file is written and shown;
        done(False) when the person declines to replace a file changed on disk. An invalid
        outcome is returned for the form to show, and done is not called."""
        session = self.session()
        if session is None:
            return None
        outcome = operation(session, False)
        if outcome.ok:
            self._write(done)
        return outcome

    def undo(self) -> None:
        self._step("undo")

    def redo(self) -> None:
        self._step("redo")

    def _step(self, which: str) -> None:
        session = self._session if self._session_digest == self.app.loaded_digest else None
        if session is None or not (session.can_undo if which == "undo" else session.can_redo):
            self.app.notify(f"Nothing to {which} in this session.", severity="warning")
            return
        label = session.undo_label if which == "undo" else session.redo_label
        if which == "undo":
            session.undo()
        else:
            session.redo()

        def saved(written: bool) -> None:
            if written:
                self.app.notify(f"{which.capitalize()}: {label}", markup=False)

        self._write(saved)

    def _write(self, done: Callable[[bool], None]) -> None:
        session = self._session
        assert session is not None
        try:
            session.save()
        except ChangedOnDisk:
            self._ask_to_replace(done)
            return
        except WorkplanError as error:
            notify_error(self.app, error, "Plan not saved")
            return
        self._show_saved()
        done(True)

    def _ask_to_replace(self, done: Callable[[bool], None]) -> None:
        from workplan_tui.ui.screens.confirm_screen import ConfirmScreen

        name = self.app.plan_name
        self.app.notify(f"{name} changed on disk since it was opened.", title="Plan changed", severity="warning", markup=False)
        question = Text()
        question.append(f"{name} changed on disk since it was opened (another editor, git pull).\n\n")
        question.append("Replace it with the plan as edited here? ", style="bold")
        question.append("The changes made elsewhere would be lost.\n\n")
        question.append("No: nothing is written; the file's new version is loaded and your form stays open.")

        def answer(replace: bool | None) -> None:
            session = self._session
            if replace and session is not None:
                try:
                    session.save(force=True)
                except WorkplanError as error:  # the folder went read-only, the lock is held
                    notify_error(self.app, error, "Plan not saved")
                    return
                self._show_saved()
                done(True)
                return
            self._session = None  # the edit was made on an old version: start again from disk
            self.app.reload_plan()
            done(False)

        self.app.push_screen(ConfirmScreen("Plan changed on disk", question, yes="Replace"), answer)

    def _show_saved(self) -> None:
        """Show the saved file through the app's reload path; the session stays current
        unless the file changed again in between (then the next edit reopens it)."""
        self.app.reload_plan()
        session = self._session
        if session is not None and not session.changed_on_disk():
            self._session_digest = self.app.loaded_digest


# -- the officer's own editor (`e`) ---------------------------------------------------

# How each editor is told the line to open at: `+LINE FILE` is the vi, nano and emacs family's;
# VS Code's family takes `-g FILE:LINE:COLUMN`. Any other editor gets the file alone.
PLUS_LINE_EDITORS = frozenset({"vi", "vim", "nvim", "gvim", "view", "nano", "pico", "emacs", "emacsclient", "micro", "kak", "joe", "mg", "jed"})
GOTO_EDITORS = frozenset({"code", "code-insiders", "codium", "vscodium", "cursor"})
# With neither $VISUAL nor $EDITOR set: the first of these on the PATH (nano shows its keys on
# screen, which an officer new to terminal editors needs; vi is on every Unix).
FALLBACK_EDITORS = ("nano", "vi")


def editor_command(editor: Sequence[str], path: str, line: int | None = None, column: int | None = None) -> list[str]:
    """The command that opens `path` in `editor` (the words of $EDITOR) at `line`, when the editor is known."""
    name = PurePath(editor[0]).name.removesuffix(".exe") if editor else ""
    if line is None or line < 1:
        return [*editor, path]
    if name in PLUS_LINE_EDITORS:
        return [*editor, f"+{line}", path]
    if name in GOTO_EDITORS:
        return [*editor, "-g", f"{path}:{line}:{column or 1}"]
    return [*editor, path]


def chosen_editor(environ: Mapping[str, str], which: Callable[[str], str | None]) -> tuple[list[str], str]:
    """$VISUAL, else $EDITOR, else the first fallback found: its words, and what to tell the user
    when it was not their choice ("" when it was)."""
    import shlex

    for variable in ("VISUAL", "EDITOR"):
        if environ.get(variable, "").strip():
            return shlex.split(environ[variable]), ""
    fallback = next((name for name in FALLBACK_EDITORS if which(name)), FALLBACK_EDITORS[-1])
    return [fallback], f"No $EDITOR is set, so the plan opened in {fallback}. Set EDITOR (e.g. EDITOR=nano) to choose."
