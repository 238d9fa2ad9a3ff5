"""SVG snapshots of an approval and a points ballot in the booth (80×24 and 60×20) and in the
Vote pane (80×24). Update with `pytest tests/ui --snapshot-update -k ballot_kinds`."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers.ballot_kinds import by
from helpers.pilot import settle, show_pane
from workplan_tui.ui.app import WorkplanApp
from workplan_tui.ui.booth.booth_app import BoothApp
from workplan_tui.ui.panes.vote_pane import ADVICE_DELAY

SIZES = [pytest.param((80, 24), id="80x24"), pytest.param((60, 20), id="60x20")]
# The chair; in an approval vote modern-slavery and court-cases approved, the cursor on the
# project they block; in a points vote 6 points and 3 points given, the cursor on the last.
KEYS = {
    "approval": ["enter", "space", "down", "down", "enter", "up"],
    "points": ["enter", "6", "down", "down", "plus", "plus", "plus"],
}


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("kind", ["approval", "points"])
def test_booth_ballot_kinds(snap_compare, voting_plan: Path, kind: str, size: tuple[int, int]) -> None:
    assert snap_compare(BoothApp(by(kind, voting_plan)), press=KEYS[kind], terminal_size=size)


@pytest.mark.parametrize("kind", ["approval", "points"])
def test_vote_pane_ballot_kinds(snap_compare, voting_plan: Path, kind: str) -> None:
    async def fill_in(pilot) -> None:
        await show_pane(pilot, "3")
        await pilot.press(*KEYS[kind][1:])
        await pilot.pause(ADVICE_DELAY + 0.2)  # the advice starts once the ballot rests
        await settle(pilot)

    assert snap_compare(WorkplanApp(by(kind, voting_plan)), run_before=fill_in, terminal_size=(80, 24))
