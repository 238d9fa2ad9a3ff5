"""`e` opens the officer's editor at the first error's line, and says which editor when none was chosen."""

from __future__ import annotations

import contextlib
import json
import sys
from pathlib import Path

import pytest

from helpers.ui_plan import BROKEN_TEXT
from workplan_tui.ui.app import WorkplanApp
from workplan_tui.ui.plan_editor import chosen_editor, editor_command


@pytest.mark.parametrize(
    ("editor", "expected"),
    [
        (["vi"], ["vi", "+47", "plan.toml"]),
        (["vim"], ["vim", "+47", "plan.toml"]),
        (["/usr/bin/nvim"], ["/usr/bin/nvim", "+47", "plan.toml"]),
        (["nano", "-w"], ["nano", "-w", "+47", "plan.toml"]),
        (["emacs", "-nw"], ["emacs", "-nw", "+47", "plan.toml"]),
        (["emacsclient", "-t"], ["emacsclient", "-t", "+47", "plan.toml"]),
        (["code", "--wait"], ["code", "--wait", "-g", "plan.toml:47:8"]),
        (["codium", "-w"], ["codium", "-w", "-g", "plan.toml:47:8"]),
        (["gedit"], ["gedit", "plan.toml"]),  # an editor whose line option is not known: the file alone
    ],
)
def test_the_editor_is_told_the_line_its_own_way(editor: list[str], expected: list[str]) -> None:
    assert editor_command(editor, "plan.toml", 47, 8) == expected


def test_without_an_error_the_editor_opens_the_file_at_the_top() -> None:
    assert editor_command(["vi"], "plan.toml") == ["vi", "plan.toml"]
    assert editor_command(["code", "-w"], "plan.toml", None) == ["code", "-w", "plan.toml"]


def test_the_users_editor_first_then_nano_then_vi_and_the_fallback_is_named() -> None:
    assert chosen_editor({"VISUAL": "code --wait", "EDITOR": "vi"}, lambda name: None) == (["code", "--wait"], "")
    assert chosen_editor({"EDITOR": "emacs -nw"}, lambda name: None) == (["emacs", "-nw"], "")
    editor, told = chosen_editor({"EDITOR": " "}, lambda name: f"/usr/bin/{name}")
    assert editor == ["nano"] and "No $EDITOR is set, so the plan opened in nano" in told
    editor, told = chosen_editor({}, lambda name: "/usr/bin/vi" if name == "vi" else None)
    assert editor == ["vi"] and "opened in vi" in told


async def test_e_opens_the_editor_at_the_first_errors_line(plan_file: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    # An editor called vi that records how it was called.
    calls = tmp_path / "calls.json"
    vi = tmp_path / "bin" / "vi"
    vi.parent.mkdir()
    vi.write_text(f"#!{sys.executable}\nimport json, sys\nopen({str(calls)!r}, 'w').write(json.dumps(sys.argv[1:]))\n", encoding="utf-8")
    vi.chmod(0o755)
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("EDITOR", str(vi))
    app = WorkplanApp(plan_file)
    monkeypatch.setattr(app, "suspend", contextlib.nullcontext)
    async with app.run_test(size=(80, 24)) as pilot:
        plan_file.write_text(BROKEN_TEXT, encoding="utf-8")
        await pilot.press("r")
        await pilot.pause()
        first = app.plan_errors[0]
        await pilot.press("e")
        await pilot.pause()
        assert json.loads(calls.read_text()) == [f"+{first.line}", str(plan_file)]


async def test_with_no_editor_set_the_app_says_which_opened(plan_file: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    (tmp_path / "bin").mkdir()
    nano = tmp_path / "bin" / "nano"
    nano.write_text("#!/bin/sh\nexit 0\n", encoding="utf-8")
    nano.chmod(0o755)
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.delenv("EDITOR", raising=False)
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    app = WorkplanApp(plan_file)
    monkeypatch.setattr(app, "suspend", contextlib.nullcontext)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("e")
        await pilot.pause()
        messages = [str(notification.message) for notification in app._notifications]
        assert any("the plan opened in nano" in message for message in messages), messages
