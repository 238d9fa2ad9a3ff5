"""The app in a real terminal (tmux), keys sent in bursts as `tmux send-keys` sends them: what
is saved is exactly what was typed, field by field. Pilot's keys never go through the terminal
driver; these do."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from helpers.paths import SSCB
from workplan_tui.plan_io import load_plan

TMUX = shutil.which("tmux")
pytestmark = pytest.mark.skipif(TMUX is None, reason="tmux is not installed (.ci/run installs it)")
WAIT_SECONDS = 60.0


class Terminal:
    """One tmux server of its own (its own socket), one 80x24 window running the app."""

    def __init__(self, socket: Path) -> None:
        self.socket = socket

    def tmux(self, *arguments: str) -> str:
        assert TMUX is not None
        done = subprocess.run([TMUX, "-S", str(self.socket), *arguments], capture_output=True, text=True, check=True, timeout=30)
        return done.stdout

    def screen(self) -> str:
        return self.tmux("capture-pane", "-p", "-t", "app")

    def wait_for(self, text: str) -> None:
        deadline = time.monotonic() + WAIT_SECONDS
        while text not in self.screen():
            assert time.monotonic() < deadline, f"{text!r} never showed:\n{self.screen()}"
            time.sleep(0.1)

    def send(self, *keys: str) -> None:
        """One burst: every key in one send-keys, as fast as the terminal takes them."""
        self.tmux("send-keys", "-t", "app", *keys)

    def send_spaced(self, keys: list[str], seconds: float) -> None:
        for key in keys:
            self.tmux("send-keys", "-t", "app", key)
            time.sleep(seconds)


@pytest.fixture
def terminal(tmp_path: Path) -> Iterator[tuple[Terminal, Path]]:
    plan = tmp_path / "sscb.toml"
    shutil.copy(SSCB, plan)
    editor_ran = tmp_path / "editor-ran"
    terminal = Terminal(tmp_path / "tmux.socket")
    environment = {**os.environ, "EDITOR": f"touch {editor_ran}", "VISUAL": "", "TERM": "xterm-256color"}
    command = f"{sys.executable} -m workplan_tui {plan}"
    subprocess.run(
        [TMUX, "-S", str(terminal.socket), "-f", "/dev/null", "new-session", "-d", "-s", "app", "-x", "80", "-y", "24", command],
        check=True, env=environment, cwd=tmp_path, timeout=30,
    )  # fmt: skip
    try:
        terminal.wait_for("Projects (")
        yield terminal, plan
        assert not editor_ran.exists(), "a letter typed into a field opened the editor"
    finally:
        subprocess.run([TMUX, "-S", str(terminal.socket), "kill-server"], check=False, capture_output=True)


def saved_project(plan: Path, project_id: str) -> object:
    deadline = time.monotonic() + WAIT_SECONDS
    while f'id = "{project_id}"' not in plan.read_text(encoding="utf-8"):
        assert time.monotonic() < deadline, f"{project_id} was never saved"
        time.sleep(0.1)
    return load_plan(plan).project(project_id)


def test_a_project_typed_in_one_burst_in_tmux_is_saved_as_typed(terminal: tuple[Terminal, Path]) -> None:
    screen, plan = terminal
    screen.send(
        "+", "street-lighting", "Tab", "Street lighting and safety", "Tab", "Tab",
        "Brighter streets", "Tab", "Tab", "Tab", "4600", "Tab", "Tab", "11", "Tab", "3", "Tab", "Tab",
        "2023-06-01", "Tab", "2023-09-30", "C-s",
    )  # fmt: skip
    project = saved_project(plan, "street-lighting")
    assert project.title == "Street lighting and safety"  # type: ignore[attr-defined]
    assert project.summary == "Brighter streets"  # type: ignore[attr-defined]
    assert project.cost == 4600_00  # type: ignore[attr-defined]
    assert dict(project.effort) == {"senior_adviser": 11, "adviser": 3}  # type: ignore[attr-defined]
    assert (project.start, project.end) == (dt.date(2023, 6, 1), dt.date(2023, 9, 30))  # type: ignore[attr-defined]


def test_keys_30_ms_apart_in_tmux_land_in_their_fields(terminal: tuple[Terminal, Path]) -> None:
    """The issue's `4600` Tab Tab `11` at 30 ms apart gave Cost 46001."""
    screen, plan = terminal
    screen.send("+", "cyber", "Tab", "Cyber crime", "Tab", "Tab", "Tab", "Tab", "Tab")
    screen.wait_for("Cyber crime")
    keys = [*"4600", "Tab", "Tab", *"11", "Tab", "Tab", "Tab", *"2023-05-01", "Tab", *"2023-07-31", "C-s"]
    screen.send_spaced(keys, 0.03)
    project = saved_project(plan, "cyber")
    assert project.cost == 4600_00  # type: ignore[attr-defined]
    assert dict(project.effort) == {"senior_adviser": 11}  # type: ignore[attr-defined]
    assert (project.start, project.end) == (dt.date(2023, 5, 1), dt.date(2023, 7, 31))  # type: ignore[attr-defined]
