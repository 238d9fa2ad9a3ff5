"""Both apps hold the garbage collector off until their first frame, then let it run again,
with the start-up objects left out of its collections, and hand them back when they end."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from textual.app import App
from textual.screen import Screen

from helpers.paths import SSCB
from workplan_tui.ui.app import WorkplanApp
from workplan_tui.ui.booth.booth_app import BoothApp
from workplan_tui.ui.booth.who_screen import WhoIsVotingScreen
from workplan_tui.ui.main_screen import MainScreen


@pytest.mark.parametrize(("make_app", "first_screen"), [(BoothApp, WhoIsVotingScreen), (WorkplanApp, MainScreen)])
async def test_the_collector_waits_for_the_first_frame(
    make_app: type[App[None]], first_screen: type[Screen[None]], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert gc.isenabled()
    frozen_before = gc.get_freeze_count()
    seen_while_composing: list[bool] = []
    compose = first_screen.compose

    def composing(screen: Screen[None]):  # type: ignore[no-untyped-def]
        seen_while_composing.append(gc.isenabled())
        return compose(screen)

    monkeypatch.setattr(first_screen, "compose", composing)
    app = make_app(Path(SSCB))  # type: ignore[call-arg]
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.pause()
        assert seen_while_composing == [False]  # held off while the first screen was built
        assert gc.isenabled() and gc.get_freeze_count() > frozen_before  # running again, start-up frozen
    assert gc.isenabled() and gc.get_freeze_count() == 0  # handed back when the app ended
