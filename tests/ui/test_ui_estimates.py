"""Officer estimates in the app: "est." beside each estimated figure of the project table and detail."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import attrs
import pytest
from textual.widgets import SelectionList

from helpers.pilot import wait_until
from helpers.ui_plan import PLAN_TEXT, plan_in_working_folder
from workplan_tui.model import ESTIMABLE_FIGURES
from workplan_tui.plan_io import loads_plan
from workplan_tui.ui.app import WorkplanApp
from workplan_tui.ui.screens.forms.project_form import FIGURE_LABELS, ProjectForm, estimated_figures
from workplan_tui.ui.widgets.plan.project_detail import detail_text
from workplan_tui.ui.widgets.plan.project_table import ProjectTable, project_columns

ESTIMATED_TEXT = PLAN_TEXT.replace(
    "end = 2025-09-30\nmilestones", 'end = 2025-09-30\nestimated = ["cost", "effort", "end", "milestones"]\nmilestones'
)


@pytest.fixture
def plan():
    assert ESTIMATED_TEXT != PLAN_TEXT
    return loads_plan(ESTIMATED_TEXT)


def cells(plan, project_id: str) -> dict[str, str]:
    project = plan.project(project_id)
    return {column.label: column.cell(project, False).text for column in project_columns(plan)}


def test_the_table_marks_the_estimated_figures_of_a_project(plan):
    row = cells(plan, "modern-slavery")
    assert row["Cost"] == "~£3,000"  # the table's one-cell mark (the detail says "est.")
    assert (row["SA"], row["A"]) == ("~12", "~30")
    assert row["Start–end"] == "Apr 25–~Sep 25"  # the end is an estimate, the start is not


def test_the_table_leaves_firm_figures_and_empty_cells_unmarked(plan):
    row = cells(plan, "markup-title")
    assert (row["Cost"], row["SA"], row["A"], row["Start–end"]) == ("£5,000", "", "8", "Jun 25–Dec 25")
    no_effort = attrs.evolve(plan.project("markup-title"), effort={}, estimated=("effort", "start"))
    row = cells(attrs.evolve(plan, projects=(no_effort,)), "markup-title")
    assert (row["SA"], row["A"], row["Start–end"]) == ("", "", "~Jun 25–Dec 25")


def test_the_detail_marks_each_estimated_figure_and_says_what_est_means(plan):
    text = detail_text(plan, plan.project("modern-slavery"), counted=True).plain
    assert "Cost: £3,000 est. from the budget" in text
    assert "Effort (person-days): Senior adviser 12, Adviser 30, all est." in text
    assert "Window: 1 Apr 2025 – 30 Sep 2025 est." in text
    assert "  12 Jun 2025 est.  Interim report" in text
    assert text.rstrip().endswith("est.: officer estimate")


def test_the_detail_of_a_firm_project_has_no_mark(plan):
    text = detail_text(plan, plan.project("court-cases"), counted=True).plain
    assert "est." not in text
    assert "Cost: £12,000, funded by External grant (not from the budget)" in text


def test_the_detail_shows_how_far_the_work_may_move_with_its_estimates(plan):
    project = attrs.evolve(plan.project("court-cases"), latest=dt.date(2026, 3, 31), estimated=("latest",))
    text = detail_text(plan, project, counted=False).plain
    assert "May move within: 1 May 2025 – 31 Mar 2026 est." in text


async def test_the_table_legend_names_the_mark_only_when_a_plan_has_estimates(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for text, legend in ((ESTIMATED_TEXT, "days: SA Senior adviser · A Adviser · ~ officer estimate"),
                         (PLAN_TEXT, "days: SA Senior adviser · A Adviser")):
        folder = tmp_path / str(len(text))
        folder.mkdir()
        app = WorkplanApp(plan_in_working_folder(folder, monkeypatch, text))
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            assert str(app.query_one(ProjectTable).border_subtitle) == legend


def test_plan_pane_with_estimates(snap_compare, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = plan_in_working_folder(tmp_path, monkeypatch, ESTIMATED_TEXT)
    assert snap_compare(WorkplanApp(path), terminal_size=(120, 40))


# -- marking and unmarking in the project form ----------------------------------------------


async def open_form_of(pilot, app: WorkplanApp, project_id: str) -> ProjectForm:
    await wait_until(pilot, lambda: app.screen.query(ProjectTable), "the project table")
    table = app.screen.query_one(ProjectTable)
    table.move_to(project_id)
    table.focus()
    await pilot.press("enter")
    await wait_until(pilot, lambda: isinstance(app.screen, ProjectForm), "the project form")
    assert isinstance(app.screen, ProjectForm)
    return app.screen


async def save(pilot, app: WorkplanApp, form: ProjectForm) -> None:
    await pilot.press("ctrl+s")
    await wait_until(pilot, lambda: app.screen is not form, "the form to save")


def test_the_form_offers_every_figure_a_project_may_estimate():
    assert tuple(FIGURE_LABELS) == ESTIMABLE_FIGURES
    assert estimated_figures(["end", "cost"]) == ["cost", "end"]  # the schema's order, not the order ticked


async def test_ticking_and_unticking_estimates_in_the_form_changes_only_that_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sscb_text: str
) -> None:
    path = plan_in_working_folder(tmp_path, monkeypatch, sscb_text, "sscb.toml")
    app = WorkplanApp(path)
    async with app.run_test(size=(120, 40)) as pilot:
        form = await open_form_of(pilot, app, "police-capacity")
        estimates = form.inputs["estimated"]
        assert isinstance(estimates, SelectionList)
        assert estimated_figures(estimates.selected) == ["cost", "effort", "end"]  # as the file has them
        estimates.select("start")
        estimates.deselect("cost")
        await save(pilot, app, form)
        assert app.plan.project("police-capacity").estimated == ("effort", "start", "end")
        after = path.read_text(encoding="utf-8")
        assert after == sscb_text.replace(
            'estimated = ["cost", "effort", "end"]', 'estimated = ["effort", "start", "end"]'
        )

        form = await open_form_of(pilot, app, "police-capacity")
        form.inputs["estimated"].deselect_all()  # every figure firm: the key goes
        await save(pilot, app, form)
        assert app.plan.project("police-capacity").estimated == ()
        assert path.read_text(encoding="utf-8") == after.replace('estimated = ["effort", "start", "end"]\n', "")


async def test_saving_a_form_untouched_keeps_an_estimated_list_in_its_own_order(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sscb_text: str
) -> None:
    text = sscb_text.replace('estimated = ["cost", "effort", "end"]', 'estimated = ["end", "cost", "effort"]  # as written')
    path = plan_in_working_folder(tmp_path, monkeypatch, text, "sscb.toml")
    app = WorkplanApp(path)
    async with app.run_test(size=(120, 40)) as pilot:
        form = await open_form_of(pilot, app, "police-capacity")
        form.inputs["cost"].value = "7000"
        await save(pilot, app, form)
    assert path.read_text(encoding="utf-8") == text.replace("cost = 6500 ", "cost = 7000 ")


def test_project_form_estimates(snap_compare, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = plan_in_working_folder(tmp_path, monkeypatch, ESTIMATED_TEXT)

    async def show_the_estimates(pilot) -> None:
        form = await open_form_of(pilot, pilot.app, "modern-slavery")
        estimates = form.inputs["estimated"]
        estimates.focus()
        form.query_one("#form-body").scroll_to_widget(estimates, animate=False)
        await pilot.pause()

    assert snap_compare(WorkplanApp(path), run_before=show_the_estimates, terminal_size=(80, 24))
