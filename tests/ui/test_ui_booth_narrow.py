"""The booth on a phone held upright (40x20): every project's title whole, wrapped under itself;
a tap on any row of a project adds that project."""

from __future__ import annotations

from pathlib import Path

from helpers.pilot import screen_text, wait_until
from workplan_tui.plan_io import load_plan
from workplan_tui.ui.booth.ballot_screen import BallotScreen
from workplan_tui.ui.booth.booth_app import BoothApp
from workplan_tui.ui.booth.who_screen import WhoIsVotingScreen
from workplan_tui.ui.booth.wrapped_candidates import WrappedCandidateList


async def test_at_40_columns_every_title_is_whole_and_a_tap_on_its_second_row_adds_it(voting_plan: Path) -> None:
    plan = load_plan(voting_plan)
    app = BoothApp(voting_plan)
    async with app.run_test(size=(40, 20)) as pilot:
        await wait_until(pilot, lambda: isinstance(app.screen, WhoIsVotingScreen), "who is voting")
        await pilot.press("enter")
        await wait_until(pilot, lambda: isinstance(app.screen, BallotScreen), "the ballot")
        await pilot.pause()
        listed = " ".join(screen_text(app).replace("│", " ").split())
        for project in plan.projects:
            assert project.title in listed  # whole, however it wraps
        candidates = app.screen.query_one(WrappedCandidateList)
        longest = max(range(len(plan.projects)), key=lambda index: len(plan.projects[index].title))
        first, rows = candidates.rows_of(longest)
        assert rows == 2, plan.projects[longest].title
        # Its second row, under the border: the project is added, not the one below.
        await pilot.click(WrappedCandidateList, offset=(20, 1 + first + 1))
        await pilot.pause()
        assert app.screen.ranking == [plan.projects[longest].id]
