"""What a form says about what is wrong, in the Board's words, at 80×24: "End date is required."
beside the End field, not "Missing required key `end` in projects[3]." at the top."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Static

from helpers.pilot import screen_text, wait_until
from workplan_tui.ui.app import WorkplanApp
from workplan_tui.ui.screens.forms.form_screen import FormScreen
from workplan_tui.ui.screens.forms.project_form import ProjectForm
from workplan_tui.ui.screens.forms.voting_form import VotingForm

SIZE = (80, 24)


def said(line: Static) -> str:
    return str(line.render()) if line.display else ""


async def test_a_blank_add_project_form_says_required_beside_each_required_field(plan_file: Path) -> None:
    app = WorkplanApp(plan_file)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("plus")
        await wait_until(pilot, lambda: isinstance(app.screen, ProjectForm) and app.screen.outcome is not None, "the form checked")
        form = app.screen
        assert isinstance(form, FormScreen)
        beside = {name: said(line) for name, line in form.error_lines.items() if line.display}
        assert beside == {"id": "Id is required.", "title": "Title is required.",
                          "start": "Start date is required.", "end": "End date is required."}
        assert not form.query_one("#form-errors").display  # nothing at the top
        await pilot.pause()
        shown = screen_text(app)
        assert "Id is required." in shown and "Title is required." in shown  # the first two, on the first screen
        assert "`" not in shown and "projects[" not in shown and "valid id" not in shown
        # Typed in, each goes away: the id and title typed in one burst.
        await pilot.press(*"new-work", "tab", *"New work")
        await wait_until(pilot, lambda: not form.error_lines["title"].display, "the title no longer required")
        assert not form.error_lines["id"].display and form.error_lines["end"].display


async def test_the_voting_rules_say_the_fewest_is_more_than_the_most(plan_file: Path) -> None:
    app = WorkplanApp(plan_file)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("v")
        await wait_until(pilot, lambda: isinstance(app.screen, VotingForm), "the voting rules")
        form = app.screen
        assert isinstance(form, FormScreen)
        await pilot.press("end", "backspace", "4")  # pick at least 4, at most 3
        await wait_until(pilot, lambda: form.error_lines["pick.min"].display, "the error beside Pick at least")
        assert said(form.error_lines["pick.min"]) == "The fewest projects to prioritise (4) is more than the most (3)."
        await pilot.pause()
        shown = screen_text(app)
        assert "The fewest projects to prioritise (4) is more than the most" in shown  # wrapped at 80 columns
        assert "pick.min" not in shown and "pick.max" not in shown and "ballot_length" not in shown
