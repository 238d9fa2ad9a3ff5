"""Breaking ties: the chair's ballot order, then a lot that anyone can re-draw.

A tie is never broken silently: every call returns the `Tie` it decided, with a
sentence a board member can read, and the counting methods pass those on into
the result.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence

import attrs

from workplan_tui.text import listed, plural
from workplan_tui.voting.result import Tie

RULES = ("chair", "lot")


def lot_key(seed: str, project: str) -> str:
    """The lot: projects are drawn in the order of sha256("<seed>:<project id>") as hex, lowest first.

    Anyone can re-draw it with `printf '%s' 'SEED:ID' | sha256sum`.
    """
    return hashlib.sha256(f"{seed}:{project}".encode()).hexdigest()


def lot_order(seed: str, projects: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted(projects, key=lambda project: (lot_key(seed, project), project)))


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


@attrs.frozen
class TieBreak:
    """How ties are broken: `rule` is "chair" (chair's ballot, then lot) or "lot" (lot only).

    `chair` is the ranking on the chair's counted ballot (empty when the chair did not vote or
    the rule is "lot"); a project the chair ranked beats one the chair ranked lower or not at all.
    `names` is how the count's sentences name each project (its title; the id when not given).
    """

    rule: str = "lot"
    seed: str = ""
    chair: tuple[str, ...] = ()
    # True when the chair's ballot approves rather than ranks (`[voting] ballot = "approval"`):
    # its order is only the order the projects were ticked, so every project on it is level.
    chair_approves: bool = False
    # The points the chair's ballot gives, when it is a points ballot (`[voting] ballot =
    # "points"`): the more points, the higher; equal points are level, so the lot orders them
    # (the file's order of the points means nothing); a project given none is unranked.
    chair_points: tuple[tuple[str, int], ...] = ()
    # The chair's ranking with equal ranks (groups best first), when it has them: a group is level.
    chair_tied: tuple[tuple[str, ...], ...] = ()
    names: Mapping[str, str] = attrs.field(factory=dict, eq=False, hash=False, repr=False)

    def name(self, project: str) -> str:
        return self.names.get(project, project)

    def quoted(self, project: str) -> str:
        """The name in quotes: in "A and B tied", titles that hold an "and" stay apart."""
        return f"\u201c{self.name(project)}\u201d"

    def __attrs_post_init__(self) -> None:
        if self.rule not in RULES:
            raise ValueError(f"unknown tie-break rule {self.rule!r}")

    def order(self, projects: Sequence[str], score: float, context: str) -> tuple[tuple[str, ...], Tie]:
        """The tied projects best first, and the record of how that was decided."""
        tied = tuple(dict.fromkeys(projects))
        if len(tied) < 2:
            raise ValueError("a tie needs at least two projects")
        use_chair = self.rule == "chair" and bool(self.chair or self.chair_points)
        position = self._chair_places() if use_chair else {}
        unranked = len(self.chair) + len(self.chair_points)
        ordered = tuple(
            sorted(tied, key=lambda p: (position.get(p, unranked), lot_key(self.seed, p), p))
        )
        chair_places = [position.get(p, unranked) for p in ordered]
        # Which projects still needed the lot after the chair's order was applied.
        needed_lot = [p for p, place in zip(ordered, chair_places, strict=True) if chair_places.count(place) > 1]
        if not use_chair or len(needed_lot) == len(ordered):
            broken_by = "lot"
        elif needed_lot:
            broken_by = "chair+lot"
        else:
            broken_by = "chair"
        parts = []
        if use_chair and self.chair_points:
            parts.append(self._points_said(ordered))
        elif use_chair and broken_by != "lot" and self.chair_approves:
            approved = [self.quoted(p) for p in ordered if p in position]
            parts.append(
                "the chair's ballot approves " + listed(approved)
                + " and not " + listed([self.quoted(p) for p in ordered if p not in position], "or")
            )
        elif use_chair and broken_by != "lot":
            ranked = [p for p in ordered if p in position]
            parts.append(
                "the chair's ballot ranks "
                + listed([f"{self.quoted(p)} ({_ordinal(position[p] + 1)}{' equal' if chair_places.count(position[p]) > 1 else ''})" for p in ranked])
                + (" above the rest" if len(ranked) < len(ordered) else "")
            )
        elif self.rule == "chair":
            parts.append("the chair's ballot does not separate them")
        if needed_lot:
            drawn = [self.quoted(p) for p in ordered if p in needed_lot]
            parts.append(f"drawn by lot (seed {self.seed!r}): " + listed(drawn, "then"))
        names = listed([self.quoted(p) for p in tied])
        detail = f"{context}: {names} tied at {_number(score)}; " + "; ".join(parts) + "."
        return ordered, Tie(projects=ordered, score=float(score), broken_by=broken_by, detail=detail)

    def _chair_places(self) -> dict[str, int]:
        """project -> its level on the chair's ballot, 0 the highest; level projects share one.
        Projects the ballot leaves out (or gives no points) are not in it."""
        if self.chair_points:
            given = {project: points for project, points in self.chair_points if points > 0}
            levels = sorted(set(given.values()), reverse=True)
            return {project: levels.index(points) for project, points in given.items()}
        if self.chair_approves:
            return dict.fromkeys(self.chair, 0)
        if self.chair_tied:
            return {project: level for level, group in enumerate(self.chair_tied) for project in group}
        return {project: index for index, project in enumerate(self.chair)}

    def _points_said(self, ordered: Sequence[str]) -> str:
        """The points the chair's ballot gives each tied project, in the order decided."""
        given = {project: points for project, points in self.chair_points if points > 0}
        if not any(project in given for project in ordered):
            return "the chair's ballot gives none of them points"
        if len({given.get(project, 0) for project in ordered}) == 1:
            return (f"the chair's ballot gives {listed([self.quoted(p) for p in ordered])} "
                    f"{plural(given[ordered[0]], 'point')} each, which does not separate them")
        said = []
        for index, project in enumerate(ordered):
            points = given.get(project, 0)
            amount = plural(points, "point") if index == 0 else str(points)
            said.append(f"{self.quoted(project)} {amount}" if points else f"{self.quoted(project)} none")
        return "the chair's ballot gives " + listed(said)


def _number(value: float) -> str:
    value = float(value)
    return f"{value:g}" if value != int(value) else str(int(value))
