"""The member's ballot as it stands: place, title and cost, and what the highlighted project would do."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.widgets import Static

from workplan_tui.capacity import format_money
from workplan_tui.model import Plan


def ballot_text(plan: Plan, ranking: Sequence[str], highlighted: str | None, reason: str) -> Text:
    length = plan.voting.ballot_length
    text = Text()
    text.append(f"Ranked {len(ranking)} of up to {length}\n", style="bold")
    for place, project_id in enumerate(ranking, start=1):
        project = plan.project(project_id)
        text.append(f"{place}. ", style="bold green")
        text.append(project.title)
        text.append(f"  {format_money(project.cost, plan.limits.currency)}", style="dim")
        if project.funding:
            text.append(" (funded externally)", style="dim")
        text.append("\n")
    if not ranking:
        text.append("No project yet: enter or a click adds the highlighted one\n", style="dim")
    if highlighted is not None:
        project = plan.project(highlighted)
        text.append("Highlighted: ", style="bold")
        text.append(project.title)
        if highlighted in ranking:
            text.append(f" — on the ballot, place {list(ranking).index(highlighted) + 1}", style="green")
        elif reason:
            text.append(f" — blocked: {reason}", style="red")
        else:
            text.append(" — fits the budget and capacity", style="green")
    return text


class BallotView(Static):
    def show(self, plan: Plan, ranking: Sequence[str], highlighted: str | None, reason: str) -> None:
        self.update(ballot_text(plan, ranking, highlighted, reason))
