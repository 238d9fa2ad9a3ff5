"""The Vote pane writes a ballot through voting.casting.cast_ballot, as the booth does: every
check is made again at the moment of writing, after the replace question has been answered."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Select

from workplan_tui.ui.app import WorkplanApp
from workplan_tui.ui.panes.vote_pane import VotePane
from workplan_tui.ui.screens.confirm_screen import ConfirmScreen
from workplan_tui.ui.widgets.vote.candidate_list import CandidateList

SIZE = (80, 24)


async def test_a_plan_saved_while_the_replace_question_is_open_is_not_voted_on(voting_plan: Path) -> None:
    app = WorkplanApp(voting_plan)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("3")
        await pilot.pause()
        pane = app.screen.query_one(VotePane)
        pane.query_one(Select).value = "member-a"
        pane.query_one(CandidateList).focus()
        await pilot.press("enter", "s")
        first = Path("plan.ballots/member-a.toml").read_text(encoding="utf-8")
        await pilot.press("down", "down", "enter", "s")
        assert isinstance(app.screen, ConfirmScreen)
        # An officer saves the plan while the member reads the question.
        voting_plan.write_text(voting_plan.read_text(encoding="utf-8").replace("budget = 7000", "budget = 8000"),
                               encoding="utf-8")
        await pilot.press("y")
        await pilot.pause()
        assert Path("plan.ballots/member-a.toml").read_text(encoding="utf-8") == first
        assert any("changed" in n.message and "nothing was written" in n.message for n in app._notifications)
