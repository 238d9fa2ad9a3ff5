"""`workplan rollover AGREED -o NEXT`: the next cycle's draft from an agreed plan (see rollover.py)."""

from __future__ import annotations

import argparse
from pathlib import Path

from workplan_tui.exit_codes import EXIT_OK


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "rollover",
        help="start next cycle's draft from an agreed plan: agreed projects become activities, the rest stay candidates",
    )
    parser.add_argument("plan", type=Path, metavar="AGREED")
    parser.add_argument(
        "-o", "--output", metavar="NEXT",
        help="where to write; `-` for standard output (default: the name with its years moved on, "
        "e.g. sscb-2023-24.agreed.toml -> sscb-2024-25.toml; plan.agreed.toml -> plan.next.toml)",
    )
    parser.add_argument("--force", action="store_true", help="replace NEXT if it exists")


def default_output(plan_path: Path) -> Path:
    from workplan_tui.rollover import shift_years

    stem = plan_path.name.removesuffix(".toml").removesuffix(".agreed")
    shifted = shift_years(stem)
    # Without a year in the name, "<stem>.toml" would be last cycle's draft: never aim at it.
    return plan_path.with_name(f"{shifted}.toml" if shifted != stem else f"{stem}.next.toml")


def next_draft(agreed_path: Path):  # noqa: ANN201 - (Plan, str); model imported lazily
    """The next cycle's draft from the agreed plan at agreed_path, and its TOML text
    (also `workplan new PATH --from AGREED`)."""
    from workplan_tui.errors import WorkplanError
    from workplan_tui.plan_io import dumps_plan, load_plan, loads_plan
    from workplan_tui.rollover import NotAgreed, rollover

    plan = load_plan(agreed_path)
    try:
        draft = rollover(plan)
    except NotAgreed as error:
        raise WorkplanError.single(str(agreed_path), "E104", str(error)) from None
    text = dumps_plan(draft)
    # The new draft must pass `workplan check`; checked before anything is written.
    if loads_plan(text, "<next cycle>") != draft:
        raise RuntimeError("the next cycle's draft does not read back as written")
    return draft, text


def run(args: argparse.Namespace) -> int:
    import sys

    from workplan_tui.commands.export import write_output
    from workplan_tui.errors import WorkplanError

    draft, text = next_draft(args.plan)
    if args.output == "-":
        sys.stdout.write(text)
        return EXIT_OK
    output = Path(args.output) if args.output else default_output(args.plan)
    if output == args.plan or (output.exists() and output.resolve() == args.plan.resolve()):
        raise WorkplanError.single(str(output), "E402", "is the agreed plan itself; the agreed plan is never changed")
    write_output(output, text, source=args.plan, force=args.force, draft=False)
    print(f"{output}: draft for {draft.info.cycle} written ({len(draft.projects)} candidates carried over)")
    return EXIT_OK
