"""The Vote pane's three kinds of ballot on one generated 2,000-project plan, in the same run:
time per change to a ranking, an approval ballot and a points ballot, and the ratio of each to
the ranking's.

    python benchmarks/tui_vote_kinds.py [N]

Every change makes the same one live_feasibility call and one check_bundle of the projects on
the ballot (`VotePane.last_change_seconds` times it, as benchmarks/tui_vote.py does); approving
or giving a point adds only the kind's rule (voting/casting.py) and the list's marks.
"""

from __future__ import annotations

import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate_plan import run_on_generated_plan

ROUNDS = 30
KEYS = {
    "ranking": ["enter", "pagedown", "enter", "pagedown", "enter", "u", "x", "c", "pagedown"],
    "approval": ["space", "pagedown", "space", "pagedown", "space", "space", "x", "c", "pagedown"],
    "points": ["plus", "plus", "pagedown", "plus", "pagedown", "plus", "minus", "x", "c", "pagedown"],
}
RULES = {
    "ranking": 'method = "points"',
    "approval": 'ballot = "approval"\nmethod = "approval"',
    "points": 'ballot = "points"\npoints = 10\nmethod = "points"',
}


async def one_kind(path: Path, kind: str) -> list[float]:
    from workplan_tui.ui.app import WorkplanApp
    from workplan_tui.ui.panes.vote_pane import VotePane

    app = WorkplanApp(path)
    changes: list[float] = []
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("3")
        await pilot.pause()
        pane = app.screen.query_one(VotePane)
        pane.query_one("#vote-candidates").focus()
        for _ in range(ROUNDS):
            for key in KEYS[kind]:
                before = pane.last_change_seconds
                await pilot.press(key)
                await pilot.pause()
                if key != "pagedown" and pane.last_change_seconds is not before:
                    changes.append(pane.last_change_seconds)
    return changes


async def measure(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    medians = {}
    for kind, rules in RULES.items():
        path.write_text(text.replace('method = "points"', rules, 1), encoding="utf-8")
        changes = await one_kind(path, kind)
        medians[kind] = statistics.median(changes)
        print(f"{kind:>8}: {len(changes)} changes, median {medians[kind] * 1000:.2f} ms, max {max(changes) * 1000:.2f} ms per change")
    for kind in ("approval", "points"):
        print(f"{kind} / ranking: {medians[kind] / medians['ranking']:.2f}× (same plan, same run)")


def main() -> int:
    return run_on_generated_plan(measure)


if __name__ == "__main__":
    sys.exit(main())
