"""The Vote pane on a generated 2,000-project plan: time per change to the ranking.

    python benchmarks/tui_vote.py [N]

Headless, in one process. Each change (add, move, remove, clear) makes one
live_feasibility call and one check_bundle of the ranked projects, then hands the
results to the widgets; `VotePane.last_change_seconds` times exactly that. Target
(issue 5): <= 5 ms per change. The drawing that follows is separate and covers only
the lines on screen; the CPU time per keystroke includes it.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate_plan import run_on_generated_plan
from tui_large_plan import percentile

ROUNDS = 40
# One round: add three projects (moving down between them), move one up, remove one, clear.
ROUND_KEYS = ["enter", "pagedown", "enter", "pagedown", "enter", "u", "x", "c", "pagedown"]


async def measure(path: Path) -> None:
    from workplan_tui.ui.app import WorkplanApp
    from workplan_tui.ui.panes.vote_pane import VotePane

    app = WorkplanApp(path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("3")
        await pilot.pause()
        pane = app.screen.query_one(VotePane)
        changes, cpu = [], []
        for _ in range(ROUNDS):
            for key in ROUND_KEYS:
                before = pane.last_change_seconds
                cpu_before = time.process_time()
                await pilot.press(key)
                await pilot.pause()
                if key == "pagedown":
                    continue  # moves the cursor; the ranking does not change
                cpu.append(time.process_time() - cpu_before)
                if pane.last_change_seconds is not before:
                    changes.append(pane.last_change_seconds)
        blocked = len(pane.query_one("#vote-candidates")._blocked)  # type: ignore[attr-defined]

    print(f"plan: {len(app.plan.projects)} projects; {len(changes)} changes to the ranking")
    print(
        f"update per change (live_feasibility + check_bundle + widgets): median {statistics.median(changes) * 1000:.2f} ms, "
        f"p95 {percentile(changes, 0.95) * 1000:.2f} ms, max {max(changes) * 1000:.2f} ms (target <= 5)"
    )
    print(
        f"keystroke CPU incl. repaint of the visible lines: median {statistics.median(cpu) * 1000:.1f} ms, "
        f"p95 {percentile(cpu, 0.95) * 1000:.1f} ms"
    )
    print(f"projects blocked after the last change: {blocked}")


def main() -> int:
    return run_on_generated_plan(measure)


if __name__ == "__main__":
    sys.exit(main())
