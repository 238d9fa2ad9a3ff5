"""`workplan export PLAN --to paper|note|programme|report|toml|csv|xlsx`: the Board's papers,
the agreed plan, the annexes.

- `--to paper` (the paper for direction), `note` (the note of the meeting), `programme` (the
  agreed work programme), `report` (the end-of-year report): each in Markdown or Word. The
  format follows `-o`'s extension (.md, .docx), else `--format md|docx`, else Markdown.
  `--template FILE` lays the document out with your own template (a .md.j2 Jinja2 template
  or a .docx Word template with docxtpl tags; docs/export.md lists what each document says).
  `--to md` is the old name of `--to paper`.
- `--to toml` on a draft counts the ballots (as `workplan tally` does) and writes the agreed
  plan with the decision on record: the Board's agreed set (`--agree`, default the count's
  selection; `--reason` when it differs), what it needs and its planned delivery. On an
  agreed plan it writes the plan again, unchanged.
- `--to csv` / `--to xlsx`: the annex, the plan as it is; the Excel workbook is
  `<stem>.annex.xlsx` (Projects, Load, Budget) and, not being text, is never written to `-o -`.

The output goes beside the plan unless `-o` says otherwise (`-o -` is standard output):
`<stem>.paper.md` (or `.docx`), `<stem>.note.md`, …, `<stem>.agreed.toml`, `<stem>.csv`. An
existing file is replaced only with `--force`, and the draft itself never. Every file is
written atomically.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from workplan_tui.commands import add_attendance_arguments, attendance_of, member_ids, say, typed_text
from workplan_tui.exit_codes import EXIT_OK

if TYPE_CHECKING:
    from workplan_tui.commands import SubParsers

# Options that record a decision; they mean nothing to a paper or an annex.
DECISION_OPTIONS = (
    "ballots", "method", "present", "apologies", "substitutes", "actions", "optimal", "selection", "agree", "reason",
    "below_quorum",
)


def add_parser(subparsers: SubParsers) -> None:
    from workplan_tui.decision import ALIASES, DOCUMENT_FORMATS, FORMATS
    from workplan_tui.model import METHODS, SELECTIONS

    parser = subparsers.add_parser(
        "export",
        help="write a paper (paper, note, programme, report; Markdown or Word), the agreed plan (toml) or an annex (csv, xlsx)",
        description=__doc__.split("\n\n", 1)[1] if __doc__ else None,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("plan", type=Path, metavar="PLAN")
    parser.add_argument(
        "--to", choices=FORMATS + tuple(ALIASES), required=True, metavar="KIND",
        help=f"what to write: {', '.join(FORMATS)} (md: the paper's old name)",
    )
    parser.add_argument(
        "--format", choices=DOCUMENT_FORMATS, dest="doc_format",
        help="a document in Markdown or Word (default: -o's extension, else md)",
    )
    parser.add_argument(
        "--template", type=Path, metavar="FILE",
        help="lay the document out with your own template: a .md.j2 (Jinja2) or a .docx (Word, docxtpl tags)",
    )
    parser.add_argument(
        "-o", "--output", metavar="FILE",
        help="where to write; `-` for standard output (default: <stem>.<kind>.md or .docx, <stem>.agreed.toml, <stem>.csv beside PLAN)",
    )
    parser.add_argument("--force", action="store_true", help="replace FILE if it exists")
    parser.add_argument(
        "--date", type=_date, metavar="YYYY-MM-DD",
        help="date of the decision (toml on a draft; default today) or of a document (default: the plan's)",
    )
    parser.add_argument(
        "--next", type=Path, metavar="NEXT_PLAN", dest="next_plan",
        help="the next cycle's draft the end-of-year report proposes next year's priorities from (--to report)",
    )
    decision = parser.add_argument_group("the decision (--to toml on a draft)")
    decision.add_argument("--ballots", type=Path, metavar="DIR", help="ballot folder (default: PLAN-STEM.ballots beside the plan)")
    decision.add_argument("--method", choices=METHODS, metavar="M", help=f"counting method: {', '.join(METHODS)} (default: the plan's)")
    decision.add_argument(
        "--selection", choices=SELECTIONS, metavar="RULE",
        help=f"how the count becomes the selection: {', '.join(SELECTIONS)} (default: the plan's)",
    )
    decision.add_argument("--optimal", action="store_true", help="the same as --selection best")
    decision.add_argument(
        "--agree", type=member_ids, metavar="A,B",
        help="project ids of the Board's agreed set (default: the count's selection)",
    )
    decision.add_argument(
        "--reason", metavar="TEXT",
        help="why the agreed set differs from the count's (required then, and for fewer than pick.min or more than pick.max)",
    )
    add_attendance_arguments(decision)
    decision.add_argument(
        "--below-quorum", action="store_true",
        help="the Board confirms agreeing though fewer than [voting] quorum are present (recorded)",
    )
    decision.add_argument(
        "--action", dest="actions", action="append", default=[], metavar="OWNER:DUE:WHAT",
        help="an action for the record, e.g. 'officers:board-2023-06:Report on progress' (DUE may be empty; repeatable)",
    )


def _date(text: str) -> dt.date:
    from workplan_tui.schema import FIRST_DATE, LAST_DATE
    from workplan_tui.text import cut

    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"`{cut(text)}` is not a date like 2023-03-23") from None
    if not FIRST_DATE <= day <= LAST_DATE:  # the agreed plan's check would refuse it (E106)
        raise argparse.ArgumentTypeError(f"{day} is not from {FIRST_DATE} to {LAST_DATE}")
    return day


def run(args: argparse.Namespace) -> int:
    import sys

    from workplan_tui.agree import parse_action
    from workplan_tui.decision import ALIASES, DecisionOptions, NothingToDecide, export_plan
    from workplan_tui.errors import WorkplanError

    if args.to in ALIASES:
        say(f"`--to {args.to}` is the old name of `--to {ALIASES[args.to]}`: writing the {ALIASES[args.to]}", file=sys.stderr)

    # An empty `--present ""` is given too: it records that nobody was present.
    flags = {"substitutes": "--substitute", "below_quorum": "--below-quorum"}
    used = [
        flags.get(name, f"--{name}")
        for name in DECISION_OPTIONS
        if getattr(args, name) not in (None, False, []) or (name in ("present", "agree") and getattr(args, name) is not None)
    ]
    decision = None
    if used:
        decision = DecisionOptions(
            ballots=args.ballots,
            method=args.method,
            selection="best" if args.optimal else args.selection,
            attendance=attendance_of(args),
            below_quorum=args.below_quorum,
            actions=tuple(parse_action(typed_text("--action", action)) for action in args.actions),
            agree=None if args.agree is None else tuple(args.agree),
            reason=typed_text("--reason", args.reason or ""),
        )
    # Standard output gets the text without the CSV byte order mark: pipes and scripts
    # read it as plain UTF-8.
    output = sys.stdout if args.output == "-" else Path(args.output) if args.output else None
    try:
        exported = export_plan(
            args.plan, args.to, output, force=args.force, date=args.date, decision=decision,
            doc_format=args.doc_format, template=args.template, next_plan=args.next_plan,
        )
    except NothingToDecide:
        why = f"--to {args.to} renders the plan as it is" if args.to != "toml" else "the plan is already agreed"
        raise WorkplanError.single(
            str(args.plan), "E104", f"{', '.join(used)} only apply when agreeing a draft (--to toml); {why}"
        ) from None
    if exported.output is not None:
        say(f"{exported.output}: {exported.summary}")
    return EXIT_OK
