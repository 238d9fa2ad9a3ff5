"""What the benchmark scripts share: a median of timed runs, and the bare Textual app they compare against."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from typing import Any


def median_ms(work: Callable[[], object], runs: int) -> float:
    """Median wall time of `runs` calls of work, in milliseconds, after one warm-up call."""
    work()
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def bare_app() -> Any:
    """The baseline of the start-up benchmarks: a Textual app with a header, a line of text and a
    footer. Textual is imported here, inside the timed process, as it is for a user."""
    from textual.app import App, ComposeResult
    from textual.widgets import Footer, Header, Static

    class BareApp(App[None]):
        def compose(self) -> ComposeResult:
            yield Header()
            yield Static("Hello")
            yield Footer()

    return BareApp()
