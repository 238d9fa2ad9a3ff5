"""The booth's first frame against a bare Textual app.

    python benchmarks/booth_bench.py first-frame [PLAN] [--runs N]

first-frame: fresh processes, headless, from spawn to "who is voting?" drawn, interleaved with
a bare Textual app (Header, Static, Footer); target (issue 14) <= 1.3x. N browser connections
at once through `workplan serve`: benchmarks/serve_connections.py.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PLAN = ROOT / "plans" / "sscb-2023-24.toml"
ENV = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}


def child(kind: str, plan: str) -> None:
    if kind == "bare":
        from common import bare_app

        app = bare_app()
    else:
        from workplan_tui.ui.booth.booth_app import BoothApp

        app = BoothApp(Path(plan))

    async def first_frame(pilot) -> None:
        if kind == "booth":
            from workplan_tui.ui.booth.who_screen import WhoIsVotingScreen

            while not isinstance(pilot.app.screen, WhoIsVotingScreen):
                await pilot.pause()
        await pilot.pause()
        print(time.monotonic(), flush=True)
        pilot.app.exit()

    app.run(headless=True, size=(80, 24), auto_pilot=first_frame)


def measure(kind: str, plan: Path) -> float:
    started = time.monotonic()
    output = subprocess.run(
        [sys.executable, __file__, "first-frame", str(plan), "--child", kind], capture_output=True, text=True, check=True, env=ENV
    ).stdout
    return float(output.strip().splitlines()[-1]) - started


def first_frames(plan: Path, runs: int) -> None:
    measure("bare", plan)
    measure("booth", plan)
    bare, booth = [], []
    for _ in range(runs):
        bare.append(measure("bare", plan))
        booth.append(measure("booth", plan))
    b, o = statistics.median(bare), statistics.median(booth)
    print(f"bare Textual app: median {b * 1000:.0f} ms; booth on {plan.name}: median {o * 1000:.0f} ms ({runs} runs)")
    print(f"ratio: {o / b:.2f}x (target <= 1.3x)")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("what", nargs="?", choices=("first-frame",), default="first-frame")
    parser.add_argument("plan", nargs="?", type=Path, default=DEFAULT_PLAN)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--child", choices=("bare", "booth"))
    args = parser.parse_args()
    if args.child:
        child(args.child, str(args.plan))
    else:
        first_frames(args.plan, args.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
