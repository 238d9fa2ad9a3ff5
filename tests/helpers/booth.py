"""The voting plan with codes on, for the booth's tests in any folder."""

from __future__ import annotations

from pathlib import Path

from workplan_tui.plan_io import load_plan
from workplan_tui.voting.codes import issue_codes


def turn_codes_on(plan_path: Path) -> dict[str, str]:
    """Set voting.codes = true in the voting plan and issue the codes; member id -> code."""
    text = plan_path.read_text(encoding="utf-8")
    plan_path.write_text(text.replace('seed = "test"\n', 'seed = "test"\ncodes = true\n', 1), encoding="utf-8")
    return issue_codes(load_plan(plan_path), plan_path)
