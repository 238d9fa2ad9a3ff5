"""What every form shares: labelled fields with their error line, validation as you type,
the effect on the budget and the capacity, save and cancel.

A form knows no rule of the plan. It turns what was typed into values (a number when the
text is one, a date when the text is one, otherwise the text itself) and hands an
operation to the app's PlanEditor, which dry-runs it through EditSession: the messages
beside the fields are the ones `workplan check` prints, placed by their key path.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from typing import Any

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.geometry import Size
from textual.message import Message
from textual.reactive import Reactive
from textual.screen import ModalScreen
from textual.timer import Timer
from textual.widget import Widget
from textual.widgets import Button, Input, Label, Select, SelectionList, Static, TextArea

from workplan_tui.errors import LocatedError
from workplan_tui.locate import KeyPath
from workplan_tui.money import typed_amount
from workplan_tui.plan_edit import EditSession, Outcome
from workplan_tui.ui.textual_types import workplan_app
from workplan_tui.ui.widgets.forms.edit_effect import EditEffect
from workplan_tui.ui.worker_results import deliver

# A dry run parses the whole plan: ~25 ms for the 20 KB example plan, ~1.9 s for a 540 KB,
# 2,000-project one. A plan longer than BACKGROUND_CHECK_CHARACTERS is checked once typing
# pauses, in a worker thread. By size, not by a timing: the same plan behaves the same on
# every machine, however busy.
BACKGROUND_CHECK_CHARACTERS = 60_000
TYPING_PAUSE_SECONDS = 0.3


def typed(text: str) -> Any:
    """What was typed, as the value it reads as: None when empty, a whole number, a decimal
    number or a YYYY-MM-DD date; otherwise the text, so that `check` names what is wrong
    ("must be a whole number, not a string")."""
    text = text.strip()
    if not text:
        return None
    for convert in (int, float):
        try:
            return convert(text)
        except ValueError:
            pass
    if len(text) == 10 and text[4] == "-" and text[7] == "-":
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            pass
    return text


class FieldInput(Input):
    """An Input whose typing repaints only itself. Input's virtual size is the width of its
    text and Textual counts a change of it as a change of layout, so each key re-laid out the
    whole form: ~50 ms a key for the project form's few hundred widgets, long enough for keys
    typed at 30 ms apart to pile up. The field's size never depends on its text; only its own
    horizontal scrolling does, and that reads the virtual size itself."""

    virtual_size = Reactive(Size(0, 0), layout=False, repaint=True)


def shown(value: Any) -> str:
    """A plan value as the text of an input (the inverse of typed for plan values)."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def not_saved_message(beside: int, above: int) -> str:
    """Where the problems that stopped a save are shown: beside their fields, at the top, or both."""

    def problems(count: int) -> str:
        return f"{count} problem{'s' if count != 1 else ''}"

    if beside and above:
        return f"Not saved: {problems(beside)} shown beside the fields, {problems(above)} at the top of the form."
    if above:
        return f"Not saved: {problems(above)}, shown at the top of the form."
    return f"Not saved: {problems(beside)}, shown beside the fields."


