"""The project form's `earliest` and `latest`: the window the delivery schedule may move the work
within, typed fast and saved exactly, and checked as `workplan check` checks them."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers.pilot import wait_until
from helpers.ui_plan import plan_in_working_folder
from workplan_tui.plan_io import load_plan
from workplan_tui.ui.app import WorkplanApp
from workplan_tui.ui.screens.forms.project_form import ProjectForm
from workplan_tui.ui.widgets.plan.project_table import ProjectTable

SIZE = (120, 40)


@pytest.fixture
def sscb_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sscb_text: str) -> Path:
    return plan_in_working_folder(tmp_path, monkeypatch, sscb_text, "sscb.toml")


async def open_modern_slavery(pilot, app: WorkplanApp) -> ProjectForm:
    table = app.screen.query_one(ProjectTable)
    table.move_to("modern-slavery")
    table.focus()
    await pilot.press("enter")
    await wait_until(pilot, lambda: isinstance(app.screen, ProjectForm), "the project form")
    assert isinstance(app.screen, ProjectForm)
    return app.screen


async def test_dates_typed_fast_are_saved_exactly(sscb_copy: Path) -> None:
    before = sscb_copy.read_text(encoding="utf-8")
    app = WorkplanApp(sscb_copy)
    async with app.run_test(size=SIZE) as pilot:
        form = await open_modern_slavery(pilot, app)
        assert form.inputs["earliest"].value == "" and form.inputs["latest"].value == ""
        form.inputs["earliest"].focus()
        await pilot.press(*"2023-04-01", "tab", *"2023-10-31", "ctrl+s")  # one call, no pause between keys
        await wait_until(pilot, lambda: app.screen is not form, "the form to save and close")
    project = load_plan(sscb_copy).project("modern-slavery")
    assert (str(project.earliest), str(project.latest)) == ("2023-04-01", "2023-10-31")
    added = [line for line in sscb_copy.read_text(encoding="utf-8").splitlines() if line not in before.splitlines()]
    assert added == ["earliest = 2023-04-01", "latest = 2023-10-31"]


async def test_a_window_narrower_than_the_dates_is_shown_beside_its_field_and_not_saved(sscb_copy: Path) -> None:
    before = sscb_copy.read_bytes()
    app = WorkplanApp(sscb_copy)
    async with app.run_test(size=SIZE) as pilot:
        form = await open_modern_slavery(pilot, app)
        form.inputs["latest"].focus()
        await pilot.press(*"2023-08-31")  # modern slavery ends on 20 September 2023
        await wait_until(pilot, lambda: form.error_lines["latest"].display, "check's message beside Latest")
        message = str(form.error_lines["latest"].render())
        assert "The latest the work may move to (31 Aug 2023) is before its end date (20 Sep 2023)." in message
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is form  # refused
        await pilot.press("escape")
    assert sscb_copy.read_bytes() == before
