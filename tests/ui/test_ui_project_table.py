"""Pilot tests of the projects table: moving, scrolling, clicking, counting in and out, filtering, editing."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from helpers.paths import ROOT
from helpers.pilot import screen_text, wait_until
from workplan_tui.ui.app import WorkplanApp
from workplan_tui.ui.screens.forms.form_screen import FormScreen
from workplan_tui.ui.widgets.plan.project_table import ProjectTable

sys.path.insert(0, str(ROOT / "benchmarks"))
from generate_plan import generate_plan_text

SIZE = (80, 24)


@pytest.fixture
def long_plan(tmp_path: Path) -> Path:
    """60 projects: more rows than the table shows at 80x24."""
    path = tmp_path / "long.toml"
    path.write_text(generate_plan_text(60, seed=1), encoding="utf-8")
    return path


def table_lines(app: WorkplanApp) -> list[str]:
    """The table's lines on screen, header first, without the border."""
    table = app.screen.query_one(ProjectTable)
    region = table.content_region
    lines = screen_text(app).splitlines()
    return [line[region.x : region.right] for line in lines[region.y : region.bottom]]


def detail_title(app: WorkplanApp) -> str:
    """The first line of the detail pane: the title of the project it shows."""
    return str(app.screen.query_one("#project-detail-text").render()).splitlines()[0]


async def test_arrow_keys_move_the_cursor_and_the_detail_follows(long_plan: Path) -> None:
    app = WorkplanApp(long_plan)
    async with app.run_test(size=SIZE) as pilot:
        table = app.screen.query_one(ProjectTable)
        assert table.row_count == 60 and table.current_project_id == "project-00000"
        await pilot.press("down", "down", "up", "down")
        assert table.current_project_id == "project-00002"
        # The detail follows once the cursor rests (DETAIL_DELAY_SECONDS), on the row it rests on.
        await wait_until(pilot, lambda: detail_title(app) == "Project 2", "the detail of the row the cursor rests on")
        lines = table_lines(app)
        assert lines[0].split()[:2] == ["In", "Title"]  # the header row
        assert "Project 2 " in lines[3]  # header, rows 0 and 1, then the cursor's row


async def test_the_cursor_stays_in_view_below_the_header(long_plan: Path) -> None:
    app = WorkplanApp(long_plan)
    async with app.run_test(size=SIZE) as pilot:
        table = app.screen.query_one(ProjectTable)
        rows_shown = len(table_lines(app)) - 1  # less the header (the columns fit: no horizontal scrollbar)
        await pilot.press(*["down"] * (rows_shown + 4))
        assert table.cursor == rows_shown + 4
        lines = table_lines(app)
        assert lines[0].split()[:2] == ["In", "Title"]  # the header stays while the rows scroll
        assert f"Project {rows_shown + 4} " in lines[rows_shown]  # the last row shown
        await pilot.press("end")
        assert table.current_project_id == "project-00059"
        assert "Project 59 " in table_lines(app)[rows_shown]
        await pilot.press("pageup")
        assert table.cursor == 59 - rows_shown
        assert f"Project {59 - rows_shown} " in table_lines(app)[1]
        await pilot.press("home")
        assert table.cursor == 0 and table.scroll_offset.y == 0
        await pilot.press("pagedown")
        assert table.cursor == rows_shown


async def test_right_scrolls_to_the_columns_beyond_a_narrow_screen(plan_file: Path) -> None:
    # From 60 columns the columns are fitted to the width (tests/ui/test_ui_layout.py); narrower,
    # the title, cost and window alone are wider than the screen.
    app = WorkplanApp(plan_file)
    async with app.run_test(size=(40, 24)) as pilot:
        table = app.screen.query_one(ProjectTable)
        assert "Start–end" not in table_lines(app)[0]
        # A column a key: as many presses as the table is wider than the screen, not more
        # (each key is drawn, and a busy machine draws slowly).
        columns_beyond = table.max_scroll_x
        assert columns_beyond > 0
        await pilot.press(*["right"] * columns_beyond)
        header = table_lines(app)[0]
        assert "Start–end" in header and "Title" not in header
        await pilot.press(*["left"] * columns_beyond)
        assert "Title" in table_lines(app)[0]


async def test_a_click_selects_the_row_and_the_header_does_nothing(long_plan: Path) -> None:
    app = WorkplanApp(long_plan)
    async with app.run_test(size=SIZE) as pilot:
        table = app.screen.query_one(ProjectTable)
        # Offsets within the widget: the border is line 0, the header line 1, the first row line 2.
        await pilot.click(ProjectTable, offset=(10, 5))
        assert table.current_project_id == "project-00003"
        await pilot.click(ProjectTable, offset=(10, 1))
        assert table.current_project_id == "project-00003"
        # The detail follows once the cursor rests (DETAIL_DELAY_SECONDS), on the row it rests on.
        await wait_until(pilot, lambda: detail_title(app) == "Project 3", "the detail of the row the cursor rests on")


async def test_space_changes_the_mark_of_that_row_only(plan_file: Path) -> None:
    app = WorkplanApp(plan_file)
    async with app.run_test(size=SIZE) as pilot:
        marks = [line.split()[0] for line in table_lines(app)[1:4]]
        assert marks == ["●", "●", "●"]
        await pilot.press("down", "space")
        await pilot.pause()
        assert [line.split()[0] for line in table_lines(app)[1:4]] == ["●", "○", "●"]
        await pilot.press("a")  # count all in: every mark again
        await pilot.pause()
        assert [line.split()[0] for line in table_lines(app)[1:4]] == ["●", "●", "●"]


async def test_the_filter_keeps_the_cursor_on_its_project(long_plan: Path) -> None:
    app = WorkplanApp(long_plan)
    async with app.run_test(size=SIZE) as pilot:
        table = app.screen.query_one(ProjectTable)
        await pilot.press(*["down"] * 15)
        assert table.current_project_id == "project-00015"
        await pilot.press("slash", "1")  # Project 1, 10-19, 21, 31, ...
        assert "project-00015" in table.project_ids and table.current_project_id == "project-00015"
        await pilot.press("2")  # Project 12: the cursor's project is gone, so the first row
        assert list(table.project_ids) == ["project-00012"] and table.current_project_id == "project-00012"
        await pilot.press("backspace", "backspace", "escape")
        assert table.row_count == 60 and table.current_project_id == "project-00012"
        assert "Project 12 " in "\n".join(table_lines(app))  # scrolled to it


async def test_enter_edits_the_project_under_the_cursor(plan_file: Path) -> None:
    app = WorkplanApp(plan_file)
    async with app.run_test(size=SIZE) as pilot:
        table = app.screen.query_one(ProjectTable)
        await pilot.press("end")
        project = app.plan.project(table.current_project_id)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, FormScreen)
        assert app.screen.inputs["title"].value == project.title
