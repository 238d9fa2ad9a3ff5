"""The README's "whole cycle, from the command line", run literally, gives a decision on record
that verifies and selects at least the Board's `pick.min` projects."""

from __future__ import annotations

import re
import shlex
import shutil
from pathlib import Path

import pytest

from helpers.paths import PLANS, ROOT
from workplan_tui.cli import main
from workplan_tui.plan_io import load_plan


def readme_cycle() -> list[list[str]]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"A whole cycle on the example plan, from the command line:\n\n```sh\n(.*?)```", readme, re.S)
    assert block is not None, "the README's CLI cycle"
    return [shlex.split(line, comments=True) for line in block[1].splitlines() if line.strip()]


def test_the_readme_cycle_gives_a_valid_decision(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copytree(PLANS, tmp_path / "plans", ignore=shutil.ignore_patterns("*.ballots", "*.agreed.*"))
    monkeypatch.chdir(tmp_path)
    commands = readme_cycle()
    assert [command[1] for command in commands][:3] == ["check", "export", "vote"]  # the paper, then the vote
    for command in commands:
        assert command[0] == "workplan"
        assert main(command[1:]) == 0, " ".join(command)
    agreed = load_plan(tmp_path / "plans" / "sscb-2023-24.agreed.toml")
    decision = agreed.decision
    assert decision is not None
    assert len(decision.selected) >= agreed.voting.pick_min
    assert decision.ballots >= agreed.voting.pick_min  # not one ballot deciding for the Board
    assert (tmp_path / "plans" / "sscb-2024-25.toml").exists()
