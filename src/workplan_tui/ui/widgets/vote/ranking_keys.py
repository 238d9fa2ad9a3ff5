"""The keys that fill in a ballot, shared by the Vote pane and the booth, for the plan's kind
of ballot (`[voting] ballot`): a ranking (add, remove, move, clear), the projects approved
(enter or space approves the highlighted project or withdraws it) or points (+ and - give
and take a point, a typed number sets them, x takes them all away).

Each kind's keys are live only in a vote of that kind (`check_action`), so the footer and the
help show the keys the member can use. The rules (how many, how many points) are the core's:
voting/casting.py.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.binding import Binding

from workplan_tui.ui.widgets.vote.candidate_list import CandidateList

if TYPE_CHECKING:
    from textual.dom import DOMNode

    from workplan_tui.model import Plan

    _Node = DOMNode
else:  # a plain mixin at run time: a DOMNode in the bases would change the class's CSS defaults
    _Node = object

# The kind of ballot each form action belongs to; the other actions (remove, clear, submit) serve every kind.
KIND_OF_ACTION = {
    "add": "ranking",
    "move": "ranking",
    "approve": "approval",
    "more_points": "points",
    "fewer_points": "points",
    "type_points": "points",
}


def points_bindings(*, digits: bool) -> list[Binding]:
    """The keys of a points ballot: + and - (enter gives a point too), and the digits when
    `digits` (the booth: the app's panes take 1-5 to switch tabs, so the Vote pane types
    the points in its own field instead)."""
    keys = [
        Binding("enter,plus,equals_sign", "more_points", "One more point", key_display="+"),
        Binding("minus", "fewer_points", "One point fewer", key_display="-"),
    ]
    if digits:
        keys += [Binding(str(d), f"type_points({d})", "Type the points", key_display="0-9", show=d == 0) for d in range(10)]
    return keys


class RankingKeys(_Node):
    """Acts on `ranking` (the projects on the ballot being filled in: ranked, approved, or
    given points, most first) and `points` (a points ballot's points) for the project
    highlighted in the CandidateList below, and on the list's messages; the class says which
    plan it is (`ranking_plan`) for whom (`ranking_member`), redraws on `changed` and shows
    the ballot on `_show_ballot`."""

    ranking: list[str]
    points: dict[str, int]
    # The digits typed for the highlighted project so far: "1" then "2" gives it 12 points.
    _typed: tuple[str, str] | None = None

    def ranking_plan(self) -> Plan | None:
        raise NotImplementedError

    def ranking_member(self) -> str | None:
        """Whose ballot it is: a member may not rank a project they declared an interest in."""
        raise NotImplementedError

    def changed(self) -> None:
        raise NotImplementedError

    def _show_ballot(self) -> None:
        raise NotImplementedError

    def ballot_kind(self) -> str:
        plan = self.ranking_plan()
        return plan.voting.ballot if plan is not None else "ranking"

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        kind = KIND_OF_ACTION.get(action)
        if kind is not None and kind != self.ballot_kind():
            return False
        return super().check_action(action, parameters)

    def on_candidate_list_highlighted(self, event: CandidateList.Highlighted) -> None:
        event.stop()
        self._typed = None
        self._show_ballot()

    def on_candidate_list_chosen(self, event: CandidateList.Chosen) -> None:
        """A click (or enter) on a project: rank it, approve or withdraw it, or give it a point."""
        event.stop()
        kind = self.ballot_kind()
        if kind == "approval":
            self.toggle(event.project_id)
        elif kind == "points":
            self.set_points(event.project_id, self.points.get(event.project_id, 0) + 1)
        else:
            self.add(event.project_id)

    def _note_if_blocked(self, project_id: str) -> str:
        # Read before it is added: afterwards the reason is gone (a chosen project is never blocked).
        return self.query_one(CandidateList).reason(project_id)

    def _say_blocked(self, reason: str) -> None:
        from workplan_tui.voting.casting import ranked_blocked_note

        if reason:
            self.app.notify(ranked_blocked_note(reason, self.ballot_kind()), severity="warning", markup=False)

    def add(self, project_id: str) -> None:
        from workplan_tui.voting.casting import ranking_refusal

        plan = self.ranking_plan()
        if plan is None:
            return
        refusal = ranking_refusal(plan, self.ranking, project_id, self.ranking_member())
        if refusal:
            self.app.notify(refusal, severity="warning", markup=False)
            return
        reason = self._note_if_blocked(project_id)
        self.ranking.append(project_id)
        self.changed()
        self._say_blocked(reason)

    def toggle(self, project_id: str) -> None:
        """Approve the project, or withdraw the approval it has."""
        if project_id in self.ranking:
            self.ranking.remove(project_id)
            self.changed()
        else:
            self.add(project_id)

    def set_points(self, project_id: str, number: int) -> bool:
        """Give the project `number` points in place of what it has; False (and the member told
        why, in a sentence) when the plan's limits do not allow it."""
        from workplan_tui.voting.casting import points_given, points_refusal

        plan = self.ranking_plan()
        if plan is None:
            return False
        refusal = points_refusal(plan, self.points, project_id, number, self.ranking_member())
        if refusal:
            self.app.notify(refusal, severity="warning", markup=False)
            return False
        reason = self._note_if_blocked(project_id) if not self.points.get(project_id) and number > 0 else ""
        if number > 0:
            self.points[project_id] = number
        else:
            self.points.pop(project_id, None)
        self.ranking[:] = [project for project, _ in points_given(self.points)]
        self.changed()
        self._say_blocked(reason)
        return True

    def _highlighted(self) -> str | None:
        return self.query_one(CandidateList).current_project_id

    def _ranked_highlighted(self) -> str | None:
        project_id = self._highlighted()
        if project_id not in self.ranking:
            kind = self.ballot_kind()
            words = {"approval": "is not approved", "points": "has no points"}.get(kind, "is not on the ballot")
            self.app.notify(f"The highlighted project {words}.", severity="warning")
            return None
        return project_id

    def action_add(self) -> None:
        project_id = self._highlighted()
        if project_id is not None:
            self.add(project_id)

    def action_approve(self) -> None:
        project_id = self._highlighted()
        if project_id is not None:
            self.toggle(project_id)

    def action_more_points(self) -> None:
        self._typed = None
        project_id = self._highlighted()
        if project_id is not None:
            self.set_points(project_id, self.points.get(project_id, 0) + 1)

    def action_fewer_points(self) -> None:
        self._typed = None
        project_id = self._highlighted()
        if project_id is not None:
            self.set_points(project_id, self.points.get(project_id, 0) - 1)

    def action_type_points(self, digit: int) -> None:
        """A digit typed: the highlighted project's points, the digits typed for it so far
        followed by this one ("1", "2": 12) unless that is more than the plan allows, when
        this digit starts the number again ("3" then "5" with 10 points in all: 5)."""
        from workplan_tui.voting.casting import points_refusal

        project_id = self._highlighted()
        plan = self.ranking_plan()
        if project_id is None or plan is None:
            return
        typed = f"{self._typed[1]}{digit}" if self._typed is not None and self._typed[0] == project_id else str(digit)
        if len(typed) > 1 and points_refusal(plan, self.points, project_id, int(typed), self.ranking_member()):
            typed = str(digit)
        self._typed = (project_id, typed) if self.set_points(project_id, int(typed)) else None

    def action_remove(self) -> None:
        self._typed = None
        project_id = self._ranked_highlighted()
        if project_id is None:
            return
        if self.ballot_kind() == "points":
            self.set_points(project_id, 0)
            return
        self.ranking.remove(project_id)
        self.changed()

    def action_move(self, step: int) -> None:
        project_id = self._ranked_highlighted()
        if project_id is None:
            return
        index = self.ranking.index(project_id)
        target = index + step
        if 0 <= target < len(self.ranking):
            self.ranking[index], self.ranking[target] = self.ranking[target], self.ranking[index]
            self.changed()

    def action_clear(self) -> None:
        self._typed = None
        self.ranking.clear()
        self.points.clear()
        self.changed()
