"""The count of an imported instance against its official outcome (`[official] selected`).

`compare` says whether the count selected exactly what the city or body did; when not, which
projects differ each way and whether a tie explains it: a project on one side with the same
score as one on the other (the order between equal scores is the tie break's, and the source's
tie break is not recorded), or a tie the count itself broke between them.
"""

from __future__ import annotations

from typing import Any

import attrs

from workplan_tui.model import Plan
from workplan_tui.text import listed
from workplan_tui.voting.result import TallyResult


@attrs.frozen
class Comparison:
    recorded: bool  # the source records an official outcome
    official: tuple[str, ...] = ()
    counted: tuple[str, ...] = ()
    missing: tuple[str, ...] = ()  # selected officially, not by the count
    extra: tuple[str, ...] = ()  # selected by the count, not officially
    tied: tuple[str, ...] = ()  # of the differing projects, those a tie explains

    @property
    def equal(self) -> bool:
        return self.recorded and not self.missing and not self.extra

    @property
    def tie_explains(self) -> bool:
        """Every difference lies between projects of equal score."""
        return bool(self.missing or self.extra) and set(self.tied) == set(self.missing) | set(self.extra)

    def to_json(self) -> dict[str, Any]:
        return {
            "recorded": self.recorded,
            "equal": self.equal,
            "official": list(self.official),
            "missing": list(self.missing),
            "extra": list(self.extra),
            "tie_explains": self.tie_explains,
        }


def compare(plan: Plan, result: TallyResult) -> Comparison | None:
    """None for a plan that was not imported (no `[official]`)."""
    if plan.official is None:
        return None
    official = plan.official.selected
    counted = tuple(result.selected)
    # No selected project is no recorded outcome: PrefLib records none, nor a pabulib file without
    # a `selected` column (Gdańsk's and Częstochowa's cumulative votes of 2020), and no city's
    # budget funded nothing.
    if not official:
        return Comparison(recorded=False, counted=counted)
    chosen = set(counted)
    wanted = set(official)
    missing = tuple(project for project in official if project not in chosen)
    extra = tuple(project for project in counted if project not in wanted)
    scores = {entry.project: entry.score for entry in result.ranking}
    tied = []
    for project in missing + extra:
        other_side = chosen if project in wanted else (set(scores) - chosen)
        same = any(scores.get(other) == scores.get(project) for other in other_side if other != project)
        broken = any(project in tie.projects and bool(set(tie.projects) & other_side) for tie in result.ties)
        if same or broken:
            tied.append(project)
    return Comparison(recorded=True, official=official, counted=counted, missing=missing, extra=extra, tied=tuple(tied))


def comparison_lines(plan: Plan, comparison: Comparison) -> list[str]:
    """The comparison in whole sentences, projects by their titles."""
    assert plan.official is not None
    source = "pabulib" if plan.official.source == "pabulib" else "PrefLib"
    if not comparison.recorded:
        what = "this election" if plan.official.source == "preflib" else "this budget"
        return [f"Official outcome: {source} records none for {what}, so the count cannot be compared with it."]
    count = len(comparison.official)
    if comparison.equal:
        return [f"Official outcome: the count selects exactly the {count} project{'s' if count != 1 else ''} "
                f"{plan.official.city or source} selected."]

    def titles(ids: tuple[str, ...]) -> str:
        return listed([f"{plan.project(project).title} ({project})" for project in ids])

    lines = [f"Official outcome: the count differs from what {plan.official.city or source} selected."]
    if comparison.missing:
        lines.append(f"  Selected officially, not by the count: {titles(comparison.missing)}.")
    if comparison.extra:
        lines.append(f"  Selected by the count, not officially: {titles(comparison.extra)}.")
    if comparison.tie_explains:
        lines.append("  A tie explains it: each of these has the same score as a project on the other side.")
    elif comparison.tied:
        lines.append(f"  A tie explains part of it: {titles(comparison.tied)}; the rest is not a tie.")
    else:
        lines.append("  No tie explains it: the rule or the data differ from the official count.")
    return lines
