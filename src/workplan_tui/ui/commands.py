"""Command palette (ctrl+p): one command per workplan key binding on the current screen.

Commands come from the same place as the help screen (ui/bindings.py), so every
action with a key is also a command, with its key shown as help.
"""

from __future__ import annotations

from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content

from workplan_tui.ui.bindings import BoundKey, screen_bindings
from workplan_tui.ui.panes.lazy_pane import LazyPane

# The words people type for a command that its title does not hold ("budget" finds Limits),
# by the binding's action.
SEARCH_WORDS = {
    "limits": "budget money capacity staff days roles gates approval",
    "plan_info": "title board cycle year period dates start end",
    "voting_rules": "method ballot pick priorities count tie codes",
    "members": "members board voters people councillors",
    "meetings": "meetings dates milestones board",
    "add_project": "new candidate project",
    "add_theme": "new theme work programme",
    "filter": "search find projects",
    "show_pane('plan')": "projects themes activities",
    "show_pane('capacity')": "capacity budget load staff days months over",
    "show_pane('vote')": "vote ballot rank members",
    "show_pane('results')": "results count tally winner method",
    "show_pane('export')": "export agree decision paper markdown csv annex report",
    "agree": "agree decision export paper",
    "edit": "editor file text toml",
    "reload": "reload file disk",
    "submit": "vote cast ballot",
    "choose_member": "member voter",
    "toggle_retimed": "schedule re-timed even spread",
    "count": "count tally",
    "undo": "undo revert",
    "redo": "redo",
}


class BindingCommands(Provider):
    def _commands(self) -> list[BoundKey]:
        # Group and description together make the command unique and say where it acts.
        return [bound for bound in screen_bindings(self.screen) if bound.ours]

    async def _run(self, bound: BoundKey) -> None:
        # A pane never shown has no widgets for its actions to act on: show and build it first.
        pane = next((node for node in bound.node.ancestors_with_self if isinstance(node, LazyPane)), None)
        if pane is not None and not pane.ready and not await pane.show_and_build():
            return
        await self.app.run_action(bound.action, bound.node)

    @staticmethod
    def _title(bound: BoundKey) -> str:
        return bound.description if bound.group == "Everywhere" else f"{bound.group}: {bound.description}"

    async def discover(self) -> Hits:
        for bound in self._commands():
            yield DiscoveryHit(Content(self._title(bound)), partial(self._run, bound), help=f"key: {bound.key}")

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        by_title: list[tuple[float, BoundKey]] = []
        by_words: list[tuple[float, BoundKey]] = []
        for bound in self._commands():
            score = matcher.match(self._title(bound))
            words = SEARCH_WORDS.get(bound.action, "").split()
            if score > 0:
                by_title.append((score, bound))
            elif words and (word_score := max(matcher.match(word) for word in words)) > 0:
                by_words.append((word_score, bound))
        for score, bound in by_title:
            title = self._title(bound)
            yield Hit(score, matcher.highlight(title), partial(self._run, bound), text=title, help=f"key: {bound.key}")
        # Found by a word it does not show: after every command whose title matches (the
        # matcher's scores have no fixed scale), the best word match first.
        floor = min((score for score, _ in by_title), default=1.0)
        best = max((score for score, _ in by_words), default=1.0)
        for score, bound in by_words:
            title = self._title(bound)
            shown_words = SEARCH_WORDS[bound.action]
            yield Hit(floor * 0.9 * score / best, Content(title), partial(self._run, bound), text=title, help=f"key: {bound.key} · {shown_words}")
