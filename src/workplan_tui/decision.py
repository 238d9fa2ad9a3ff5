"""The board's decision and the files made from a plan: count, agree, render, write.

`workplan export` and the TUI's Export pane both come here, so what the pane previews
and writes is what the command line writes:

- `decide` counts a draft's ballots with the attendance given (attendance.py: a substitute's
  ballot in the place of the member they stand for; no attendance given is recorded as not
  recorded, never taken from who voted) and agrees the plan (`agree.agree`).
- `render` is one output: the plan as TOML, the CSV annex, or a document (the paper for
  direction, the note of the meeting, the programme, the report: export/papers.py's KINDS,
  rendered by export/templating.py in Markdown or Word, from the package's template or the
  officer's own); `file_data` is what a file of that output holds. The Excel annex (`xlsx`,
  export/xlsx.py) is bytes, only ever written to a file: a stream is refused (E130), and so is
  a name not ending .xlsx (E131).
- `export_plan` is the whole sequence for one format, from the plan's file to the file
  written: read, decide a draft (`--to toml`), render, refuse if the plan changed on disk
  meanwhile, write (outputs.py says where, and never over the draft).
- `prepare` is the Export pane's preview of a decision on the plan it shows, and
  `Prepared.data` what its Agree writes.

The counting, the agreeing and the renderers are imported where they are used: the
command line builds its parser from this module's names, and the TUI imports it at start.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

import attrs

from workplan_tui.attendance import NOT_RECORDED, Attendance
from workplan_tui.errors import WorkplanError
from workplan_tui.model import Action, Plan
from workplan_tui.text import plural

if TYPE_CHECKING:
    from workplan_tui.model import Advice
    from workplan_tui.voting.ballots import Ballot
    from workplan_tui.voting.result import Rejection, TallyResult

# The documents, each in Markdown or Word from a template (export/papers.py registers each
# kind's context builder); then the plan itself and the annexes.
DOCUMENTS = ("paper", "note", "programme", "report")
FORMATS = DOCUMENTS + ("toml", "csv", "xlsx")
# Old names that keep working: `--to md` was the one board paper.
ALIASES = {"md": "paper"}
# Outputs that are never text (export/xlsx.py's workbook is a zip): only ever a file.
BINARY_FORMATS = ("xlsx",)
DOCUMENT_FORMATS = ("md", "docx")
SUMMARIES = {
    "paper": "paper for direction written",
    "note": "note of the meeting written",
    "programme": "work programme written",  # a draft's too: its heading says Draft
    "report": "end of year report written",
    "csv": "CSV annex written",
    "xlsx": "Excel annex written",
}


@attrs.frozen
class Offered:
    """A file the Export pane offers to write beside the agreed plan, in the Board's words."""

    fmt: str  # one of FORMATS
    doc_format: str  # "md" or "docx" for a document; "" for the annex
    words: str  # "Paper for direction (Word)"
    chosen: bool  # ticked to start with


def offered_outputs() -> dict[str, Offered]:
    """What Agree may write besides the agreed plan: each document made here in Markdown and
    in Word, the CSV annex and the Excel annex (not ticked at first); keyed "paper.md",
    "paper.docx", "csv", "xlsx"."""
    from workplan_tui.export.papers import KINDS

    offered = {}
    for kind, registered in KINDS.items():
        for doc_format, words in (("md", "Markdown"), ("docx", "Word")):
            offered[f"{kind}.{doc_format}"] = Offered(kind, doc_format, f"{registered.title} ({words})", kind == "paper" and doc_format == "md")
    offered["csv"] = Offered("csv", "", "CSV annex", True)
    offered["xlsx"] = Offered("xlsx", "", "Excel annex", False)
    return offered


class NothingToDecide(WorkplanError):
    """Decision options were given where nothing is decided: a paper, an annex or a report
    renders the plan as it is, and an agreed plan's decision is already on record."""


@attrs.frozen
class DecisionOptions:
    """How a draft is decided: the ballots to count and how, and who the record names."""

    ballots: Path | None = None  # the ballot folder; None: `<stem>.ballots` beside the plan
    method: str | None = None  # None: the plan's counting method
    selection: str | None = None  # None: the plan's selection rule (model.SELECTIONS)
    agree: tuple[str, ...] | None = None  # the Board's agreed set; None: the count's selection
    reason: str = ""  # why the agreed set differs from the count's
    attendance: Attendance = NOT_RECORDED  # who attended and who stood in for whom
    below_quorum: bool = False  # the Board confirms agreeing below the plan's quorum
    actions: tuple[Action, ...] = ()


