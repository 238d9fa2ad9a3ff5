"""`workplan export PLAN --to toml|md|csv`: the agreed plan, the board paper or the CSV annex.

- `--to toml` on a draft counts the ballots (as `workplan tally` does) and writes the agreed
  plan with the decision on record; on an agreed plan it writes the plan again, unchanged.
- `--to md` / `--to csv` render the plan as it is: a paper for direction for a draft, the
  decision paper and annex for an agreed plan.

The output goes beside the plan unless `-o` says otherwise (`-o -` is standard output):
`<stem>.agreed.toml`, `<stem>.md`, `<stem>.csv`. An existing file is replaced only with
`--force`, and the draft itself never. Every file is written atomically.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from workplan_tui.exit_codes import EXIT_OK

FORMATS = ("toml", "md", "csv", "report")
AGREED_SUFFIX = ".agreed"
# Options that record a decision; they mean nothing to a paper or an annex.
DECISION_OPTIONS = ("ballots", "method", "present", "apologies", "actions", "optimal")


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    from workplan_tui.model import METHODS

    parser = subparsers.add_parser(
        "export",
        help="write the agreed plan (toml), the board paper (md), the CSV annex (csv) or the end-of-year report (report)",
        description=__doc__.split("\n\n", 1)[1] if __doc__ else None,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("plan", type=Path, metavar="PLAN")
    parser.add_argument("--to", choices=FORMATS, required=True, help="what to write")
    parser.add_argument(
        "-o", "--output", metavar="FILE",
        help="where to write; `-` for standard output (default: <stem>.agreed.toml, <stem>.md or <stem>.csv beside PLAN)",
    )
    parser.add_argument("--force", action="store_true", help="replace FILE if it exists")
    parser.add_argument(
        "--date", type=_date, metavar="YYYY-MM-DD",
        help="date of the decision (toml; default today) or of a draft's paper (md)",
    )
    decision = parser.add_argument_group("the decision (--to toml on a draft)")
    decision.add_argument("--ballots", type=Path, metavar="DIR", help="ballot folder (default: PLAN-STEM.ballots beside the plan)")
    decision.add_argument("--method", choices=METHODS, metavar="M", help=f"counting method: {', '.join(METHODS)} (default: the plan's)")
    decision.add_argument("--optimal", action="store_true", help="agree the feasible set with the highest total score")
    decision.add_argument(
        "--present", type=_ids, metavar="A,B", help="member ids present (default: the members whose ballots counted)"
    )
    decision.add_argument("--apologies", type=_ids, metavar="A,B", help="member ids who sent apologies")
    decision.add_argument(
        "--action", dest="actions", action="append", default=[], metavar="OWNER:DUE:WHAT",
        help="an action for the record, e.g. 'officers:board-2023-06:Report on progress' (DUE may be empty; repeatable)",
    )


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"`{text}` is not a date like 2023-03-23") from None


def _ids(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


def default_output(plan_path: Path, fmt: str) -> Path:
    """Beside the plan: an agreed plan keeps its name (so exporting it again is a no-op)."""
    stem = plan_path.name.removesuffix(".toml")
    if fmt == "toml":
        return plan_path.with_name((stem if stem.endswith(AGREED_SUFFIX) else stem + AGREED_SUFFIX) + ".toml")
    if fmt == "report":
        return plan_path.with_name(f"{stem}.report.md")
    return plan_path.with_name(f"{stem}.{fmt}")


def run(args: argparse.Namespace) -> int:
    import sys

    from workplan_tui.errors import WorkplanError
    from workplan_tui.plan_io import ensure_unchanged, load_plan_stamped

    plan, stamp = load_plan_stamped(args.plan)
    used = [f"--{name}" for name in DECISION_OPTIONS if getattr(args, name) not in (None, False, [])]
    if used and (args.to != "toml" or plan.info.status == "agreed"):
        why = f"--to {args.to} renders the plan as it is" if args.to != "toml" else "the plan is already agreed"
        raise WorkplanError.single(
            str(args.plan), "E104", f"{', '.join(used)} only apply when agreeing a draft (--to toml); {why}"
        )

    if args.to == "toml":
        text, summary = _agreed_text(plan, args)
        data: str | bytes = text
    elif args.to == "md":
        from workplan_tui.export.markdown import render_markdown

        text = render_markdown(plan, date=args.date)
        data, summary = text, "board paper written"
    elif args.to == "report":
        from workplan_tui.export.report import render_report

        text = render_report(plan)
        data, summary = text, "end of year report written"
    else:
        from workplan_tui.export.csv import encode_csv, render_csv

        text = render_csv(plan)
        data, summary = encode_csv(text), "CSV annex written"

    # Everything above was made from the text read at the start (and, for toml, ballots
    # counted against the plan read again): refuse if the plan file changed meanwhile.
    ensure_unchanged(args.plan, stamp)
    if args.output == "-":
        # Standard output gets the text without the CSV byte order mark: pipes and scripts
        # read it as plain UTF-8.
        sys.stdout.write(text)
        sys.stdout.flush()
        return EXIT_OK
    output = Path(args.output) if args.output else default_output(args.plan, args.to)
    write_output(output, data, source=args.plan, force=args.force, draft=plan.info.status != "agreed")
    print(f"{output}: {summary}")
    return EXIT_OK


def write_output(output: Path, data: str | bytes, *, source: Path, force: bool, draft: bool) -> None:
    """Atomically write data to output, refusing to replace the draft, or any file without force."""
    from workplan_tui.errors import WorkplanError
    from workplan_tui.files import atomic_write

    if output.exists() or output.is_symlink():
        if draft and _same_file(output, source):
            raise WorkplanError.single(str(output), "E402", "is the draft plan itself; the draft is never changed")
        if output.is_dir():
            raise WorkplanError.single(str(output), "E402", "is a folder; give a file name with -o")
        if not force:
            raise WorkplanError.single(str(output), "E402", "already exists; use --force to replace it")
    atomic_write(output, data)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.samefile(b)
    except OSError:
        return False


def _agreed_text(plan, args: argparse.Namespace) -> tuple[str, str]:  # noqa: ANN001 - Plan
    """The agreed plan's TOML and a one-line summary; a draft is counted and agreed first."""
    from workplan_tui.plan_io import dumps_plan, loads_plan

    if plan.info.status == "agreed":
        return dumps_plan(plan), "already agreed: written again, unchanged"

    from workplan_tui.agree import agree, counted_members, parse_action
    from workplan_tui.commands.tally import load
    from workplan_tui.voting.tally import tally

    _, ballots, rejected, _ = load(args.plan, args.ballots)
    result = tally(plan, ballots, rejected, method=args.method, optimal=args.optimal)
    apologies = args.apologies or []
    if args.present is not None:
        present = args.present
    else:  # a member who voted in advance and then sent apologies was not present
        present = [m for m in counted_members(plan, [ballot.member for ballot in ballots]) if m not in apologies]
    agreed = agree(
        plan,
        result,
        date=args.date or dt.date.today(),
        present=present,
        apologies=apologies,
        actions=[parse_action(action) for action in args.actions],
    )
    text = dumps_plan(agreed)
    # The agreed plan must load as it was built; a failure here is a bug, not bad input,
    # and must not leave a file behind, so it is checked before anything is written.
    if loads_plan(text, "<agreed plan>") != agreed:
        raise RuntimeError("the agreed plan does not read back as written")
    chosen = ", ".join(agreed.decision.selected) or "none"
    return text, f"agreed plan written ({result.ballots} ballots counted; agreed: {chosen})"
