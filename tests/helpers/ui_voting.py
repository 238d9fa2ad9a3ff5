"""The UI fixture plan with five members, a tight budget, one seat, and fixed ballots.

Built on test_ui_fixture.PLAN_TEXT so the panes show the same projects. The budget
(£7,000) makes markup-title (£5,000) blocked once modern-slavery (£3,000) is ranked;
one seat (pick.max = 1) makes the count's winner the whole selection, and the ballots
are chosen so that points and IRV disagree on it.

With the steps the pilot tests and snapshots share: waiting for a pane's count (`settle`),
opening the app on a pane (`on_pane`, `show_pane`), and the Export pane's fixed-date preview.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import AsyncIterator
from pathlib import Path
from typing import TypeVar

import pytest
from textual.pilot import Pilot
from textual.widget import Widget
from textual.widgets import Input

from test_ui_fixture import PLAN_TEXT, plan_in_working_folder
from workplan_tui.plan_io import load_plan
from workplan_tui.ui.app import WorkplanApp
from workplan_tui.ui.screens.export_pane import ExportPane
from workplan_tui.voting.ballots import ballots_dir, write_ballot

CAST = dt.datetime(2025, 6, 1, 10, 0, tzinfo=dt.timezone.utc)  # no clocks in tests
AGREE_DATE = "2025-06-12"  # the decision's date on the Export pane, fixed for the same reason
SIZE = (80, 24)

MEMBERS = """
[[members]]
id = "member-a"
label = "Member A (district council)"

[[members]]
id = "member-b"
label = "Member B"

[[members]]
id = "member-c"
label = "Member C"

[[members]]
id = "member-d"
label = "Member D"
"""

VOTING_PLAN_TEXT = (
    PLAN_TEXT.replace("budget = 10000", "budget = 7000")
    .replace('[[members]]\nid = "chair"', '[voting]\npick = { min = 1, max = 1 }\nballot_length = 3\nseed = "test"\n\n[[members]]\nid = "chair"', 1)
    .replace("\n[[meetings]]", MEMBERS + "\n[[meetings]]", 1)
)

# points (3-2-1): court-cases (2+2+2+2+3 = 11) wins on breadth; IRV: modern-slavery and markup-title
# lead on first preferences, court-cases (one first preference) goes out first.
BALLOTS = {
    "chair": ("modern-slavery", "court-cases"),
    "member-a": ("modern-slavery", "court-cases"),
    "member-b": ("markup-title", "court-cases"),
    "member-c": ("markup-title", "court-cases"),
    "member-d": ("court-cases",),
}


@pytest.fixture
def voting_plan(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """plan.toml (five members, £7,000, one seat) in a fresh working folder, no ballots yet."""
    return plan_in_working_folder(tmp_path, monkeypatch, VOTING_PLAN_TEXT)


def cast_ballots(plan_path: Path) -> Path:
    """Write the fixed ballots, plus one from a non-member, beside the plan; returns the folder."""
    plan = load_plan(plan_path)
    folder = ballots_dir(plan_path)
    for member, ranking in BALLOTS.items():
        write_ballot(plan, folder, member, ranking, cast=CAST)
    (folder / "stranger.toml").write_text('member = "stranger"\nranking = ["court-cases"]\n', encoding="utf-8")
    return folder


PaneT = TypeVar("PaneT", bound=Widget)


async def settle(pilot: Pilot) -> None:
    """Wait for the app's workers (a count, a preview) and for what they change to be drawn."""
    await pilot.app.workers.wait_for_complete()
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
