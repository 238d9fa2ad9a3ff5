"""Pilot tests of opening and closing the vote: the booth before it opens and after it closes,
a ballot submitted after the close, the results members may see (live or after the close),
and the officer's turnout line and close key on the Vote pane."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

from textual.widgets import TabbedContent

from helpers.pilot import screen_text, settle, wait_until
from helpers.ui_voting import BALLOTS, cast_ballots
from workplan_tui.plan_io import load_plan
from workplan_tui.ui.app import WorkplanApp
from workplan_tui.ui.booth.ballot_screen import BallotScreen
from workplan_tui.ui.booth.booth_app import BoothApp
from workplan_tui.ui.booth.results_screen import ResultsScreen
from workplan_tui.ui.booth.who_screen import WhoIsVotingScreen
from workplan_tui.ui.screens.confirm_screen import ConfirmScreen
from workplan_tui.ui.widgets.vote.turnout import TurnoutLine
from workplan_tui.voting.ballots import ballots_dir, read_ballots, write_ballot

SIZE = (80, 24)
LABELS = ("Chair", "Member A (district council)", "Member B", "Member C", "Member D")
TITLES = ("Modern slavery", "[red]x[/]", "Cohesion impact of court cases")
CLOSED = 'closes = 2025-06-01T11:05:00Z\n'  # after helpers.ui_voting's ballots (10:00), long past


def set_voting(plan_path: Path, extra: str) -> None:
    """Add lines to the voting plan's [voting] table."""
    text = plan_path.read_text(encoding="utf-8")
    plan_path.write_text(text.replace('seed = "test"\n', 'seed = "test"\n' + extra, 1), encoding="utf-8")


def moment(seconds_from_now: float) -> str:
    return (dt.datetime.now(dt.UTC) + dt.timedelta(seconds=seconds_from_now)).replace(microsecond=0).isoformat()


async def on_screen(pilot, screen_type):
    await wait_until(pilot, lambda: isinstance(pilot.app.screen, screen_type), screen_type.__name__)
    await pilot.pause()
    return pilot.app.screen


# -- the booth ----------------------------------------------------------------------------


async def test_before_the_vote_opens_the_booth_says_when_and_takes_no_ballot(voting_plan: Path) -> None:
    set_voting(voting_plan, 'opens = 2999-03-23T10:00:00Z\nresults = "live"\n')
    app = BoothApp(voting_plan)
    async with app.run_test(size=SIZE) as pilot:
        screen = await on_screen(pilot, WhoIsVotingScreen)
        text = screen_text(app)
        assert "The vote opens at 10:00 on 23 March 2999." in text and "No ballot can be cast now." in text
        assert not any(label in text for label in LABELS) and "See the results" not in text
        await pilot.press("enter", "down", "enter", "r", "s")
        assert app.screen is screen and screen.member is None
        assert not ballots_dir(voting_plan).exists()


async def test_after_the_close_the_booth_says_so_and_offers_the_results(voting_plan: Path) -> None:
    cast_ballots(voting_plan)
    set_voting(voting_plan, CLOSED)
    app = BoothApp(voting_plan)
    async with app.run_test(size=SIZE) as pilot:
        await on_screen(pilot, WhoIsVotingScreen)
        text = screen_text(app)
        assert "The vote closed at 11:05 on 1 June 2025." in text and "See the results (r)" in text
        assert not any(label in text for label in LABELS)
        await pilot.press("down", "s")  # nobody to choose, nothing to submit
        assert isinstance(app.screen, WhoIsVotingScreen) and app.screen.member is None
        await pilot.press("enter")  # the results button has the focus
        await on_screen(pilot, ResultsScreen)
        await wait_until(pilot, lambda: "ballots counted" in screen_text(app), "the count")
        text = screen_text(app)
        # points 3-2-1 (helpers.ui_voting): court cases 11, modern slavery 6, the markup title 6; one seat.
        assert "Results so far" not in text and "The vote closed at 11:05 on 1 June 2025. 5 ballots counted." in text
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        start = lines.index("The Board's priorities")
        assert lines[start : start + 5] == [
            "The Board's priorities", "11  Cohesion impact of court cases", "Other projects ranked", "6  Modern slavery", "6  [red]x[/]",
        ]
        # Nothing about who voted, or how: no member's label, no rejected ballot's name.
        assert not any(label in text for label in LABELS) and "stranger" not in text
        await pilot.press("escape")
        await on_screen(pilot, WhoIsVotingScreen)


