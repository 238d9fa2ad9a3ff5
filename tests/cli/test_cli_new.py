"""`workplan new PATH`: the starter plan is for the cycle being planned, not a fixed year."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from workplan_tui import starter
from workplan_tui.cli import main
from workplan_tui.plan_io import load_plan


@pytest.mark.parametrize(
    ("today", "cycle", "start"),
    [
        (dt.date(2026, 12, 1), "2027/28", dt.date(2027, 4, 1)),  # planning season: the next year
        (dt.date(2027, 3, 31), "2027/28", dt.date(2027, 4, 1)),
        (dt.date(2026, 5, 15), "2026/27", dt.date(2026, 4, 1)),  # the year's first meetings: this year
        (dt.date(2026, 9, 30), "2026/27", dt.date(2026, 4, 1)),
        (dt.date(2099, 10, 1), "2100/01", dt.date(2100, 4, 1)),
    ],
)
def test_new_starts_at_the_cycle_being_planned(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], today: dt.date, cycle: str, start: dt.date
) -> None:
    monkeypatch.setattr(starter, "today", lambda: today)
    target = tmp_path / "plan.toml"
    assert main(["new", str(target)]) == 0
    assert f"starter plan for {cycle}" in capsys.readouterr().out
    assert main(["check", str(target)]) == 0
    plan = load_plan(target)
    assert plan.info.cycle == cycle and plan.info.start == start
    assert plan.info.end == dt.date(start.year + 1, 3, 31)
    # Its meetings and projects lie in the cycle, and the app still knows it as a new plan.
    for meeting in plan.meetings:
        assert plan.info.start <= meeting.date <= plan.info.end
    for project in plan.projects:
        assert project.start is not None and plan.info.start <= project.start
    assert starter.is_new_plan(target, plan)


def test_the_starter_keeps_its_costs_whatever_the_year() -> None:
    # Only dates and cycles move: a cost of 2000 is not a year.
    assert "cost = 2000" in starter.starter_text(2031)
