"""PrefLib's ordinal files (`.soc`, `.soi`, `.toc`, `.toi`) read in one pass, every problem located.

The format (PrefLib-Data FORMAT_SPECIFICATION.md; Mattei and Walsh, "PrefLib: A Library for
Preferences", ADT 2013): UTF-8 text; first the metadata, one `# KEY: value` line each (`DATA TYPE`,
`NUMBER ALTERNATIVES`, `NUMBER VOTERS`, `ALTERNATIVE NAME 1` …), then one line per distinct order,
`COUNT: ORDER`, the order best first, alternatives by number, separated by commas, alternatives
ranked equal inside braces:

    # DATA TYPE: toi
    # NUMBER ALTERNATIVES: 3
    # ALTERNATIVE NAME 1: Bob Kiss
    1095: 3,{1,2}

`soc`: strict and complete orders; `soi`: strict, incomplete; `toc`: with ties, complete;
`toi`: with ties, incomplete. An order that breaks its file's kind is an error.

Errors (docs/errors.md): E030 a line that is not of the format, E031 required metadata missing,
E032 a value that is not a number, E033 an unknown or repeated alternative, E035 the metadata
and the data disagree (voters counted, an incomplete order in a complete file, ties where none
are allowed).
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import attrs

from workplan_tui.errors import LocatedError, WorkplanError
from workplan_tui.text import cut

DATA_TYPES = ("soc", "soi", "toc", "toi")
MAX_PREFLIB_BYTES = 64 * 1024 * 1024
MOST_ERRORS = 20
_NAME = re.compile(r"ALTERNATIVE NAME (\d+)")
_ORDER_LINE = re.compile(r"\s*(\d+)\s*:(.*)")
# One order: alternative numbers, or braces around a group of them, separated by commas.
_SIMPLE = re.compile(r"\s*\d+\s*(?:,\s*\d+\s*)*")
_PLAIN = re.compile(r" ?[1-9][0-9]*(?:,[1-9][0-9]*)*")  # what PrefLib's own files hold: `COUNT: 3,1,2`

Order = tuple[tuple[int, ...], ...]  # groups best first; a group of one is a strict rank
Problem = Callable[[int, int, str, str], None]  # adds a located error: line, column, id, message


@attrs.frozen(eq=False)
class PlainOrders:
    """Orders read plain (`COUNT: A,B,C`, no ties) as columns: each line's count, and every
    line's alternatives one after another (`flat`), line i's from `starts[i]` to `starts[i + 1]`."""

    counts: list[int]
    flat: Any  # numpy int64: the alternatives' numbers, line after line
    starts: Any  # numpy int64, one more than there are lines
    first: int  # the first order's line number

    def orders(self) -> tuple[tuple[int, Order, int], ...]:
        single: dict[int, tuple[int]] = {}  # each alternative's group of one, one shared tuple
        groups = [single.setdefault(n, (n,)) for n in self.flat.tolist()]
        starts = self.starts.tolist()
        return tuple(
            (count, tuple(groups[starts[i] : starts[i + 1]]), self.first + i) for i, count in enumerate(self.counts)
        )


@attrs.frozen
class PreflibElection:
    file: str
    data_type: str
    meta: dict[str, str]
    alternatives: dict[int, str]  # number -> name
    _orders: tuple[tuple[int, Order, int], ...] | None = attrs.field(alias="orders")  # None: read plain, see `plain`
    strict: bool = False  # known to hold no ties (every line read plain): no order need be looked into
    plain: PlainOrders | None = attrs.field(default=None, eq=False, repr=False)  # the orders as columns, when read so

    @functools.cached_property
    def orders(self) -> tuple[tuple[int, Order, int], ...]:
        """(count, order, line) for every order line; made from `plain` on first use."""
        if self._orders is not None:
            return self._orders
        assert self.plain is not None
        return self.plain.orders()

    @property
    def voters(self) -> int:
        if self._orders is None and self.plain is not None:
            return sum(self.plain.counts)
        return sum(count for count, _, _ in self.orders)

    @property
    def title(self) -> str:
        return self.meta.get("TITLE", "") or Path(self.file).stem

    @property
    def series(self) -> str:
        """The PrefLib series number (`00001` of `00001-00000002.soi`), which names the data set."""
        name = self.meta.get("FILE NAME", "") or Path(self.file).name
        return name.split("-", 1)[0]

    @property
    def has_ties(self) -> bool:
        return any(len(group) > 1 for _, order, _ in self.orders for group in order)


def read_preflib(path: str | os.PathLike[str]) -> PreflibElection:
    """The election in the PrefLib file at path, read once; raises WorkplanError, located."""
    from workplan_tui.bulk import gc_paused
    from workplan_tui.files import read_bytes

    file = str(path)
    data = read_bytes(Path(path), limit=MAX_PREFLIB_BYTES, what="PrefLib")
    kind = Path(path).suffix.lower().lstrip(".")
    with gc_paused():
        return _parse(file, _text(data, file), kind if kind in DATA_TYPES else "")


def _text(data: bytes, file: str) -> str:
    try:
        return data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        column = error.start - (data.rfind(b"\n", 0, error.start) + 1) + 1
        raise WorkplanError.single(file, "E030", "not UTF-8 text: save the file as UTF-8", line, column) from None


def parse_preflib(text: str, file: str = "<preflib>", kind: str = "", *, columns: bool = True) -> PreflibElection:
    """The election in a PrefLib text (tests, round-trips); `kind` is the file's suffix, if any;
    `columns=False`: the orders read line by line even when plain (_parse)."""
    return _parse(file, text.removeprefix("\ufeff"), kind, columns=columns)


def _parse(file: str, text: str, kind: str, *, columns: bool = True) -> PreflibElection:
    """The election in `text`. The metadata is read line by line; the orders at once as columns
    when every one is plain (_plain_orders), else line by line, every problem located.
    `columns=False`: always line by line (the tests hold the two readers to the same result)."""
    errors: list[LocatedError] = []

    def problem(line: int, column: int, code: str, message: str) -> None:
        errors.append(LocatedError(file, line, column, code, message))
        if len(errors) >= MOST_ERRORS:
            errors.append(LocatedError(file, line, column, code, "too many problems: the rest of the file was not read"))
            raise WorkplanError(errors)

    meta: dict[str, str] = {}
    meta_lines: dict[str, int] = {}
    alternatives: dict[int, str] = {}
    orders: list[tuple[int, Order, int]] = []
    plain: PlainOrders | None = None
    # The metadata, up to the first order line (`first`, at `offset`), without splitting the orders.
    offset, number, first = 0, 0, 0
    while offset <= len(text):
        end = text.find("\n", offset)
        end = len(text) if end < 0 else end
        line = text[offset:end].rstrip("\r")
        number += 1
        if line.strip() and not line.startswith("#"):
            first = number
            break
        if line.strip():
            _meta_line(line, number, meta, meta_lines, alternatives, problem)
        offset = end + 1
    kind = _check_meta(meta, meta_lines, alternatives, kind, first or 1, problem)
    if first and columns:
        plain = _plain_orders(text, offset, first, frozenset(alternatives))
    if first and plain is None:
        known = frozenset(alternatives)
        for number, raw in enumerate(text[offset:].split("\n"), start=first):
            line = raw.rstrip("\r")
            if not line.strip():
                continue
            if line.startswith("#"):
                problem(number, 1, "E030", "metadata after the orders: every `# KEY: value` line comes first")
                continue
            # The common line, `COUNT: A,B,C` (strict, no spaces), read in a few C calls: its
            # numbers distinct and all the file's. Anything else takes _order_line and its messages.
            head, colon, body = line.partition(":")
            if colon and head.isascii() and head.isdigit() and _PLAIN.fullmatch(body):
                numbers = tuple(map(int, body.split(",")))
                if known.issuperset(numbers) and len(set(numbers)) == len(numbers):
                    orders.append((int(head), tuple(zip(numbers)), number))
                    continue
            order = _order_line(line, number, alternatives, problem)
            if order is not None:
                orders.append(order)
    if errors:
        raise WorkplanError(errors)
    election = PreflibElection(
        file=file, data_type=kind, meta=meta, alternatives=alternatives, orders=None if plain else tuple(orders),
        strict=plain is not None, plain=plain,
    )
    _check_orders(election, meta_lines, problem, plain is not None)
    if errors:
        raise WorkplanError(errors)
    return election


def _meta_line(
    line: str, number: int, meta: dict[str, str], lines: dict[str, int], alternatives: dict[int, str], problem: Problem
) -> None:
    """One `# KEY: value` line into `meta` (and `alternatives`, for an `ALTERNATIVE NAME n`)."""
    key, colon, value = line[1:].partition(":")
    if not colon:
        problem(number, 1, "E030", "a metadata line is `# KEY: value`")
        return
    key, value = key.strip().upper(), value.strip()
    named = _NAME.fullmatch(key)
    if named:
        alternatives[int(named[1])] = value
    meta[key] = value
    lines[key] = number


_PLAIN_BYTES = b"0123456789:, \n"
_DIGITS = 18  # the longest number read as columns: any of 18 digits fits an int64


def _plain_orders(text: str, offset: int, first: int, known: frozenset[int]) -> PlainOrders | None:
    """The orders of text[offset:] (line `first` on) as columns, when every line is plain
    (`COUNT: A,B,C`: digits, one colon, commas, spaces beside them) and names distinct
    alternatives of the file; None otherwise (the line-by-line reader then says what is wrong
    where). The bytes are read by numpy: every step one array operation over the whole file,
    no object per line or per number."""
    import numpy as np

    from workplan_tui.bulk import repeats_within

    size = len(known)
    if known != frozenset(range(1, size + 1)):
        return None
    block = text[offset:]
    if "\r" in block:
        block = block.replace("\r\n", "\n")
    block = block.rstrip("\n")  # the file's last newline (blank lines at the end: the reader skips them)
    if not block or not block.isascii():
        return None
    data = block.encode("ascii")
    if data.translate(None, _PLAIN_BYTES):
        return None  # braces (ties), a stray mark, a blank line of spaces, metadata: line by line
    if b" " in data:
        data = data.replace(b": ", b":")  # as PrefLib writes its lines
    chars = np.frombuffer(data, dtype=np.uint8)
    if b" " in data:  # other spaces around a number (the format allows them), never inside one
        kept = np.flatnonzero(chars != ord(" "))
        chars = chars[kept]
        digit = (chars >= ord("0")) & (chars <= ord("9"))
        if bool((np.diff(kept) > 1)[digit[:-1] & digit[1:]].any()):
            return None
    else:
        digit = (chars >= ord("0")) & (chars <= ord("9"))
    marks = np.flatnonzero(~digit)  # where each number ends: `:`, `,` or a line's end
    kinds = chars[marks]
    colon = kinds == ord(":")
    newline = kinds == ord("\n")
    # One colon a line, the line's first mark: the first mark and each after a line's end, no other.
    lines = int(newline.sum()) + 1
    if not len(marks) or int(colon.sum()) != lines or not colon[0] or not bool((colon[1:] == newline[:-1]).all()):
        return None
    # Every number 1 to 18 digits (no empty one: `1:`, `,,`, a blank line); an alternative no
    # longer than the file's last (`01` for 1 goes line by line).
    ends = np.append(marks, len(chars))  # where each number ends
    lengths = np.diff(ends, prepend=-1) - 1
    is_count = np.append(colon, False)  # a number before a colon is its line's count
    if int(lengths.min()) < 1 or int(lengths.max()) > _DIGITS or int(lengths[~is_count].max()) > len(str(size)):
        return None
    counts = _numbers(chars, ends[is_count], lengths[is_count])
    flat = _numbers(chars, ends[~is_count], lengths[~is_count])
    starts = np.append(np.flatnonzero(is_count) - np.arange(lines), len(flat))
    if int(flat.min()) < 1 or int(flat.max()) > size:
        return None  # an alternative the file does not have (the reader names it)
    if repeats_within(flat - 1, starts, size):
        return None  # an alternative twice in one order
    return PlainOrders(counts.tolist(), flat, starts, first)


def _numbers(chars: Any, ends: Any, lengths: Any) -> Any:
    """The numbers of `lengths` digits ending at `ends` in `chars` (ASCII codes): a sum over
    the places, units first, each one array operation over all the numbers."""
    import numpy as np

    values = chars[ends - 1].astype(np.int64) - ord("0")
    for place in range(1, int(lengths.max(initial=1))):
        longer = np.flatnonzero(lengths > place)
        values[longer] += (chars[ends[longer] - (place + 1)].astype(np.int64) - ord("0")) * 10**place
    return values


def _check_meta(meta: dict[str, str], lines: dict[str, int], alternatives: dict[int, str], kind: str, at: int, problem: Problem) -> str:
    stated = meta.get("DATA TYPE", "").lower()
    if stated and stated not in DATA_TYPES:
        problem(lines["DATA TYPE"], 1, "E034", f"data type `{cut(stated)}` is not an ordinal one the importer reads: {', '.join(DATA_TYPES)}")
    elif stated and kind and stated != kind:
        problem(lines["DATA TYPE"], 1, "E035", f"the file says it is `{stated}` but is named `.{kind}`")
    kind = stated or kind
    if not kind:
        problem(1, 1, "E031", "no `# DATA TYPE:` and no .soc/.soi/.toc/.toi suffix: which kind of orders these are is unknown")
    count_text = meta.get("NUMBER ALTERNATIVES")
    if count_text is None:
        problem(1, 1, "E031", "no `# NUMBER ALTERNATIVES:` line")
    elif not count_text.isdigit():
        problem(lines["NUMBER ALTERNATIVES"], 1, "E032", f"`NUMBER ALTERNATIVES` must be a whole number, not `{cut(count_text)}`")
    else:
        missing = [str(i) for i in range(1, int(count_text) + 1) if i not in alternatives]
        if missing:
            problem(at, 1, "E031", f"no `# ALTERNATIVE NAME` for alternative{'s' if len(missing) > 1 else ''} {', '.join(missing[:10])}")
        extra = [str(i) for i in alternatives if not 1 <= i <= int(count_text)]
        if extra:
            problem(lines[f"ALTERNATIVE NAME {extra[0]}"], 1, "E033",
                    f"alternative {extra[0]} is beyond the {count_text} the file says it has")
    if "NUMBER VOTERS" in meta and not meta["NUMBER VOTERS"].isdigit():
        problem(lines["NUMBER VOTERS"], 1, "E032", f"`NUMBER VOTERS` must be a whole number, not `{cut(meta['NUMBER VOTERS'])}`")
    return kind


def _order_line(line: str, number: int, alternatives: dict[int, str], problem: Problem) -> tuple[int, Order, int] | None:
    match = _ORDER_LINE.fullmatch(line)
    if not match:
        problem(number, 1, "E030", "an order is `COUNT: A,B,{C,D}` (how many voters, then the alternatives best first)")
        return None
    count = int(match[1])
    body = match[2]
    offset = match.start(2)
    if _SIMPLE.fullmatch(body):  # no ties: the common line, parsed without the group walk
        groups: list[tuple[int, ...]] = [(int(part),) for part in body.split(",")]
    elif not body.strip():
        groups = []  # a blank ballot
    else:
        groups = []
        depth_open = -1
        current: list[int] = []
        for token in re.finditer(r"\s*(\{|\}|\d+|,|\S)\s*", body):
            piece = token[1]
            if piece == "{":
                if depth_open >= 0:
                    problem(number, offset + token.start(1) + 1, "E030", "a brace opens inside another")
                    return None
                depth_open = token.start(1)
                current = []
            elif piece == "}":
                if depth_open < 0 or not current:
                    problem(number, offset + token.start(1) + 1, "E030", "a brace closes what was never opened, or holds nothing")
                    return None
                groups.append(tuple(current))
                depth_open = -1
            elif piece.isdigit():
                if depth_open >= 0:
                    current.append(int(piece))
                else:
                    groups.append((int(piece),))
            elif piece != ",":
                problem(number, offset + token.start(1) + 1, "E030", f"`{cut(piece)}` in an order, where alternative numbers go")
                return None
        if depth_open >= 0:
            problem(number, offset + depth_open + 1, "E030", "a brace is never closed")
            return None
    seen: set[int] = set()
    flat = [alternative for group in groups for alternative in group]
    for index, alternative in enumerate(flat):
        if alternative not in alternatives or alternative in seen:
            # The index-th number of the line is this alternative: point at it.
            at = [found.start() for found in re.finditer(r"\d+", body)][index]
            if alternative not in alternatives:
                problem(number, offset + at + 1, "E033", f"alternative {alternative} is not one of the file's {len(alternatives)}")
            else:
                problem(number, offset + at + 1, "E033", f"alternative {alternative} appears twice in one order")
            return None
        seen.add(alternative)
    return count, tuple(groups), number


def _check_orders(election: PreflibElection, lines: dict[str, int], problem: Problem, strict: bool = False) -> None:
    """The orders against the file's kind (`strict`: none has ties, as _plain_orders read them
    all) and NUMBER VOTERS."""
    kind = election.data_type
    size = len(election.alternatives)
    plain = election.plain
    checked: Iterable[tuple[int, Order, int]] = election.orders if not (kind == "toi" or (strict and kind == "soi")) else ()
    if strict and plain is not None and kind in ("soc", "toc"):
        import numpy as np

        # Read as columns, no ties: only a line's length can be wrong, and only those lines are made.
        short = np.flatnonzero(np.diff(plain.starts) != size).tolist()
        checked = [(plain.counts[i], tuple(zip(plain.flat[plain.starts[i] : plain.starts[i + 1]].tolist())), plain.first + i)
                   for i in short[:MOST_ERRORS]]
    # An incomplete kind has nothing to check in an order read strict (soi), or at all (toi).
    for _count, order, number in checked:
        if kind in ("soc", "soi") and len(order) != sum(map(len, order)):
            problem(number, 1, "E035", f"ties in a `{kind}` file, whose orders are strict (a `.toi`/`.toc` file allows them)")
        elif kind in ("soc", "toc") and sum(len(group) for group in order) != size:
            problem(number, 1, "E035", f"an incomplete order in a `{kind}` file, whose orders rank all {size} alternatives")
    stated = election.meta.get("NUMBER VOTERS", "")
    if stated.isdigit() and int(stated) != election.voters:
        problem(lines["NUMBER VOTERS"], 1, "E035", f"`NUMBER VOTERS` is {stated} but the orders count {election.voters}")


def dumps_preflib(election: PreflibElection) -> str:
    """The election as PrefLib text, which parse_preflib reads back to the same election."""
    lines = [f"# {key}: {value}" for key, value in election.meta.items()]
    for count, order, _ in election.orders:
        body = ",".join(str(group[0]) if len(group) == 1 else "{" + ",".join(map(str, group)) + "}" for group in order)
        lines.append(f"{count}: {body}")
    return "\n".join(lines) + "\n"
