"""The UI voting plan (three projects, ballots of up to 3) as a vote by approval or by points."""

from __future__ import annotations

from pathlib import Path


def by(kind: str, plan_path: Path, extra: str = "") -> Path:
    """Make the voting plan at plan_path a vote by approval, or by points (10 in all)."""
    rules = 'ballot = "points"\npoints = 10\nmethod = "points"\n' if kind == "points" else 'ballot = "approval"\nmethod = "approval"\n'
    text = plan_path.read_text(encoding="utf-8").replace('seed = "test"\n', f'seed = "test"\n{rules}{extra}', 1)
    plan_path.write_text(text, encoding="utf-8")
    return plan_path
