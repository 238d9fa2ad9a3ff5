"""The results in the booth, read-only: the Board's priorities by title with their scores.

Offered by "who is voting?" only when members may see the count (voting/window.py: after
the close, or while it is open when `results = "live"`). The count is the core's
(read_vote and tally, as `workplan tally` counts), made in a worker; the screen shows the
ranking's titles and scores and how many ballots counted, nothing of who voted or how.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Button, Static

from workplan_tui.errors import WorkplanError
from workplan_tui.ui.booth.booth_app import booth_app
from workplan_tui.ui.worker_results import deliver

if TYPE_CHECKING:
    from workplan_tui.model import Plan
    from workplan_tui.voting.result import TallyResult


class ResultsScreen(Screen[None]):
    BINDINGS = [Binding("escape,enter", "back", "Back", show=False)]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="results-body", can_focus=False):
            yield Static(booth_app(self).plan.info.title, id="results-plan")
            yield Static("Results", id="results-title")
            yield Static(id="results-state")
            yield Static("Counting…", id="results-ranking")
        with Horizontal(classes="booth-buttons", id="results-actions"):
            yield Button("Back", variant="primary", compact=True, id="results-back")

    def on_mount(self) -> None:
        self.query_one("#results-back").focus()
        self.count()

    @work(thread=True, exclusive=True, group="booth-results")
    def count(self) -> None:
        from workplan_tui.moments import now
        from workplan_tui.voting.ballots import read_vote
        from workplan_tui.voting.tally import tally
        from workplan_tui.voting.window import has_closed, results_shown, status

        app = booth_app(self)
        try:
            vote = read_vote(app.plan_path)
        except WorkplanError:
            deliver(self, self._show_problem)
            return
        moment = now()
        if not results_shown(vote.plan.voting, moment):  # the plan changed since the button was shown
            deliver(self, self.action_back)
            return
        result = tally(vote.plan, vote.ballots, vote.rejected)
        closed = has_closed(vote.plan.voting, moment)
        deliver(self, self._show, vote.plan, result, status(vote.plan.voting, moment), closed)

    def _show_problem(self) -> None:
        self.query_one("#results-ranking", Static).update("The results cannot be shown just now: please ask an officer.")

    def _show(self, plan: Plan, result: TallyResult, state: str, closed: bool) -> None:
        from workplan_tui.text import plural, score_text
        from workplan_tui.voting.kind_words import done, none_supported

        self.query_one("#results-title", Static).update("Results" if closed else "Results so far")
        counted = f"{plural(result.ballots, 'ballot')} counted."
        self.query_one("#results-state", Static).update(f"{state} {counted}")
        supported = set(result.supported)
        ranked = [entry for entry in result.ranking if entry.project in supported]
        text = Text()
        if not ranked:
            text.append(f"{none_supported(plan.voting.ballot)}.", style="dim")
        priorities = set(result.priorities)
        # The score first, in a column: on a phone the titles wrap under themselves, not under a score.
        width = max(len(score_text(entry.score)) for entry in ranked) if ranked else 0
        for heading, entries in (
            ("The Board's priorities", [e for e in ranked if e.project in priorities]),
            (f"Other projects {done(plan.voting.ballot)}", [e for e in ranked if e.project not in priorities]),
        ):
            if not entries:
                continue
            text.append(f"{heading}\n", style="bold")
            for entry in entries:
                chosen = entry.project in priorities
                text.append(f"  {score_text(entry.score):>{width}}  ", style="bold" if chosen else "dim")
                text.append(plan.project(entry.project).title + "\n")
            text.append("\n")
        if ranked:
            text.append(f"The number before each project is its score in the count ({result.method}).", style="dim")
        text.rstrip()
        self.query_one("#results-ranking", Static).update(text)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.action_back()

    def action_back(self) -> None:
        if self.is_current:
            booth_app(self).next_voter()
