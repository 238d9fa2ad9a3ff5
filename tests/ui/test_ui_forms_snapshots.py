"""SVG snapshots of every form and list at 80×24 (update with `pytest --snapshot-update`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from test_ui_fixture import plan_file  # noqa: F401 - plan_file is a fixture
from workplan_tui.starter import write_starter
from workplan_tui.ui.app import WorkplanApp

SIZE = (80, 24)


async def settle(pilot) -> None:  # noqa: ANN001
    # The form validates after its first refresh; the cursor must not blink into the picture.
    await pilot.pause()
    await pilot.pause()
    for widget in pilot.app.screen.query("Input, TextArea"):
        widget.cursor_blink = False
    await pilot.pause()


def run_before(*keys: str, then=None):  # noqa: ANN001, ANN201
    async def before(pilot) -> None:  # noqa: ANN001
        await pilot.press(*keys)
        await settle(pilot)
        if then is not None:
            await then(pilot)
            await settle(pilot)

    return before


async def bad_cost_and_date(pilot) -> None:  # noqa: ANN001
    form = pilot.app.screen
    form.inputs["cost"].value = "-5"
    form.inputs["start"].value = "2025-02-30"
    form.query_one("#form-body").scroll_to_widget(form.inputs["cost"], animate=False)


CASES = {
    "add_project": run_before("plus"),
    "edit_project": run_before("enter"),
    "edit_project_errors": run_before("enter", then=bad_cost_and_date),
    "duplicate_project": run_before("d"),
    "add_theme": run_before("t"),
    "edit_theme": run_before("tab", "down", "enter"),
    "edit_activity": run_before("tab", "down", "down", "enter"),
    "limits": run_before("l"),
    "plan_details": run_before("p"),
    "voting_rules": run_before("v"),
    "members": run_before("m"),
    "add_member": run_before("m", "plus"),
    "meetings": run_before("M"),
    "edit_meeting": run_before("M", "enter"),
    "remove_project": run_before("x"),
}


@pytest.mark.parametrize("case", list(CASES))
def test_form(snap_compare, plan_file: Path, case: str) -> None:
    assert snap_compare(WorkplanApp(plan_file), run_before=CASES[case], terminal_size=SIZE)


def test_welcome_screen_of_a_new_plan(snap_compare, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    write_starter(Path("new.toml"))
    assert snap_compare(WorkplanApp(Path("new.toml")), run_before=settle, terminal_size=SIZE)
