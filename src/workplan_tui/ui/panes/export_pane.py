"""Export: the paper for direction and the CSV annex as they would be written, and Agree.

Agree records the board's decision: the attendance is ticked from the roster (present,
apologies, a substitute and whom they stand in for; nothing ticked is attendance not
recorded), the ballots are counted with the plan's method and that attendance, the
chair toggles projects in and out of the agreed set (the count's selection to start with)
and sees live what that set needs, a reason is asked for when the set differs from the
count's, `agree()` builds the agreed plan (below the plan's quorum, a first modal asks
the Board to confirm deciding so, and the record says it did), a modal shows what will be written (and which
files it replaces), and only a yes writes `<stem>.agreed.toml` (with the documents and the
annex ticked in "Also write", decision.offered_outputs) beside the plan, each atomically. The
draft is never written.

This module loads at start-up, with the pane's tab: the counting, rendering and writing
(decision.py, outputs.py), the text area and the CSV table are imported where they are used.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Unpack

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Grid, VerticalScroll
from textual.content import Content
from textual.timer import Timer
from textual.widgets import Input, SelectionList, Static

from workplan_tui.attendance import Attendance, quorum_sentence
from workplan_tui.errors import WorkplanError
from workplan_tui.model import Plan
from workplan_tui.text import shown_safely
from workplan_tui.ui.notifications import notify_error, refuse_if_changed_on_disk
from workplan_tui.ui.panes.lazy_pane import LazyPane
from workplan_tui.ui.screens.confirm_screen import ConfirmScreen
from workplan_tui.ui.textual_types import WidgetOptions, workplan_app
from workplan_tui.ui.widgets.export.attendance_list import AttendanceList
from workplan_tui.ui.widgets.export.decision_preview import DecisionPreview
from workplan_tui.ui.worker_results import deliver

if TYPE_CHECKING:
    from workplan_tui.decision import DecisionOptions, Prepared

INPUT_DELAY_SECONDS = 0.3  # re-preview once typing pauses, not on every key


class ExportPane(LazyPane):
    BINDING_GROUP_TITLE = "Export"
    BINDINGS = [
        Binding("a", "agree", "Agree the plan…"),
        Binding("t", "preview", "Count the ballots again"),
    ]

    def __init__(self, title: str, **options: Unpack[WidgetOptions]) -> None:
        super().__init__(title, **options)
        self.prepared: Prepared | None = None
        self._input_timer: Timer | None = None
        self._previewed_inputs: tuple[str, ...] | None = None  # what the inputs held at the last preview
        self._agree: tuple[str, ...] | None = None  # the chair's agreed set; None: the count's selection
        self._option_ids: list[str] = []  # the projects the agreed-set list offers, in its order
        self._offered_for: Path | None = None  # the plan path "Also write" names its files for

    def compose_content(self) -> ComposeResult:
        from textual.widgets import TextArea

        from workplan_tui.ui.widgets.export.csv_preview import CsvPreview

        with VerticalScroll(id="export-body", classes="section", can_focus=True):
            with Grid(id="agree-form"):
                yield Static("Decision date", classes="agree-label")
                yield Input(dt.date.today().isoformat(), placeholder="YYYY-MM-DD", id="agree-date", compact=True)
                yield Static("Reason", classes="agree-label", id="agree-reason-label")
                yield Input(placeholder="why the Board agrees another set than the count's", id="agree-reason", compact=True)
            yield AttendanceList(id="agree-attendance", compact=True)
            yield SelectionList[str](id="agree-projects", compact=True)
            yield SelectionList[str](id="agree-outputs", compact=True)
            yield DecisionPreview("Counting…", id="agree-preview")
            # The Markdown source, not the Markdown widget: a 2,000-project paper is one table of
            # 2,000 rows, which the Markdown widget mounts as tens of thousands of widgets.
            yield TextArea(id="export-paper", classes="section", read_only=True, language="markdown", soft_wrap=True, show_line_numbers=False)
            yield Static(id="export-csv-title")
            yield CsvPreview(id="export-csv")

    def content_ready(self) -> None:
        self.query_one("#export-body").border_title = "Agree and export"
        self.query_one("#agree-projects").border_title = "Agreed set (space toggles a project)"
        self.query_one("#agree-outputs").border_title = "Also write (space toggles)"
        self.watch(self.app, "plan", self._plan_changed, init=False)

    def focus_content(self) -> None:
        self.query_one("#export-body").focus()

    def shown(self) -> None:
        self.action_preview()

    def _plan_changed(self) -> None:
        self._agree = None  # a reloaded plan starts again from its count
        self._show_roster()
        if self.is_active:
            self.action_preview()

    # -- inputs ------------------------------------------------------------------

    @property
    def outputs(self) -> dict[tuple[str, str], Path]:
        """(format, document format) -> file: the agreed plan always; the documents and annex ticked."""
        from workplan_tui.decision import offered_outputs
        from workplan_tui.outputs import default_output

        plan_path: Path = workplan_app(self).plan_path
        offered = offered_outputs()
        ticked = self.query_one("#agree-outputs", SelectionList).selected
        chosen = [("toml", "")] + [(offered[key].fmt, offered[key].doc_format) for key in offered if key in ticked]
        return {(fmt, doc): default_output(plan_path, fmt, doc or "md") for fmt, doc in chosen}

    def _show_roster(self) -> None:
        plan: Plan | None = workplan_app(self).plan
        attendance = self.query_one(AttendanceList)
        if plan is not None and plan is not attendance.plan:
            attendance.show_plan(plan)
        attendance.display = plan is not None and plan.info.status != "agreed"

    @property
    def attendance(self) -> Attendance:
        return self.query_one(AttendanceList).attendance

    def _inputs(self) -> tuple[dt.date, str]:
        """Raises WorkplanError for a date that is not one."""
        from workplan_tui.agree import SOURCE

        date_text = self.query_one("#agree-date", Input).value.strip()
        try:
            date = dt.date.fromisoformat(date_text)
        except ValueError:
            raise WorkplanError.single(SOURCE, "E101", f"decision date `{date_text}` is not a date like 2025-06-12") from None
        return date, self.query_one("#agree-reason", Input).value

    def _typed(self) -> tuple[str, ...]:
        return tuple(self.query_one(f"#agree-{name}", Input).value for name in ("date", "reason"))

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        if self._typed() == self._previewed_inputs:
            return  # an input's first value, sent as it mounts: the pane previews once shown anyway
        if self._input_timer is not None:
            self._input_timer.stop()
        self._input_timer = self.set_timer(INPUT_DELAY_SECONDS, self.action_preview)

    def on_selection_list_selected_changed(self, event: SelectionList.SelectedChanged[str]) -> None:
        event.stop()
        if event.selection_list.id == "agree-outputs":
            if self.prepared is not None:
                self._show(self.prepared)  # the preview lists the files Agree would write
            return
        chosen = tuple(event.selection_list.selected)
        if self.prepared is not None and set(chosen) == set(self.prepared.chosen):
            return  # the list set to what the preview shows, not a toggle
        self._agree = chosen
        self.action_preview()

    def on_attendance_list_changed(self, event: AttendanceList.Changed) -> None:
        event.stop()
        self.action_preview()

    def _offer_outputs(self) -> None:
        """The documents and the annex, each by its words and the file it would be, once per plan path."""
        from textual.widgets.selection_list import Selection

        from workplan_tui.decision import offered_outputs
        from workplan_tui.outputs import default_output

        plan_path: Path = workplan_app(self).plan_path
        choices = self.query_one("#agree-outputs", SelectionList)
        if self._offered_for == plan_path:
            return
        self._offered_for = plan_path
        ticked = set(choices.selected) if choices.option_count else None
        options = []
        for key, offered in offered_outputs().items():
            name = shown_safely(default_output(plan_path, offered.fmt, offered.doc_format or "md").name)
            chosen = offered.chosen if ticked is None else key in ticked
            # Content(): a file name is the user's text, not markup.
            options.append(Selection(Content(f"{offered.words}: {name}"), key, chosen))
        with self.prevent(SelectionList.SelectedChanged):
            choices.clear_options()
            choices.add_options(options)

    # -- preview -----------------------------------------------------------------

    def action_preview(self) -> None:
        plan: Plan | None = workplan_app(self).plan
        if plan is None:
            return
        self._offer_outputs()
        self._show_roster()
        self._previewed_inputs = self._typed()
        try:
            inputs = self._inputs()
        except WorkplanError as error:
            self.query_one(DecisionPreview).show_problem("\n".join(located.shown() for located in error.errors))
            return
        self.query_one("#export-body").border_subtitle = "counting…"
        self.preview(plan, workplan_app(self).plan_path, self._options(inputs), inputs[0], agreeing=False)

    def _options(self, inputs: tuple[dt.date, str], below_quorum: bool = False) -> DecisionOptions:
        from workplan_tui.decision import DecisionOptions

        _, reason = inputs
        return DecisionOptions(attendance=self.attendance, agree=self._agree, reason=reason, below_quorum=below_quorum)

    @work(thread=True, exclusive=True, group="export-prepare")
    def preview(self, plan: Plan, plan_path: Path, options: DecisionOptions, date: dt.date, agreeing: bool) -> None:
        from workplan_tui.decision import prepare

        prepared = prepare(plan, plan_path, date, options)
        deliver(self, self._prepared, prepared, agreeing)

    def _prepared(self, prepared: Prepared, agreeing: bool) -> None:
        if prepared.draft is not workplan_app(self).plan:
            return  # prepared on a plan since reloaded
        self._show(prepared)
        if agreeing and prepared.only_below_quorum:
            self._confirm_below_quorum(prepared)
        elif agreeing:
            self._confirm(prepared)

    def _show(self, prepared: Prepared) -> None:
        from textual.widgets import TextArea

        from workplan_tui.ui.widgets.export.csv_preview import MAX_ROWS, CsvPreview

        self.prepared = prepared
        self.query_one("#export-body").border_subtitle = "a agrees · t counts again"
        self._show_agreed_set(prepared)
        self.query_one(DecisionPreview).show(prepared, list(self.outputs.values()))
        paper = self.query_one("#export-paper", TextArea)
        paper.border_title = "Paper for direction (preview, Markdown)"
        paper.load_text(prepared.paper)
        rows = self.query_one(CsvPreview).show(prepared.annex)
        shown = min(rows, MAX_ROWS)
        title = Text("CSV annex (preview)", style="bold")
        title.append(f"  {rows} rows" + (f", first {shown} shown" if shown < rows else ""), style="dim")
        self.query_one("#export-csv-title", Static).update(title)

    def _show_agreed_set(self, prepared: Prepared) -> None:
        """The projects to toggle, in the count's ranking order with their scores, the chosen
        ones ticked; and whether a reason is needed."""
        from workplan_tui.ui.widgets.export.decision_preview import project_options

        projects = self.query_one("#agree-projects", SelectionList)
        label = self.query_one("#agree-reason-label", Static)
        label.update("Reason (needed)" if prepared.reason_needed else "Reason")
        label.set_class(bool(prepared.reason_needed), "needed")
        options = project_options(prepared)
        with self.prevent(SelectionList.SelectedChanged):
            ids = [option.value for option in options]
            if ids != self._option_ids:
                projects.clear_options()
                projects.add_options(options)
                self._option_ids = ids
            projects.deselect_all()
            for project_id in prepared.chosen:
                if project_id in prepared.draft.projects_by_id:
                    projects.select(project_id)
        projects.display = prepared.result is not None and prepared.draft.info.status != "agreed"

    # -- agree -------------------------------------------------------------------

    def action_agree(self) -> None:
        plan: Plan | None = workplan_app(self).plan
        if plan is None:
            return
        if plan.info.status == "agreed":
            self.notify("This plan is already agreed; its decision is on record.", severity="warning")
            return
        if refuse_if_changed_on_disk(self, "Plan not agreed", "then agree again"):
            return
        self._agree_with(plan, below_quorum=False)

    def _agree_with(self, draft: Plan, *, below_quorum: bool) -> None:
        """Count afresh with the inputs as typed, then ask to agree: what the modal shows is
        exactly what a yes writes."""
        try:
            inputs = self._inputs()
        except WorkplanError as error:
            notify_error(self, error, "Plan not agreed")
            return
        self.preview(draft, workplan_app(self).plan_path, self._options(inputs, below_quorum), inputs[0], agreeing=True)

    def _confirm_below_quorum(self, prepared: Prepared) -> None:
        """The Board's explicit confirmation first; a yes counts again with it, then asks to agree."""
        assert prepared.result is not None and prepared.result.quorum is not None
        question = Text()
        question.append(quorum_sentence(prepared.result.quorum) + "\n\n", style="bold yellow")
        question.append("Does the Board confirm that it decides below the quorum? The record and the paper will say so.")

        def answered(yes: bool | None) -> None:
            if not yes:
                self.notify("Nothing written: the meeting is not quorate.", markup=False)
                return
            self._agree_with(prepared.draft, below_quorum=True)

        self.app.push_screen(ConfirmScreen("Agree below the quorum?", question, yes="Confirm"), answered)

    def _confirm(self, prepared: Prepared) -> None:
        from workplan_tui.agree import SOURCE

        if prepared.agreed is None:
            notify_error(self, prepared.problem or WorkplanError.single(SOURCE, "E401", "nothing to agree"), "Plan not agreed")
            return
        decision = prepared.agreed.decision
        assert decision is not None
        outputs = self.outputs
        existing = [path for path in outputs.values() if path.exists() or path.is_symlink()]
        question = Text()
        question.append("Record the board's decision?\n\n", style="bold")
        question.append(f"Agreed on {decision.date:%d %B %Y} by {decision.method}: ")
        question.append("; ".join(prepared.draft.project(p).title for p in decision.selected) or "nothing")
        if set(decision.counted) != set(decision.selected):
            question.append("\nThe count selected: ")
            question.append("; ".join(prepared.draft.project(p).title for p in decision.counted) or "nothing")
        if decision.reason:
            question.append(f"\nReason: {decision.reason}")
        if decision.quorum is not None:
            question.append(f"\n{quorum_sentence(decision.quorum)}", style="" if decision.quorum.quorate else "bold yellow")
            if decision.quorum.confirmed:
                question.append(" The Board confirms deciding below it.", style="yellow")
        if not decision.attendance_recorded:
            question.append("\nAttendance not recorded.", style="yellow")
        question.append("\n\nWrites:\n")
        for path in outputs.values():
            question.append(f"  {shown_safely(str(path))}\n")
        if existing:
            question.append("\nThese files exist and will be REPLACED:\n", style="bold yellow")
            for path in existing:
                question.append(f"  {shown_safely(str(path))}\n", style="yellow")
        question.append(f"\n{shown_safely(str(workplan_app(self).plan_path))} itself is not changed.", style="dim")
        title = "Agree and replace files?" if existing else "Agree the plan?"

        def answered(yes: bool | None) -> None:
            if yes:
                self._write(prepared, outputs)
            else:
                self.notify("Nothing written.", markup=False)

        self.app.push_screen(ConfirmScreen(title, question, yes="Agree"), answered)

    def _write(self, prepared: Prepared, outputs: dict[tuple[str, str], Path]) -> None:
        from workplan_tui.outputs import write_output

        if refuse_if_changed_on_disk(self, "Plan not agreed", "then agree again"):  # it may have changed while the modal was open
            return
        plan_path: Path = workplan_app(self).plan_path
        written = []
        try:
            for (fmt, doc_format), path in outputs.items():
                # force: the user confirmed replacing; write_output still refuses the draft itself.
                write_output(path, prepared.data(fmt, doc_format or "md"), source=plan_path, force=True, draft=True)
                written.append(shown_safely(str(path)))
        except WorkplanError as error:
            notify_error(self, error, "Not written" if not written else f"Written only: {', '.join(written)}")
            return
        self.notify("Written: " + ", ".join(written), title="Plan agreed", markup=False)
        self._show(prepared)
