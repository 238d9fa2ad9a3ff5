"""A small plan with roster substitutes and a quorum, for the attendance tests (written as
TOML so it goes through the real loader)."""

from __future__ import annotations

from pathlib import Path

from helpers.voting_plans import MEMBERS, plan_text
from workplan_tui.plan_io import loads_plan

SUBSTITUTES = ["sub-1", "sub-2"]


def meeting_text(quorum: int | None = 4) -> str:
    """plan_text's plan (chair, vice-chair, member-1..4; projects p1..p5) with two roster
    substitutes and `[voting] quorum`."""
    text = plan_text()
    if quorum is not None:
        text = text.replace('seed = "2023-03-23"\n', f'seed = "2023-03-23"\nquorum = {quorum}\n', 1)
    roster = "".join(
        f'\n[[members]]\nid = "{sub}"\nlabel = "Substitute Member {index}"\nrole = "substitute"\n'
        for index, sub in enumerate(SUBSTITUTES, start=1)
    )
    first_project = text.index("\n[[projects]]")
    return text[:first_project] + roster + text[first_project:]


def meeting_plan(quorum: int | None = 4):
    return loads_plan(meeting_text(quorum))


def write_meeting_plan(folder: Path, quorum: int | None = 4, name: str = "plan.toml") -> Path:
    path = folder / name
    path.write_text(meeting_text(quorum), encoding="utf-8")
    return path


__all__ = ["MEMBERS", "SUBSTITUTES", "meeting_plan", "meeting_text", "write_meeting_plan"]
