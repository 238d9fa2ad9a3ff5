"""SVG snapshots of the booth at 40×20 (a phone held upright) and 80×24 (update with `--snapshot-update`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers.pilot import settle, wait_until
from helpers.ui_voting import cast_ballots
from workplan_tui.ui.booth.booth_app import BoothApp
from workplan_tui.ui.booth.results_screen import ResultsScreen

SIZES = [pytest.param((40, 20), id="40x20"), pytest.param((80, 24), id="80x24")]


@pytest.mark.parametrize("size", SIZES)
def test_booth_who_is_voting(snap_compare, voting_plan: Path, size: tuple[int, int]) -> None:
    assert snap_compare(BoothApp(voting_plan), terminal_size=size)


@pytest.mark.parametrize("size", SIZES)
def test_booth_ballot_with_a_ranking(snap_compare, voting_plan: Path, size: tuple[int, int]) -> None:
    # Member A; modern-slavery ranked, the cursor on the project it now blocks.
    assert snap_compare(BoothApp(voting_plan), press=["down", "enter", "enter", "down"], terminal_size=size)


def _closed_after_the_ballots(plan_path: Path) -> None:
    """The fixed ballots (cast at 10:00 on 1 June 2025), then the vote closed at 11:05."""
    cast_ballots(plan_path)
    text = plan_path.read_text(encoding="utf-8")
    plan_path.write_text(text.replace('seed = "test"\n', 'seed = "test"\ncloses = 2025-06-01T11:05:00Z\n', 1), encoding="utf-8")


@pytest.mark.parametrize("size", SIZES)
def test_booth_after_the_close(snap_compare, voting_plan: Path, size: tuple[int, int]) -> None:
    _closed_after_the_ballots(voting_plan)
    assert snap_compare(BoothApp(voting_plan), terminal_size=size)


@pytest.mark.parametrize("size", SIZES)
def test_booth_results_after_the_close(snap_compare, voting_plan: Path, size: tuple[int, int]) -> None:
    _closed_after_the_ballots(voting_plan)

    async def see_the_results(pilot) -> None:
        await pilot.press("r")
        await wait_until(pilot, lambda: isinstance(pilot.app.screen, ResultsScreen), "the results screen")
        await settle(pilot)

    assert snap_compare(BoothApp(voting_plan), run_before=see_the_results, terminal_size=size)


@pytest.mark.parametrize("roll", ["voters.csv", "open"])
def test_booth_voter_number_on_a_roll(snap_compare, voting_plan: Path, roll: str) -> None:
    # A CSV or open roll: no members' list, the voter types their number.
    from helpers.rolls import use_roll

    use_roll(voting_plan, roll)
    assert snap_compare(BoothApp(voting_plan), terminal_size=(80, 24))
