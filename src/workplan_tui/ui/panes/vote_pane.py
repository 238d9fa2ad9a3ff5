"""Vote: a member fills in the plan's kind of ballot (ranks projects, approves them, or gives
them points: `[voting] ballot`) and sees at once what the ballot would cost and load.

Every change to the ranking makes one `live_feasibility` call (budget, and which other
projects would now break the budget or a role-month, with the reason) and one
`check_bundle` of the ranked projects, which the Capacity pane's widgets draw (the
budget gauge, the monthly load chart, the months over capacity, the gates). The advice for
the ballot's priorities (advice.py: re-timing, shortfalls, alternatives) may solve a delivery
schedule, so it runs in a thread worker once the ranking has rested for ADVICE_DELAY (a worker
started on every keystroke would take the interpreter from the next one), and replaces the
last advice when it is ready. The pane only keeps the ranking; every figure and reason comes from the core.

When the roll is not the plan's members (`[voting] roll`, a CSV file or "open"), the member
chooser is a field for the voter number instead, checked against the roll by the core
(rolls.identify_voter) when enter is pressed.

This module loads at start-up, with the pane's tab; the voting core is imported where it
is used, once the pane is first shown.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Unpack

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Input, Select, Static

from workplan_tui.capacity import check_bundle
from workplan_tui.errors import WorkplanError
from workplan_tui.model import Plan
from workplan_tui.text import shown_safely
from workplan_tui.ui.notifications import notify_error, refuse_if_changed_on_disk
from workplan_tui.ui.panes.lazy_pane import LazyPane
from workplan_tui.ui.screens.confirm_screen import ConfirmScreen
from workplan_tui.ui.textual_types import WidgetOptions, workplan_app
from workplan_tui.ui.widgets.capacity.budget_gauge import BudgetGauge
from workplan_tui.ui.widgets.capacity.gated_list import GatedList
from workplan_tui.ui.widgets.capacity.load_chart import LoadChart
from workplan_tui.ui.widgets.capacity.overload_list import OverloadList
from workplan_tui.ui.widgets.results.advice_view import AdviceView
from workplan_tui.ui.widgets.vote.ballot_view import BallotView, ballot_lines, ballot_marks
from workplan_tui.ui.widgets.vote.candidate_list import CandidateList
from workplan_tui.ui.widgets.vote.interest_note import InterestNote
from workplan_tui.ui.widgets.vote.ranking_keys import RankingKeys, points_bindings
from workplan_tui.ui.widgets.vote.turnout import TurnoutLine, refuse_unless_vote_open
from workplan_tui.ui.worker_results import deliver

if TYPE_CHECKING:
    from textual.timer import Timer

    from workplan_tui.advice import Advice


ADVICE_HEADING = "What your priorities need"
ADVICE_DELAY = 0.3
def advice_heading(plan: Plan) -> str:
    # A ranking's first pick.max are its priorities; an approval or a points ballot is one choice.
    return ADVICE_HEADING if plan.voting.ballot == "ranking" else "What your choice needs"


# The project list's title says how the plan's kind of ballot is filled in.
LIST_TITLE = {
    "ranking": "Projects (enter or click adds)",
    "approval": "Projects (space or click approves)",
    "points": "Projects (+ - p or click: points)",
}  # seconds the ranking rests before its advice is worked out


class VotePane(RankingKeys, LazyPane):
    BINDING_GROUP_TITLE = "Vote"
    # In the footer's order: at 80 columns it shows the first three after q and ?.
    # Each kind of ballot has its own keys (RankingKeys.check_action lets only the plan's kind through).
    BINDINGS = [
        Binding("enter", "add", "Add to ballot"),
        Binding("enter,space", "approve", "Approve or withdraw", key_display="space"),
        *points_bindings(digits=False),
        Binding("p", "type_points_field", "Type the points"),
        Binding("s", "submit", "Submit the ballot"),
        Binding("m", "choose_member", "Choose the member"),
        Binding("x,delete", "remove", "Remove from ballot", key_display="x"),
        Binding("u", "move(-1)", "Move up the ballot"),
        Binding("d", "move(1)", "Move down the ballot"),
        Binding("c", "clear", "Clear the ballot"),
        Binding("C", "close_vote", "Close or reopen the vote"),
    ]

    def __init__(self, title: str, **options: Unpack[WidgetOptions]) -> None:
        super().__init__(title, **options)
        self.ranking: list[str] = []
        self.points: dict[str, int] = {}
        self._plan: Plan | None = None
        self.last_change_seconds = 0.0  # read by benchmarks/tui_vote.py
        self._advice_timer: Timer | None = None
        self._stale = False  # the plan changed while the pane was hidden
        self._ballot_member: str | None = None  # whose ballot `ranking` is
        # The voter whose number was typed and found on the roll (a CSV or open roll), and their label.
        self._voter: str | None = None
        self._voter_label = ""

    def compose_content(self) -> ComposeResult:
        with Horizontal(id="vote-top"):
            yield Select[str]((), prompt="Choose the member", id="vote-member")
            # Only when the roll is not the members: there is no list to choose from.
            voter = Input(placeholder="voter number, then enter", id="vote-voter")
            voter.display = False
            yield voter
            # Only when the plan sets voting.codes: the member types the code from their slip.
            yield Input(placeholder="voting code", password=True, id="vote-code")
            # Only in a vote by points: the highlighted project's points, typed (p), then enter.
            points = Input(placeholder="points", type="integer", id="vote-points")
            points.display = False
            yield points
            yield Static(id="vote-member-status")
        yield TurnoutLine(id="vote-turnout")
        yield BudgetGauge(id="vote-budget")
        yield InterestNote(id="vote-interests")
        with Horizontal(id="vote-body"):
            yield CandidateList(id="vote-candidates", classes="section")
            with VerticalScroll(id="vote-side", classes="section", can_focus=False):
                yield BallotView(id="vote-ballot")
                yield AdviceView(id="vote-advice")
                yield OverloadList(id="vote-overloads")
                yield GatedList(id="vote-gated")
                yield LoadChart(id="vote-chart")

    def content_ready(self) -> None:
        candidates = self.query_one(CandidateList)
        # A legend, not a count: counting the blocked projects walks all of them on every change.
        candidates.border_subtitle = "✗ would not fit"
        self.query_one("#vote-side").border_title = "Your ballot"
        self.watch(self.app, "plan", self._plan_changed, init=False)
        self._show_plan()

    def focus_content(self) -> None:
        self.query_one(CandidateList).focus()

    def _plan_changed(self) -> None:
        # Hidden, the pane only notes the change: every edit saved on the Plan pane reloads the plan.
        if self.is_active:
            self._show_plan()
        else:
            self._stale = True

    def shown(self) -> None:
        if self._stale:
            self._show_plan()

    def _show_plan(self) -> None:
        plan: Plan | None = workplan_app(self).plan
        if plan is None:
            return
        from workplan_tui.voting.casting import still_valid

        self._stale = False
        self._plan = plan
        # A reload keeps what is still valid: the member, and the ranked projects still in the plan.
        self.ranking, self.points = still_valid(plan, self.ranking, self.points)
        self.query_one("#vote-points", Input).display = plan.voting.ballot == "points"
        self.query_one(CandidateList).border_title = LIST_TITLE.get(plan.voting.ballot, LIST_TITLE["ranking"])
        self.refresh_bindings()  # the plan's kind of ballot may have changed, and its keys with it
        select = self.query_one("#vote-member", Select)
        member = select.value if isinstance(select.value, str) else None
        select.set_options((member.label, member.id) for member in plan.members)
        if member in {m.id for m in plan.members}:
            select.value = member
        from workplan_tui.voting.rolls import asks_for_voter_id

        typed = asks_for_voter_id(plan)
        select.display = not typed
        self.query_one("#vote-voter", Input).display = typed
        if typed and self._voter is not None:
            self._recheck_voter(plan)
        from workplan_tui.voting.codes import codes_required

        self.query_one("#vote-code", Input).display = codes_required(plan)
        self._show_candidates()
        self._show_member_status()
        self.changed()

    def _show_candidates(self) -> None:
        """The projects the chosen member may rank: those they declared an interest in are left out."""
        from workplan_tui.voting.casting import still_valid
        from workplan_tui.voting.interests import declared_projects

        plan, member = self._plan, self.member
        if plan is None:
            return
        self.ranking, self.points = still_valid(plan, self.ranking, self.points, member)
        self.query_one(CandidateList).show_plan(plan, declared_projects(plan, member))
        self.query_one(InterestNote).show(plan, member)

    # -- the one update per change -----------------------------------------------

    def changed(self) -> None:
        """Show the ranking's consequences: one live_feasibility call, one bundle check."""
        plan = self._plan
        if plan is None:
            return
        from workplan_tui.voting.selection import live_feasibility

        started = time.perf_counter()
        live = live_feasibility(plan, self.ranking)
        bundle = check_bundle(plan, self.ranking)
        for widget in (self.query_one(BudgetGauge), self.query_one(LoadChart), self.query_one(OverloadList), self.query_one(GatedList)):
            widget.show(plan, bundle)
        candidates = self.query_one(CandidateList)
        candidates.show_ranking(self.ranking, live.blocked, ballot_marks(plan, self.ranking, self.points))
        self._show_ballot()
        self.query_one(AdviceView).show(plan, None, advice_heading(plan))
        if self._advice_timer is not None:
            self._advice_timer.stop()
        ranking = tuple(self.ranking)
        self._advice_timer = self.set_timer(ADVICE_DELAY, lambda: self.advise(plan, ranking))
        self.last_change_seconds = time.perf_counter() - started

    @work(thread=True, exclusive=True, group="vote-advice")
    def advise(self, plan: Plan, ranking: tuple[str, ...]) -> None:
        """The advice for the ballot's priorities (a ranking's first pick.max projects; every
        project approved or given points); the rest of the ballot is where the swap looks for alternatives."""
        from workplan_tui.advice import advise

        chosen = ranking[: plan.voting.pick_max] if plan.voting.ballot == "ranking" else ranking
        advice = advise(plan, chosen, ranking=ranking)
        deliver(self, self._advised, plan, ranking, advice)

    def _advised(self, plan: Plan, ranking: tuple[str, ...], advice: Advice | None) -> None:
        if plan is not self._plan or ranking != tuple(self.ranking):
            return  # the ballot changed meanwhile: its own advice follows
        self.query_one(AdviceView).show(plan, advice, advice_heading(plan))

    def _show_ballot(self) -> None:
        plan = self._plan
        if plan is None:
            return
        candidates = self.query_one(CandidateList)
        highlighted = candidates.current_project_id
        reason = candidates.reason(highlighted) if highlighted is not None else ""
        self.query_one(BallotView).show(plan, self.ranking, highlighted, reason, self.points)

    # -- the member --------------------------------------------------------------

    @property
    def member(self) -> str | None:
        if self._voter_typed():
            return self._voter
        value = self.query_one("#vote-member", Select).value
        return value if isinstance(value, str) else None

    def _voter_typed(self) -> bool:
        """The voter is typed by number (a CSV or open roll), not chosen from the members."""
        from workplan_tui.voting.rolls import asks_for_voter_id

        return self._plan is not None and asks_for_voter_id(self._plan)

    def _member_label(self, plan: Plan, member: str) -> str:
        if self._voter_typed():
            return self._voter_label or member
        return next((m.label for m in plan.members if m.id == member), member)

    def _recheck_voter(self, plan: Plan) -> None:
        """After a reload: the voter stays only while they are still on the (perhaps changed) roll."""
        from workplan_tui.voting.rolls import identify_voter

        try:
            voter = identify_voter(workplan_app(self).plan_path, plan, self._voter or "")
        except WorkplanError:
            voter = None
        if voter is None or voter.refusal:
            self._voter, self._voter_label = None, ""
            self.query_one("#vote-voter", Input).value = ""
        else:
            self._voter_label = voter.label

    def _has_voted(self, plan: Plan, member: str) -> bool:
        from workplan_tui.voting.casting import has_voted

        try:
            return has_voted(workplan_app(self).plan_path, member, plan)
        except WorkplanError:  # an unreadable box or roll: writing the ballot says why
            return False

    def _show_member_status(self) -> None:
        from workplan_tui.voting.rolls import imported_refusal

        member = self.member
        status = Text()
        plan = self._plan
        if plan is not None and imported_refusal(plan):
            # An imported electorate's ballots were cast elsewhere (casting.form_refusal).
            status.append("An imported vote: no ballot can be cast here", style="yellow")
        elif member is None and self._voter_typed():
            status.append("Type the voter number, then enter", style="dim")  # no "(m)": typed in the field, m is a letter of the number
        elif member is None:
            status.append("No member chosen (m)", style="dim")
        elif (plan := workplan_app(self).plan) is not None and self._has_voted(plan, member):
            status.append(self._voter_named("Has voted: submitting replaces the ballot"), style="yellow")
        else:
            status.append(self._voter_named("Not voted yet"), style="green")
        self.query_one("#vote-member-status", Static).update(status)

    def _voter_named(self, status: str) -> str:
        # A typed number has no name beside it on screen: the status says whose it is (a CSV roll's label).
        if self._voter_typed() and self._voter is not None and self._voter_label not in ("", self._voter):
            return f"{self._voter_label}: {status[0].lower()}{status[1:]}"
        return status

    def on_select_changed(self, event: Select.Changed) -> None:
        event.stop()
        self._member_changed()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "vote-points":
            event.stop()
            self._points_typed(event.input)
            return
        if event.input.id != "vote-voter":
            return
        event.stop()
        plan = self._plan
        if plan is None:
            return
        from workplan_tui.voting.rolls import identify_voter

        try:
            voter = identify_voter(workplan_app(self).plan_path, plan, event.value)
        except WorkplanError as error:
            notify_error(self, error, "The roll cannot be read")
            return
        if voter.refusal:
            self._voter, self._voter_label = None, ""
            event.input.value = ""
            self.notify(voter.refusal, title="Voter not found", severity="error", markup=False)
        else:
            self._voter, self._voter_label = voter.voter, voter.label
            self.query_one(CandidateList).focus()
        self._member_changed()

    def on_input_changed(self, event: Input.Changed) -> None:
        # Editing the number un-chooses the voter it named: the ballot is never cast for a number not on screen.
        if event.input.id != "vote-voter" or self._voter is None:
            return
        from workplan_tui.voting.rolls import typed_voter_id

        if typed_voter_id(event.value) != self._voter:
            self._voter, self._voter_label = None, ""
            self._show_member_status()

    def _member_changed(self) -> None:
        self.query_one("#vote-code", Input).value = ""  # a code belongs to one member
        member = self.member
        # A ballot belongs to one member: at a shared screen the next member starts from an
        # empty one. (A reload sets the same member again, and a ranking made before anyone
        # was chosen is the chosen member's.)
        if member is not None and self._ballot_member not in (None, member) and self.ranking:
            self.ranking.clear()
            self.points.clear()  # a points ballot's ranking is made from its points: both go
            self.changed()
        if member is not None:
            self._ballot_member = member
            self._show_candidates()
            self.changed()
        self._show_member_status()

    # -- actions -------------------------------------------------------------------

    def ranking_plan(self) -> Plan | None:
        return self._plan

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "type_points_field":
            action = "type_points"  # the field is how the pane types a points ballot's numbers
        return super().check_action(action, parameters)

    def action_type_points_field(self) -> None:
        """p: type the highlighted project's points in the field, then enter."""
        field = self.query_one("#vote-points", Input)
        project_id = self.query_one(CandidateList).current_project_id
        field.value = str(self.points.get(project_id, 0)) if project_id is not None else ""
        field.focus()

    def _points_typed(self, field: Input) -> None:
        project_id = self.query_one(CandidateList).current_project_id
        try:
            number = int(field.value.strip())
        except ValueError:
            self.notify("Type the points as a whole number, such as 3.", severity="error")
            return
        if project_id is not None and self.set_points(project_id, number):
            field.value = ""
            self.query_one(CandidateList).focus()

    def action_close_vote(self) -> None:
        self.query_one(TurnoutLine).close_or_reopen()

    def ranking_member(self) -> str | None:
        return self.member

    def action_choose_member(self) -> None:
        if self._voter_typed():
            self.query_one("#vote-voter", Input).focus()
            return
        select = self.query_one("#vote-member", Select)
        select.focus()
        select.expanded = True

    def action_submit(self) -> None:
        plan, member = self._plan, self.member
        if plan is None:
            return
        from workplan_tui.voting.casting import form_refusal

        refusal = form_refusal(plan)
        if refusal:
            self.notify(refusal, severity="error", markup=False)
            return
        if member is None and self._voter_typed():
            self.notify("Type the voter number first, then enter.", severity="error")
            return
        if member is None:
            self.notify("Choose the member first (m).", severity="error")
            return
        if not self.ranking:
            from workplan_tui.voting.casting import EMPTY_BALLOT

            self.notify(EMPTY_BALLOT.get(plan.voting.ballot, EMPTY_BALLOT["ranking"]).replace("Your", "The"), severity="error")
            return
        if refuse_unless_vote_open(self):
            return
        # The ballot carries the plan's fingerprint: cast on a plan that has since changed,
        # it would be rejected at the count.
        if refuse_if_changed_on_disk(self, "Ballot not written", "then check the ballot and submit again"):
            return
        from workplan_tui.voting.codes import codes_required, require_code

        code_input = self.query_one("#vote-code", Input)
        if codes_required(plan) and not code_input.value.strip():
            # The core's message for a missing code names the command line's --code.
            self.notify("This plan needs a voting code: type the member's code from their slip.", severity="error")
            code_input.focus()
            return
        try:
            # Checked before anything else is asked: a wrong code must not reach the replace question.
            require_code(plan, workplan_app(self).plan_path, member, code_input.value.strip() or None)
        except WorkplanError as error:
            notify_error(self, error, "Ballot not written")
            return
        ranking = tuple(self.ranking)
        from workplan_tui.voting.casting import points_given

        points = tuple(points_given(self.points))
        if not self._has_voted(plan, member):
            self._write(plan, member, ranking, points, replace=False)
            return
        from workplan_tui.voting.casting import ballot_file

        path = ballot_file(workplan_app(self).plan_path, member, plan)
        label = self._member_label(plan, member)
        question = Text()
        question.append(f"{label} has already voted ({shown_safely(str(path))}).\n\n")
        question.append("Replace that ballot with this one?\n")
        for line in ballot_lines(plan, ranking, dict(points)):
            question.append(f"  {line}\n")

        def answered(yes: bool | None) -> None:
            if yes:
                self._write(plan, member, ranking, points, replace=True)
            else:
                # Not left for the next person at a shared screen, who could replace it with no code.
                self.query_one("#vote-code", Input).value = ""
                self.notify("The earlier ballot stays.", markup=False)

        self.app.push_screen(ConfirmScreen("Replace the ballot?", question, yes="Replace"), answered)

    def _write(
        self, plan: Plan, member: str, ranking: tuple[str, ...], points: tuple[tuple[str, int], ...], *, replace: bool
    ) -> None:
        from workplan_tui.files import FileStamp
        from workplan_tui.voting.casting import cast_ballot

        app, code = workplan_app(self), self.query_one("#vote-code", Input).value.strip() or None
        try:
            # The booth's one way of writing a ballot: the plan on disk still the one on screen,
            # the code, then the file (the checks above only ask before the replace question).
            path = cast_ballot(
                plan, app.plan_path, FileStamp(app.loaded_digest), member, ranking, code, replace=replace, points=points
            )
        except WorkplanError as error:
            notify_error(self, error, "Ballot not written")
            return
        self.notify(f"Ballot written: {shown_safely(str(path))}", title="Voted", markup=False)
        # At a shared screen the next member must not find the last one's code typed in.
        self.query_one("#vote-code", Input).value = ""
        self._show_member_status()