def decide(
    draft: Plan,
    ballots: Sequence[Ballot],
    rejected: Sequence[Rejection],
    *,
    date: dt.date,
    options: DecisionOptions = DecisionOptions(),
) -> Plan:
    """The agreed plan: the ballots counted and the draft agreed with the result.

    Raises WorkplanError when there is nothing to agree (no ballot counted), the record
    names an unknown member or meeting, the attendance is not sound (E410) or the meeting
    is below its quorum unconfirmed (E409).
    """
    from workplan_tui.voting.tally import tally

    result = tally(
        draft, ballots, rejected, method=options.method, selection=options.selection, attendance=options.attendance
    )
    return agree_counted(draft, result, ballots, date=date, options=options)


def agree_counted(draft: Plan, result: TallyResult, ballots: Sequence[Ballot], *, date: dt.date, options: DecisionOptions) -> Plan:
    """The agreed plan from a count already made with options.attendance (decide, and the
    Export pane's preview)."""
    from workplan_tui.agree import agree

    return agree(
        draft, result, date=date, ballots=ballots, agreed=options.agree, reason=options.reason,
        actions=options.actions, below_quorum=options.below_quorum,
    )


def agreed_text(agreed: Plan) -> str:
    """The agreed plan's TOML, checked to read back as the plan it was built as."""
    from workplan_tui.plan_io import dumps_plan, loads_plan

    text = dumps_plan(agreed)
    # A failure here is a bug, not bad input, and must not leave a file behind, so it is
    # checked before anything is written.
    if loads_plan(text, "<agreed plan>") != agreed:
        raise RuntimeError("the agreed plan does not read back as written")
    return text


def render(
    plan: Plan, fmt: str, *, date: dt.date | None = None, doc_format: str = "md", template: Path | None = None,
    next_plan: Path | None = None,
) -> str | bytes:
    """The plan as one of FORMATS: text, or a Word document's bytes (`doc_format` "docx").

    `date` dates a document (a draft's paper: the meeting's); `template` is the officer's own
    template for a document (its format is `doc_format`'s). Raises WorkplanError (E124) for
    an output this version does not make, or not in that format; E120-E123 for a bad template."""
    from workplan_tui.export.papers import KINDS

    fmt = ALIASES.get(fmt, fmt)
    if fmt in KINDS:
        from workplan_tui.export.templating import render_docx, render_markdown

        context = KINDS[fmt].context(plan, date=date, **report_options(fmt, next_plan))
        if doc_format == "docx":
            return render_docx(fmt, context, template=template)
        return render_markdown(fmt, context, template=template)
    if fmt in DOCUMENTS:
        raise WorkplanError.single("--to", "E124", f"this version of workplan does not make the {fmt} yet")
    if doc_format != "md" or template is not None:
        raise WorkplanError.single(
            "--to", "E124", f"`--to {fmt}` is written as it is; --format and --template are for the documents ({', '.join(DOCUMENTS)})"
        )
    if fmt == "toml":
        from workplan_tui.plan_io import dumps_plan

        return dumps_plan(plan)
    if fmt == "csv":
        from workplan_tui.export.csv import render_csv

        return render_csv(plan)
    if fmt == "xlsx":
        from workplan_tui.export.xlsx import render_xlsx

        return render_xlsx(plan, date=date)
    if fmt in FORMATS:
        raise WorkplanError.single("--to", "E124", f"this version of workplan does not make the {fmt} annex yet")
    raise ValueError(f"unknown format `{fmt}`; expected one of {', '.join(FORMATS)}")


def report_options(fmt: str, next_plan: Path | None) -> dict[str, Any]:
    """The end-of-year report's own options: the next cycle's draft it proposes next year's
    priorities from (`--next`, docs/export.md); E104 for `--next` with another output."""
    if next_plan is None:
        return {}
    if fmt != "report":
        raise WorkplanError.single("--next", "E104", f"`--next` is for the end-of-year report (--to report), not --to {fmt}")
    from workplan_tui.plan_io import load_plan

    return {"next_plan": load_plan(next_plan), "next_plan_file": str(next_plan)}


def render_text(plan: Plan, fmt: str, *, date: dt.date | None = None) -> str:
    """The plan as one of FORMATS in text (a document in Markdown, from its default template)."""
    text = render(plan, fmt, date=date)
    assert isinstance(text, str)
    return text


