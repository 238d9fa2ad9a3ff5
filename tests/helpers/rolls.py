"""The voting plan on a roll that is not its members: a CSV file beside it, or "open"."""

from __future__ import annotations

from pathlib import Path

# A CSV roll of three residents, by voter number; v-1003 has no label (named by the number).
ROLL_CSV = "id,label,role\nv-1001,Resident 1001,resident\nv-1002,Resident 1002,resident\nv-1003,,\n"


def use_roll(plan_path: Path, roll: str) -> None:
    """Set `[voting] roll` ("open", or "voters.csv", which is written beside the plan with ROLL_CSV)."""
    if roll.endswith(".csv"):
        plan_path.with_name(roll).write_text(ROLL_CSV, encoding="utf-8")
    text = plan_path.read_text(encoding="utf-8")
    plan_path.write_text(text.replace('seed = "test"\n', f'seed = "test"\nroll = "{roll}"\n', 1), encoding="utf-8")
