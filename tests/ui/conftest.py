"""Fixtures of the UI tests: the fixed plans on disk, async tests, and no blinking cursor."""

from __future__ import annotations

import asyncio
import functools
import inspect
from collections.abc import Callable
from pathlib import Path

import pytest
from textual.widgets import Input, TextArea

from helpers.ui_plan import PLAN_TEXT, plan_in_working_folder
from helpers.ui_voting import VOTING_PLAN_TEXT


@pytest.hookimpl(tryfirst=True)
def pytest_pyfunc_call(pyfuncitem: pytest.Function) -> bool | None:
    """Run `async def` tests (the Pilot's run_test is async) in a fresh event loop each."""
    if not inspect.iscoroutinefunction(pyfuncitem.obj):
        return None
    arguments = {name: pyfuncitem.funcargs[name] for name in pyfuncitem._fixtureinfo.argnames}
    asyncio.run(pyfuncitem.obj(**arguments))
    return True


def _without_blink(init: Callable[..., None]) -> Callable[..., None]:
    @functools.wraps(init)
    def init_then_stop_blinking(self: Input | TextArea, *args: object, **kwargs: object) -> None:
        init(self, *args, **kwargs)
        self.cursor_blink = False

    return init_then_stop_blinking


@pytest.fixture(autouse=True)
def no_cursor_blink(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every Input and TextArea is made with its cursor steady, before it mounts.

    A blinking cursor is drawn or not depending on when the picture is taken. Turning the
    blink off after the form is shown is too late on a busy machine: once the blink timer
    has hidden a TextArea's cursor, the TextArea's line cache (keyed without cursor_blink)
    serves that cursorless line again after the blink is switched off, and the snapshot of
    the activity form loses its cursor (the test_form[edit_activity] flake). Off from the
    start, the blink timer never runs and the focused field always shows its cursor.
    """
    for widget in (Input, TextArea):
        monkeypatch.setattr(widget, "__init__", _without_blink(widget.__init__))


@pytest.fixture
def plan_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """plan.toml (PLAN_TEXT) in a fresh working folder."""
    return plan_in_working_folder(tmp_path, monkeypatch, PLAN_TEXT)


@pytest.fixture
def voting_plan(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """plan.toml (five members, £7,000, one seat) in a fresh working folder, no ballots yet."""
    return plan_in_working_folder(tmp_path, monkeypatch, VOTING_PLAN_TEXT)