def document_format(fmt: str, output: Path | None, asked: str | None, template: Path | None) -> str:
    """The format a document is written in: the output file's extension (.md or .docx), else
    `--format`, else the template's, else Markdown; E124 when two of them disagree."""
    from workplan_tui.export.templating import template_format

    sources: list[tuple[str, str]] = []
    if output is not None and output.suffix.lower() in (".md", ".docx"):
        sources.append((f"-o {output.name}", output.suffix.lower().lstrip(".")))
    if asked is not None:
        sources.append((f"--format {asked}", asked))
    if template is not None:
        sources.append((f"the template {template.name}", template_format(template)))
    if not sources:
        return "md"
    formats = {found for _, found in sources}
    if len(formats) > 1:
        said = " but ".join(f"{where} is {_FORMAT_WORDS[found]}" for where, found in sources)
        raise WorkplanError.single("--format", "E124", f"{said}: give one format")
    if ALIASES.get(fmt, fmt) not in DOCUMENTS and sources[0][1] == "docx":
        raise WorkplanError.single("--format", "E124", f"`--to {fmt}` is not a document; only the documents ({', '.join(DOCUMENTS)}) are written in Word")
    return sources[0][1]


_FORMAT_WORDS = {"md": "Markdown", "docx": "Word (.docx)"}


def file_data(fmt: str, text: str | bytes) -> str | bytes:
    """What a file of the rendered output holds: the CSV annex with the byte order mark
    spreadsheets need; a stream gets the text as it is."""
    if fmt == "csv" and isinstance(text, str):
        from workplan_tui.export.csv import encode_csv

        return encode_csv(text)
    return text


@attrs.frozen
class Exported:
    output: Path | None  # the file written; None when the text went to a stream
    summary: str  # one line on what was written, e.g. "CSV annex written"


def export_plan(
    plan_path: Path,
    fmt: str,
    output: Path | TextIO | None = None,
    *,
    force: bool = False,
    date: dt.date | None = None,
    decision: DecisionOptions | None = None,
    doc_format: str | None = None,
    template: Path | None = None,
    next_plan: Path | None = None,
) -> Exported:
    """Write the plan at plan_path in one of FORMATS; a draft written as TOML is decided first.

    `output` is the file (None: beside the plan, see outputs.default_output) or a text
    stream. `date` is the decision's (default today) or a document's. A document's format is
    `document_format`'s (the output's extension, `doc_format`, the template's); `template` is
    the officer's own. `decision` is given
    only to decide a draft as TOML: anything else raises NothingToDecide. Nothing is written
    when the plan file changed since it was read (E404), or when the file exists and `force`
    is not set (E402); the draft itself is never written.
    """
    from workplan_tui.outputs import default_output, write_output
    from workplan_tui.plan_io import ensure_unchanged, load_plan_stamped

    fmt = ALIASES.get(fmt, fmt)
    written_as = document_format(fmt, output if isinstance(output, Path) else None, doc_format, template)
    if next_plan is not None and fmt != "report":
        report_options(fmt, next_plan)  # refused before anything is read
    if fmt in BINARY_FORMATS:
        _refuse_binary_output(fmt, output)
    plan, stamp = load_plan_stamped(plan_path)
    draft = plan.info.status != "agreed"
    if decision is not None and (fmt != "toml" or not draft):
        raise NothingToDecide.single(
            str(plan_path), "E104", "the decision options only apply when agreeing a draft as TOML"
        )
    if fmt == "toml" and draft:
        from workplan_tui.voting.ballot_box import open_box

        options = decision or DecisionOptions()
        ballots, rejected = open_box(plan_path, plan, options.ballots).read(plan)
        agreed = decide(plan, ballots, rejected, date=date or dt.date.today(), options=options)
        text: str | bytes = agreed_text(agreed)
        assert agreed.decision is not None
        chosen = ", ".join(agreed.decision.selected) or "none"
        summary = f"agreed plan written ({plural(agreed.decision.ballots, 'ballot')} counted; agreed: {chosen})"
        if agreed.decision.selected != agreed.decision.counted:
            summary = summary[:-1] + f"; counted: {', '.join(agreed.decision.counted) or 'none'})"
        if agreed.decision.quorum is not None and agreed.decision.quorum.confirmed:
            summary = summary[:-1] + "; below the quorum, confirmed)"
    else:
        if fmt == "note" and draft:  # a note records a decision: a draft has none yet (E125, said of the file)
            from workplan_tui.export.papers import KINDS
            from workplan_tui.export.record import decision_of

            if fmt in KINDS:
                decision_of(plan, str(plan_path))
        text = render(plan, fmt, date=date, doc_format=written_as, template=template, next_plan=next_plan)
        summary = SUMMARIES.get(fmt, "already agreed: written again, unchanged")

    # Everything above was made from the text read at the start: refuse if the plan file
    # changed meanwhile, or what is written would describe a plan nobody now has.
    ensure_unchanged(plan_path, stamp)
    if output is not None and not isinstance(output, Path):
        if isinstance(text, bytes):  # a Word document down a pipe: its bytes, not text
            output.flush()
            output.buffer.write(text)
            output.buffer.flush()
        else:
            output.write(text)
            output.flush()
        return Exported(None, summary)
    path = output or default_output(plan_path, fmt, written_as)
    write_output(path, file_data(fmt, text), source=plan_path, force=force, draft=draft)
    return Exported(path, summary)


