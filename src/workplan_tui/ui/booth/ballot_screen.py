"""The member's ballot: rank, approve or give points (the plan's `[voting] ballot`) with live
feasibility (the Vote pane's widgets and core calls), submit, and nothing else of the plan.

Every change to the ballot makes one `live_feasibility` call, as on the Vote pane; the
rules of filling it in come from voting/casting.py and the ballot is written by its `cast_ballot`.
"""

from __future__ import annotations

import datetime as dt

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Container, Horizontal, VerticalScroll
from textual.events import Resize
from textual.screen import Screen
from textual.widgets import Button, Static

from workplan_tui.capacity import format_money
from workplan_tui.errors import AlreadyExists, ChangedOnDisk, VoteNotOpen, WorkplanError
from workplan_tui.model import Plan
from workplan_tui.ui.booth.booth_app import booth_app
from workplan_tui.ui.booth.wrapped_candidates import WrappedCandidateList
from workplan_tui.ui.widgets.vote.ballot_view import BallotView, ballot_marks
from workplan_tui.ui.widgets.vote.candidate_list import CandidateList
from workplan_tui.ui.widgets.vote.interest_note import InterestNote
from workplan_tui.ui.widgets.vote.ranking_keys import RankingKeys, points_bindings
from workplan_tui.voting.casting import EMPTY_BALLOT, cast_ballot, points_given, still_valid
from workplan_tui.voting.interests import declared_projects
from workplan_tui.voting.selection import live_feasibility

# Below this width the project list and the ballot stack (a phone held upright is 40 columns).
STACK_BELOW_COLUMNS = 70


# The line of keys under the ballot, for each kind of ballot.
KEYS_LINE = {
    "ranking": "enter adds · x removes · u d move · esc leaves",
    "approval": "enter or space approves or withdraws · esc leaves",
    "points": "+ - or a number gives points · x takes them · esc leaves",
}


