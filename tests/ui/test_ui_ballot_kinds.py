"""A vote by points or approval in the Vote pane and the booth: the ranking form says where
those ballots are cast (the command line, or imported) instead of offering a wrong form."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers.pilot import screen_text, wait_until
from workplan_tui.ui.app import WorkplanApp
from workplan_tui.ui.booth.booth_app import BoothApp
from workplan_tui.ui.booth.who_screen import WhoIsVotingScreen

SIZE = (80, 24)


def by(kind: str, plan_path: Path) -> Path:
    extra = 'ballot = "points"\npoints = 10\nmethod = "points"\n' if kind == "points" else 'ballot = "approval"\nmethod = "approval"\n'
    text = plan_path.read_text(encoding="utf-8").replace('seed = "test"\n', f'seed = "test"\n{extra}', 1)
    plan_path.write_text(text, encoding="utf-8")
    return plan_path


@pytest.mark.parametrize("kind", ["points", "approval"])
async def test_the_booth_says_where_a_vote_by_points_or_approval_is_cast(voting_plan: Path, kind: str) -> None:
    app = BoothApp(by(kind, voting_plan))
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: isinstance(app.screen, WhoIsVotingScreen), "who is voting")
        await pilot.pause()
        text = " ".join(screen_text(app).split())
        assert f"This vote is by {kind}" in text and "on the command line, or import the ballots" in text
        assert "Who is voting?" not in text  # no member list: no form to go on to


async def test_the_vote_pane_says_so_and_writes_no_ranking_in_a_vote_by_points(voting_plan: Path) -> None:
    app = WorkplanApp(by("points", voting_plan))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("3")
        # Beside the member's choice, wrapped under its border: each part of the sentence is on screen.
        await wait_until(pilot, lambda: "A vote by points: ballots are cast on" in screen_text(app), "the pane's line")
        assert "the command line or imported" in screen_text(app)
        await pilot.press("enter", "s")
        await pilot.pause()
        messages = [n.message for n in app._notifications]
        assert any("This vote is by points, which this form cannot take" in m for m in messages)
    assert not voting_plan.with_name("plan.ballots").exists()
