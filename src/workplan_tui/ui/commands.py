"""Command palette (ctrl+p): one command per workplan key binding on the current screen.

Commands come from the same place as the help screen (ui/bindings.py), so every
action with a key is also a command, with its key shown as help.
"""

from __future__ import annotations

from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content

from workplan_tui.ui.bindings import BoundKey, screen_bindings


class BindingCommands(Provider):
    def _commands(self) -> list[BoundKey]:
        # Group and description together make the command unique and say where it acts.
        return [bound for bound in screen_bindings(self.screen) if bound.ours]

    async def _run(self, bound: BoundKey) -> None:
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