class BallotScreen(RankingKeys, Screen[None]):
    # Each kind of ballot has its own keys (RankingKeys.check_action lets only the plan's kind through).
    BINDINGS = [
        Binding("enter", "add", "Add"),
        Binding("enter,space", "approve", "Approve", key_display="space"),
        *points_bindings(digits=True),
        Binding("x,delete", "remove", "Remove", key_display="x"),
        Binding("u", "move(-1)", "Up"),
        Binding("d", "move(1)", "Down"),
        Binding("c", "clear", "Clear"),
        Binding("s", "submit", "Submit"),
        Binding("escape", "leave", "Leave", show=False),
    ]

    def __init__(self, member: str, code: str | None, *, replace: bool, label: str) -> None:
        super().__init__()
        self.member = member
        self._label = label
        self._code = code
        self._replace = replace
        self.ranking: list[str] = []
        self.points: dict[str, int] = {}

    def compose(self) -> ComposeResult:
        yield Static(Text.assemble(("Voting: ", "bold"), self._label), id="ballot-voter")
        yield Static(id="ballot-budget")
        yield InterestNote(id="ballot-interests")
        with Container(id="ballot-body"):
            yield WrappedCandidateList(id="ballot-candidates")
            with VerticalScroll(id="ballot-side", can_focus=False):
                yield BallotView(id="ballot-view")
        with Horizontal(id="ballot-actions", classes="booth-buttons"):
            yield Button("Submit (s)", variant="success", compact=True, id="ballot-submit")
            if self.ballot_kind() == "points":  # on a phone there are no + and - keys to press
                for label, name in (("+1 point", "ballot-more"), ("−1 point", "ballot-fewer")):
                    button = Button(label, compact=True, id=name)
                    # Textual ignores a press within the effect's 0.2 s: four quick taps are four points.
                    button.active_effect_duration = 0
                    yield button
            yield Button("Clear (c)", compact=True, id="ballot-clear")
            yield Button("Leave", compact=True, id="ballot-leave")
        yield Static(KEYS_LINE.get(self.ballot_kind(), KEYS_LINE["ranking"]), id="ballot-keys")

    def on_mount(self) -> None:
        candidates = self.query_one(CandidateList)
        candidates.border_title = "Projects"
        self.query_one("#ballot-side").border_title = "Your ballot"
        self._show_candidates()
        self._stack(self.app.size.width)
        self.changed()
        candidates.focus()

    def _show_candidates(self) -> None:
        """The projects this member may rank; the note says which are left out, and why."""
        plan = booth_app(self).plan
        self.query_one(CandidateList).show_plan(plan, declared_projects(plan, self.member))
        self.query_one(InterestNote).show(plan, self.member)

    def on_resize(self, event: Resize) -> None:
        self._stack(event.size.width)

    def _stack(self, width: int) -> None:
        self.set_class(width < STACK_BELOW_COLUMNS, "-narrow")

    # -- the one update per change ---------------------------------------------------

    def changed(self) -> None:
        plan = booth_app(self).plan
        live = live_feasibility(plan, self.ranking)
        budget = Text()
        budget.append("Budget: ", style="bold")
        budget.append(f"{format_money(live.budget_used, live.currency)} of {format_money(live.budget_limit, live.currency)}")
        if live.over_budget:
            budget.append(f", over by {format_money(-live.budget_left, live.currency)}", style="red")
        self.query_one("#ballot-budget", Static).update(budget)
        self.query_one(CandidateList).show_ranking(self.ranking, live.blocked, ballot_marks(plan, self.ranking, self.points))
        self._show_ballot()

    def _show_ballot(self) -> None:
        candidates = self.query_one(CandidateList)
        highlighted = candidates.current_project_id
        reason = candidates.reason(highlighted) if highlighted is not None else ""
        self.query_one(BallotView).show(booth_app(self).plan, self.ranking, highlighted, reason, self.points)

    # -- ranking ---------------------------------------------------------------------

    def ranking_plan(self) -> Plan | None:
        return booth_app(self).plan

    def ranking_member(self) -> str | None:
        return self.member

    def action_leave(self) -> None:
        self._code = None
        booth_app(self).next_voter()

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        event.stop()
        actions = {
            "ballot-submit": self.action_submit, "ballot-clear": self.action_clear, "ballot-leave": self.action_leave,
            "ballot-more": self.action_more_points, "ballot-fewer": self.action_fewer_points,
        }
        if event.button.id in actions:
            actions[event.button.id]()
        self.query_one(CandidateList).focus()

    # -- submitting ------------------------------------------------------------------

    def action_submit(self) -> None:
        app = booth_app(self)
        if not self.ranking:
            self.notify(EMPTY_BALLOT.get(self.ballot_kind(), EMPTY_BALLOT["ranking"]), severity="error")
            return
        try:
            cast_ballot(
                app.plan, app.plan_path, app.stamp, self.member, self.ranking, self._code, replace=self._replace,
                points=points_given(self.points),
            )
        except ChangedOnDisk:
            self._plan_changed()
            return
        except VoteNotOpen:
            if not self._vote_not_open():  # cast_ballot's clock said closed, ours not: still say so
                self.notify("Your ballot was not recorded: the vote is not open.", severity="error", timeout=15)
            return
        except AlreadyExists:
            app.next_voter()
            app.notify("A ballot of yours was recorded meanwhile, from another screen; this one was not.",
                       severity="error", timeout=15)
            return
        except WorkplanError:
            self.notify("Your ballot could not be recorded: please ask an officer.", severity="error", timeout=15)
            return
        self._code = None
        app.show_receipt(dt.datetime.now().strftime("%H:%M"))

    def _plan_changed(self) -> None:
        """An officer saved the plan meanwhile: load it, keep what still stands, ask to check."""
        app = booth_app(self)
        try:
            app.reload_plan()
        except WorkplanError:
            self.notify("The plan is being changed: your ballot was not recorded. Please ask an officer.",
                        severity="error", timeout=15)
            return
        if self._vote_not_open():
            return
        self.ranking, self.points = still_valid(app.plan, self.ranking, self.points, self.member)
        self._show_candidates()
        self.changed()
        self.notify("The plan changed since you began: your ballot was not recorded. Check it and submit again.",
                    severity="warning", timeout=15)

    def _vote_not_open(self) -> bool:
        """When the vote closed (or is not open) as the member submits: say so, with the
        reason, and go back to "who is voting?", which says it too. False while it is open."""
        from workplan_tui.moments import now
        from workplan_tui.voting.window import not_open_reason

        app = booth_app(self)
        reason = not_open_reason(app.plan.voting, now())
        if not reason:
            return False
        self._code = None
        app.next_voter()
        app.notify(f"Your ballot was not recorded. {reason}", severity="error", timeout=15, markup=False)
        return True
