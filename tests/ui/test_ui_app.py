"""Pilot tests of the workplan app: panes, filter, help, palette, edit and reload, errors, markup."""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path

import pytest
from textual.widgets import Static, TabbedContent

from helpers.pilot import screen_text
from helpers.ui_plan import BROKEN_TEXT, PLAN_TEXT
from workplan_tui.ui.app import WorkplanApp
from workplan_tui.ui.commands import BindingCommands
from workplan_tui.ui.screens.help_screen import HelpScreen
from workplan_tui.ui.widgets.error_panel import ErrorPanel
from workplan_tui.ui.widgets.plan.project_table import ProjectTable
from workplan_tui.ui.widgets.plan.theme_tree import ThemeTree

SIZE = (80, 24)


def use_editor(monkeypatch: pytest.MonkeyPatch, app: WorkplanApp, tmp_path: Path, new_text: str) -> None:
    """$EDITOR becomes a script that writes new_text to the file it is given; suspending is a no-op headless."""
    replacement = tmp_path / "replacement.toml"
    replacement.write_text(new_text, encoding="utf-8")
    script = tmp_path / "editor.py"
    script.write_text(f"import shutil, sys\nshutil.copyfile({str(replacement)!r}, sys.argv[1])\n", encoding="utf-8")
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("EDITOR", f"{sys.executable} {script}")
    monkeypatch.setattr(app, "suspend", contextlib.nullcontext)


async def test_number_keys_switch_panes_and_focus_their_content(plan_file: Path) -> None:
    app = WorkplanApp(plan_file)
    async with app.run_test(size=SIZE) as pilot:
        tabs = app.screen.query_one(TabbedContent)
        assert tabs.active == "plan"
        assert isinstance(app.focused, ProjectTable)
        await pilot.press("2")
        assert tabs.active == "capacity"
        assert app.focused is not None and app.focused.id == "load-chart-scroll"
        assert "over capacity" in screen_text(app)
        await pilot.press("1")
        assert tabs.active == "plan"
        assert isinstance(app.focused, ProjectTable)


async def test_filter_narrows_the_table_and_escape_restores_it(plan_file: Path) -> None:
    app = WorkplanApp(plan_file)
    async with app.run_test(size=SIZE) as pilot:
        table = app.screen.query_one(ProjectTable)
        assert table.row_count == 3
        await pilot.press("slash", *"SLAVERY")
        assert table.row_count == 1
        assert table.current_project_id == "modern-slavery"
        await pilot.press("enter")  # keeps the filter, back to the table
        assert app.focused is table and table.row_count == 1
        await pilot.press("slash", "escape")
        assert table.row_count == 3
        await pilot.press("slash", *"cohesion court")  # every word must match
        assert list(table.project_ids) == ["court-cases"]


async def test_help_lists_every_binding_of_the_screen(plan_file: Path) -> None:
    app = WorkplanApp(plan_file)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        help_shown = str(app.screen.query_one("#help-text").render())
        for description in ("Quit", "Edit plan", "Reload", "Show Plan", "Show Capacity", "Filter", "Count in/out", "Clear filter"):
            assert description in help_shown
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


async def test_palette_offers_every_workplan_binding(plan_file: Path) -> None:
    app = WorkplanApp(plan_file)
    async with app.run_test(size=SIZE) as pilot:
        provider = BindingCommands(app.screen)
        titles = [str(hit.text) async for hit in provider.discover()]
        assert {"Quit", "Help", "Edit plan", "Reload", "Show Capacity", "Plan: Filter", "Projects table: Count in/out"} <= set(titles)
        hits = [hit async for hit in provider.search("show capacity")]
        await hits[0].command()
        await pilot.pause()
        assert app.screen.query_one(TabbedContent).active == "capacity"


async def test_space_counts_a_project_out_of_the_capacity_figures(plan_file: Path) -> None:
    app = WorkplanApp(plan_file)
    async with app.run_test(size=SIZE) as pilot:
        assert app.feasibility().budget_used == 8000_00  # court-cases is funded externally
        await pilot.press("space")  # the cursor starts on modern-slavery
        assert "modern-slavery" not in app.committed
        assert app.feasibility().budget_used == 5000_00
        await pilot.press("2")
        assert "2 of 3 projects counted" in screen_text(app)
        await pilot.press("a")
        assert app.committed == {"modern-slavery", "markup-title", "court-cases"}


