"""Where each key and value sits in a TOML text.

tomllib gives values but no positions, so this scanner reads text that tomllib
has already accepted and records, for every key path, the line and column of
the key and of its value. Paths use str for table keys and int for array
indexes, e.g. ("projects", 2, "effort", "adviser").
"""

from __future__ import annotations

import re

import attrs

# Where a value sits in a document: table keys and array indexes, e.g. ("projects", 2, "cost").
KeyPath = tuple[str | int, ...]

_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")
_DATETIME_WITH_SPACE = re.compile(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}")
_SCALAR_END = set(",]}#\n\r\t ")


@attrs.frozen
class Position:
    line: int
    column: int


@attrs.define
class Locations:
    keys: dict[KeyPath, Position] = attrs.Factory(dict)
    values: dict[KeyPath, Position] = attrs.Factory(dict)

    def key(self, path: KeyPath) -> Position:
        """Position of the key at path, or of the nearest enclosing thing we know."""
        return self._nearest(path, prefer_keys=True)

    def value(self, path: KeyPath) -> Position:
        return self._nearest(path, prefer_keys=False)

    def _nearest(self, path: KeyPath, prefer_keys: bool) -> Position:
        first, second = (self.keys, self.values) if prefer_keys else (self.values, self.keys)
        while path:
            if path in first:
                return first[path]
            if path in second:
                return second[path]
            path = path[:-1]
        return Position(1, 1)


# The body of a one-line string, up to its closing quote or the end of the line: a basic
# string's escapes (a backslash and the next character) never close it.
_MULTILINE_BODY = {'"': re.compile(r'(?:[^"\\]|\\[\s\S]|"(?!""))*'), "'": re.compile(r"(?:[^']|'(?!''))*")}
_STRING_BODY = {'"': re.compile(r'(?:[^"\\\n]|\\[\s\S])*'), "'": re.compile(r"[^'\n]*")}


class _Scanner:
    def __init__(self, text: str) -> None:
        self.text = text
        self.i = 0
        self.line = 1
        self.line_start = 0
        self.found = Locations()
        self.array_table_counts: dict[KeyPath, int] = {}

    # -- positions -------------------------------------------------------------
    def here(self) -> Position:
        return Position(self.line, self.i - self.line_start + 1)

    def advance(self, n: int = 1) -> None:
        for _ in range(n):
            if self.i < len(self.text) and self.text[self.i] == "\n":
                self.line += 1
                self.line_start = self.i + 1
            self.i += 1

    def jump_to(self, j: int) -> None:
        """advance() to position j at once: a comment or a string is crossed in one step."""
        newlines = self.text.count("\n", self.i, j)
        if newlines:
            self.line += newlines
            self.line_start = self.text.rfind("\n", self.i, j) + 1
        self.i = j

    def peek(self, n: int = 1) -> str:
        return self.text[self.i : self.i + n]

    def skip_space(self, newlines: bool) -> None:
        while self.i < len(self.text):
            ch = self.text[self.i]
            if ch in " \t" or (newlines and ch in "\r\n"):
                self.advance()
            elif ch == "#":
                end = self.text.find("\n", self.i)
                self.jump_to(len(self.text) if end < 0 else end)
            else:
                return

    # -- grammar ---------------------------------------------------------------
    def run(self) -> Locations:
        current: KeyPath = ()
        while True:
            self.skip_space(newlines=True)
            if self.i >= len(self.text):
                return self.found
            if self.peek(2) == "[[":
                start = self.here()
                self.advance(2)
                current = self.resolve_header(self.read_key(), array=True)
                self.found.keys[current] = start
                self.found.keys.setdefault(current[:-1], start)
                self.skip_to("]]")
                self.advance(2)
            elif self.peek() == "[":
                start = self.here()
                self.advance()
                current = self.resolve_header(self.read_key(), array=False)
                self.found.keys.setdefault(current, start)
                self.skip_to("]")
                self.advance()
            else:
                self.key_value(current)

    def resolve_header(self, key: list[str], array: bool) -> KeyPath:
        resolved: list[str | int] = []
        for part in key[:-1] if array else key:
            resolved.append(part)
            if tuple(resolved) in self.array_table_counts:
                resolved.append(self.array_table_counts[tuple(resolved)] - 1)
        if not array:
            return tuple(resolved)
        resolved.append(key[-1])
        prefix = tuple(resolved)
        index = self.array_table_counts.get(prefix, 0)
        self.array_table_counts[prefix] = index + 1
        return prefix + (index,)

    def skip_to(self, token: str) -> None:
        self.skip_space(newlines=False)
        while self.i < len(self.text) and self.peek(len(token)) != token:
            self.advance()

    def read_key(self) -> list[str]:
        parts: list[str] = []
        while True:
            self.skip_space(newlines=False)
            ch = self.peek()
            if ch in ('"', "'"):
                parts.append(self.read_string())
            else:
                match = _BARE_KEY.match(self.text, self.i)
                if not match:
                    return parts
                parts.append(match.group())
                self.advance(match.end() - self.i)
            self.skip_space(newlines=False)
            if self.peek() == ".":
                self.advance()
                continue
            return parts

    def key_value(self, table: KeyPath) -> None:
        key_pos = self.here()
        key = self.read_key()
        path = table + tuple(key)
        for depth in range(len(table) + 1, len(path)):
            self.found.keys.setdefault(path[:depth], key_pos)
        self.found.keys[path] = key_pos
        self.skip_space(newlines=False)
        if self.peek() == "=":
            self.advance()
        self.skip_space(newlines=False)
        self.value(path)

    def value(self, path: KeyPath) -> None:
        self.found.values[path] = self.here()
        ch = self.peek()
        if ch in ('"', "'"):
            self.read_string()
        elif ch == "[":
            self.advance()
            index = 0
            while True:
                self.skip_space(newlines=True)
                if self.peek() == "]" or self.i >= len(self.text):
                    self.advance()
                    return
                self.value(path + (index,))
                index += 1
                self.skip_space(newlines=True)
                if self.peek() == ",":
                    self.advance()
        elif ch == "{":
            self.advance()
            while True:
                self.skip_space(newlines=True)
                if self.peek() == "}" or self.i >= len(self.text):
                    self.advance()
                    return
                self.key_value(path)
                self.skip_space(newlines=True)
                if self.peek() == ",":
                    self.advance()
        else:
            if _DATETIME_WITH_SPACE.match(self.text, self.i):
                self.advance(11)
            while self.i < len(self.text) and self.text[self.i] not in _SCALAR_END:
                self.advance()

    def read_string(self) -> str:
        quote = self.peek()
        if self.peek(3) == quote * 3:
            self.advance(3)
            start = self.i
            body = _MULTILINE_BODY[quote].match(self.text, self.i)
            assert body is not None  # it matches, if only the empty string
            self.jump_to(body.end())
            # a closing run may be up to five quotes long; the last three close it
            while self.peek(4) == quote * 4:
                self.advance()
            value = self.text[start : self.i]
            self.advance(3)
            return value
        self.advance()
        start = self.i
        body = _STRING_BODY[quote].match(self.text, self.i)
        assert body is not None  # it matches, if only the empty string
        self.jump_to(body.end())
        value = self.text[start : self.i]
        self.advance()
        if quote == '"' and "\\" in value:
            try:
                import tomllib

                value = tomllib.loads(f'k = "{value}"')["k"]
            except Exception:  # the loader has already accepted the text; keep the raw key
                pass
        return value


def locate(text: str) -> Locations:
    """Positions of every key and value in TOML text that tomllib accepts."""
    return _Scanner(text).run()
