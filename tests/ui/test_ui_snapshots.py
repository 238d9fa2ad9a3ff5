"""SVG snapshots of every screen at 80×24 and 120×40, the panes whose layout changes with the
width also at 60×20 (update with `pytest --snapshot-update`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers.paths import SSCB
from helpers.pilot import preview_agreement, settle, show_pane, wait_until
from helpers.ui_plan import BROKEN_TEXT, plan_in_working_folder
from helpers.ui_voting import AGREE_DATE, cast_ballots
from workplan_tui.ui.app import WorkplanApp
from workplan_tui.ui.panes.export_pane import ExportPane
from workplan_tui.ui.panes.vote_pane import ADVICE_DELAY

SIZES = [pytest.param((80, 24), id="80x24"), pytest.param((120, 40), id="120x40")]
# Under 70 columns Capacity and Vote stack and the Plan table gives way column by column (app.tcss).
WITH_NARROW = [*SIZES, pytest.param((60, 20), id="60x20")]


@pytest.mark.parametrize("size", WITH_NARROW)
def test_plan_pane(snap_compare, plan_file: Path, size: tuple[int, int]) -> None:
    assert snap_compare(WorkplanApp(plan_file), terminal_size=size)


def test_plan_pane_wide_the_title_grows(snap_compare, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    app = WorkplanApp(plan_in_working_folder(tmp_path, monkeypatch, SSCB.read_text(encoding="utf-8")))
    assert snap_compare(app, terminal_size=(160, 48))


def test_plan_pane_of_the_example_at_80x24(snap_compare, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Start–end, gates and funding on screen; theme and days named as in the detail.
    app = WorkplanApp(plan_in_working_folder(tmp_path, monkeypatch, SSCB.read_text(encoding="utf-8")))
    assert snap_compare(app, terminal_size=(80, 24))


def test_a_misspelt_plan_name_asks_did_you_mean(snap_compare, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("plans").mkdir()
    Path("plans/x.toml").write_text(SSCB.read_text(encoding="utf-8"), encoding="utf-8")

    async def the_question(pilot) -> None:
        await wait_until(pilot, lambda: pilot.app.screen.query("#confirm-question"), "the did-you-mean question")
        await pilot.pause()

    assert snap_compare(WorkplanApp(Path("plans/x.tml")), run_before=the_question, terminal_size=(80, 24))


@pytest.mark.parametrize("size", SIZES)
def test_plan_pane_filtered_on_the_gated_project(snap_compare, plan_file: Path, size: tuple[int, int]) -> None:
    assert snap_compare(WorkplanApp(plan_file), press=["slash", *"red", "enter"], terminal_size=size)


@pytest.mark.parametrize("size", WITH_NARROW)
def test_capacity_pane(snap_compare, plan_file: Path, size: tuple[int, int]) -> None:
    async def with_its_schedule(pilot) -> None:
        await show_pane(pilot, "2")  # and the delivery schedule's worker done

    assert snap_compare(WorkplanApp(plan_file), run_before=with_its_schedule, terminal_size=size)


@pytest.mark.parametrize("size", WITH_NARROW)
def test_capacity_pane_re_timed(snap_compare, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, size: tuple[int, int]) -> None:
    # The README's three projects: over capacity as timed, within it once re-timed (`t`).
    app = WorkplanApp(plan_in_working_folder(tmp_path, monkeypatch, SSCB.read_text(encoding="utf-8")))

    async def re_timed(pilot) -> None:
        app.set_committed(frozenset({"modern-slavery", "police-capacity", "drugs-community-safety"}))
        await show_pane(pilot, "2")
        await pilot.press("t")
        await settle(pilot)

    assert snap_compare(app, run_before=re_timed, terminal_size=size)


@pytest.mark.parametrize("size", WITH_NARROW)
def test_help_screen(snap_compare, plan_file: Path, size: tuple[int, int]) -> None:
    assert snap_compare(WorkplanApp(plan_file), press=["question_mark"], terminal_size=size)


@pytest.mark.parametrize("size", WITH_NARROW)
def test_error_panel_when_the_plan_is_invalid_at_start(snap_compare, plan_file: Path, size: tuple[int, int]) -> None:
    plan_file.write_text(BROKEN_TEXT, encoding="utf-8")
    assert snap_compare(WorkplanApp(plan_file), terminal_size=size)


@pytest.mark.parametrize("size", SIZES)
def test_error_panel_above_the_last_good_plan(snap_compare, plan_file: Path, size: tuple[int, int]) -> None:
    app = WorkplanApp(plan_file)

    async def break_the_plan(pilot) -> None:
        plan_file.write_text(BROKEN_TEXT, encoding="utf-8")
        app._load()  # what `r` does, without the notification toast (it would time out in the snapshot)
        await pilot.pause()

    assert snap_compare(app, run_before=break_the_plan, terminal_size=size)


# -- Vote, Results, Export: the voting plan (five members, £7,000, one seat) and fixed ballots --


@pytest.mark.parametrize("size", WITH_NARROW)
def test_vote_pane_with_a_ranking(snap_compare, voting_plan: Path, size: tuple[int, int]) -> None:
    # modern-slavery ranked: markup-title is now blocked by the budget; the advice (a worker) has come.
    async def rank_the_first(pilot) -> None:
        await show_pane(pilot, "3")
        await pilot.press("enter")
        await pilot.pause(ADVICE_DELAY + 0.2)  # the advice starts once the ranking rests
        await settle(pilot)

    assert snap_compare(WorkplanApp(voting_plan), run_before=rank_the_first, terminal_size=size)


@pytest.mark.parametrize("size", WITH_NARROW)
def test_results_pane(snap_compare, voting_plan: Path, size: tuple[int, int]) -> None:
    cast_ballots(voting_plan)
    assert snap_compare(WorkplanApp(voting_plan), run_before=lambda pilot: show_pane(pilot, "4"), terminal_size=size)


@pytest.mark.parametrize("size", SIZES)
def test_export_pane(snap_compare, voting_plan: Path, size: tuple[int, int]) -> None:
    cast_ballots(voting_plan)

    async def preview_on_a_fixed_date(pilot) -> None:
        await show_pane(pilot, "5")
        await preview_agreement(pilot)
        # The inputs' first values, announced as the pane mounts, may have started the typing
        # debounce (INPUT_DELAY_SECONDS); when it fires it previews the same inputs again and
        # the picture would show "counting…" if taken meanwhile. It would find nothing new:
        # stopped, the picture does not depend on when it is taken.
        pane = pilot.app.screen.query_one(ExportPane)
        assert pane._previewed_inputs == pane._typed() == (AGREE_DATE, "")
        if pane._input_timer is not None:
            pane._input_timer.stop()
        await settle(pilot)  # a debounced preview that had fired already

    assert snap_compare(WorkplanApp(voting_plan), run_before=preview_on_a_fixed_date, terminal_size=size)
