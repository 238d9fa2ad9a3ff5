"""`workplan verify AGREED [--ballots DIR]`: recount the ballots and check them against the record.

Exit 0 when the ballots, the ranking and the count's selection are what the agreed plan
records; 2 with one `FILE:LINE:COL: E407` line per difference (a ballot added, removed or
changed since the decision; a different ranking or selection; the plan edited since).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from workplan_tui.exit_codes import EXIT_OK

if TYPE_CHECKING:
    from workplan_tui.commands import SubParsers


def add_parser(subparsers: SubParsers) -> None:
    parser = subparsers.add_parser(
        "verify",
        help="recount an agreed plan's ballots and check them against its decision; exit 0 when they agree, 2 when not",
        description=__doc__.split("\n\n", 1)[1] if __doc__ else None,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("agreed", type=Path, metavar="AGREED")
    parser.add_argument(
        "--ballots", type=Path, metavar="DIR",
        help="the ballot folder counted (default: <stem>.ballots beside AGREED, without .agreed)",
    )


def run(args: argparse.Namespace) -> int:
    from workplan_tui.commands import say
    from workplan_tui.errors import WorkplanError
    from workplan_tui.text import plural
    from workplan_tui.verify import verify_record

    verified = verify_record(args.agreed, args.ballots)
    if verified.differences:
        raise WorkplanError(list(verified.differences))
    say(
        f"{args.agreed}: the record agrees with the {plural(verified.ballots, 'ballot')} in {verified.folder}: "
        "the same ballots, ranking and counted selection"
    )
    return EXIT_OK
