"""Pilot tests of the booth: who is voting, the code, ranking, submitting, the receipt, replacing,
and members one after another on one shared screen seeing nothing of each other."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input

from helpers.booth import on_screen, turn_codes_on
from helpers.pilot import screen_text, wait_until
from workplan_tui.plan_io import load_plan
from workplan_tui.ui.booth.ballot_screen import BallotScreen
from workplan_tui.ui.booth.booth_app import BoothApp
from workplan_tui.ui.booth.receipt_screen import ReceiptScreen
from workplan_tui.ui.booth.who_screen import WhoIsVotingScreen
from workplan_tui.voting.ballots import read_ballots, write_ballot
from workplan_tui.voting.casting import has_voted

SIZE = (80, 24)
TITLES = ("Modern slavery", "[red]x[/]", "Cohesion impact of court cases")
MEMBERS = ("chair", "member-a", "member-b", "member-c", "member-d")


async def choose_member(pilot, index: int) -> None:
    """On "who is voting?": the member at that place in the list."""
    await on_screen(pilot, WhoIsVotingScreen)
    await pilot.press(*(["down"] * index), "enter")


async def type_code(pilot, code: str) -> None:
    await wait_until(pilot, lambda: isinstance(pilot.app.focused, Input), "the code field")
    await pilot.press(*code, "enter")
    await pilot.pause()


def counted(plan_path: Path) -> dict[str, tuple[str, ...]]:
    ballots, _ = read_ballots(load_plan(plan_path), plan_path.with_name("plan.ballots"))
    return {ballot.member: ballot.ranking for ballot in ballots}


async def test_who_is_voting_lists_the_members_by_label_and_nothing_else(voting_plan: Path) -> None:
    app = BoothApp(voting_plan)
    async with app.run_test(size=SIZE) as pilot:
        await on_screen(pilot, WhoIsVotingScreen)
        text = screen_text(app)
        assert "Who is voting?" in text and "Chair" in text and "Member A (district council)" in text
        # Labels only: no ids, no projects, no plan's figures.
        assert "member-a" not in text and not any(title in text for title in TITLES) and "£" not in text


async def test_rank_submit_receipt_and_the_ballot_on_disk(voting_plan: Path) -> None:
    app = BoothApp(voting_plan)
    async with app.run_test(size=SIZE) as pilot:
        await choose_member(pilot, 0)
        screen = await on_screen(pilot, BallotScreen)
        assert "Voting: Chair" in screen_text(app) and "Ranked 0 of up to 3" in screen_text(app)
        await pilot.press("enter")  # modern-slavery, £3,000 of £7,000
        assert "Budget: £3,000 of £7,000" in screen_text(app)
        await pilot.press("down", "down", "enter", "u")  # court-cases, then up to first place
        assert screen.ranking == ["court-cases", "modern-slavery"]
        await pilot.press("s")
        await on_screen(pilot, ReceiptScreen)
        text = screen_text(app)
        assert "Your ballot was recorded at " in text
        assert not any(title in text for title in TITLES)  # the receipt says when, never what
        assert counted(voting_plan) == {"chair": ("court-cases", "modern-slavery")}
        await pilot.press("enter")
        await on_screen(pilot, WhoIsVotingScreen)


async def test_an_empty_ballot_is_not_submitted(voting_plan: Path) -> None:
    app = BoothApp(voting_plan)
    async with app.run_test(size=SIZE) as pilot:
        await choose_member(pilot, 1)
        await on_screen(pilot, BallotScreen)
        await pilot.press("s")
        await pilot.pause()
        assert isinstance(app.screen, BallotScreen) and not has_voted(voting_plan, "member-a")


async def test_the_code_is_checked_and_the_field_emptied_after_every_attempt(voting_plan: Path) -> None:
    codes = turn_codes_on(voting_plan)
    app = BoothApp(voting_plan)
    async with app.run_test(size=SIZE) as pilot:
        await choose_member(pilot, 1)
        await type_code(pilot, codes["chair"])  # another member's code
        field = app.screen.query_one("#who-code", Input)
        assert field.value == "" and "That code is not right" in screen_text(app)
        assert isinstance(app.screen, WhoIsVotingScreen)
        await type_code(pilot, codes["member-a"].lower())  # typed as read off the slip
        await on_screen(pilot, BallotScreen)
        await pilot.press("enter", "s")
        await on_screen(pilot, ReceiptScreen)
    assert counted(voting_plan) == {"member-a": ("modern-slavery",)}


async def test_replacing_asks_the_code_again_and_no_keeps_the_ballot(voting_plan: Path) -> None:
    codes = turn_codes_on(voting_plan)
    write_ballot(load_plan(voting_plan), voting_plan.with_name("plan.ballots"), "chair", ["markup-title"])
    app = BoothApp(voting_plan)
    async with app.run_test(size=SIZE) as pilot:
        await choose_member(pilot, 0)
        await type_code(pilot, codes["chair"])
        assert "Chair, you have voted already. Replace your ballot" in screen_text(app)
        first = app.screen
        await pilot.click("#who-keep")
        # "No": a new "who is voting?", its code field empty, the earlier ballot kept.
        await wait_until(pilot, lambda: app.screen is not first and isinstance(app.screen, WhoIsVotingScreen), "a new screen")
        assert app.screen.query_one("#who-code", Input).value == ""
        assert "Replace" not in screen_text(app)
        assert counted(voting_plan) == {"chair": ("markup-title",)}
        # Replacing needs the code again.
        await choose_member(pilot, 0)
        await type_code(pilot, codes["chair"])
        await pilot.click("#who-replace")
        await on_screen(pilot, BallotScreen)
        assert "Ranked 0 of up to 3" in screen_text(app)  # the earlier ballot is not shown
        await pilot.press("down", "down", "enter", "s")
        await on_screen(pilot, ReceiptScreen)
    assert counted(voting_plan) == {"chair": ("court-cases",)}


async def test_three_members_in_a_row_each_see_an_empty_ballot_and_nothing_of_the_last(voting_plan: Path) -> None:
    codes = turn_codes_on(voting_plan)
    rankings = {"chair": ["enter"], "member-a": ["down", "enter", "up", "enter"], "member-b": ["down", "down", "enter"]}
    app = BoothApp(voting_plan)
    async with app.run_test(size=SIZE) as pilot:
        previous: str | None = None
        for index, member in enumerate(rankings):
            await choose_member(pilot, index)
            text = screen_text(app)
            if previous is not None:
                assert codes[previous] not in text and "recorded" not in text and "Voting:" not in text
            await type_code(pilot, codes[member])
            screen = await on_screen(pilot, BallotScreen)
            text = screen_text(app)
            label = dict(zip(MEMBERS, ("Chair", "Member A (district council)", "Member B", "Member C", "Member D"), strict=True))[member]
            assert f"Voting: {label}" in text and "Ranked 0 of up to 3" in text and screen.ranking == []
            # No place number on any project line: nobody's ranking carried over.
            assert not any(line.lstrip("│ ").startswith(("1 ", "2 ", "3 ")) for line in text.splitlines())
            await pilot.press(*rankings[member], "s")
            await on_screen(pilot, ReceiptScreen)
            await pilot.press("enter")
            await on_screen(pilot, WhoIsVotingScreen)
            text = screen_text(app)
            # Not even a toast about the last ballot (member A ranks a project that no longer fits).
            assert "Voting:" not in text and "Ranked" not in text and "£" not in text
            assert not any(title in text for title in TITLES)
            assert not list(app._notifications)  # nor one waiting to be drawn (Textual keeps them on the app)
            assert app.screen.query_one("#who-code", Input).value == ""
            previous = member
    assert counted(voting_plan) == {
        "chair": ("modern-slavery",),
        "member-a": ("markup-title", "modern-slavery"),
        "member-b": ("court-cases",),
    }


async def test_no_command_palette_and_no_system_commands(voting_plan: Path) -> None:
    app = BoothApp(voting_plan)
    async with app.run_test(size=SIZE) as pilot:
        await on_screen(pilot, WhoIsVotingScreen)
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert isinstance(app.screen, WhoIsVotingScreen)
        assert list(app.get_system_commands(app.screen)) == [] and not app.COMMANDS


@pytest.mark.parametrize("size", [(40, 20), (80, 24), (120, 40)])
async def test_the_ballot_screen_stacks_when_narrow_and_nothing_is_cut_to_a_sliver(voting_plan: Path, size) -> None:
    app = BoothApp(voting_plan)
    async with app.run_test(size=size) as pilot:
        await choose_member(pilot, 0)
        screen = await on_screen(pilot, BallotScreen)
        await pilot.press("enter")
        await pilot.pause()
        candidates, side = screen.query_one("#ballot-candidates"), screen.query_one("#ballot-side")
        stacked = size[0] < 70
        assert screen.has_class("-narrow") is stacked
        if stacked:
            assert candidates.region.width == side.region.width == size[0]
            assert candidates.region.bottom <= side.region.y
        assert candidates.region.width >= 30 and candidates.region.height >= 5 and side.region.height >= 4
        for button in screen.query("Button"):
            assert button.region.right <= size[0] and button.region.width >= len(str(button.label))
        assert "Modern slavery" in screen_text(app)