class FormScreen(ModalScreen[bool]):
    """A modal form; dismissed with True once its edit is saved, False when cancelled."""

    BINDING_GROUP_TITLE = "Form"
    BINDINGS = [
        Binding("ctrl+s", "save", "Save"),
        Binding("escape", "cancel", "Cancel"),
    ]
    form_title = "Form"
    collection = ""  # the plan's list this form adds an item to or edits one of ("projects", ...)

    def __init__(self) -> None:
        super().__init__()
        self.inputs: dict[str, Widget] = {}
        self.error_lines: dict[str, Static] = {}
        self.outcome: Outcome | None = None
        self._validation_pending = False
        self._validated: tuple[object, ...] | None = None  # typed_now() at the last validation
        self._mounted = False
        self._pause_timer: Timer | None = None
        self.errors_placed = (0, 0)  # problems of the last check: beside their fields, at the top
        self._as_opened: tuple[object, ...] | None = None  # typed_now() once the fields are shown

    # -- building ----------------------------------------------------------------

    def compose(self) -> ComposeResult:
        with Vertical(id="form-frame", classes="dialog") as frame:
            frame.border_title = self.form_title
            yield Static(id="form-errors")
            # Not focusable: focus goes to the fields (the body scrolls to the focused one), and a
            # focused body would restyle every field each time the focus enters or leaves it.
            with VerticalScroll(id="form-body", can_focus=False):
                yield from self.compose_fields()
            yield EditEffect(id="form-effect")
            with Horizontal(id="form-buttons"):
                yield Button("Save (ctrl+s)", variant="primary", id="form-save", compact=True)
                yield Button("Cancel (esc)", id="form-cancel", compact=True)

    def compose_fields(self) -> ComposeResult:
        raise NotImplementedError

    def field(self, name: str, label: str, widget: Widget) -> Widget:
        """A labelled field with its error line (hidden until check has something to say)."""
        self.inputs[name] = widget
        error = Static("", classes="field-error")
        error.display = False
        self.error_lines[name] = error
        return Vertical(
            Horizontal(Label(Text(label), classes="field-label"), widget, classes="field-row"),
            error,
            classes="field",
        )

    @staticmethod
    def text_input(value: Any = "", placeholder: str = "") -> Input:
        return FieldInput(shown(value), placeholder=placeholder, compact=True)

    @staticmethod
    def text_area(value: str) -> TextArea:
        return TextArea(value, soft_wrap=True, compact=True, classes="field-text")

    @staticmethod
    def select(options: list[tuple[str, str]], value: str | None, blank: bool = False) -> Select[str]:
        return Select(
            [(Text(label), key) for label, key in options],
            value=value if value in {key for _, key in options} else Select.NULL,
            allow_blank=blank,
            compact=True,
        )

    # -- what was typed ----------------------------------------------------------

    def value(self, name: str) -> Any:
        """The field's value: typed() of an input's text, a text area's text, a select's choice."""
        widget = self.inputs[name]
        if isinstance(widget, Input):
            return typed(widget.value)
        if isinstance(widget, TextArea):
            return widget.text.strip() or None
        if isinstance(widget, Select):
            return None if widget.is_blank() else widget.value
        if isinstance(widget, SelectionList):
            return list(widget.selected)
        raise TypeError(type(widget))

    def amount(self, name: str, currency: str) -> Any:
        """An input's amount ("£12,500.50", "12500.5") as the plan file holds it (money.typed_amount)."""
        return typed_amount(self.text(name), currency)

    def text(self, name: str) -> str:
        """An input's text as typed, for fields that are always text (titles, labels)."""
        widget = self.inputs[name]
        return widget.value.strip() if isinstance(widget, Input) else str(self.value(name) or "")

    # -- the edit ----------------------------------------------------------------

    def operation(self, session: EditSession, dry_run: bool) -> Outcome:
        """The EditSession call this form makes with what is typed."""
        raise NotImplementedError

    def error_prefix(self, session: EditSession) -> KeyPath:
        """The key path of the item this form edits, e.g. ("projects", 6)."""
        raise NotImplementedError

    def add_or_update(
        self, session: EditSession, fields: dict[str, Any], before: Mapping[str, Any] | None, dry_run: bool
    ) -> Outcome:
        """Add an item of the collection with these fields (before None), or update the item
        `before` describes with only the fields that differ: untouched keys keep their lines and comments."""
        if before is None:
            return session.add(self.collection, fields, dry_run=dry_run)
        changed = {key: value for key, value in fields.items() if value != before[key]}
        return session.update(self.collection, before["id"], dry_run=dry_run, **changed)

    def item_path(self, ids: Sequence[str], item_id: str | None) -> KeyPath:
        """The key path of the item with this id in the collection (ids in file order), or of
        the item an add appends."""
        if item_id is not None and item_id in ids:
            return (self.collection, ids.index(item_id))
        return (self.collection, len(ids))

    def extra_error_lines(self) -> dict[str, Static]:
        """Error lines of rows added while the form is open (milestones)."""
        return {}

    # -- validation as you type --------------------------------------------------

    def on_mount(self) -> None:
        self._mounted = True
        self._as_opened = self.typed_now()
        self.validate()
        self.focus_first()

    def focus_first(self) -> None:
        for widget in self.inputs.values():
            if widget.focusable:
                widget.focus()
                return

    def request_validation(self) -> None:
        if not self._mounted:
            return
        if self._checks_in_background():
            if self._pause_timer is not None:
                self._pause_timer.stop()
            self._pause_timer = self.set_timer(TYPING_PAUSE_SECONDS, self._validate_in_background)
        elif not self._validation_pending:
            # Several changes in one refresh (a select and the input it enables) give one dry run,
            # and so do the keys of a burst: a dry run per key (~40-120 ms on the example plan)
            # let the keys typed meanwhile pile up.
            self._validation_pending = True
            workplan_app(self).when_keys_handled(self._validate_if_changed)

    def _checks_in_background(self) -> bool:
        session = workplan_app(self).editor.session()
        return session is not None and len(session.text) > BACKGROUND_CHECK_CHARACTERS

    def _validate_in_background(self) -> None:
        typed_then = self.typed_now()
        session = workplan_app(self).editor.session()
        if typed_then != self._validated and session is not None:
            self._dry_run_worker(typed_then, session)

    @work(thread=True, exclusive=True, group="form-validation")
    def _dry_run_worker(self, typed_then: tuple[object, ...], session: EditSession) -> None:
        try:
            outcome = self.operation(session, True)
        except Exception:  # e.g. a field read while it changed
            # Checked again on the UI thread, where a real fault shows as it always does.
            deliver(self, self.validate)
            return
        deliver(self, self._show_dry_run, typed_then, outcome, session)

    def _show_dry_run(self, typed_then: tuple[object, ...], outcome: Outcome, session: EditSession) -> None:
        # Typed on since the worker read the fields: a newer check is on its way.
        if self.is_open and typed_then == self.typed_now():
            self._validated = typed_then
            self.show_outcome(outcome, session)

    @property
    def is_open(self) -> bool:
        """Shown or under a question; a dismissed form is off the stack while its widgets go."""
        return self.is_attached and self in self.app.screen_stack

    def typed_now(self) -> tuple[object, ...]:
        """Every field's value as it stands, the rows added since opening included."""
        values: list[object] = []
        for widget in self.query("Input, TextArea, Select, SelectionList"):
            if isinstance(widget, Input):
                values.append(widget.value)
            elif isinstance(widget, TextArea):
                values.append(widget.text)
            elif isinstance(widget, Select):
                values.append(widget.value)
            elif isinstance(widget, SelectionList):
                values.append(tuple(widget.selected))
        return tuple(values)

    def _validate_if_changed(self) -> None:
        # The fields announce their first values as they mount, after the form has validated
        # them: a dry run parses the whole plan again, so an unchanged form is not run twice.
        if not self.is_open or self.typed_now() == self._validated:
            self._validation_pending = False
            return
        self.validate()

    @on(Input.Changed)
    @on(TextArea.Changed)
    @on(Select.Changed)
    @on(SelectionList.SelectedChanged)
    def _field_changed(self, event: Message) -> None:
        event.stop()
        self.request_validation()

    def validate(self) -> Outcome | None:
        self._validation_pending = False
        self._validated = self.typed_now()
        editor = workplan_app(self).editor
        session = editor.session()
        if session is None:
            return None
        outcome = self.operation(session, True)
        self.show_outcome(outcome, session)
        return outcome

    def show_outcome(self, outcome: Outcome, session: EditSession) -> None:
        self.outcome = outcome
        lines = {**self.error_lines, **self.extra_error_lines()}
        beside: dict[str, list[LocatedError]] = {}
        general: list[LocatedError] = []
        prefix = self.error_prefix(session)
        # The key path each problem is about (a required key left out has one, though the file
        # has nothing to point at); found from its line and column when the error has none.
        located = outcome.paths() if any(not error.path for error in outcome.errors) else {}
        for error in outcome.errors:
            path = error.path or located[error]
            name = self._field_for(path, prefix, lines) or self._named_field(error, path, prefix, lines)
            if name is None:
                general.append(error)
            else:
                beside.setdefault(name, []).append(error)
        for name, line in lines.items():
            errors = beside.get(name, [])
            line.display = bool(errors)
            # Beside its field the item is the form's own: "End date is required."
            line.update(Text("\n".join(error.beside for error in errors)))
        self.errors_placed = (sum(len(errors) for errors in beside.values()), len(general))
        summary = self.query_one("#form-errors", Static)
        summary.display = bool(general)
        summary.update(Text("\n".join(error.sentence for error in general)))
        effect = self.query_one(EditEffect)
        if outcome.ok and outcome.plan is not None:
            effect.show(outcome.plan, workplan_app(self).editor.effect(outcome.plan))
        else:
            effect.show_unknown()

    @staticmethod
    def _named_field(error: LocatedError, path: KeyPath, prefix: KeyPath, lines: dict[str, Static]) -> str | None:
        """A field a problem of the item itself names in `backquotes`: a required key left empty
        is reported at its table (the key is not in the file to point at), not at the field."""
        if tuple(path) != tuple(prefix):
            return None
        return next((name for name in re.findall(r"`([^`]+)`", error.message) if name in lines), None)

    @staticmethod
    def _field_for(path: KeyPath, prefix: KeyPath, lines: dict[str, Static]) -> str | None:
        """The field an error's key path points into: the longest field name it starts with."""
        if path[: len(prefix)] != prefix:
            return None
        rest = [str(part) for part in path[len(prefix) :]]
        for length in range(len(rest), 0, -1):
            name = ".".join(rest[:length])
            if name in lines:
                return name
        return None

    # -- saving ------------------------------------------------------------------

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "form-save":
            event.stop()
            self.action_save()
        elif event.button.id == "form-cancel":
            event.stop()
            self.action_cancel()

    def action_save(self) -> None:
        from workplan_tui.ui.screens.forms.launch import save_unless_it_voids_ballots

        save_unless_it_voids_ballots(workplan_app(self), self.operation, self._save)

    def _save(self) -> None:
        editor = workplan_app(self).editor
        outcome = editor.commit(self.operation, self._saved)
        if outcome is None:
            return
        if not outcome.ok:
            session = editor.session()
            if session is not None:
                self.show_outcome(outcome, session)
            self.notify(not_saved_message(*self.errors_placed), severity="error", markup=False)

    def _saved(self, saved: bool) -> None:
        if saved:
            self.notify(f"Saved {workplan_app(self).plan_name}", markup=False)
            self.dismiss(True)
        else:
            self.validate()  # against the file's new version

    def has_changes(self) -> bool:
        """Whether any field differs from what the form opened with (a row added counts)."""
        return self._as_opened is not None and self.typed_now() != self._as_opened

    def action_cancel(self) -> None:
        if not self.has_changes():
            self.dismiss(False)
            return
        from workplan_tui.ui.screens.confirm_screen import ConfirmScreen

        question = Text()
        question.append(f"{self.form_title}: what you typed is not saved.\n\n")
        question.append("Discard it and close the form? ", style="bold")
        question.append("No goes back to the form; ctrl+s saves it.")

        def answer(discard: bool | None) -> None:
            if discard:
                self.dismiss(False)

        self.app.push_screen(ConfirmScreen("Discard the changes?", question, yes="Discard"), answer)
