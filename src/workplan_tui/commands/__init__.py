"""One module per `workplan` command: `add_parser(subparsers)` and `run(args) -> int`.

Modules import only the standard library at the top so that `workplan --help`
and the core commands start fast; heavy imports go inside `run`.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from workplan_tui.attendance import Attendance

    # What `add_parser` is given; argparse names the type privately, so it is named once, here.
    SubParsers = argparse._SubParsersAction[argparse.ArgumentParser]  # noqa: SLF001


def say(*lines: str, file: TextIO | None = None) -> None:
    """Print lines for a person (standard output unless `file`): every command prints through
    this or `print_json`. Each line is shown safely (text.shown_safely), so a ballot's file name,
    a plan key or a title in it cannot clear the screen, start a forged line or fail to encode."""
    from workplan_tui.text import shown_lines

    print(shown_lines(lines), file=sys.stdout if file is None else file)


def say_again(line: str, *, file: TextIO, done: bool = False) -> None:
    """One line rewritten in place at a terminal (how far a long task is): a carriage return
    and the line, shown safely as `say` shows it; the newline only once `done`."""
    from workplan_tui.text import shown_lines

    file.write("\r" + shown_lines([line]) + ("\n" if done else ""))
    file.flush()


def print_json(data: Any) -> None:
    """One JSON object on standard output for scripts: sorted keys (the same data, the same
    bytes), and nothing in a string that the terminal would act on (text.json_shown)."""
    from workplan_tui.text import json_shown

    print(json_shown(data))


def typed_text(option: str, text: str) -> str:
    """Text typed on the command line that goes into a file (a reason, an action), or E003: a
    terminal that is not UTF-8 sends bytes Python keeps as lone surrogates, which no UTF-8 file
    can hold (writing the agreed plan would fail after the count)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        from workplan_tui.errors import WorkplanError

        raise WorkplanError.single(
            option, "E003", f"`{text}` is not UTF-8 text: type it again in a terminal that sends UTF-8"
        ) from None
    return text


def member_ids(text: str) -> list[str]:
    """`A,B` as typed on the command line: ids, blanks dropped (`""` is no id at all)."""
    return [part.strip() for part in text.split(",") if part.strip()]


def add_attendance_arguments(group: argparse._ActionsContainer) -> None:
    """--present, --apologies and --substitute, the same on `workplan export` and `tally`."""
    group.add_argument(
        "--present", type=member_ids, metavar="A,B",
        help='member ids present in their own right (--present "": nobody; default: attendance not recorded)',
    )
    group.add_argument("--apologies", type=member_ids, metavar="A,B", help="member ids who sent apologies (needs --present)")
    group.add_argument(
        "--substitute", dest="substitutes", action="append", default=[], metavar="SUB:FOR",
        help="substitute SUB stands in for member FOR and votes in their place (repeatable; needs --present)",
    )


def attendance_of(args: argparse.Namespace) -> Attendance:
    """The attendance the options give; raises WorkplanError (E410) when they are not sound."""
    from workplan_tui.attendance import given, parse_substitute

    return given(args.present, args.apologies or (), [parse_substitute(text) for text in args.substitutes])
