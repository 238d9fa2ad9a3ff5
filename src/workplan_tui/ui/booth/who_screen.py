"""Who is voting?: the member picks their name, types their code (when the plan asks for
codes) and, if they have voted already, says whether to replace that ballot.

When the roll is not the plan's members (`[voting] roll`, a CSV file or "open"), there is no
list of names: the voter types their voter number, which the core checks against the roll
(rolls.identify_voter), and then goes on as a member does.

The code field is emptied after every attempt, right or wrong, and the screen is never
reused: the next member gets a new one (BoothApp.next_voter).

Before `[voting] opens` and after `closes` it takes no ballot and says why; it looks at the
clock and the plan file every WINDOW_CHECK_SECONDS, so the list appears when the vote opens
and goes when an officer closes it. When members may see the count (after the close, or
`results = "live"`) it offers the results (ResultsScreen).
"""

from __future__ import annotations

import os

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Button, Input, OptionList, Static
from textual.widgets.option_list import Option

from workplan_tui.errors import WorkplanError
from workplan_tui.ui.booth.booth_app import booth_app

WINDOW_CHECK_SECONDS = 2.0


class WhoIsVotingScreen(Screen[None]):
    # Each step focuses its own widget (_show_step); Textual's auto-focus would give a hidden
    # members' list the keys while the vote is closed.
    AUTO_FOCUS = ""
    BINDINGS = [
        Binding("escape", "back", "Back", show=False),
        Binding("r", "results", "See the results", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.member: str | None = None
        self._code: str | None = None  # held only between a right code and the replace answer
        self._step = "members"
        self._voter_label = ""  # how the voter is named, once identified
        self._window_shown: tuple[str, bool] | None = None  # (why the vote is not open, results shown)
        self._file_seen: tuple[int, int] | None = None  # the plan file's (mtime, size) last looked at

    def compose(self) -> ComposeResult:
        plan = booth_app(self).plan
        with Vertical(id="who-body"):
            yield Static(plan.info.title, id="who-plan")
            yield Static("Who is voting?", id="who-title")
            yield Static(id="who-window")
            from workplan_tui.voting.rolls import asks_for_voter_id

            if asks_for_voter_id(plan):
                with Vertical(id="who-voter-step"):
                    yield Static("Your voter number", id="who-voter-label")
                    yield Input(placeholder="the number you were given", id="who-voter")
                    with Horizontal(classes="booth-buttons"):
                        yield Button("Continue", variant="primary", compact=True, id="who-voter-continue")
            else:
                yield OptionList(*(Option(member.label, id=member.id) for member in plan.members), id="who-members")
            with Vertical(id="who-code-step"):
                yield Static(id="who-code-label")
                yield Input(placeholder="code from your slip", password=True, id="who-code")
                with Horizontal(classes="booth-buttons"):
                    yield Button("Continue", variant="primary", compact=True, id="who-continue")
                    yield Button("Back", compact=True, id="who-back")
            with Vertical(id="who-replace-step"):
                yield Static(id="who-replace-question")
                with Horizontal(classes="booth-buttons"):
                    yield Button("Replace it", variant="warning", compact=True, id="who-replace")
                    yield Button("No", compact=True, id="who-keep")
            yield Static(id="who-message")
            with Horizontal(classes="booth-buttons"):
                yield Button("See the results (r)", compact=True, id="who-results")

    def on_mount(self) -> None:
        self._file_seen = self._file_state()
        self._show_window()
        self.set_interval(WINDOW_CHECK_SECONDS, self._check_window)

    def _show_step(self, step: str) -> None:
        self._step = step
        self.query_one("#who-title").display = step != "closed"
        self.query_one("#who-window").display = step == "closed"
        self._choice().display = step == "members"
        self.query_one("#who-code-step").display = step == "code"
        self.query_one("#who-replace-step").display = step == "replace"
        results = self.query_one("#who-results")
        focus = {"members": self._choice_focus(), "code": "#who-code", "replace": "#who-keep"}.get(step)
        if focus is not None:
            self.query_one(focus).focus()
        elif results.display:
            results.focus()
        else:
            self.set_focus(None)

    def _choice(self) -> Widget:
        """Where the voter says who they are: the members' list, or the voter number field."""
        found = self.query("#who-members, #who-voter-step")
        return found.first()

    def holds_a_voter(self) -> bool:
        """Someone is part-way through: chosen, or their voter number (some of it) typed in."""
        return self.member is not None or any(field.value for field in self.query("#who-voter").results(Input))

    def _choice_focus(self) -> str:
        return "#who-voter" if self.query("#who-voter") else "#who-members"

    # -- the vote's opening and closing ----------------------------------------------

    def _window(self) -> tuple[str, bool]:
        from workplan_tui.moments import now
        from workplan_tui.voting.window import not_open_reason, results_shown

        rules, moment = booth_app(self).plan.voting, now()
        return not_open_reason(rules, moment), results_shown(rules, moment)

    def _show_window(self) -> None:
        """The members' list while the vote is open, otherwise why not; the results button when shown."""
        from workplan_tui.voting.casting import form_refusal

        reason, results = self._window_shown = self._window()
        self.query_one("#who-results").display = results
        refusal = form_refusal(booth_app(self).plan)
        if reason or refusal:
            self.query_one("#who-window", Static).update(refusal or f"{reason}\nNo ballot can be cast now.")
            self._show_step("closed")
        elif self._step in ("members", "closed"):
            self._show_step("members")

    def _file_state(self) -> tuple[int, int] | None:
        try:
            status = os.stat(booth_app(self).plan_path)
        except OSError:
            return None
        return status.st_mtime_ns, status.st_size

    def _check_window(self) -> None:
        """The clock may have passed `opens` or `closes`, or an officer closed the vote."""
        if self._step not in ("members", "closed"):
            return  # a member is part-way through: their ballot is checked when it is cast
        app = booth_app(self)
        seen = self._file_state()
        if seen != self._file_seen:  # a stat first: the plan is read again only when it changed
            self._file_seen = seen
            try:
                if app.stamp.changed(app.plan_path):
                    app.reload_plan()
                    app.next_voter()  # a new screen, with the plan as it now is
                    return
            except WorkplanError:
                return  # being edited: the last plan that loaded stands
        if self._window() != self._window_shown:
            self._show_window()

    def action_results(self) -> None:
        if self._window_shown is not None and self._window_shown[1] and self._step in ("members", "closed"):
            from workplan_tui.ui.booth.results_screen import ResultsScreen

            # Switched to, like every booth screen: "Back" gives the next member a new "who is voting?".
            self.app.switch_screen(ResultsScreen())

    @on(Button.Pressed, "#who-results")
    def _results_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.action_results()

    def _say(self, message: str) -> None:
        self.query_one("#who-message", Static).update(message)

    def _label(self, member: str) -> str:
        if self._voter_label:
            return self._voter_label
        return next(m.label for m in booth_app(self).plan.members if m.id == member)

    # -- the steps -------------------------------------------------------------------

    @on(OptionList.OptionSelected, "#who-members")
    def _member_chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.member = event.option.id
        self._say("")
        self._chosen()

    @on(Input.Submitted, "#who-voter")
    @on(Button.Pressed, "#who-voter-continue")
    def _check_voter(self, event: Input.Submitted | Button.Pressed) -> None:
        event.stop()
        field = self.query_one("#who-voter", Input)
        typed = field.value
        app = booth_app(self)
        from workplan_tui.voting.rolls import identify_voter

        try:
            voter = identify_voter(app.plan_path, app.plan, typed)
        except WorkplanError:
            self._say("The list of voters cannot be read: please ask an officer.")
            return
        if voter.refusal:
            # Emptied: a wrong number is not left in the field for the next person to read.
            field.value = ""
            self._say(voter.refusal)
            field.focus()
            return
        self.member, self._voter_label = voter.voter, voter.label
        self._say("")
        self._chosen()

    def _chosen(self) -> None:
        """The voter is known (chosen from the list or typed): their code, if asked for, then their ballot."""
        if self.member is None:
            return
        if self._window()[0]:  # not open (it may have closed since the list was shown)
            self.member = None
            self._show_window()
            return
        # The voting core is imported once a member is chosen: the first frame does not wait for it.
        from workplan_tui.voting.codes import codes_required

        if codes_required(booth_app(self).plan):
            self.query_one("#who-code-label", Static).update(f"{self._label(self.member)}: type your voting code.")
            self._show_step("code")
        else:
            self._identified(None)

    @on(Input.Submitted, "#who-code")
    @on(Button.Pressed, "#who-continue")
    def _check_code(self, event: Input.Submitted | Button.Pressed) -> None:
        event.stop()
        field = self.query_one("#who-code", Input)
        code = field.value.strip()
        field.value = ""  # after every attempt: the next person must not find it typed in
        member, app = self.member, booth_app(self)
        if member is None:
            return
        if not code:
            self._say("Type the code printed on your slip.")
            return
        from workplan_tui.voting.codes import code_issued, not_issued_words, verify_code

        try:
            right = verify_code(app.plan_path, member, code)
            issued = right or code_issued(app.plan_path, member)
        except WorkplanError:
            self._say("No voting codes have been issued for this plan: please ask an officer.")
            return
        if not issued:  # a voter on the roll (or a member) added since: no slip can be right
            self._say(not_issued_words(app.plan, app.plan_path, member))
            return
        if not right:
            self._say("That code is not right. Check your slip and type it again, or ask an officer.")
            field.focus()
            return
        self._identified(code)

    def _identified(self, code: str | None) -> None:
        member, app = self.member, booth_app(self)
        assert member is not None
        from workplan_tui.voting.casting import has_voted

        try:
            voted = has_voted(app.plan_path, member, app.plan)
        except WorkplanError:  # an unreadable box: casting says why, in the ballot's words
            voted = False
        if not voted:
            app.start_ballot(member, code, replace=False, label=self._label(member))
            return
        self._code = code
        self.query_one("#who-replace-question", Static).update(
            f"{self._label(member)}, you have voted already. Replace your ballot with a new one?"
        )
        self._say("")
        self._show_step("replace")

    @on(Button.Pressed, "#who-replace")
    def _replace(self, event: Button.Pressed) -> None:
        event.stop()
        member, code = self.member, self._code
        self._code = None
        if member is not None:
            booth_app(self).start_ballot(member, code, replace=True, label=self._label(member))

    @on(Button.Pressed, "#who-keep")
    def _keep(self, event: Button.Pressed) -> None:
        event.stop()
        self._code = None
        booth_app(self).next_voter()

    @on(Button.Pressed, "#who-back")
    def _back_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.action_back()

    def action_back(self) -> None:
        # Back from any step is a fresh start: the code and the member go with the screen.
        booth_app(self).next_voter()
