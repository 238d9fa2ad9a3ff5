"""The booth on a roll that is not the plan's members: the voter types their voter number,
checked against the CSV roll (no "did you mean") or, on an open roll, any well-formed number;
then they vote as a member does, and a number that has voted is asked about replacing."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input, OptionList

from helpers.booth import on_screen
from helpers.pilot import screen_text, wait_until
from helpers.rolls import use_roll
from workplan_tui.plan_io import load_plan
from workplan_tui.ui.booth.ballot_screen import BallotScreen
from workplan_tui.ui.booth.booth_app import BoothApp
from workplan_tui.ui.booth.receipt_screen import ReceiptScreen
from workplan_tui.ui.booth.who_screen import WhoIsVotingScreen
from workplan_tui.voting.ballot_box import open_box

SIZE = (80, 24)


def cast(plan_path: Path) -> dict[str, tuple[str, ...]]:
    plan = load_plan(plan_path)
    ballots, _ = open_box(plan_path, plan).read(plan)
    return {ballot.member: ballot.ranking for ballot in ballots}


@pytest.mark.parametrize(("roll", "voter", "label"), [("voters.csv", "v-1001", "Resident 1001"), ("open", "anyone-7", "anyone-7")])
async def test_a_voter_types_their_number_fast_and_votes(voting_plan: Path, roll: str, voter: str, label: str) -> None:
    use_roll(voting_plan, roll)
    app = BoothApp(voting_plan)
    async with app.run_test(size=SIZE) as pilot:
        screen = await on_screen(pilot, WhoIsVotingScreen)
        text = screen_text(app)
        assert "Your voter number" in text and "Chair" not in text and not screen.query(OptionList)
        assert isinstance(app.focused, Input) and app.focused.id == "who-voter"
        # Typed in one go, then ranked and submitted: the keys arrive in order.
        await pilot.press(*voter, "enter")
        await on_screen(pilot, BallotScreen)
        assert f"Voting: {label}" in screen_text(app)
        await pilot.press("enter", "s")
        await on_screen(pilot, ReceiptScreen)
        assert cast(voting_plan) == {voter: ("modern-slavery",)}


async def test_a_number_not_on_the_csv_roll_is_refused_naming_no_one(voting_plan: Path) -> None:
    use_roll(voting_plan, "voters.csv")
    app = BoothApp(voting_plan)
    async with app.run_test(size=SIZE) as pilot:
        screen = await on_screen(pilot, WhoIsVotingScreen)
        await pilot.press(*"v-1000", "enter")
        await pilot.pause()
        text = screen_text(app)
        assert isinstance(app.screen, WhoIsVotingScreen) and screen.member is None
        assert "That voter number is not on the roll" in text
        assert "v-1001" not in text and "Resident" not in text  # no "did you mean"
        # The wrong number is gone from the field; the right one, typed next, is taken.
        field = screen.query_one("#who-voter", Input)
        assert field.value == "" and app.focused is field
        await pilot.press(*"V-1002", "enter")
        await on_screen(pilot, BallotScreen)
        assert "Voting: Resident 1002" in screen_text(app)


async def test_a_malformed_number_on_an_open_roll_is_refused(voting_plan: Path) -> None:
    use_roll(voting_plan, "open")
    app = BoothApp(voting_plan)
    async with app.run_test(size=SIZE) as pilot:
        await on_screen(pilot, WhoIsVotingScreen)
        await pilot.press(*"two words", "enter")
        await pilot.pause()
        assert isinstance(app.screen, WhoIsVotingScreen)
        assert "That is not a voter number" in screen_text(app)
        await pilot.press("enter")
        await pilot.pause()
        assert "Type your voter number." in screen_text(app)
    assert cast(voting_plan) == {}


@pytest.mark.parametrize(("roll", "voter"), [("voters.csv", "v-1003"), ("open", "anyone-7")])
async def test_a_number_that_has_voted_is_asked_about_replacing(voting_plan: Path, roll: str, voter: str) -> None:
    use_roll(voting_plan, roll)
    plan = load_plan(voting_plan)
    open_box(voting_plan, plan).cast(plan, voter, ["modern-slavery"], replace=False)
    app = BoothApp(voting_plan)
    async with app.run_test(size=SIZE) as pilot:
        await on_screen(pilot, WhoIsVotingScreen)
        await pilot.press(*voter, "enter")
        await pilot.pause()
        # v-1003 has no label on the roll: named by the number.
        assert f"{voter}, you have voted already. Replace your ballot with a new one?" in screen_text(app)
        await pilot.press("enter")  # "No", focused: the earlier ballot stays
        await on_screen(pilot, WhoIsVotingScreen)
        await pilot.press(*voter, "enter")
        await pilot.pause()
        await pilot.press("shift+tab", "enter")  # "Replace it"
        await on_screen(pilot, BallotScreen)
        await pilot.press("down", "down", "enter", "s")
        await on_screen(pilot, ReceiptScreen)
    assert cast(voting_plan) == {voter: ("court-cases",)}


async def test_an_unreadable_roll_is_said_without_a_traceback(voting_plan: Path) -> None:
    use_roll(voting_plan, "voters.csv")
    voting_plan.with_name("voters.csv").write_text("voter,name\n", encoding="utf-8")
    app = BoothApp(voting_plan)
    async with app.run_test(size=SIZE) as pilot:
        await on_screen(pilot, WhoIsVotingScreen)
        await pilot.press(*"v-1001", "enter")
        await pilot.pause()
        assert "The list of voters cannot be read: please ask an officer." in screen_text(app)
        assert isinstance(app.screen, WhoIsVotingScreen)


async def test_a_half_typed_number_left_alone_goes_with_the_screen(voting_plan: Path) -> None:
    use_roll(voting_plan, "voters.csv")
    now = [0.0]
    app = BoothApp(voting_plan, idle_minutes=3, clock=lambda: now[0])
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        first = await on_screen(pilot, WhoIsVotingScreen)
        now[0] += 600
        app.return_if_idle()  # an empty field: nothing of anyone to clear
        assert app.screen is first
        await pilot.press(*"v-10")
        now[0] += 181
        app.return_if_idle()
        screen = await on_screen(pilot, WhoIsVotingScreen)
        assert screen is not first and screen.query_one("#who-voter", Input).value == ""
        assert [n.message for n in app._notifications][-1].endswith("was not cast. Type your voter number to vote.")


async def test_on_a_csv_roll_with_codes_the_voter_types_their_number_then_their_own_code(voting_plan: Path) -> None:
    """Codes are issued per voter on a CSV roll (voting/codes.py): the voter's own slip opens
    their ballot; a voter added to the roll since the codes were issued is told so."""
    from helpers.booth import turn_codes_on

    use_roll(voting_plan, "voters.csv")
    codes = turn_codes_on(voting_plan)
    assert sorted(codes) == ["v-1001", "v-1002", "v-1003"]
    roll = voting_plan.with_name("voters.csv")
    roll.write_text(roll.read_text(encoding="utf-8") + "v-1004,Resident 1004,resident\n", encoding="utf-8")
    app = BoothApp(voting_plan)
    async with app.run_test(size=SIZE) as pilot:
        await on_screen(pilot, WhoIsVotingScreen)
        await pilot.press(*"v-1004", "enter")
        await wait_until(pilot, lambda: app.focused is not None and app.focused.id == "who-code", "the code field")
        await pilot.press(*codes["v-1001"], "enter")
        await wait_until(pilot, lambda: "No voting code was issued to Resident 1004" in " ".join(screen_text(app).split()), "told")
        await pilot.press("escape")
        await on_screen(pilot, WhoIsVotingScreen)
        await pilot.press(*"v-1002", "enter")
        await wait_until(pilot, lambda: app.focused is not None and app.focused.id == "who-code", "the code field")
        await pilot.press(*codes["v-1002"], "enter")
        await on_screen(pilot, BallotScreen)
        await pilot.press("enter", "s")
        await on_screen(pilot, ReceiptScreen)
    assert cast(voting_plan) == {"v-1002": ("modern-slavery",)}
