"""The delivery schedule beside the even spread: whether the work fits as timed, re-timed, or
not at all, what moves and the extra days needed, in delivery.py's sentences."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from workplan_tui.delivery import move_lines, shortfall_lines, verdict
from workplan_tui.model import Plan
from workplan_tui.schedule import Schedule


def schedule_text(plan: Plan, result: Schedule, *, planned: bool) -> Text:
    """planned: the agreed plan's delivery, not a what-if of the projects counted in."""
    text = Text()
    text.append("Planned delivery\n" if planned else "Delivery schedule\n", style="bold")
    if not result.projects:
        text.append("No project is counted in.", style="dim")
        return text
    if not result.fits_as_timed:  # which months are over as timed: the list below says
        text.append("It does not fit as timed.\n", style="yellow")
    style = "green" if result.fits_as_timed else "yellow" if result.fits else "bold red"
    text.append(verdict(result) + "\n", style=style)
    moves = move_lines(plan, result)
    if moves:
        text.append("What moves\n", style="bold")
        for line in moves:
            text.append(f" {line}\n")
    if result.shortfall:
        text.append("Extra days needed to fit\n", style="bold")
        for line in shortfall_lines(plan, result):
            text.append(f" {line}\n", style="red")
    text.rstrip()
    return text


class ScheduleNote(Static):
    DEFAULT_CSS = "ScheduleNote { margin-bottom: 1; }"

    text = Text()  # what it shows, for the tests

    def show_working(self, *, planned: bool) -> None:
        heading = "Planned delivery\n" if planned else "Delivery schedule\n"
        self.text = Text.assemble((heading, "bold"), ("Working it out…", "dim italic"))
        self.update(self.text)

    def show(self, plan: Plan, result: Schedule, *, planned: bool) -> None:
        self.text = schedule_text(plan, result, planned=planned)
        self.update(self.text)
