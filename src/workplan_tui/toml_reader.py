"""TOML text into a document, or a located syntax error (E010) a person can act on.

tomllib says where it stopped inside its message; `parse_toml` turns that into the
error's line and column. `parse_plan_toml` reads a plan's roster with a faster pattern
first (`members_fast`), because tomllib, pure Python, is slow on a board of thousands.
"""

from __future__ import annotations

import re
import sys
import tomllib
from typing import Any

from workplan_tui.errors import WorkplanError

_TOML_POSITION = re.compile(r"\(at line (\d+), column (\d+)\)")
# A decimal integer literal (a value, after `=`, `[` or `,`) longer than Python turns into an
# int: tomllib's int() raises ValueError past sys.get_int_max_str_digits() digits (4,300).
_MOST_DIGITS = sys.get_int_max_str_digits() or 4300  # 0: no limit set; then none is reached
_LONG_INTEGER = re.compile(rf"[=\[,][ \t\r\n]*([+-]?\d(?:_?\d){{{_MOST_DIGITS},}})")


class TomlFloat(float):
    """A float read from TOML that keeps its literal (`12500.10` as written): money is read
    exactly from it (money.amount_of), never from the binary float nearest to it. Everything
    else uses it as the float it is."""

    __slots__ = ("literal",)
    literal: str

    def __new__(cls, literal: str) -> TomlFloat:
        number = super().__new__(cls, literal)
        number.literal = literal
        return number


def parse_toml(text: str, file: str) -> dict[str, Any]:
    try:
        return tomllib.loads(text, parse_float=TomlFloat)
    except tomllib.TOMLDecodeError as error:
        message = str(error)
        match = _TOML_POSITION.search(message)
        if match:
            line, column = int(match[1]), int(match[2])
        else:  # "(at end of document)": point after the last character
            lines = text.split("\n")
            line, column = len(lines), len(lines[-1]) + 1
        message = _TOML_POSITION.sub("", message).replace("(at end of document)", "at the end of the file")
        message = message.strip().rstrip(".")
        raise WorkplanError.single(file, "E010", f"TOML syntax: {message}", line, column) from None
    except RecursionError:
        raise WorkplanError.single(file, "E010", "TOML syntax: nesting too deep") from None
    except ValueError:  # an integer too long to convert; tomllib reports every other slip itself
        raise _too_long_integer(text, file) from None


def _too_long_integer(text: str, file: str) -> WorkplanError:
    """E106 at the integer literal too long to read (the first; at the top when none is found)."""
    match = _LONG_INTEGER.search(text)
    if match is None:
        return WorkplanError.single(file, "E106", "a whole number too long to read")
    digits = sum(character.isdigit() for character in match[1])
    line = text.count("\n", 0, match.start(1)) + 1
    column = match.start(1) - (text.rfind("\n", 0, match.start(1)) + 1) + 1
    return WorkplanError.single(
        file, "E106", f"a whole number of {digits:,} digits is too long to read", line, column
    )


def parse_plan_toml(text: str, file: str) -> dict[str, Any]:
    """parse_toml(text, file), with the roster read by members_fast when it can."""
    document = members_fast(text)
    return parse_toml(text, file) if document is None else document


# The roster: one `[[members]]` block of `key = "text"` lines per member, as dumps_plan writes
# it and people type it. A board of 10,000 (a count's benchmark) is most of the file, and
# tomllib, pure Python, took two thirds of a tally to read it. members_fast reads a run of
# such blocks with one pattern and leaves the rest of the file to tomllib; anything it is
# not sure of (an escape, a tab, CRLF, a second run, `members` defined elsewhere, a file that
# does not parse) returns None and the whole file goes to tomllib, which then gives the same
# document or the same located error as it always did.
_WS = r"[ \t]*"
_COMMENT = r"(?:#[^\x00-\x08\x0a-\x1f\x7f]*)?"  # tomllib's rule: no control character but tab
_BARE_STRING = r'"[^"\\\x00-\x1f\x7f]*"'  # a basic string with nothing to unescape
# Possessive and atomic: no part of a line can match another way, so nothing is given back,
# and the engine keeps no backtracking state for 30,000 lines (a third faster).
_MEMBERS_RUN = re.compile(
    rf"(?m)^(?:\[\[members\]\]{_WS}{_COMMENT}\n"
    rf"(?>[ \t]*+(?:[A-Za-z0-9_-]++[ \t]*+=[ \t]*+{_BARE_STRING}[ \t]*+)?{_COMMENT}\n)*+)++"
)
_MEMBERS_PART = re.compile(rf'(?m)^(?:(\[)\[members\]\]|{_WS}([A-Za-z0-9_-]+){_WS}={_WS}"([^"\\\x00-\x1f\x7f]*)")')
_RUN_MARK = "workplan-members-run"


def members_fast(text: str) -> dict[str, Any] | None:
    """tomllib.loads(text), reading the `[[members]]` blocks with a pattern; None when unsure."""
    run = _MEMBERS_RUN.search(text)
    if run is None or _RUN_MARK in text:
        return None
    members: list[dict[str, str]] = []
    member: dict[str, str] = {}
    for header, key, value in _MEMBERS_PART.findall(run[0]):
        if header:
            member = {}
            members.append(member)
        elif key in member:  # a key given twice: tomllib's error
            return None
        else:
            member[key] = value
    # The rest of the file, with an empty table where the run was. tomllib reads that mark
    # as a table only if the run started a statement (not inside a multi-line string or
    # array begun above it), and the mark stays empty only if what follows the run opens a
    # table of its own (a key there would have belonged to the last member).
    try:
        document = tomllib.loads(f"{text[: run.start()]}[{_RUN_MARK}]\n{text[run.end() :]}", parse_float=TomlFloat)
    except (tomllib.TOMLDecodeError, RecursionError, ValueError):
        return None
    if document.get(_RUN_MARK) != {} or "members" in document:  # `members` defined elsewhere too
        return None
    # The roster takes the mark's place: tomllib orders keys by first definition.
    ordered: dict[str, Any] = {}
    for key, value in document.items():
        if key == _RUN_MARK:
            ordered["members"] = members
        else:
            ordered[key] = value
    return ordered
