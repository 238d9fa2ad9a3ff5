"""Pilot tests of declarations of interest: the booth and the Vote pane leave the declared
project out for that member only, with a note; the officer records a declaration in its form."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Select

from helpers.booth import open_ballot
from helpers.pilot import screen_text, wait_until
from workplan_tui.model import Interest
from workplan_tui.plan_io import load_plan
from workplan_tui.ui.app import WorkplanApp
from workplan_tui.ui.booth.ballot_screen import BallotScreen
from workplan_tui.ui.booth.booth_app import BoothApp
from workplan_tui.ui.panes.vote_pane import VotePane
from workplan_tui.ui.screens.forms.interest_form import InterestForm
from workplan_tui.ui.screens.item_list_screen import ItemListScreen
from workplan_tui.ui.widgets.vote.candidate_list import CandidateList

SIZE = (80, 24)
NOTE = "Not shown: Cohesion impact of court cases — you declared an interest."
DECLARATION = '\n[[interests]]\nmember = "member-a"\nproject = "court-cases"\nnote = "Trustee of a cohesion charity"\n'


def declare(plan_path: Path) -> None:
    """Member A (the second member listed) declares an interest in court-cases."""
    plan_path.write_text(plan_path.read_text(encoding="utf-8") + DECLARATION, encoding="utf-8")


async def test_the_booth_leaves_the_declared_project_out_for_that_member_only(voting_plan: Path) -> None:
    declare(voting_plan)
    app = BoothApp(voting_plan)
    async with app.run_test(size=SIZE) as pilot:
        ballot = await open_ballot(pilot, 1)  # Member A
        text = screen_text(app)
        assert NOTE in text
        assert "Trustee" not in text  # the note of the declaration is the record's, not the ballot's
        assert "court-cases" not in ballot.query_one(CandidateList).project_ids
        # Every project listed can be added: the declared one is not there to add.
        await pilot.press("enter", "down", "enter", "down", "enter", "s")
        await wait_until(pilot, lambda: not isinstance(app.screen, BallotScreen), "the receipt")
    assert 'ranking = ["modern-slavery", "markup-title"]' in (voting_plan.parent / "plan.ballots" / "member-a.toml").read_text()

    app = BoothApp(voting_plan)
    async with app.run_test(size=SIZE) as pilot:
        ballot = await open_ballot(pilot, 2)  # Member B sees every project and nothing of Member A's declaration
        assert "court-cases" in ballot.query_one(CandidateList).project_ids
        assert "declared" not in screen_text(app) and "Member A" not in screen_text(app)


async def test_the_vote_pane_hides_the_project_for_the_chosen_member(voting_plan: Path) -> None:
    declare(voting_plan)
    app = WorkplanApp(voting_plan)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("3")
        await pilot.pause()
        pane = app.screen.query_one(VotePane)
        candidates = pane.query_one(CandidateList)
        # Ranked before anyone is chosen: the ranking becomes Member A's, without the declared project.
        candidates.focus()
        await pilot.press("down", "down", "enter")
        assert pane.ranking == ["court-cases"]
        pane.query_one(Select).value = "member-a"
        await pilot.pause()
        assert "court-cases" not in candidates.project_ids and pane.ranking == []
        assert NOTE in screen_text(app)
        pane.query_one(Select).value = "member-b"
        await pilot.pause()
        assert "court-cases" in candidates.project_ids
        assert NOTE not in screen_text(app)


async def test_the_officer_records_a_declaration_typed_in_one_go(voting_plan: Path) -> None:
    app = WorkplanApp(voting_plan)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        # The list, a new declaration, Member A (2nd), Cohesion impact of court cases (3rd), the interest, save.
        await pilot.press(
            "i", "plus", "enter", "down", "down", "enter", "tab", "enter", "down", "down", "down", "enter",
            "tab", *"Trustee of a cohesion charity", "ctrl+s",
        )
        await wait_until(pilot, lambda: isinstance(app.screen, ItemListScreen) and load_plan(voting_plan).interests, "the saved declaration")
        assert "Member A (district council)" in screen_text(app) and "Cohesion impact of court cases" in screen_text(app)
        # The same again is refused beside the fields, and nothing is saved.
        await pilot.press("plus", "enter", "down", "down", "enter", "tab", "enter", "down", "down", "down", "enter", "ctrl+s")
        await wait_until(pilot, lambda: isinstance(app.screen, InterestForm) and app.screen.outcome is not None
                         and not app.screen.outcome.ok, "the refusal")
        refusal = str(app.screen.query_one("#form-errors").render())
        assert refusal == "Member A (district council) has already declared an interest in Cohesion impact of court cases."
        assert "E108" not in screen_text(app) and "`" not in screen_text(app)
        await pilot.press("escape", "y")  # a changed form asks before discarding
        # Edited from the list: enter opens the declaration's form.
        await wait_until(pilot, lambda: isinstance(app.screen, ItemListScreen), "the list again")
        await pilot.press("enter")
        await wait_until(pilot, lambda: isinstance(app.screen, InterestForm), "the declaration's form")
        await pilot.press("tab", "tab", "end", *["backspace"] * len("charity"), *"trust", "ctrl+s")
        await wait_until(pilot, lambda: isinstance(app.screen, ItemListScreen), "saved")
    assert load_plan(voting_plan).interests == (Interest("member-a", "court-cases", "Trustee of a cohesion trust"),)
    assert voting_plan.read_text(encoding="utf-8").endswith(DECLARATION.replace("charity", "trust"))
