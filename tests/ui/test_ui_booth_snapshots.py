"""SVG snapshots of the booth at 40×20 (a phone held upright) and 80×24 (update with `--snapshot-update`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from workplan_tui.ui.booth.booth_app import BoothApp

SIZES = [pytest.param((40, 20), id="40x20"), pytest.param((80, 24), id="80x24")]


@pytest.mark.parametrize("size", SIZES)
def test_booth_who_is_voting(snap_compare, voting_plan: Path, size: tuple[int, int]) -> None:
    assert snap_compare(BoothApp(voting_plan), terminal_size=size)


@pytest.mark.parametrize("size", SIZES)
def test_booth_ballot_with_a_ranking(snap_compare, voting_plan: Path, size: tuple[int, int]) -> None:
    # Member A; modern-slavery ranked, the cursor on the project it now blocks.
    assert snap_compare(BoothApp(voting_plan), press=["down", "enter", "enter", "down"], terminal_size=size)
