"""TOML text as people write it by hand, deterministically: the same document, the same bytes.

`dumps_document` writes top-level keys first, then a `[table]` per table and a `[[name]]`
block per item of an array of tables; `format_value` writes one value (plan_edit uses it
so edited values look like the rest of the file). Most values are formatted here directly,
as tomli-w would format them, because calling tomli-w per value made writing a large plan
slow; it writes the rest (floats, times, multi-line strings).
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from functools import lru_cache
from typing import Any


def dumps_document(document: dict[str, Any]) -> str:
    """A document of TOML-ready values (dicts, lists, strings, numbers, dates) as TOML text."""
    lines: list[str] = []
    _emit_keys(lines, {k: v for k, v in document.items() if not isinstance(v, (dict, list))})
    for key, value in document.items():
        if isinstance(value, dict):
            _emit_table(lines, key, value)
        elif isinstance(value, list) and value and all(isinstance(item, dict) for item in value):
            for item in value:
                lines.append("")
                lines.append(f"[[{_format_key(key)}]]")
                _emit_keys(lines, item)
        elif isinstance(value, list):
            _emit_keys(lines, {key: value})
    return "\n".join(lines).lstrip("\n") + "\n"


# Tables written as inline `{ ... }` values rather than `[header]` sections.
_INLINE_TABLE_KEYS = frozenset({"pick", "effort"})


def _emit_table(lines: list[str], header: str, table: dict[str, Any]) -> None:
    sections = {k: v for k, v in table.items() if isinstance(v, dict) and k not in _INLINE_TABLE_KEYS}
    lines.append("")
    lines.append(f"[{header}]")
    _emit_keys(lines, {k: v for k, v in table.items() if k not in sections})
    for key, value in sections.items():
        if value and all(isinstance(item, dict) for item in value.values()):
            for sub_key, sub_value in value.items():
                _emit_table(lines, f"{header}.{_format_key(key)}.{_format_key(sub_key)}", sub_value)
        else:
            _emit_table(lines, f"{header}.{_format_key(key)}", value)


def _emit_keys(lines: list[str], table: dict[str, Any]) -> None:
    for key, value in table.items():
        lines.append(f"{_format_key(key)} = {format_value(value, top=True)}")


_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")


@lru_cache(maxsize=1024)
def _format_key(key: str) -> str:
    return key if _BARE_KEY.fullmatch(key) else format_value(key)


def format_value(value: Any, top: bool = False) -> str:
    """One value as TOML. top: the value of a key line, where multi-line text is written as a
    multi-line string (inside an array or an inline table it is escaped onto one line)."""
    if type(value) is str and _NEEDS_ESCAPE.search(value) is None:  # most values: nothing to escape
        return '"' + value + '"'
    import tomli_w

    if isinstance(value, dict):
        if not value:
            return "{}"
        return "{ " + ", ".join(f"{_format_key(k)} = {format_value(v)}" for k, v in value.items()) + " }"
    if isinstance(value, list):
        items = [format_value(item) for item in value]
        one_line = "[" + ", ".join(items) + "]"
        if not items or (len(one_line) <= 60 and not any(isinstance(item, dict) for item in value)):
            return one_line
        return "[\n" + "".join(f"  {item},\n" for item in items) + "]"
    # Plain strings, whole numbers, booleans and dates are most of a plan: formatted here.
    # A multi-line string would lose a carriage return: TOML readers normalise its newlines.
    if isinstance(value, str) and not (top and "\n" in value and "\r" not in value):
        return '"' + value.translate(BASIC_STRING_ESCAPES) + '"'
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int) or type(value) is dt.date:
        return str(value)
    if isinstance(value, dt.datetime):  # with a T, as people write them (tomli-w puts a space)
        return value.isoformat()
    if isinstance(value, Decimal):  # an amount with pence (money.file_amount): 12500.50, as written
        return f"{value:f}"
    rendered = tomli_w.dumps({"v": value}, multiline_strings=top)
    return rendered[len("v = ") :].rstrip("\n")


# Exactly the characters BASIC_STRING_ESCAPES maps.
_NEEDS_ESCAPE = re.compile(r'[\x00-\x1f\x7f"\\]')
# How a character is written inside a "basic string", as tomli-w writes it.
BASIC_STRING_ESCAPES = {
    **{code: f"\\u{code:04x}" for code in list(range(0x20)) + [0x7F]},
    ord("\b"): "\\b",
    ord("\t"): "\\t",
    ord("\n"): "\\n",
    ord("\f"): "\\f",
    ord("\r"): "\\r",
    ord('"'): '\\"',
    ord("\\"): "\\\\",
}

