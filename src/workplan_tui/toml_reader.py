"""TOML text into a document, or a located syntax error (E010) a person can act on.

tomllib says where it stopped inside its message; `parse_toml` turns that into the
error's line and column. (A large electorate's roll lives outside the plan, in a CSV file
or an open roll: voting/rolls.py; so a plan is a board's size and tomllib reads it whole.)
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
