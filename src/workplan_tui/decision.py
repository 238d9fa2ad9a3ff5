"""The board's decision and the files made from a plan: count, agree, render, write.

`workplan export` and the TUI's Export pane both come here, so what the pane previews
and writes is what the command line writes:

- `decide` counts a draft's ballots with the attendance given (attendance.py: a substitute's
  ballot in the place of the member they stand for; no attendance given is recorded as not
  recorded, never taken from who voted) and agrees the plan (`agree.agree`).
- `render` is the text of one format: the plan as TOML, the board paper, the CSV annex or
  the end-of-year report; `file_data` is what a file of that format holds.
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
from typing import TYPE_CHECKING, TextIO

import attrs

from workplan_tui.attendance import NOT_RECORDED, Attendance
from workplan_tui.errors import WorkplanError
from workplan_tui.model import Action, Plan
from workplan_tui.text import plural

if TYPE_CHECKING:
    from workplan_tui.model import Advice
    from workplan_tui.voting.ballots import Ballot
    from workplan_tui.voting.result import Rejection, TallyResult

FORMATS = ("toml", "md", "csv", "report")
SUMMARIES = {
    "md": "board paper written",
    "csv": "CSV annex written",
    "report": "end of year report written",
}


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


def render(plan: Plan, fmt: str, *, date: dt.date | None = None) -> str:
    """The plan in one of FORMATS, as text; `date` dates a draft's board paper."""
    if fmt == "toml":
        from workplan_tui.plan_io import dumps_plan

        return dumps_plan(plan)
    if fmt == "md":
        from workplan_tui.export.markdown import render_markdown

        return render_markdown(plan, date=date)
    if fmt == "report":
        from workplan_tui.export.report import render_report

        return render_report(plan)
    if fmt == "csv":
        from workplan_tui.export.csv import render_csv

        return render_csv(plan)
    raise ValueError(f"unknown format `{fmt}`; expected one of {', '.join(FORMATS)}")


def file_data(fmt: str, text: str) -> str | bytes:
    """What a file of the rendered text holds: the CSV annex with the byte order mark
    spreadsheets need; a stream gets the text as it is."""
    if fmt == "csv":
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
) -> Exported:
    """Write the plan at plan_path in one of FORMATS; a draft written as TOML is decided first.

    `output` is the file (None: beside the plan, see outputs.default_output) or a text
    stream. `date` is the decision's (default today) or a draft paper's. `decision` is given
    only to decide a draft as TOML: anything else raises NothingToDecide. Nothing is written
    when the plan file changed since it was read (E404), or when the file exists and `force`
    is not set (E402); the draft itself is never written.
    """
    from workplan_tui.outputs import default_output, write_output
    from workplan_tui.plan_io import ensure_unchanged, load_plan_stamped

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
        text = agreed_text(agreed)
        assert agreed.decision is not None
        chosen = ", ".join(agreed.decision.selected) or "none"
        summary = f"agreed plan written ({plural(agreed.decision.ballots, 'ballot')} counted; agreed: {chosen})"
        if agreed.decision.selected != agreed.decision.counted:
            summary = summary[:-1] + f"; counted: {', '.join(agreed.decision.counted) or 'none'})"
        if agreed.decision.quorum is not None and agreed.decision.quorum.confirmed:
            summary = summary[:-1] + "; below the quorum, confirmed)"
    else:
        text = render(plan, fmt, date=date)
        summary = SUMMARIES.get(fmt, "already agreed: written again, unchanged")

    # Everything above was made from the text read at the start: refuse if the plan file
    # changed meanwhile, or what is written would describe a plan nobody now has.
    ensure_unchanged(plan_path, stamp)
    if output is not None and not isinstance(output, Path):
        output.write(text)
        output.flush()
        return Exported(None, summary)
    path = output or default_output(plan_path, fmt)
    write_output(path, file_data(fmt, text), source=plan_path, force=force, draft=draft)
    return Exported(path, summary)


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

    def data(self, fmt: str) -> str | bytes:
        """What Agree writes for fmt ("toml", "md" or "csv"): exactly what the pane shows."""
        if fmt == "toml":
            if self.agreed is None:
                raise ValueError("nothing agreed to write")
            return agreed_text(self.agreed)
        return file_data(fmt, {"md": self.paper, "csv": self.annex}[fmt])


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
        return Prepared(draft, draft, None, render(draft, "md"), render(draft, "csv"), chosen=on_record, advice=advice)
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
        draft, agreed, problem, render(shown, "md", date=date), render(shown, "csv"),
        result=result, chosen=chosen, advice=advice, reason_needed=reason_needed,
    )
