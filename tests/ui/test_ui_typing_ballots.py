"""An edit saved after voting started: the app says how many ballots it voids and whose, and
asks; wording is saved at once and every ballot still counts."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Static

from helpers.paths import SSCB
from helpers.pilot import wait_until
from helpers.ui_plan import plan_in_working_folder
from workplan_tui.plan_io import load_plan
from workplan_tui.ui.app import WorkplanApp
from workplan_tui.ui.main_screen import MainScreen
from workplan_tui.ui.screens.confirm_screen import ConfirmScreen
from workplan_tui.ui.screens.forms import launch
from workplan_tui.ui.screens.forms.form_screen import FormScreen
from workplan_tui.voting.ballots import ballots_dir, read_ballots, write_ballot


@pytest.fixture
def voted_plan(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = plan_in_working_folder(tmp_path, monkeypatch, SSCB.read_text(encoding="utf-8"), "sscb.toml")
    plan = load_plan(path)
    for member in plan.members[:2]:
        write_ballot(plan, ballots_dir(path), member.id, ["modern-slavery"])
    return path


async def edit_modern_slavery(pilot, app: WorkplanApp, field: str, text: str) -> FormScreen:
    launch.edit_project(app, "modern-slavery")
    await wait_until(pilot, lambda: isinstance(app.screen, FormScreen) and app.screen.is_mounted, "the form")
    form = app.screen
    assert isinstance(form, FormScreen)
    widget = form.inputs[field]
    if hasattr(widget, "load_text"):
        widget.load_text(text)
    else:
        widget.value = text  # type: ignore[attr-defined]
    await pilot.pause()
    await pilot.press("ctrl+s")
    await pilot.pause()
    return form


def counted(path: Path) -> int:
    return len(read_ballots(load_plan(path), ballots_dir(path))[0])


async def test_a_cost_change_after_voting_asks_naming_the_ballots_it_voids(voted_plan: Path) -> None:
    labels = [member.label for member in load_plan(voted_plan).members[:2]]
    app = WorkplanApp(voted_plan)
    async with app.run_test(size=(100, 30)) as pilot:
        form = await edit_modern_slavery(pilot, app, "cost", "3800")
        question = app.screen
        assert isinstance(question, ConfirmScreen)
        text = str(question.query_one("#confirm-question", Static).render())
        assert "2 ballots have been cast" in text and all(label in text for label in labels)
        await pilot.press("n")
        assert app.screen is form  # nothing saved, the form stays open
        assert load_plan(voted_plan).project("modern-slavery").cost == 3750_00
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press("y")
        await wait_until(pilot, lambda: isinstance(app.screen, MainScreen), "the form to be saved and closed")
    assert load_plan(voted_plan).project("modern-slavery").cost == 3800_00
    assert counted(voted_plan) == 0


async def test_a_summary_typo_after_voting_is_saved_at_once_and_every_ballot_counts(voted_plan: Path) -> None:
    app = WorkplanApp(voted_plan)
    async with app.run_test(size=(100, 30)) as pilot:
        await edit_modern_slavery(pilot, app, "summary", "Why councils progress modern slavery work.")
        await wait_until(pilot, lambda: isinstance(app.screen, MainScreen), "the form to be saved and closed")
    assert load_plan(voted_plan).project("modern-slavery").summary == "Why councils progress modern slavery work."
    assert counted(voted_plan) == 2
