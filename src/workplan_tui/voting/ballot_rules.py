"""What a member's ballot may hold while it is being filled in: the plan's projects, each once,
at most `[voting] ballot_length` of them."""

from __future__ import annotations

from collections.abc import Sequence

from workplan_tui.model import Plan


def ranking_still_valid(plan: Plan, ranking: Sequence[str]) -> list[str]:
    """The ranking once the plan is loaded again: the projects still in it, cut to the length."""
    known = {project.id for project in plan.projects}
    return [project_id for project_id in ranking if project_id in known][: plan.voting.ballot_length]


def ballot_is_full(plan: Plan, ranking: Sequence[str]) -> bool:
    """No more projects may be ranked."""
    return len(ranking) >= plan.voting.ballot_length
