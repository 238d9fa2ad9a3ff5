"""The advice for a set of projects (advice.py), as the Results and Vote panes show it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.widgets import Static

from workplan_tui.model import Plan

if TYPE_CHECKING:  # the advice (and the schedule behind it) loads when there is some to show
    from workplan_tui.advice import Advice


def advice_text(plan: Plan, advice: Advice | None, heading: str, problems: tuple[str, ...] = ()) -> Text:
    text = Text()
    text.append(f"{heading}\n", style="bold")
    if advice is None:
        text.append("  working it out…", style="dim")
        return text
    from workplan_tui.advice import advice_lines

    for problem in problems:
        text.append(f"  {problem[:1].upper()}{problem[1:]}: agreeing must confirm it.\n", style="bold yellow")
    verdict = "green" if advice.fits_as_timed else "yellow" if advice.fits else "red"
    for index, line in enumerate(advice_lines(plan, advice)):
        text.append(f"  {line}\n", style=verdict if index == 0 else "dim" if line.startswith("  ") else "")
    text.rstrip()
    return text


class AdviceView(Static):
    def show(self, plan: Plan, advice: Advice | None, heading: str, problems: tuple[str, ...] = ()) -> None:
        self.update(advice_text(plan, advice, heading, problems))