async def test_results_live_are_offered_while_the_vote_is_open_and_after_close_are_not(voting_plan: Path) -> None:
    cast_ballots(voting_plan)
    set_voting(voting_plan, 'results = "live"\n')
    app = BoothApp(voting_plan)
    async with app.run_test(size=SIZE) as pilot:
        await on_screen(pilot, WhoIsVotingScreen)
        text = screen_text(app)
        assert "Who is voting?" in text and "Chair" in text and "See the results (r)" in text
        await pilot.press("r")
        await on_screen(pilot, ResultsScreen)
        await wait_until(pilot, lambda: "ballots counted" in screen_text(app), "the count")
        assert "Results so far" in screen_text(app) and "The vote is open. 5 ballots counted." in screen_text(app)

    # The default, "after-close": while the vote is open no results anywhere in the booth.
    voting_plan.write_text(voting_plan.read_text(encoding="utf-8").replace('results = "live"\n', ""), encoding="utf-8")
    app = BoothApp(voting_plan)
    async with app.run_test(size=SIZE) as pilot:
        screen = await on_screen(pilot, WhoIsVotingScreen)
        assert "See the results" not in screen_text(app)
        await pilot.press("r")
        await pilot.pause()
        assert app.screen is screen
        await pilot.press("enter")  # the chair's ballot: no score, no result on it either
        await on_screen(pilot, WhoIsVotingScreen)  # asked to replace the ballot cast already
        assert "score" not in screen_text(app) and "priorities" not in screen_text(app)


async def test_a_ballot_submitted_after_an_officer_closed_the_vote_is_refused_and_the_member_told(voting_plan: Path) -> None:
    app = BoothApp(voting_plan)
    async with app.run_test(size=SIZE) as pilot:
        await on_screen(pilot, WhoIsVotingScreen)
        await pilot.press("enter")  # the chair
        await on_screen(pilot, BallotScreen)
        await pilot.press("enter")
        set_voting(voting_plan, f"closes = {moment(-60)}\n")  # what `workplan close` writes, meanwhile
        await pilot.press("s")
        await on_screen(pilot, WhoIsVotingScreen)
        messages = [notification.message for notification in app._notifications]
        assert any(message.startswith("Your ballot was not recorded. The vote closed at ") for message in messages)
        assert "The vote closed at " in screen_text(app) and "Chair" not in screen_text(app)
        assert not ballots_dir(voting_plan).exists()


async def test_a_ballot_submitted_once_the_closing_time_has_passed_is_refused(voting_plan: Path) -> None:
    closes = dt.datetime.now(dt.UTC).replace(microsecond=0) + dt.timedelta(seconds=4)
    set_voting(voting_plan, f"closes = {closes.isoformat()}\n")
    app = BoothApp(voting_plan)
    async with app.run_test(size=SIZE) as pilot:
        await on_screen(pilot, WhoIsVotingScreen)
        await pilot.press("down", "enter")  # Member A, before the close
        await on_screen(pilot, BallotScreen)
        await pilot.press("enter")
        await wait_until(pilot, lambda: dt.datetime.now(dt.UTC) > closes + dt.timedelta(seconds=1), "the closing time")
        await pilot.press("s")
        await on_screen(pilot, WhoIsVotingScreen)
        assert any("Your ballot was not recorded. The vote closed at " in n.message for n in app._notifications)
        assert not ballots_dir(voting_plan).exists()


async def test_the_booth_follows_the_plan_when_an_officer_closes_and_reopens(voting_plan: Path) -> None:
    app = BoothApp(voting_plan)
    original = voting_plan.read_text(encoding="utf-8")
    async with app.run_test(size=SIZE) as pilot:
        await on_screen(pilot, WhoIsVotingScreen)
        assert "Chair" in screen_text(app)
        set_voting(voting_plan, f"closes = {moment(-60)}\n")
        await wait_until(pilot, lambda: "The vote closed at " in screen_text(app), "the booth to see the close")
        assert "Chair" not in screen_text(app)
        voting_plan.write_text(original, encoding="utf-8")
        await wait_until(pilot, lambda: "Chair" in screen_text(app), "the booth to see the vote reopened")


# -- the officer's Vote pane ---------------------------------------------------------------


