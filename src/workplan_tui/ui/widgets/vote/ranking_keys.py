"""The keys that build a ballot, shared by the Vote pane and the booth: add, remove, move, clear."""

from __future__ import annotations

from typing import TYPE_CHECKING

from workplan_tui.ui.widgets.vote.candidate_list import CandidateList

if TYPE_CHECKING:
    from textual.dom import DOMNode

    from workplan_tui.model import Plan

    _Node = DOMNode
else:  # a plain mixin at run time: a DOMNode in the bases would change the class's CSS defaults
    _Node = object


class RankingKeys(_Node):
    """Acts on `ranking` (the ballot being filled in) for the project highlighted in the
    CandidateList below, and on the list's messages; the class says which plan it ranks
    (`ranking_plan`) for whom (`ranking_member`), redraws on `changed` and shows the ballot on `_show_ballot`."""

    ranking: list[str]

    def ranking_plan(self) -> Plan | None:
        raise NotImplementedError

    def ranking_member(self) -> str | None:
        """Whose ballot it is: a member may not rank a project they declared an interest in."""
        raise NotImplementedError

    def changed(self) -> None:
        raise NotImplementedError

    def _show_ballot(self) -> None:
        raise NotImplementedError

    def on_candidate_list_highlighted(self, event: CandidateList.Highlighted) -> None:
        event.stop()
        self._show_ballot()

    def on_candidate_list_chosen(self, event: CandidateList.Chosen) -> None:
        event.stop()
        self.add(event.project_id)

    def add(self, project_id: str) -> None:
        from workplan_tui.voting.casting import ranked_blocked_note, ranking_refusal

        plan = self.ranking_plan()
        if plan is None:
            return
        refusal = ranking_refusal(plan, self.ranking, project_id, self.ranking_member())
        if refusal:
            self.app.notify(refusal, severity="warning")
            return
        # Said before it is added: afterwards the reason is gone (a ranked project is never blocked).
        reason = self.query_one(CandidateList).reason(project_id)
        self.ranking.append(project_id)
        self.changed()
        if reason:
            self.app.notify(ranked_blocked_note(reason), severity="warning", markup=False)

    def _highlighted(self) -> str | None:
        return self.query_one(CandidateList).current_project_id

    def _ranked_highlighted(self) -> str | None:
        project_id = self._highlighted()
        if project_id not in self.ranking:
            self.app.notify("The highlighted project is not on the ballot.", severity="warning")
            return None
        return project_id

    def action_add(self) -> None:
        project_id = self._highlighted()
        if project_id is not None:
            self.add(project_id)

    def action_remove(self) -> None:
        project_id = self._ranked_highlighted()
        if project_id is not None:
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
        self.ranking.clear()
        self.changed()
