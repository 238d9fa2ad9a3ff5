"""Building bulk data fast: a PrefLib file's 25,000 orders, an imported box's rows, the Ballots read
back and the count's profile are all tuples and strings, with no reference cycles among them."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """No cyclic garbage collection inside: reference counting frees what bulk work drops, and
    the collector, run every 700 new objects, would walk the tens of thousands of live tuples
    again and again (a third of an import's time). Collection resumes, as it was, on leaving."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
