"""A plan edited on disk between reading it and writing something made from it is refused (E404).

Each test edits the plan at the moment the command is between its read and its write, by
wrapping the step in the middle (the ranking's summary, the paper's rendering, the count).
"""

from __future__ import annotations

import importlib
import io
import sys

import pytest

from helpers.voting_plans import simple_projects, write_plan
from workplan_tui.cli import main
from workplan_tui.commands import vote as vote_command
from workplan_tui.export import csv as csv_export
from workplan_tui.export import templating
from workplan_tui.plan_io import ensure_unchanged, load_plan_stamped

tally_module = importlib.import_module("workplan_tui.voting.tally")  # the package re-exports the function


@pytest.fixture
def plan(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    return write_plan(tmp_path, simple_projects(4), members=["chair", "member-1"])


def editing_meanwhile(monkeypatch, module, name, edit):
    """Wrap module.name so the plan file is edited while the command runs it."""
    original = getattr(module, name)

    def wrapped(*args, **kwargs):
        result = original(*args, **kwargs)
        edit()
        return result

    monkeypatch.setattr(module, name, wrapped)


def officer_saves(plan):
    return lambda: plan.write_text(plan.read_text(encoding="utf-8").replace("cost = 1000", "cost = 9000", 1), encoding="utf-8")


def refused(plan, capsys) -> None:
    assert capsys.readouterr().err.splitlines() == [
        f"{plan}:1:1: E404 the plan changed on disk since it was read; nothing was written: run the command again"
    ]


def test_a_vote_is_refused_when_the_plan_changed_while_the_member_ranked(plan, capsys, monkeypatch):
    editing_meanwhile(monkeypatch, vote_command, "describe", officer_saves(plan))
    assert main(["vote", str(plan), "--member", "member-1", "--rank", "p1,p2"]) == 2
    refused(plan, capsys)
    assert not (plan.parent / "plan.ballots").exists()
    monkeypatch.undo()
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    assert main(["vote", str(plan), "--member", "member-1", "--rank", "p1,p2"]) == 0  # again, on the new plan


@pytest.mark.parametrize(
    ("fmt", "module", "step", "output"),
    [
        ("paper", templating, "render_markdown", "plan.paper.md"),
        ("csv", csv_export, "render_csv", "plan.csv"),
        ("toml", tally_module, "tally", "plan.agreed.toml"),
    ],
)
def test_an_export_is_refused_when_the_plan_changed_while_it_was_made(plan, capsys, monkeypatch, fmt, module, step, output):
    assert main(["vote", str(plan), "--member", "chair", "--rank", "p1,p2"]) == 0
    capsys.readouterr()
    editing_meanwhile(monkeypatch, module, step, officer_saves(plan))
    assert main(["export", str(plan), "--to", fmt, "--date", "2023-03-23"]) == 2
    refused(plan, capsys)
    assert not (plan.parent / output).exists()
    monkeypatch.undo()
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    # The ballot was cast on the old plan; cast again on the new one, then the export goes through.
    assert main(["vote", str(plan), "--member", "chair", "--rank", "p1,p2", "--force"]) == 0
    assert main(["export", str(plan), "--to", fmt, "--date", "2023-03-23"]) == 0
    assert (plan.parent / output).exists()


def test_a_plan_removed_meanwhile_is_refused_too(plan, capsys, monkeypatch):
    editing_meanwhile(monkeypatch, templating, "render_markdown", plan.unlink)
    assert main(["export", str(plan), "--to", "paper"]) == 2
    assert capsys.readouterr().err == (
        f"{plan}:1:1: E404 the plan can no longer be read (no such file) since it was loaded; nothing was written\n"
    )
    assert not (plan.parent / "plan.paper.md").exists()


def test_the_stamp_is_of_the_text_not_the_time(plan):
    _, stamp = load_plan_stamped(plan)
    plan.touch()  # a save without a change is not a change
    ensure_unchanged(plan, stamp)
