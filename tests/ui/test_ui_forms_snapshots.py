"""SVG snapshots of every form and list at 80×24 (update with `pytest --snapshot-update`)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.screen import Screen

from helpers.pilot import wait_until
from workplan_tui.starter import write_starter
from workplan_tui.ui.app import WorkplanApp
from workplan_tui.ui.screens.confirm_screen import ConfirmScreen
from workplan_tui.ui.screens.forms.activity_form import ActivityForm
from workplan_tui.ui.screens.forms.form_screen import FormScreen
from workplan_tui.ui.screens.forms.interest_form import InterestForm
from workplan_tui.ui.screens.forms.limits_form import LimitsForm
from workplan_tui.ui.screens.forms.meeting_form import MeetingForm
from workplan_tui.ui.screens.forms.member_form import MemberForm
from workplan_tui.ui.screens.forms.plan_info_form import PlanInfoForm
from workplan_tui.ui.screens.forms.project_form import ProjectForm
from workplan_tui.ui.screens.forms.theme_form import ThemeForm
from workplan_tui.ui.screens.forms.voting_form import VotingForm
from workplan_tui.ui.screens.item_list_screen import ItemListScreen
from workplan_tui.ui.screens.welcome_screen import WelcomeScreen

SIZE = (80, 24)


def opens(screen: type[Screen], *keys: str, then: Callable[[Pilot], Awaitable[None]] | None = None) -> Callable[[Pilot], Awaitable[None]]:
    """Press the keys and wait until they have opened `screen` (then run `then`); the snapshot
    plugin waits for the drawing itself."""

    async def before(pilot: Pilot) -> None:
        await pilot.press(*keys)
        await wait_until(pilot, lambda: type(pilot.app.screen) is screen, f"{screen.__name__} after {keys}")
        if then is not None:
            await then(pilot)

    return before


async def bad_cost_and_date(pilot: Pilot) -> None:
    form = pilot.app.screen
    assert isinstance(form, FormScreen)
    form.inputs["cost"].value = "-5"
    form.inputs["start"].value = "2025-02-30"
    form.query_one("#form-body").scroll_to_widget(form.inputs["cost"], animate=False)
    await wait_until(pilot, lambda: form.error_lines["cost"].display and form.error_lines["start"].display, "the errors beside cost and start")


async def a_declaration(pilot: Pilot) -> None:
    form = pilot.app.screen
    assert isinstance(form, FormScreen)
    await pilot.press("enter", "down", "enter", "tab", "enter", "down", "enter", "tab", *"Trustee of a modern slavery charity")
    await wait_until(pilot, lambda: form.outcome is not None and form.outcome.ok, "the declaration checked")


async def fewest_more_than_most(pilot: Pilot) -> None:
    form = pilot.app.screen
    assert isinstance(form, FormScreen)
    await pilot.press("end", "backspace", "4")  # Pick at least 4, of at most 3
    await wait_until(pilot, lambda: form.error_lines["pick.min"].display, "the error beside Pick at least")


CASES = {
    "add_project": opens(ProjectForm, "plus"),
    "edit_project": opens(ProjectForm, "enter"),
    "edit_project_errors": opens(ProjectForm, "enter", then=bad_cost_and_date),
    "duplicate_project": opens(ProjectForm, "d"),
    "add_theme": opens(ThemeForm, "t"),
    "edit_theme": opens(ThemeForm, "tab", "enter"),  # tab starts on the first theme
    "edit_activity": opens(ActivityForm, "tab", "down", "enter"),
    "limits": opens(LimitsForm, "l"),
    "plan_details": opens(PlanInfoForm, "p"),
    "voting_rules": opens(VotingForm, "v"),
    "voting_rules_fewest_more_than_most": opens(VotingForm, "v", then=fewest_more_than_most),
    "members": opens(ItemListScreen, "m"),
    "add_member": opens(MemberForm, "m", "plus"),
    "meetings": opens(ItemListScreen, "M"),
    "edit_meeting": opens(MeetingForm, "M", "enter"),
    "remove_project": opens(ConfirmScreen, "x"),
    "declare_interest": opens(InterestForm, "i", "plus", then=a_declaration),
}


@pytest.mark.parametrize("case", list(CASES))
def test_form(snap_compare, plan_file: Path, case: str) -> None:
    assert snap_compare(WorkplanApp(plan_file), run_before=CASES[case], terminal_size=SIZE)


def test_welcome_screen_of_a_new_plan(snap_compare, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    write_starter(Path("new.toml"))
    assert snap_compare(WorkplanApp(Path("new.toml")), run_before=opens(WelcomeScreen), terminal_size=SIZE)
