"""The booth's tests' helpers: the voting plan with codes on, and a member's ballot opened."""

from __future__ import annotations

from pathlib import Path

from helpers.pilot import wait_until
from workplan_tui.plan_io import load_plan
from workplan_tui.ui.booth.ballot_screen import BallotScreen
from workplan_tui.ui.booth.who_screen import WhoIsVotingScreen
from workplan_tui.voting.codes import issue_codes


def turn_codes_on(plan_path: Path) -> dict[str, str]:
    """Set voting.codes = true in the voting plan and issue the codes; member id -> code."""
    text = plan_path.read_text(encoding="utf-8")
    plan_path.write_text(text.replace('seed = "test"\n', 'seed = "test"\ncodes = true\n', 1), encoding="utf-8")
    return issue_codes(load_plan(plan_path), plan_path)


async def on_screen(pilot, screen_type):
    """Once the booth shows a screen of that type (and has settled on it): the screen."""
    await wait_until(pilot, lambda: isinstance(pilot.app.screen, screen_type), screen_type.__name__)
    await pilot.pause()
    return pilot.app.screen


async def open_ballot(pilot, index: int = 0) -> BallotScreen:
    """From "who is voting?", the ballot of the index-th member on the list (no codes)."""
    await on_screen(pilot, WhoIsVotingScreen)
    await pilot.press(*(["down"] * index), "enter")
    screen = await on_screen(pilot, BallotScreen)
    assert isinstance(screen, BallotScreen)
    return screen
