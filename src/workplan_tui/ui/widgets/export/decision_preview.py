"""What agreeing would put on record: the decision table of the agreed plan, before it is written."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from rich.text import Text
from textual.widgets import Static

from workplan_tui.errors import WorkplanError
from workplan_tui.model import Plan


def decision_text(draft: Plan, agreed: Plan | None, problem: WorkplanError | None, outputs: Sequence[Path]) -> Text:
    text = Text()
    if draft.info.status == "agreed":
        text.append("This plan is already agreed: ", style="bold")
        text.append("its decision is on record and is previewed below. Start the next cycle with workplan rollover.")
        return text
    if problem is not None or agreed is None or agreed.decision is None:
        text.append("Cannot agree yet\n", style="bold red")
        for located in problem.errors if problem is not None else ():
            text.append(f"{located}\n")
        text.append("The paper and annex below are the draft's.", style="dim")
        return text
    decision = agreed.decision
    members = {member.id: member.label for member in draft.members}
    text.append("Agreeing records\n", style="bold")
    text.append(f"  date {decision.date:%d %B %Y} · {decision.method} · {decision.ballots} ballots counted")
    text.append(f", {decision.rejected} rejected\n" if decision.rejected else "\n")
    text.append("  agreed: ", style="bold")
    text.append("; ".join(draft.project(p).title for p in decision.selected) or "nothing", style="green")
    text.append("\n")
    if decision.awaiting_approval:
        text.append("  awaiting approval: ", style="bold")
        text.append("; ".join(decision.awaiting_approval) + "\n", style="yellow")
    for tie in decision.ties:
        text.append(f"  tie: {tie}\n", style="dim")
    text.append("  present: ", style="bold")
    text.append(", ".join(members[m] for m in decision.present) or "nobody", style="")
    text.append("\n  apologies: ", style="bold")
    text.append(", ".join(members[m] for m in decision.apologies) or "none")
    text.append("\n  a writes: ", style="bold")
    parts = []
    for path in outputs:
        parts.append(f"{path}" + (" (exists: replaced after confirmation)" if path.exists() else ""))
    text.append(", ".join(parts))
    return text


class DecisionPreview(Static):
    def show(self, draft: Plan, agreed: Plan | None, problem: WorkplanError | None, outputs: Sequence[Path]) -> None:
        self.update(decision_text(draft, agreed, problem, outputs))
