"""What agreeing would put on record: the decision table of the agreed plan, before it is written,
and what the chosen set needs (agree.needs), in words a Board member reads."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from rich.text import Text
from textual.widgets import Static
from textual.widgets.selection_list import Selection

from workplan_tui.attendance import NOT_RECORDED, attendance_lines, of_decision, quorum_sentence
from workplan_tui.capacity import format_money, month_name
from workplan_tui.model import Advice, Plan
from workplan_tui.text import plural, shown_safely
from workplan_tui.voting.interests import declaration_sentence

if TYPE_CHECKING:
    from workplan_tui.decision import Prepared


def needs_text(plan: Plan, advice: Advice) -> Text:
    """One or two lines: fits as timed, fits once re-timed, or what is short."""
    text = Text()
    if advice.fits_as_timed:
        text.append("fits the budget and staff capacity as timed", style="green")
        return text
    if not advice.shortfall:
        text.append("fits the staff capacity once the work is re-timed", style="yellow")
    else:
        text.append("does not fit the staff capacity even re-timed", style="red")
    currency = plan.limits.currency
    if advice.budget_shortfall:
        text.append(f"; {format_money(advice.budget_shortfall, currency)} over the budget", style="red")
    elif not advice.shortfall:
        text.append("; within the budget")
    if advice.shortfall:
        extra = [
            f"{plan.role_label(short.role)} {plural(short.days, 'day')} in {month_name(short.month)}"
            for short in advice.shortfall
        ]
        text.append("\n    extra staff time needed: " + "; ".join(extra), style="red")
    return text


def decision_text(prepared: Prepared, outputs: Sequence[Path]) -> Text:
    draft, agreed, problem = prepared.draft, prepared.agreed, prepared.problem
    text = Text()
    if draft.info.status == "agreed":
        text.append("This plan is already agreed: ", style="bold")
        text.append("its decision is on record and is previewed below. Start the next cycle with workplan rollover.")
        return text
    titles = "; ".join(draft.project(p).title for p in prepared.chosen if p in draft.projects_by_id) or "nothing"
    if problem is not None or agreed is None or agreed.decision is None:
        text.append("Agreeing needs the Board's confirmation\n" if prepared.only_below_quorum else "Cannot agree yet\n", style="bold red")
        only_the_reason = problem is not None and {located.code for located in problem.errors} == {"E406"}
        if prepared.only_below_quorum and prepared.result is not None and prepared.result.quorum is not None:
            text.append(f"  {quorum_sentence(prepared.result.quorum)}\n", style="bold yellow")
            text.append("  Agree (a) asks the Board to confirm that it decides below the quorum.\n", style="yellow")
            text.append("  agreed set: ", style="bold")
            text.append(titles + "\n")
        elif only_the_reason:
            text.append(f"  Give the Board's reason: {prepared.reason_needed}.\n", style="yellow")
            text.append("  agreed set: ", style="bold")
            text.append(titles + "\n")
        else:
            for located in problem.errors if problem is not None else ():
                text.append(f"  {located.shown()}\n")
        if prepared.result is not None:
            for line in attendance_lines(draft, prepared.result.attendance or NOT_RECORDED):
                text.append(f"  {line}\n", style="dim")
        if prepared.advice is not None:
            text.append("  it needs: ", style="bold")
            text.append_text(needs_text(draft, prepared.advice))
            text.append("\n")
        text.append("The paper and annex below are the draft's.", style="dim")
        return text
    decision = agreed.decision
    text.append("Agreeing records\n", style="bold")
    text.append(f"  date {decision.date:%d %B %Y} · {decision.method} · {plural(decision.ballots, 'ballot')} counted")
    text.append(f", {decision.rejected} rejected\n" if decision.rejected else "\n")
    text.append("  agreed: ", style="bold")
    text.append(titles, style="green")
    text.append("\n")
    if set(decision.counted) != set(decision.selected):
        text.append("  the count selected: ", style="bold")
        text.append("; ".join(draft.project(p).title for p in decision.counted) or "nothing")
        text.append("\n")
    if decision.reason:
        text.append("  reason: ", style="bold")
        text.append(decision.reason + "\n")
    if decision.advice is not None:
        text.append("  it needs: ", style="bold")
        text.append_text(needs_text(draft, decision.advice))
        text.append("\n")
    if decision.awaiting_approval:
        text.append("  awaiting approval: ", style="bold")
        text.append("; ".join(decision.awaiting_approval) + "\n", style="yellow")
    for tie in decision.ties:
        text.append(f"  tie: {tie}\n", style="dim")
    for line in attendance_lines(draft, of_decision(decision)):
        text.append(f"  {line}\n", style="" if decision.attendance_recorded else "yellow")
    if decision.quorum is not None:
        text.append(f"  {quorum_sentence(decision.quorum)}", style="green" if decision.quorum.quorate else "bold yellow")
        text.append(" The Board confirms deciding below it.\n" if decision.quorum.confirmed else "\n")
    text.append("  declarations of interest: ", style="bold")
    text.append(" ".join(declaration_sentence(agreed, interest) for interest in agreed.interests) or "none")
    text.append("\n  a writes: ", style="bold")
    parts = []
    for path in outputs:
        parts.append(shown_safely(str(path)) + (" (exists: replaced after confirmation)" if path.exists() else ""))
    text.append(", ".join(parts))
    return text


def project_options(prepared: Prepared) -> list[Selection[str]]:
    """Every project to toggle: the count's ranking first (with scores), then the unranked."""
    draft = prepared.draft
    scores = {entry.project: entry.score for entry in prepared.result.ranking} if prepared.result is not None else {}
    order = list(scores) + [project.id for project in draft.projects if project.id not in scores]
    counted = set(prepared.result.selected) if prepared.result is not None else set()
    options = []
    for project_id in order:
        # Text: a title is the user's text, never markup.
        label = Text(draft.project(project_id).title)
        label.append(f"  score {scores[project_id]:g}" if project_id in scores else "  not ranked", style="dim")
        if project_id in counted:
            label.append("  (the count's selection)", style="dim")
        options.append(Selection(label, project_id))
    return options


class DecisionPreview(Static):
    def show(self, prepared: Prepared, outputs: Sequence[Path]) -> None:
        self.update(decision_text(prepared, outputs))

    def show_problem(self, text: str) -> None:
        """A problem with the pane's own inputs (a date that is not one), before any count."""
        shown = Text("Cannot agree yet\n", style="bold red")
        shown.append(text)
        self.update(shown)
