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
        for bound in self._commands():
            title = self._title(bound)
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, matcher.highlight(title), partial(self._run, bound), text=title, help=f"key: {bound.key}")