async def test_edit_reloads_the_plan(plan_file: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    app = WorkplanApp(plan_file)
    use_editor(monkeypatch, app, tmp_path, PLAN_TEXT.replace('title = "Modern slavery"', 'title = "Modern slavery, revised"'))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("e")
        await pilot.pause()
        assert app.plan.project("modern-slavery").title == "Modern slavery, revised"
        assert "Modern slavery, revised" in screen_text(app)
        assert not app.screen.query_one(ErrorPanel).display


async def test_a_bad_edit_shows_located_errors_and_keeps_the_last_good_plan(
    plan_file: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    app = WorkplanApp(plan_file)
    use_editor(monkeypatch, app, tmp_path, BROKEN_TEXT)
    async with app.run_test(size=SIZE) as pilot:
        good = app.plan
        await pilot.press("e")
        await pilot.pause()
        assert app.plan is good
        panel = app.screen.query_one(ErrorPanel)
        assert panel.display
        shown = screen_text(app)
        # Where each error is and what it is, in a sentence; the error ids are the command line's.
        lines = str(panel.query_one("#error-lines", Static).render())  # whole, as the screen wraps them
        assert "plan.toml:47:8: Cost of Modern slavery must be an amount like 12,500.50, not “three thousand”." in lines
        assert "plan.toml:59:9: Theme of [red]x[/], “cohesio”, is not a theme of the plan; did you mean “cohesion”?" in lines
        assert "`" not in shown and "projects[0]" not in shown
        assert "E101" not in shown and "E202" not in shown
        assert "Modern slavery" in shown  # the last good plan is still on screen
        # Fix the file by hand and reload with r: the panel goes away.
        plan_file.write_text(PLAN_TEXT, encoding="utf-8")
        await pilot.press("r")
        await pilot.pause()
        assert not panel.display
        assert app.plan is not good


async def test_a_plan_invalid_at_start_opens_on_the_error_panel(plan_file: Path) -> None:
    plan_file.write_text(BROKEN_TEXT, encoding="utf-8")
    app = WorkplanApp(plan_file)
    async with app.run_test(size=SIZE) as pilot:
        assert app.plan is None
        assert app.screen.query_one(ErrorPanel).display
        assert not app.screen.query_one(TabbedContent).display
        lines = str(app.screen.query_one("#error-lines", Static).render())
        assert "plan.toml:47:8: Cost of Modern slavery must be an amount like 12,500.50, not “three thousand”." in lines
        await pilot.press("2")  # no pane to show: a notice, not a crash
        await pilot.pause()
        assert app.is_running
        plan_file.write_text(PLAN_TEXT, encoding="utf-8")
        await pilot.press("r")
        await pilot.pause()
        assert app.plan is not None
        assert app.screen.query_one(TabbedContent).display
        assert app.screen.query_one(ProjectTable).row_count == 3


async def test_a_missing_file_is_an_error_panel_not_a_traceback(tmp_path: Path) -> None:
    app = WorkplanApp(tmp_path / "nowhere.toml")
    async with app.run_test(size=SIZE):
        shown = screen_text(app)
        assert "No such file" in shown and "E001" not in shown


async def test_a_change_on_disk_is_offered_for_reload(plan_file: Path) -> None:
    app = WorkplanApp(plan_file)
    async with app.run_test(size=SIZE) as pilot:
        plan_file.write_text(PLAN_TEXT.replace("Test board plan", "Changed plan"), encoding="utf-8")
        import os

        os.utime(plan_file, (1, 1))  # a different mtime even on a coarse-grained file system
        app.check_disk()
        await pilot.pause()
        assert any("changed on disk" in notification.message for notification in app._notifications)
        await pilot.press("r")
        await pilot.pause()
        assert app.plan.info.title == "Changed plan 2025/26"


async def test_user_text_is_shown_literally_never_as_markup(plan_file: Path) -> None:
    app = WorkplanApp(plan_file)
    async with app.run_test(size=SIZE) as pilot:
        app.screen.query_one(ProjectTable).move_to("markup-title")
        await pilot.pause()
        shown = screen_text(app)
        assert "[red]x[/]" in shown  # in the table and in the detail pane
        assert shown.count("[red]x[/]") >= 2
        tree = app.screen.query_one(ThemeTree)
        activity = tree.root.children[0].children[1].label
        assert str(activity).startswith("[b]Not bold[/b] activity")
        assert "[b]Not" in shown  # the tree is narrow at 80 columns; the brackets still show
