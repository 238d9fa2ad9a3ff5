"""The Vote pane on a roll that is not the plan's members: the officer types the voter number
(m focuses the field), checked against the roll by the core, and the ballot is cast as a member's;
a wrong number is refused naming no one, and a number that has voted is asked about replacing."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input, Select, Static

from helpers.pilot import on_pane, screen_text
from helpers.rolls import use_roll
from workplan_tui.plan_io import load_plan
from workplan_tui.ui.panes.vote_pane import VotePane
from workplan_tui.ui.screens.confirm_screen import ConfirmScreen
from workplan_tui.voting.ballot_box import open_box


def cast(plan_path: Path) -> dict[str, tuple[str, ...]]:
    plan = load_plan(plan_path)
    ballots, _ = open_box(plan_path, plan).read(plan)
    return {ballot.member: ballot.ranking for ballot in ballots}


def status(pane: VotePane) -> str:
    return str(pane.query_one("#vote-member-status", Static).render())


def messages(app) -> list[str]:
    return [str(notification.message) for notification in app._notifications]


@pytest.mark.parametrize(("roll", "voter", "label"), [("voters.csv", "v-1001", "Resident 1001"), ("open", "anyone-7", "anyone-7")])
async def test_the_officer_types_a_voter_number_fast_and_casts(voting_plan: Path, roll: str, voter: str, label: str) -> None:
    use_roll(voting_plan, roll)
    async with on_pane(voting_plan, "3", VotePane) as (app, pilot, pane):
        assert not pane.query_one(Select).display and pane.query_one("#vote-voter", Input).display
        assert "Type the voter number, then enter" in screen_text(app)
        # m, the number, enter (the projects' list takes the focus), a project, submit: one press.
        await pilot.press("m", *voter, "enter", "enter", "s")
        await pilot.pause()
        assert pane.member == voter
        assert cast(voting_plan) == {voter: ("modern-slavery",)}
        # Named by the roll's label; on an open roll the number in the field is the only name.
        named = f"{label}: has voted" if label != voter else "Has voted"
        assert status(pane) == f"{named}: submitting replaces the ballot"


async def test_a_wrong_number_is_refused_naming_no_one_and_nothing_is_cast(voting_plan: Path) -> None:
    use_roll(voting_plan, "voters.csv")
    async with on_pane(voting_plan, "3", VotePane) as (app, pilot, pane):
        await pilot.press("m", *"v-1000", "enter")
        await pilot.pause()
        field = pane.query_one("#vote-voter", Input)
        assert pane.member is None and field.value == "" and app.focused is field
        refusal = [message for message in messages(app) if "not on the roll" in message]
        assert refusal and not any("v-1001" in message or "Resident" in message for message in messages(app))
        pane.action_submit()
        await pilot.pause()
        assert any("Type the voter number first" in message for message in messages(app))
    assert cast(voting_plan) == {}


async def test_editing_the_number_unchooses_the_voter(voting_plan: Path) -> None:
    use_roll(voting_plan, "open")
    async with on_pane(voting_plan, "3", VotePane) as (_app, pilot, pane):
        await pilot.press("m", *"anyone-7", "enter")
        await pilot.pause()
        assert pane.member == "anyone-7"
        await pilot.press("m", "8")
        await pilot.pause()
        assert pane.member is None and status(pane) == "Type the voter number, then enter"


@pytest.mark.parametrize(("roll", "voter"), [("voters.csv", "v-1003"), ("open", "anyone-7")])
async def test_a_number_that_has_voted_is_asked_about_replacing(voting_plan: Path, roll: str, voter: str) -> None:
    use_roll(voting_plan, roll)
    plan = load_plan(voting_plan)
    open_box(voting_plan, plan).cast(plan, voter, ["modern-slavery"], replace=False)
    async with on_pane(voting_plan, "3", VotePane) as (app, pilot, pane):
        await pilot.press("m", *voter, "enter")
        await pilot.pause()
        assert status(pane).endswith("as voted: submitting replaces the ballot")
        await pilot.press("down", "down", "enter", "s")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        assert f"{voter} has already voted" in screen_text(app)
        await pilot.press("y")
        await pilot.pause()
    assert cast(voting_plan) == {voter: ("court-cases",)}


async def test_an_imported_electorate_takes_no_ballot_on_the_vote_pane(voting_plan: Path) -> None:
    # The vote was held elsewhere (roll "imported"): the pane says so, and submitting casts nothing.
    use_roll(voting_plan, "imported")
    async with on_pane(voting_plan, "3", VotePane) as (app, pilot, pane):
        assert status(pane) == "An imported vote: no ballot can be cast here"
        await pilot.press("enter", "s")
        await pilot.pause()
        assert any("imported" in message for message in messages(app)), messages(app)
        assert cast(voting_plan) == {}
