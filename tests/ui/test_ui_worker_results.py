"""A pane's thread worker whose result arrives once the pane, or the whole app, has gone: the
result is dropped (ui/worker_results.deliver), never shown on widgets that are no longer there
nor handed to an app that has stopped, so nothing fails and nothing is logged as an error.

Each pane's slow step (the core call its worker makes) is held on an event until the app has
closed or the pane has been removed, then let go; the worker's thread is then waited for, through
an executor of the test's own, so that what the late result does is seen before the test ends.
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from textual.widget import Widget

from helpers.pilot import SIZE, wait_until
from helpers.ui_plan import PLAN_TEXT, plan_in_working_folder
from helpers.ui_voting import VOTING_PLAN_TEXT
from workplan_tui.ui.app import WorkplanApp
from workplan_tui.ui.panes.capacity_pane import CapacityPane
from workplan_tui.ui.panes.export_pane import ExportPane
from workplan_tui.ui.panes.results_pane import ResultsPane
from workplan_tui.ui.panes.vote_pane import VotePane

HOLD_LIMIT_SECONDS = 30.0  # a bound on the hold, not a wait: the test lets go well before


@dataclass(frozen=True)
class SlowPane:
    key: str
    pane: type[Widget]
    plan_text: str
    module: str  # where the pane's worker finds its slow step, imported when it runs
    function: str


PANES = [
    pytest.param(SlowPane("2", CapacityPane, PLAN_TEXT, "workplan_tui.schedule", "delivery_schedule"), id="capacity"),
    pytest.param(SlowPane("3", VotePane, VOTING_PLAN_TEXT, "workplan_tui.advice", "advise"), id="vote"),
    pytest.param(
        SlowPane("4", ResultsPane, VOTING_PLAN_TEXT, "workplan_tui.voting.every_method", "count_every_method"),
        id="results",
    ),
    pytest.param(SlowPane("5", ExportPane, VOTING_PLAN_TEXT, "workplan_tui.decision", "prepare"), id="export"),
]


@dataclass
class Held:
    """The slow step, held until let go; and what the hand-over back to the UI thread raised."""

    entered: threading.Event = field(default_factory=threading.Event)
    released: threading.Event = field(default_factory=threading.Event)
    raised: list[BaseException] = field(default_factory=list)


def hold(monkeypatch: pytest.MonkeyPatch, slow: SlowPane) -> Held:
    """The pane's slow step held; every hand-over to the UI thread recorded."""
    state = Held()
    module = importlib.import_module(slow.module)
    original: Callable[..., object] = getattr(module, slow.function)

    def held_step(*args: object, **kwargs: object) -> object:
        state.entered.set()
        state.released.wait(HOLD_LIMIT_SECONDS)
        return original(*args, **kwargs)

    monkeypatch.setattr(module, slow.function, held_step)
    call_from_thread = WorkplanApp.call_from_thread

    def recording_call_from_thread(
        app: WorkplanApp, callback: Callable[..., object], *args: object, **kwargs: object
    ) -> object:
        # Where a late result fails: NoMatches from the pane's handler, or "App is not running".
        try:
            return call_from_thread(app, callback, *args, **kwargs)
        except BaseException as error:
            state.raised.append(error)
            raise

    monkeypatch.setattr(WorkplanApp, "call_from_thread", recording_call_from_thread)
    return state


class RecordingPool(ThreadPoolExecutor):
    """Runs Textual's thread workers (as the test loop's default executor) and records what any
    of them raised: a cancelled worker's error reaches nobody else, yet it is the late result
    failing (NoMatches, "App is not running", no active app)."""

    def __init__(self) -> None:
        super().__init__(max_workers=4, thread_name_prefix="held-worker")
        self.raised: list[BaseException] = []

    def submit(self, fn: Callable[..., object], /, *args: object, **kwargs: object) -> Future[object]:  # type: ignore[override]
        def recorded() -> object:
            try:
                return fn(*args, **kwargs)
            except BaseException as error:
                self.raised.append(error)
                raise

        return super().submit(recorded)


@contextlib.contextmanager
def own_thread_pool() -> Iterator[RecordingPool]:
    pool = RecordingPool()
    asyncio.get_running_loop().set_default_executor(pool)
    yield pool


async def until_threads_end(pool: RecordingPool) -> None:
    # Waited for on a thread of its own (not the pool's): the late result may need the UI thread meanwhile.
    with ThreadPoolExecutor(max_workers=1) as waiter:
        await asyncio.get_running_loop().run_in_executor(waiter, pool.shutdown, True)


@pytest.mark.parametrize("slow", PANES)
async def test_a_result_after_the_app_has_closed_is_dropped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, slow: SlowPane
) -> None:
    path = plan_in_working_folder(tmp_path, monkeypatch, slow.plan_text)
    held = hold(monkeypatch, slow)
    app = WorkplanApp(path)
    with own_thread_pool() as pool:
        try:
            async with app.run_test(size=SIZE) as pilot:
                await pilot.press(slow.key)
                await wait_until(pilot, held.entered.is_set, f"the {slow.pane.__name__}'s worker to start")
            assert not held.raised  # nothing had been handed over yet
        finally:
            held.released.set()  # the app has closed: the result arrives now
        await until_threads_end(pool)
    assert held.raised == pool.raised == []
    assert app.return_code in (None, 0)


@pytest.mark.parametrize("slow", PANES)
async def test_a_result_after_its_pane_has_gone_is_dropped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, slow: SlowPane
) -> None:
    path = plan_in_working_folder(tmp_path, monkeypatch, slow.plan_text)
    held = hold(monkeypatch, slow)
    app = WorkplanApp(path)
    with own_thread_pool() as pool:
        try:
            async with app.run_test(size=SIZE) as pilot:
                await pilot.press(slow.key)
                await wait_until(pilot, held.entered.is_set, f"the {slow.pane.__name__}'s worker to start")
                pane = app.screen.query_one(slow.pane)
                await pane.remove()
                held.released.set()  # the app runs on: the late result reaches a live UI thread
                await until_threads_end(pool)
                await pilot.pause()
                assert held.raised == pool.raised == []
        finally:
            held.released.set()
    assert app.return_code in (None, 0)
