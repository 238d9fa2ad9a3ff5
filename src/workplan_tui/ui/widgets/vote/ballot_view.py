"""The member's ballot as it stands: place (✓ when approved, the points given), title and
cost, and what the highlighted project would do."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from rich.text import Text
from textual.widgets import Static

from workplan_tui.capacity import format_money
from workplan_tui.model import Plan
from workplan_tui.text import plural

APPROVED_MARK = "✓"


def ballot_marks(plan: Plan, ranking: Sequence[str], points: Mapping[str, int]) -> dict[str, str] | None:
    """What the project list shows before each project on the ballot: None (its place) for a
    ranking, ✓ for an approved project, its points in a vote by points."""
    if plan.voting.ballot == "approval":
        return dict.fromkeys(ranking, APPROVED_MARK)
    if plan.voting.ballot == "points":
        return {project_id: str(points.get(project_id, 0)) for project_id in ranking}
    return None


def ballot_lines(plan: Plan, ranking: Sequence[str], points: Mapping[str, int]) -> list[str]:
    """The ballot in plain lines, as the question before replacing a ballot lists it."""
    kind = plan.voting.ballot
    titles = [plan.project(project_id).title for project_id in ranking]
    if kind == "approval":
        return [f"{APPROVED_MARK} {title}" for title in titles]
    if kind == "points":
        return [f"{plural(points.get(project_id, 0), 'point')}: {title}" for project_id, title in zip(ranking, titles, strict=True)]
    return [f"{place}. {title}" for place, title in enumerate(titles, start=1)]


def _heading(plan: Plan, ranking: Sequence[str], points: Mapping[str, int]) -> str:
    rules = plan.voting
    if rules.ballot == "approval":
        return f"Approved {len(ranking)} of up to {rules.ballot_length}"
    if rules.ballot == "points":
        used = sum(points.values())
        if rules.points is None:
            return f"{plural(used, 'point')} given"
        return f"{plural(used, 'point')} given of {rules.points}: {rules.points - used} left"
    return f"Ranked {len(ranking)} of up to {rules.ballot_length}"


EMPTY = {
    "ranking": "No project yet: enter or a click adds the highlighted one",
    "approval": "None approved yet: enter, space or a click approves the highlighted one",
    "points": "No points given yet: + or a click gives the highlighted one a point; or type a number",
}


def ballot_text(
    plan: Plan, ranking: Sequence[str], highlighted: str | None, reason: str, points: Mapping[str, int] | None = None
) -> Text:
    points = points or {}
    kind = plan.voting.ballot
    text = Text()
    text.append(_heading(plan, ranking, points) + "\n", style="bold")
    for place, project_id in enumerate(ranking, start=1):
        project = plan.project(project_id)
        if kind == "approval":
            text.append(f"{APPROVED_MARK} ", style="bold green")
        elif kind == "points":
            text.append(f"{points.get(project_id, 0)} ", style="bold green")
        else:
            text.append(f"{place}. ", style="bold green")
        text.append(project.title)
        text.append(f"  {format_money(project.cost, plan.limits.currency)}", style="dim")
        if project.funding:
            text.append(" (funded externally)", style="dim")
        text.append("\n")
    if not ranking:
        text.append(EMPTY.get(kind, EMPTY["ranking"]) + "\n", style="dim")
    if highlighted is not None:
        project = plan.project(highlighted)
        text.append("Highlighted: ", style="bold")
        text.append(project.title)
        if highlighted in ranking:
            if kind == "approval":
                text.append(" — approved", style="green")
            elif kind == "points":
                text.append(f" — {plural(points.get(highlighted, 0), 'point')}", style="green")
            else:
                text.append(f" — on the ballot, place {list(ranking).index(highlighted) + 1}", style="green")
        elif reason:
            text.append(f" — blocked: {reason}", style="red")
        else:
            text.append(" — fits the budget and capacity", style="green")
    return text


class BallotView(Static):
    def show(
        self, plan: Plan, ranking: Sequence[str], highlighted: str | None, reason: str, points: Mapping[str, int] | None = None
    ) -> None:
        self.update(ballot_text(plan, ranking, highlighted, reason, points))
