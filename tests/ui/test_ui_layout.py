"""Layouts that hold from 60×20 to 160×48: what each pane shows, and where, at each size (issue 15)."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers.paths import SSCB
from helpers.pilot import settle, show_pane
from workplan_tui.plan_io import load_plan
from workplan_tui.ui.app import WorkplanApp
from workplan_tui.ui.widgets.plan.project_table import ProjectTable, fit_columns, project_columns
from workplan_tui.ui.widgets.results.ranking_bars import ranking_text
from workplan_tui.ui.widgets.vote.candidate_list import CandidateList
from workplan_tui.voting.ballots import write_ballot
from workplan_tui.voting.every_method import count_every_method


def header_of(app: WorkplanApp) -> str:
    table = app.screen.query_one(ProjectTable)
    return "".join(segment.text for segment in table.render_line(0))


# -- the Plan table ------------------------------------------------------------------


def test_every_column_fits_where_there_is_room_and_the_title_takes_what_is_left() -> None:
    columns = project_columns(load_plan(SSCB))
    labels = [column.label for column in columns]
    wide, hidden = fit_columns(columns, 400)
    assert [column.label for column in wide] == labels and hidden == ()
    title = next(column for column in wide if column.label == "Title")
    assert title.width == max(len(project.title) for project in load_plan(SSCB).projects)


@pytest.mark.parametrize("width", [40, 58, 78, 118, 158, 198])
def test_the_fitted_columns_never_overflow_and_keep_title_cost_and_window(width: int) -> None:
    fitted, _ = fit_columns(project_columns(load_plan(SSCB)), width)
    assert sum(column.width + 2 for column in fitted) <= max(width, sum(column.least + 2 for column in fitted))
    assert {"In", "Title", "Cost", "Start–end"} <= {column.label for column in fitted}
    assert all(column.width >= column.least for column in fitted)


async def test_at_80_columns_the_table_reaches_window_gates_and_funding() -> None:
    app = WorkplanApp(SSCB)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        header = header_of(app)
        for label in ("Title", "Cost", "Start–end", "Gates", "Funding"):
            assert label in header
        table = app.screen.query_one(ProjectTable)
        assert table.max_scroll_x == 0  # nothing to scroll to: every column shown is on screen
        # What gave way is named, and the detail below shows it.
        assert "Theme and days in the detail below" in str(table.border_subtitle)


async def test_at_60_columns_the_cost_stays_and_what_went_is_named() -> None:
    app = WorkplanApp(SSCB)
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.pause()
        header = header_of(app)
        assert "Cost" in header and "Start–end" in header
        table = app.screen.query_one(ProjectTable)
        assert table.max_scroll_x == 0
        assert str(table.border_subtitle).startswith("Theme, days, funding and gates in the detail below")


async def test_at_160_columns_the_title_grows() -> None:
    app = WorkplanApp(SSCB)
    async with app.run_test(size=(160, 48)) as pilot:
        await pilot.pause()
        table = app.screen.query_one(ProjectTable)
        line = "".join(segment.text for segment in table.render_line(2))
        assert "Reducing reoffending: a local government position" in line  # 49 cells, whole
        assert "Theme" in header_of(app) and "SA" in header_of(app)


async def test_a_resize_fits_the_table_again() -> None:
    app = WorkplanApp(SSCB)
    async with app.run_test(size=(160, 48)) as pilot:
        await pilot.pause()
        assert "Theme" in header_of(app)
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert "Theme" not in header_of(app) and "Funding" in header_of(app)


# -- Capacity and Vote at 60×20 ----------------------------------------------------------


async def test_at_60x20_capacity_problems_are_under_the_chart_on_screen() -> None:
    app = WorkplanApp(SSCB)
    async with app.run_test(size=(60, 20)) as pilot:
        await show_pane(pilot, "2")
        notes = app.screen.query_one("#capacity-notes")
        chart = app.screen.query_one("#load-chart-scroll")
        screen = app.screen.region
        assert notes.region.width >= 50 and screen.contains_region(notes.region)
        assert notes.region.y >= chart.region.bottom  # stacked, not pushed off to the right


async def test_at_80x24_capacity_problems_are_beside_the_chart() -> None:
    app = WorkplanApp(SSCB)
    async with app.run_test(size=(80, 24)) as pilot:
        await show_pane(pilot, "2")
        notes = app.screen.query_one("#capacity-notes")
        chart = app.screen.query_one("#load-chart-scroll")
        assert notes.region.x >= chart.region.right and app.screen.region.contains_region(notes.region)


async def test_at_60x20_the_vote_list_has_the_whole_width() -> None:
    app = WorkplanApp(SSCB)
    async with app.run_test(size=(60, 20)) as pilot:
        await show_pane(pilot, "3")
        candidates = app.screen.query_one(CandidateList)
        side = app.screen.query_one("#vote-side")
        assert candidates.region.width == 60 and side.region.y >= candidates.region.bottom
        assert candidates.region.height >= 4 and side.region.height >= 4


async def test_at_80x24_a_blocked_title_stays_readable_and_its_reason_is_whole_or_absent() -> None:
    app = WorkplanApp(SSCB)
    async with app.run_test(size=(80, 24)) as pilot:
        await show_pane(pilot, "3")
        candidates = app.screen.query_one(CandidateList)
        candidates.focus()
        # Police capacity (£6,500) then Modern slavery (£3,750): £250 over, the rest blocked.
        await pilot.press("down", "down", "down", "enter", "home", "enter", "down")
        await settle(pilot)
        plan = app.plan
        assert plan is not None
        blocked = {project.id: candidates.reason(project.id) for project in plan.projects if candidates.reason(project.id)}
        assert blocked, "a ballot over the budget blocks other projects"
        for index, project in enumerate(plan.projects):  # the list shows the plan's projects in order
            line = "".join(segment.text for segment in candidates.render_line(index)).rstrip()
            assert project.title[:30] in line  # at least 30 cells of every title
            if project.id in blocked:
                # The reason whole on the line, or none of it (the ballot beside names it).
                whole = candidates.line_text(index).plain  # mark, cost, title, two spaces, reason
                without_reason = whole[: whole.index(f"  {blocked[project.id]}")]
                assert line == whole or without_reason.startswith(line.rstrip("…"))
        ballot = str(app.screen.query_one("#vote-ballot").render())
        highlighted = candidates.current_project_id
        assert highlighted in blocked and blocked[highlighted] in ballot.replace("\n", " ")


# -- Results ---------------------------------------------------------------------------


def test_irv_bars_shrink_down_the_ranking_though_later_winners_have_more_ballots(voting_plan: Path) -> None:
    plan = load_plan(voting_plan)
    folder = voting_plan.parent / "plan.ballots"
    # Run 1: modern-slavery wins 2 of 3. Run 2, without it: court-cases has all 3.
    write_ballot(plan, folder, "member-a", ["modern-slavery", "court-cases"])
    write_ballot(plan, folder, "member-b", ["modern-slavery", "court-cases"])
    write_ballot(plan, folder, "member-c", ["court-cases", "modern-slavery"])
    result = count_every_method(plan, folder)["irv"]
    assert [entry.score for entry in result.ranking[:2]] == [2, 3]
    lines = ranking_text(plan, result, 70).plain.splitlines()
    bars = [line.count("█") for line in lines[:2]]
    assert bars[0] > bars[1] > 0
    assert any("Bars:" in line for line in lines)


def test_projects_nobody_ranked_are_counted_apart_not_skipped(voting_plan: Path) -> None:
    plan = load_plan(voting_plan)
    folder = voting_plan.parent / "plan.ballots"
    write_ballot(plan, folder, "member-a", ["modern-slavery"])
    for method, result in count_every_method(plan, folder).items():
        text = ranking_text(plan, result, 70).plain
        assert "Cohesion impact of court cases" not in text, method
        assert "ranked on no counted ballot" in text, method


async def test_switching_method_reads_the_new_result_from_its_top(voting_plan: Path) -> None:
    from helpers.ui_voting import cast_ballots

    cast_ballots(voting_plan)
    app = WorkplanApp(voting_plan)
    async with app.run_test(size=(60, 20)) as pilot:
        await show_pane(pilot, "4")
        body = app.screen.query_one("#results-body")
        body.focus()
        await pilot.press("end")
        await pilot.pause()
        assert body.scroll_offset.y > 0
        await pilot.press("m")
        await settle(pilot)
        assert body.scroll_offset.y == 0