async def test_the_turnout_line_follows_the_ballot_folder(voting_plan: Path) -> None:
    app = WorkplanApp(voting_plan)
    async with app.run_test(size=(160, 30)) as pilot:
        await pilot.press("3")
        await settle(pilot)
        line = app.screen.query_one(TurnoutLine)
        assert "Open · 0 of 5 members have voted; not yet: Chair, Member A (district council)" in str(line.render())
        write_ballot(load_plan(voting_plan), ballots_dir(voting_plan), "member-b", ("court-cases",))
        started = time.monotonic()
        await wait_until(pilot, lambda: "1 of 5 members has voted: Member B; not yet: Chair" in str(line.render()), "the new ballot")
        assert time.monotonic() - started < 10
        # Who voted, never how: the line names no project.
        assert not any(title in str(line.render()) for title in TITLES)
        assert "Member B" in str(line.tooltip) and "The vote is open." in str(line.tooltip)


async def test_the_close_key_asks_then_closes_and_reopens_the_vote_in_the_plan(voting_plan: Path) -> None:
    cast_ballots(voting_plan)
    original = voting_plan.read_text(encoding="utf-8")
    app = WorkplanApp(voting_plan)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("3")
        await settle(pilot)
        await pilot.press("C")
        screen = await on_screen(pilot, ConfirmScreen)
        text = screen_text(app)
        assert "Close the vote now?" in text and "5 of 5 members have voted" in text
        await pilot.press("n")
        await pilot.pause()
        assert voting_plan.read_text(encoding="utf-8") == original
        await pilot.press("C")
        await on_screen(pilot, ConfirmScreen)
        await pilot.press("y")
        await wait_until(pilot, lambda: "closes = " in voting_plan.read_text(encoding="utf-8"), "the plan to be written")
        await settle(pilot)
        assert app.screen is not screen and app.screen.query_one(TabbedContent).active == "vote"  # still on the pane
        line = app.screen.query_one(TurnoutLine)
        await wait_until(pilot, lambda: str(line.render()).startswith("Closed · 5 of 5 members voted"), "the line to say closed")
        assert any(n.message.startswith("Vote closed at ") and n.message.endswith(": 5 of 5 members voted.") for n in app._notifications)
        # Closing changed only that line, and the ballots cast before it all count.
        added = [line for line in voting_plan.read_text(encoding="utf-8").splitlines() if line not in original.splitlines()]
        assert len(added) == 1 and added[0].startswith("closes = ")
        counted, _ = read_ballots(load_plan(voting_plan), ballots_dir(voting_plan))
        assert {ballot.member for ballot in counted} == set(BALLOTS)
        await pilot.press("C")
        await on_screen(pilot, ConfirmScreen)
        assert "Reopen the vote?" in screen_text(app)
        await pilot.press("y")
        await wait_until(pilot, lambda: voting_plan.read_text(encoding="utf-8") == original, "the close to be removed")
        await wait_until(pilot, lambda: str(line.render()).startswith("Open · "), "the line to say open")


async def test_closing_the_vote_is_a_palette_command(voting_plan: Path) -> None:
    from textual.command import CommandPalette
    from textual.widgets import OptionList

    app = WorkplanApp(voting_plan)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+p")
        await wait_until(pilot, lambda: isinstance(app.screen, CommandPalette), "the command palette")
        await pilot.press(*"Close or reopen")
        hits = app.screen.query_one("CommandList", OptionList)
        title = "Vote: Close or reopen the vote"
        await wait_until(pilot, lambda: hits.option_count and title in str(hits.get_option_at_index(0).prompt), title)
        await pilot.press("enter")
        await on_screen(pilot, ConfirmScreen)
        assert "Close the vote now?" in screen_text(app)


async def test_the_vote_pane_refuses_a_ballot_after_the_close(voting_plan: Path) -> None:
    set_voting(voting_plan, CLOSED)
    app = WorkplanApp(voting_plan)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("3")
        await settle(pilot)
        pane = app.screen.query_one("#vote")
        pane.query_one("#vote-member").value = "chair"  # type: ignore[attr-defined]
        await pilot.pause()
        await pilot.press("enter", "s")
        await pilot.pause()
        assert any(n.message == "The vote closed at 11:05 on 1 June 2025. No ballot can be cast now." for n in app._notifications)
        assert not isinstance(app.screen, ConfirmScreen) and not ballots_dir(voting_plan).exists()
        assert "Closed · 0 of 5 members voted; did not vote: Chair" in str(app.screen.query_one(TurnoutLine).render())