def _refuse_binary_output(fmt: str, output: Path | TextIO | None) -> None:
    """A workbook is a zip: never written to a stream (a terminal would show bytes), nor under a
    name a spreadsheet would refuse to open as one. Refused before anything is read."""
    if output is not None and not isinstance(output, Path):
        raise WorkplanError.single(
            "-", "E130", f"an Excel workbook ({fmt}) cannot go to standard output; give a file name, e.g. -o annex.{fmt}"
        )
    if output is not None and output.suffix.lower() != f".{fmt}":
        raise WorkplanError.single(
            str(output), "E131",
            f"an Excel workbook needs a name ending .{fmt} (Excel refuses to open it otherwise); e.g. -o {output.stem}.{fmt}",
        )


@attrs.frozen
class Prepared:
    """Everything the Export pane shows, and what Agree would write, for one set of inputs."""

    draft: Plan
    agreed: Plan | None  # None when the decision cannot be agreed yet (problem says why)
    problem: WorkplanError | None
    paper: str
    annex: str
    result: TallyResult | None = None  # the count; None when the ballots could not be counted
    chosen: tuple[str, ...] = ()  # the agreed set shown: the count's selection unless the chair chose others
    advice: Advice | None = None  # what the chosen set needs (agree.needs)
    reason_needed: str = ""  # why the Board must give a reason for the chosen set (agree.needs_reason)

    @property
    def only_below_quorum(self) -> bool:
        """Agreeing waits only for the Board's confirmation that it decides below the quorum (E409)."""
        return self.problem is not None and {located.code for located in self.problem.errors} == {"E409"}

    def data(self, fmt: str, doc_format: str = "md") -> str | bytes:
        """What Agree writes for fmt (one of FORMATS; a document in doc_format): exactly what
        the pane shows, and a document it does not show as the command line writes it."""
        fmt = ALIASES.get(fmt, fmt)
        if fmt == "toml":
            if self.agreed is None:
                raise ValueError("nothing agreed to write")
            return agreed_text(self.agreed)
        if fmt == "csv":
            return file_data(fmt, self.annex)
        if fmt == "paper" and doc_format == "md":
            return self.paper
        return render(self.agreed or self.draft, fmt, doc_format=doc_format)


def prepare(draft: Plan, plan_path: Path, date: dt.date, options: DecisionOptions = DecisionOptions()) -> Prepared:
    """Decide the draft shown for plan_path (its ballots are beside it unless options say),
    then render the paper and annex of the result; an agreed plan is shown as it is.

    A decision that cannot be agreed yet is not an error here: the problem is kept to show,
    with the draft's paper and annex, and (once counted) what the chosen set would need.
    """
    if draft.info.status == "agreed":
        decision = draft.decision
        on_record = decision.selected if decision is not None else ()
        advice = decision.advice if decision is not None else None
        return Prepared(
            draft, draft, None, render_text(draft, "paper"), render_text(draft, "csv"), chosen=on_record, advice=advice
        )
    from workplan_tui.agree import agreed_order, needs, needs_reason
    from workplan_tui.voting.ballot_box import open_box
    from workplan_tui.voting.tally import tally

    agreed, problem, result = None, None, None
    chosen: tuple[str, ...] = ()
    try:
        ballots, rejected = open_box(plan_path, draft, options.ballots).read(draft)
        result = tally(
            draft, ballots, rejected, method=options.method, selection=options.selection, attendance=options.attendance
        )
        chosen = result.selected if options.agree is None else agreed_order(draft, result, options.agree)
        agreed = agree_counted(draft, result, ballots, date=date, options=options)
    except WorkplanError as error:
        problem = error
    shown = agreed if agreed is not None else draft
    advice, reason_needed = None, ""
    if agreed is not None and agreed.decision is not None:
        advice = agreed.decision.advice
    elif result is not None:
        advice = needs(draft, chosen)[0]
    if result is not None:
        reason_needed = needs_reason(draft, result.selected, chosen)
    return Prepared(
        draft, agreed, problem, render_text(shown, "paper"), render_text(shown, "csv"),
        result=result, chosen=chosen, advice=advice, reason_needed=reason_needed,
    )
