"""Pilot steps the UI tests and snapshots share: waiting for what a test needs, never for a
fixed number of pauses or a fixed time, and opening the app on a pane."""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import TypeVar

from textual.pilot import Pilot
from textual.widget import Widget
from textual.widgets import Input
from textual.worker import WorkerFailed, WorkerState

from helpers.ui_voting import AGREE_DATE
from workplan_tui.ui.app import WorkplanApp
from workplan_tui.ui.panes.export_pane import ExportPane

SIZE = (80, 24)
# A bound on a wait, not a wait: a condition that holds returns at once. Generous, so that a
# loaded machine is slow but not failing; the pytest run still ends if a change breaks the UI.
WAIT_LIMIT_SECONDS = 30.0

PaneT = TypeVar("PaneT", bound=Widget)


async def wait_until(pilot: Pilot, condition: Callable[[], object], what: str) -> None:
    """Let the app run until condition() is true; fail naming `what` if it never becomes so."""
    deadline = time.monotonic() + WAIT_LIMIT_SECONDS
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"still waiting, after {WAIT_LIMIT_SECONDS:.0f} s, for {what}")
        await pilot.pause(0.01)


async def settle(pilot: Pilot) -> None:
    """Wait for the app's workers (a count, a preview) and for what they change to be drawn.

    Not workers.wait_for_complete(): it raises WorkerCancelled when an exclusive worker is
    replaced by a newer one while it waits (a count started twice, the pane shown as the plan
    reloads), and WorkerError for a worker not yet started; on a loaded machine both happen. A
    replaced worker is no failure, its successor is waited for; a failed one still fails.
    """
    deadline = time.monotonic() + WAIT_LIMIT_SECONDS
    while running := [worker for worker in pilot.app.workers if not worker.is_finished]:
        if time.monotonic() > deadline:
            raise AssertionError(f"still waiting, after {WAIT_LIMIT_SECONDS:.0f} s, for the workers {running}")
        started = [worker for worker in running if worker.state is not WorkerState.PENDING]
        if not started:
            await pilot.pause(0.01)
            continue
        for outcome in await asyncio.gather(*(worker.wait() for worker in started), return_exceptions=True):
            if isinstance(outcome, WorkerFailed):
                raise outcome
    await pilot.pause()


async def show_pane(pilot: Pilot, key: str) -> None:
    """Switch to a pane by its number key and let its count finish."""
    await pilot.press(key)
    await settle(pilot)


@contextlib.asynccontextmanager
async def on_pane(plan_path: Path, key: str, pane_type: type[PaneT]) -> AsyncIterator[tuple[WorkplanApp, Pilot, PaneT]]:
    """The app on the plan at 80x24, switched to the pane of number `key`: the app, its pilot and the pane."""
    app = WorkplanApp(plan_path)
    async with app.run_test(size=SIZE) as pilot:
        await show_pane(pilot, key)
        yield app, pilot, app.screen.query_one(pane_type)


async def preview_agreement(pilot: Pilot) -> None:
    """On the Export pane: the decision dated AGREE_DATE and its preview drawn."""
    pane = pilot.app.screen.query_one(ExportPane)
    pane.query_one("#agree-date", Input).value = AGREE_DATE
    pane.action_preview()
    await settle(pilot)


def screen_text(app: WorkplanApp) -> str:
    """What the terminal shows, as plain lines."""
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())
