"""The Capacity pane's delivery schedule: fits as timed, fits re-timed (what moves), cannot fit
(the extra days), at both sizes; `t` draws the re-timed load; an agreed plan's planned delivery."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers.paths import SSCB
from helpers.pilot import settle, show_pane, wait_until
from helpers.ui_plan import plan_in_working_folder
from workplan_tui.ui.app import WorkplanApp
from workplan_tui.ui.panes.capacity_pane import CapacityPane
from workplan_tui.ui.widgets.capacity.load_chart import LoadChart
from workplan_tui.ui.widgets.capacity.schedule_note import ScheduleNote

SIZES = [pytest.param((80, 24), id="80x24"), pytest.param((120, 40), id="120x40")]
README_SET = frozenset({"modern-slavery", "police-capacity", "drugs-community-safety"})


@pytest.fixture
def sscb_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    def write(old: str = "", new: str = "") -> Path:
        text = SSCB.read_text(encoding="utf-8")
        assert old in text
        return plan_in_working_folder(tmp_path, monkeypatch, text.replace(old, new, 1))

    return write


async def schedule_shown(path: Path, size: tuple[int, int], counted: frozenset[str]) -> tuple[str, CapacityPane]:
    app = WorkplanApp(path)
    async with app.run_test(size=size) as pilot:
        app.set_committed(counted)
        await show_pane(pilot, "2")
        pane = app.screen.query_one(CapacityPane)
        assert pane.schedule is not None
        return pane.query_one(ScheduleNote).text.plain, pane


@pytest.mark.parametrize("size", SIZES)
async def test_work_that_fits_as_timed_says_so(sscb_copy, size: tuple[int, int]) -> None:
    text, _ = await schedule_shown(sscb_copy(), size, frozenset({"reducing-reoffending"}))
    assert text == (
        "Delivery schedule\n"
        "It fits as timed: every role is within capacity in every month with the work spread evenly."
    )


@pytest.mark.parametrize("size", SIZES)
async def test_work_that_fits_re_timed_says_what_moves(sscb_copy, size: tuple[int, int]) -> None:
    text, _ = await schedule_shown(sscb_copy(), size, README_SET)
    assert text.startswith(
        "Delivery schedule\nIt does not fit as timed.\n"
        "It fits with the work re-timed, within each project's window and milestones.\nWhat moves\n"
    )
    assert " Drugs issues and community safety, Graduate trainee: " in text
    assert "moved from May 2023 to June 2023" in text
    assert "graduate_trainee" not in text and "drugs-community-safety" not in text  # words, not keys


@pytest.mark.parametrize("size", SIZES)
async def test_work_that_cannot_fit_gives_the_extra_days_by_role_and_month(sscb_copy, size: tuple[int, int]) -> None:
    path = sscb_copy("\ngraduate_trainee = 6", "\ngraduate_trainee = 1")
    text, _ = await schedule_shown(path, size, frozenset({"reducing-reoffending", "drugs-community-safety"}))
    assert "It does not fit even re-timed: it needs 11 days more staff time than is available.\n" in text
    assert text.endswith(
        "Extra days needed to fit\n"
        " Graduate trainee: 4.37 days in April 2023, 4.95 days in May 2023 and 1.68 days in June 2023"
    )


async def test_t_draws_the_re_timed_load_and_back(sscb_copy) -> None:
    app = WorkplanApp(sscb_copy())
    async with app.run_test(size=(120, 40)) as pilot:
        app.set_committed(README_SET)
        await show_pane(pilot, "2")
        pane = app.screen.query_one(CapacityPane)
        chart = pane.query_one("#load-chart-scroll")
        assert chart.border_title is not None and chart.border_title.endswith("spread evenly")
        assert "Graduate trainee · capacity 6 · peak 8.5 May" in pane.query_one(LoadChart).render().plain  # as timed
        await pilot.press("t")
        await settle(pilot)
        assert chart.border_title.endswith("re-timed")
        rendered = pane.query_one(LoadChart).render().plain
        assert "Graduate trainee · capacity 6 · peak 6.0" in rendered  # within capacity once re-timed
        await pilot.press("t")
        assert chart.border_title.endswith("spread evenly")


async def test_an_agreed_plan_shows_the_planned_delivery_of_its_agreed_set(sscb_copy) -> None:
    path = sscb_copy('status = "draft" ', 'status = "agreed"')
    path.write_text(
        path.read_text(encoding="utf-8")
        + '\n[decision]\ndate = 2023-03-23\nmethod = "points"\nballots = 2\n'
        'selected = ["modern-slavery", "police-capacity", "drugs-community-safety"]\n',
        encoding="utf-8",
    )
    text, pane = await schedule_shown(path, (80, 24), frozenset({"reducing-reoffending"}))
    assert text.startswith("Planned delivery\nIt does not fit as timed.\nIt fits with the work re-timed")
    assert pane.schedule is not None and set(pane.schedule.projects) == README_SET


async def test_keys_answer_while_the_schedule_is_worked_out(sscb_copy, monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    import workplan_tui.schedule

    release = threading.Event()
    real = workplan_tui.schedule.delivery_schedule

    def slow_schedule(*args: object, **kwargs: object) -> object:
        release.wait(10)  # a large plan's schedule, held until the test has pressed its keys
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(workplan_tui.schedule, "delivery_schedule", slow_schedule)
    app = WorkplanApp(sscb_copy())
    async with app.run_test(size=(80, 24)) as pilot:
        app.set_committed(README_SET)
        await pilot.press("2")
        pane = app.screen.query_one(CapacityPane)
        await wait_until(pilot, lambda: pane.ready, "the Capacity pane")
        assert pane.query_one(ScheduleNote).text.plain == "Delivery schedule\nWorking it out…"
        await pilot.press("1")  # the app answers: another pane, and back
        assert app.screen.query_one("#panes").active == "plan"
        await pilot.press("2")
        release.set()
        await settle(pilot)
        assert pane.schedule is not None
        assert "It fits with the work re-timed" in pane.query_one(ScheduleNote).text.plain


async def test_changes_made_during_a_solve_are_worked_out_once_for_the_last_figures(
    sscb_copy, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    import workplan_tui.schedule

    asked: list[tuple[str, ...]] = []
    release = threading.Event()
    real = workplan_tui.schedule.delivery_schedule

    def held_schedule(plan, ids):  # the first solve held until the changes are made
        asked.append(tuple(ids))
        release.wait(10)
        return real(plan, ids)

    monkeypatch.setattr(workplan_tui.schedule, "delivery_schedule", held_schedule)
    app = WorkplanApp(sscb_copy())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("2")
        await wait_until(pilot, lambda: len(asked) == 1, "the first solve")
        await pilot.press("n", "a", "n")
        release.set()
        await settle(pilot)
        assert len(asked[0]) == 6 and asked[1:] == [()]  # one more solve, for none counted in
        assert app.screen.query_one(ScheduleNote).text.plain == "Delivery schedule\nNo project is counted in."
