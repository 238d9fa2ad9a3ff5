"""Building bulk data fast: a PrefLib file's 25,000 orders, an imported box's rows, the Ballots read
back and the count's profile are all tuples and strings, with no reference cycles among them."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator
from typing import Any


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


def repeats_within(flat: Any, starts: Any, size: int) -> bool:
    """Whether some row (flat[starts[i]:starts[i + 1]], numpy int64 numbers 0 to size - 1, no
    row empty) holds one number twice. With few numbers, each row's powers of two summed exceed
    their bitwise or just when two are equal (the sums fit an int64: no row longer than `size`
    without a repeat); else each (row, number) is sorted and neighbours compared."""
    import numpy as np

    lengths = np.diff(starts)
    if size <= 56 and int(lengths.max(initial=0)) <= size:  # sums below 56 * 2**55 < 2**63
        if not len(flat):
            return False
        bits = np.left_shift(np.int64(1), flat)
        return bool((np.add.reduceat(bits, starts[:-1]) != np.bitwise_or.reduceat(bits, starts[:-1])).any())
    keys = np.sort(np.repeat(np.arange(len(lengths), dtype=np.int64), lengths) * (size + 1) + flat)
    return bool((keys[1:] == keys[:-1]).any())
