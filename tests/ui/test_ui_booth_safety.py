"""The booth on a shared screen: no key ends it by accident (ctrl+q and ctrl+c ask; with an
officer's code only that code ends it), and a member's screen left alone goes back to "who is
voting?" with nothing of them on it, saying nothing was cast. Time is the test's own clock."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input

from helpers.booth import on_screen, turn_codes_on
from helpers.pilot import screen_text, wait_until
from workplan_tui.ui.booth.ballot_screen import BallotScreen
from workplan_tui.ui.booth.booth_app import BoothApp
from workplan_tui.ui.booth.end_screen import EndBoothScreen
from workplan_tui.ui.booth.who_screen import WhoIsVotingScreen

SIZE = (80, 24)


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def words_on_screen(app) -> str:
    """The screen's words in reading order, whatever the line breaks (for a dialog in a box)."""
    return " ".join(screen_text(app).replace("█", " ").split())


async def test_ctrl_q_asks_and_enter_keeps_voting_with_the_ballot_as_it_was(voting_plan: Path) -> None:
    app = BoothApp(voting_plan)
    async with app.run_test(size=SIZE) as pilot:
        await on_screen(pilot, WhoIsVotingScreen)
        await pilot.press("enter")
        ballot = await on_screen(pilot, BallotScreen)
        await pilot.press("enter", "ctrl+q")
        await on_screen(pilot, EndBoothScreen)
        text = words_on_screen(app)
        assert "End the booth?" in text and "members can no longer vote here" in text
        assert "A ballot not yet submitted is not cast" in text
        await pilot.press("enter", "ctrl+c")  # enter keeps voting; ctrl+c asks the same
        await on_screen(pilot, EndBoothScreen)
        await pilot.press("escape")
        assert app.screen is ballot and ballot.ranking == ["modern-slavery"] and app.return_code is None
        await pilot.press("ctrl+q", "tab", "enter")  # to "End the booth"
        await wait_until(pilot, lambda: app.return_code is not None, "the booth to end")


async def test_with_an_officers_code_only_that_code_ends_the_booth(voting_plan: Path) -> None:
    app = BoothApp(voting_plan, officer_code="lantern-42")
    async with app.run_test(size=SIZE) as pilot:
        await on_screen(pilot, WhoIsVotingScreen)
        await pilot.press("ctrl+q")
        screen = await on_screen(pilot, EndBoothScreen)
        assert "Only an officer can end it" in words_on_screen(app)
        field = screen.query_one("#end-code", Input)
        assert app.focused is field
        await pilot.press(*"lantern-4", "enter")
        await pilot.pause()
        assert "not the officer's code" in screen_text(app) and field.value == "" and app.return_code is None
        screen.query_one("#end-confirm").focus()
        await pilot.press("enter")  # "End the booth" without the code: refused too
        await pilot.pause()
        assert app.screen is screen and app.return_code is None
        field.focus()
        await pilot.press(*"lantern-42", "enter")
        await wait_until(pilot, lambda: app.return_code is not None, "the booth to end")


async def test_a_ballot_left_alone_goes_back_to_who_is_voting_and_says_nothing_was_cast(voting_plan: Path) -> None:
    clock = Clock()
    app = BoothApp(voting_plan, idle_minutes=3, clock=clock)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await on_screen(pilot, WhoIsVotingScreen)
        await pilot.press("enter")
        ballot = await on_screen(pilot, BallotScreen)
        await pilot.press("enter")
        clock.now += 170
        await pilot.press("down")  # a key: the member is still there
        clock.now += 170
        app.return_if_idle()
        assert app.screen is ballot
        clock.now += 11
        app.return_if_idle()
        await on_screen(pilot, WhoIsVotingScreen)
        await wait_until(pilot, lambda: "was not cast" in screen_text(app), "the toast saying nothing was cast")
        text = screen_text(app)
        # Nothing of the member: not their name above a ballot, not what they had ranked.
        assert "Voting:" not in text and "Modern slavery" not in text and "Your ballot" not in text
        assert not voting_plan.with_name("plan.ballots").exists()
        clock.now += 600
        app.return_if_idle()  # an empty "who is voting?" stays as it is
        assert isinstance(app.screen, WhoIsVotingScreen) and app.screen.member is None


async def test_a_code_step_or_the_end_question_left_alone_goes_back_too(voting_plan: Path) -> None:
    turn_codes_on(voting_plan)
    clock = Clock()
    app = BoothApp(voting_plan, idle_minutes=3, clock=clock)
    async with app.run_test(size=SIZE) as pilot:
        first = await on_screen(pilot, WhoIsVotingScreen)
        await pilot.press("enter", *"12")  # Chair, half a code typed
        assert "Chair: type your voting code" in screen_text(app)
        await pilot.press("ctrl+q")
        await on_screen(pilot, EndBoothScreen)
        clock.now += 181
        app.return_if_idle()
        screen = await on_screen(pilot, WhoIsVotingScreen)
        assert screen is not first and len(app.screen_stack) == 2  # the question went with the member
        text = screen_text(app)
        assert "Chair" not in text.split("Who is voting?")[0] and "type your voting code" not in text


async def test_no_idle_timeout_with_zero_minutes(voting_plan: Path) -> None:
    clock = Clock()
    app = BoothApp(voting_plan, idle_minutes=0, clock=clock)
    async with app.run_test(size=SIZE) as pilot:
        await on_screen(pilot, WhoIsVotingScreen)
        await pilot.press("enter")
        ballot = await on_screen(pilot, BallotScreen)
        clock.now += 10_000
        app.return_if_idle()
        assert app.screen is ballot
