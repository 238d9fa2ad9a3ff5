"""EditSession.batch: several operations checked together, one undo step, all or nothing."""

from __future__ import annotations

from pathlib import Path

from helpers.paths import SSCB
from workplan_tui.plan_edit import EditSession


def test_batch_is_one_checked_edit_and_one_undo_step(tmp_path: Path) -> None:
    session = EditSession.open(SSCB)
    outcome = session.batch(
        "edit limits",
        [lambda s: s.update_limits(budget=12000), lambda s: s.set_capacity("adviser", 14), lambda s: s.add_gate("polling", "Polling", "SMT")],
    )
    assert outcome.applied and session.plan.limits.budget == 12000_00 and session.plan.limits.capacity["adviser"] == 14
    assert [gate.id for gate in session.plan.limits.gates] == ["research_team", "polling"]
    assert session.undo_label == "edit limits"
    session.undo()
    assert session.text == SSCB.read_text(encoding="utf-8") and not session.can_undo


def test_a_refused_step_applies_nothing_and_gives_its_errors() -> None:
    session = EditSession.open(SSCB)
    outcome = session.batch("edit limits", [lambda s: s.update_limits(budget=12000), lambda s: s.set_capacity("adviser", -1)])
    assert not outcome.applied and [error.code for error in outcome.errors] == ["E106"]
    assert session.plan.limits.budget == 10000_00 and not session.can_undo  # pence


def test_a_dry_run_batch_applies_nothing() -> None:
    session = EditSession.open(SSCB)
    outcome = session.batch("edit limits", [lambda s: s.update_limits(budget=12000)], dry_run=True)
    assert outcome.ok and outcome.plan.limits.budget == 12000_00 and session.plan.limits.budget == 10000_00
