"""Turnout, why each supported project was skipped, ties and how they were broken, rejected ballots."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual.widgets import Static

from workplan_tui.model import Plan
from workplan_tui.plan_words import sentence, with_names
from workplan_tui.text import shown_safely
from workplan_tui.voting.kind_words import NO_SUPPORT_REASONS
from workplan_tui.voting.methods import METHOD_NAMES
from workplan_tui.voting.result import TallyResult
from workplan_tui.voting.selection import RULES


def turnout_text(plan: Plan, result: TallyResult) -> Text:
    text = Text()
    text.append(f"{METHOD_NAMES.get(result.method, result.method)}: ", style="bold")
    voters = ("member's", "members'") if plan.voting.roll == "members" else ("voter's", "voters'")
    text.append(f"{result.ballots:,} of {result.members:,} {voters[result.members != 1]} ballots counted")
    if result.rejected:
        text.append(f", {len(result.rejected)} rejected", style="bold red")
    titles = [plan.project(project_id).title for project_id in result.selected]
    text.append("\nSelected", style="bold")
    text.append(f" ({RULES[result.selection]})", style="dim")
    text.append(": ", style="bold")
    text.append("; ".join(titles) if titles else "nothing", style="green" if titles else "yellow")
    return text


def notes_text(plan: Plan, result: TallyResult) -> Text:
    text = Text()
    skipped = [entry for entry in result.skipped if entry.reason not in NO_SUPPORT_REASONS]
    text.append("Skipped\n", style="bold")
    if not skipped:
        text.append("  none\n", style="dim")
    for entry in skipped:
        text.append(f"  {plan.project(entry.project).title}", style="")
        text.append(f": {entry.reason}\n", style="yellow")
    text.append("Ties\n", style="bold")
    if not result.ties:
        text.append("  none\n", style="dim")
    for tie in result.ties:  # the detail says how it was broken
        text.append(f"  {tie.detail}\n", style="")
    if result.notes:
        text.append("Notes\n", style="bold")
        for note in result.notes:
            text.append(f"  {shown_safely(note)}\n", style="dim")
    text.append("Rejected ballots\n", style="bold")
    if not result.rejected:
        text.append("  none\n", style="dim")
    for rejection in result.rejected:
        # A ballot's file name and what it holds may be anything: shown safely, never as sent.
        text.append(f"  {shown_safely(Path(rejection.file).name)}: ", style="bold red")
        # The reason as the command line gives it quotes ids: said here with titles and labels.
        text.append(f"{shown_safely(sentence(with_names(rejection.reason, plan)))}\n")
    text.rstrip()
    return text


class CountNotes(Static):
    def show(self, plan: Plan, result: TallyResult) -> None:
        self.update(notes_text(plan, result))
