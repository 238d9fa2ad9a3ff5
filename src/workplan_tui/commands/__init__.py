"""One module per `workplan` command: `add_parser(subparsers)` and `run(args) -> int`.

Modules import only the standard library at the top so that `workplan --help`
and the core commands start fast; heavy imports go inside `run`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import argparse

    # What `add_parser` is given; argparse names the type privately, so it is named once, here.
    SubParsers = argparse._SubParsersAction[argparse.ArgumentParser]  # noqa: SLF001
