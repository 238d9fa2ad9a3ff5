"""Pilot tests of the command palette: its commands act even on a pane never shown yet."""

from __future__ import annotations

from pathlib import Path

from textual.command import CommandPalette
from textual.widgets import OptionList, Select, TabbedContent

from helpers.pilot import settle, wait_until
from helpers.ui_plan import BROKEN_TEXT
from workplan_tui.ui.app import WorkplanApp

SIZE = (80, 24)


async def run_from_palette(app: WorkplanApp, pilot, title: str) -> None:
    """Open the palette with ctrl+p, type the command's title and run the first hit with enter."""
    await pilot.press("ctrl+p")
    await wait_until(pilot, lambda: isinstance(app.screen, CommandPalette), "the command palette")
    await pilot.press(*title)
    # The hits arrive from the providers asynchronously: wait until the first is the command.
    hits = app.screen.query_one("CommandList", OptionList)
    await wait_until(pilot, lambda: hits.option_count and title in str(hits.get_option_at_index(0).prompt), f"{title!r} as the first hit")
    await pilot.press("enter")
    await wait_until(pilot, lambda: not isinstance(app.screen, CommandPalette), "the palette to close")
    await settle(pilot)  # the command's own work (a count) and what it draws


async def test_a_palette_command_of_a_pane_never_shown_shows_the_pane_and_acts(plan_file: Path) -> None:
    app = WorkplanApp(plan_file)
    async with app.run_test(size=SIZE) as pilot:
        tabs = app.screen.query_one(TabbedContent)
        assert tabs.active == "plan"
        await run_from_palette(app, pilot, "Vote: Choose the member")
        assert tabs.active == "vote"
        member = app.screen.query_one("#vote-member", Select)
        assert member.expanded and app.focused is not None and member in app.focused.ancestors_with_self


async def test_a_palette_command_of_the_export_pane_counts_straight_after_start(plan_file: Path) -> None:
    app = WorkplanApp(plan_file)
    async with app.run_test(size=SIZE) as pilot:
        await run_from_palette(app, pilot, "Export: Count the ballots again")
        tabs = app.screen.query_one(TabbedContent)
        assert tabs.active == "export"
        export = app.screen.query_one("#export")
        assert export.prepared is not None  # type: ignore[attr-defined]


async def test_a_pane_command_with_no_plan_loaded_says_so_and_the_app_goes_on(plan_file: Path) -> None:
    plan_file.write_text(BROKEN_TEXT, encoding="utf-8")
    app = WorkplanApp(plan_file)
    async with app.run_test(size=SIZE) as pilot:
        await run_from_palette(app, pilot, "Vote: Choose the member")
        assert any("No plan loaded yet" in notification.message for notification in app._notifications)
        await pilot.press("question_mark")  # the app still answers keys
        await pilot.pause()
        assert type(app.screen).__name__ == "HelpScreen"
