"""A new plan period by whole years moves the projects and meetings outside it inside (period.py)."""

from __future__ import annotations

import datetime as dt

from helpers.paths import SSCB
from workplan_tui.period import moved, moves_into, years_moved
from workplan_tui.plan_edit import EditSession
from workplan_tui.plan_io import load_plan


def test_a_year_later_every_project_and_meeting_moves_a_year() -> None:
    plan = load_plan(SSCB)
    moves = moves_into(plan, dt.date(2024, 4, 1), dt.date(2025, 3, 31))
    assert [move.id for move in moves if move.collection == "projects"] == [project.id for project in plan.projects]
    assert len([move for move in moves if move.collection == "meetings"]) == len(plan.meetings)
    first = moves[0]
    assert first.sentence() == "Modern slavery: 3 Apr 2023 – 20 Sep 2023 → 3 Apr 2024 – 20 Sep 2024"


def test_the_moved_plan_is_valid_and_one_undo_step(tmp_path) -> None:
    path = tmp_path / "plan.toml"
    path.write_text(SSCB.read_text(encoding="utf-8"), encoding="utf-8")
    session = EditSession.open(path)
    plan = session.plan
    start, end = dt.date(2024, 4, 1), dt.date(2025, 3, 31)
    moves = moves_into(plan, start, end)
    # The period alone leaves every date outside it.
    assert not session.update_plan(start=start, end=end, dry_run=True).ok
    outcome = session.update_plan_moving({"start": start, "end": end}, ((m.collection, m.id, m.fields) for m in moves))
    assert outcome.ok, outcome.errors
    assert session.plan.info.start == start
    assert all(start <= project.start <= project.end <= end for project in session.plan.projects if project.start and project.end)
    assert "# dates are TOML local dates" in session.text  # comments kept
    session.undo()
    assert session.plan.info.start == plan.info.start


def test_only_what_falls_outside_moves_and_a_small_change_moves_nothing() -> None:
    plan = load_plan(SSCB)
    assert moves_into(plan, dt.date(2023, 5, 1), dt.date(2024, 3, 31)) == []  # not a whole year: the officer's to choose
    assert moves_into(plan, plan.info.start, plan.info.end) == []
    assert years_moved(dt.date(2023, 4, 1), dt.date(2025, 4, 1)) == 2
    assert moved(dt.date(2024, 2, 29), 1) == dt.date(2025, 2, 28)
    assert moves_into(plan, dt.date(2025, 4, 1), dt.date(2024, 3, 31)) == []  # an end before the start
