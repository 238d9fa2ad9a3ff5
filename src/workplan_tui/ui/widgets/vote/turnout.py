"""The officer's turnout line on the Vote pane: where the vote stands and who has voted, never how.

It reads the ballot folder's listing (voting/turnout.py: file names only, no ballot opened)
every TURNOUT_SECONDS while the app runs, so a ballot cast from the booth or another
terminal shows up by itself; the window's state (open, closed, not yet open) comes from
voting/window.py. `close_or_reopen` is the Vote pane's key for closing the vote: it asks
first, then edits `[voting] closes` through the app's PlanEditor (the file's layout kept),
as `workplan close` does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from rich.text import Text
from textual.widget import Widget
from textual.widgets import Static

from workplan_tui.errors import WorkplanError
from workplan_tui.ui.notifications import notify_error
from workplan_tui.ui.textual_types import WidgetOptions, workplan_app

if TYPE_CHECKING:
    import datetime as dt

    from workplan_tui.plan_edit import EditSession, Outcome

TURNOUT_SECONDS = 2.0  # a directory listing: cheap enough to read this often


def refuse_unless_vote_open(node: Widget) -> bool:
    """True (and says why) when no ballot may be cast now: before `[voting] opens`, after `closes`."""
    plan = workplan_app(node).plan
    if plan is None:
        return False
    from workplan_tui.moments import now
    from workplan_tui.voting.window import not_open_reason

    reason = not_open_reason(plan.voting, now())
    if reason:
        node.notify(f"{reason} No ballot can be cast now.", title="Ballot not written", severity="error", markup=False)
    return bool(reason)


class TurnoutLine(Static):
    def __init__(self, **options: Unpack[WidgetOptions]) -> None:
        super().__init__(**options)
        self._shown: tuple[str, str] | None = None

    def on_mount(self) -> None:
        self.show_turnout()
        self.set_interval(TURNOUT_SECONDS, self.show_turnout)
        self.watch(self.app, "plan", lambda: self.show_turnout(), init=False)

    def show_turnout(self) -> None:
        app = workplan_app(self)
        plan = app.plan
        if plan is None:
            return
        from workplan_tui.moments import now
        from workplan_tui.voting.turnout import plan_turnout
        from workplan_tui.voting.window import has_closed, has_opened, status

        # Rounded up as the close is (`close_or_reopen`): a vote just closed reads closed at once.
        moment = now(rounded_up=True)
        closed = has_closed(plan.voting, moment)
        state = "Closed" if closed else ("Open" if has_opened(plan.voting, moment) else "Not open yet")
        try:
            sentence = plan_turnout(app.plan_path, plan).sentence(closed=closed)
        except WorkplanError as error:  # an unreadable ballot box or roll: said in its place
            sentence = f"Turnout unknown: {error.errors[0].words or error.errors[0].message}"
        full = status(plan.voting, moment)
        if self._shown == (sentence, full):
            return  # nothing new: no repaint every two seconds
        self._shown = (sentence, full)
        line = Text(no_wrap=True, overflow="ellipsis")
        line.append(f"{state} · ", style="bold red" if closed else "bold green" if state == "Open" else "bold yellow")
        line.append(sentence)
        self.update(line)
        self.tooltip = f"{full}\n{sentence}"

    # -- closing and reopening -------------------------------------------------------

    def close_or_reopen(self) -> None:
        """Close the vote now (or reopen a closed one), once the officer confirms."""
        app = workplan_app(self)
        plan = app.plan
        if plan is None:
            return
        from workplan_tui.moments import now
        from workplan_tui.ui.screens.confirm_screen import ConfirmScreen
        from workplan_tui.voting.turnout import plan_turnout
        from workplan_tui.voting.window import closing, has_closed, reopening, status

        moment = now(rounded_up=True)
        reopen = has_closed(plan.voting, moment)
        change = reopening(plan.voting, moment) if reopen else closing(plan.voting, moment)
        if change.unchanged:
            self.notify(change.unchanged, markup=False)
            return
        seen = plan_turnout(app.plan_path, plan)
        question = Text()
        question.append(f"{status(plan.voting, moment)}\n{seen.sentence()}\n\n")
        if reopen:
            question.append("Reopen the vote? ", style="bold")
            question.append("Members can vote again, with no closing time, until it is closed again.")
            title, yes = "Reopen the vote", "Reopen"
        else:
            question.append("Close the vote now? ", style="bold")
            question.append("No ballot can be cast after this, in the booth or here; the ballots cast so far count.")
            title, yes = "Close the vote", "Close"

        def answered(yes_: bool | None) -> None:
            if yes_:
                self._write(change.closes, reopened=reopen)

        app.push_screen(ConfirmScreen(title, question, yes=yes), answered)

    def _write(self, closes: dt.datetime | None, *, reopened: bool) -> None:
        from workplan_tui.moments import now
        from workplan_tui.voting.turnout import plan_turnout
        from workplan_tui.voting.window import change_said, has_closed

        app = workplan_app(self)

        def operation(session: EditSession, dry_run: bool) -> Outcome:
            return session.update_voting(closes=closes, dry_run=dry_run)

        def done(written: bool) -> None:
            plan = app.plan
            if not written or plan is None:
                return
            # Said as of the close it wrote (rounded up to the second), or of now for a reopening.
            moment = closes if closes is not None and not reopened else now()
            closed = has_closed(plan.voting, moment)
            seen = plan_turnout(app.plan_path, plan)
            self.notify(f"{change_said(plan.voting, moment, reopened=reopened)}: {seen.summary(closed=closed)}.", markup=False)
            self.show_turnout()

        outcome = app.editor.commit(operation, done)
        if outcome is not None and not outcome.ok:
            title = "The vote was not reopened" if reopened else "The vote was not closed"
            notify_error(self, WorkplanError(list(outcome.errors)), title)
