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
import itertools
import operator
import os
import re
from collections.abc import Callable
from pathlib import Path

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


@attrs.frozen
class PlainOrders:
    """Orders read plain (`COUNT: A,B,C`, no ties) as columns: each line's count, and every
    line's alternatives one after another (`flat`), line i's from `starts[i]` to `starts[i + 1]`."""

    counts: list[int]
    flat: list[int]
    starts: list[int]  # one more than there are lines
    first: int  # the first order's line number

    def orders(self) -> tuple[tuple[int, Order, int], ...]:
        single: dict[int, tuple[int]] = {}  # each alternative's group of one, one shared tuple
        groups = [single.setdefault(n, (n,)) for n in self.flat]
        starts = self.starts
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


def parse_preflib(text: str, file: str = "<preflib>", kind: str = "") -> PreflibElection:
    """The election in a PrefLib text (tests, round-trips); `kind` is the file's suffix, if any."""
    return _parse(file, text.removeprefix("\ufeff"), kind)


def _parse(file: str, text: str, kind: str) -> PreflibElection:
    errors: list[LocatedError] = []

    def problem(line: int, column: int, code: str, message: str) -> None:
        errors.append(LocatedError(file, line, column, code, message))
        if len(errors) >= MOST_ERRORS:
            errors.append(LocatedError(file, line, column, code, "too many problems: the rest of the file was not read"))
            raise WorkplanError(errors)

    meta: dict[str, str] = {}
    meta_lines: dict[str, int] = {}
    known: frozenset[int] = frozenset()
    strict = False  # every order read by _plain_orders: no ties anywhere
    alternatives: dict[int, str] = {}
    orders: list[tuple[int, Order, int]] = []
    plain: PlainOrders | None = None
    lines = text.split("\n")
    for number, raw in enumerate(lines, start=1):
        line = raw.rstrip("\r")
        if not line.strip():
            continue
        if line.startswith("#"):
            if orders:
                problem(number, 1, "E030", "metadata after the orders: every `# KEY: value` line comes first")
                continue
            key, colon, value = line[1:].partition(":")
            if not colon:
                problem(number, 1, "E030", "a metadata line is `# KEY: value`")
                continue
            key, value = key.strip().upper(), value.strip()
            named = _NAME.fullmatch(key)
            if named:
                alternatives[int(named[1])] = value
            meta[key] = value
            meta_lines[key] = number
            continue
        if not orders:  # the metadata is complete: check it once, before the first order
            kind = _check_meta(meta, meta_lines, alternatives, kind, number, problem)
            known = frozenset(alternatives)
            plain = _plain_orders(lines, number, known)
            if plain is not None:  # every line from here is `COUNT: A,B,C`, as PrefLib writes them
                strict = True
                break
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
    if not orders and plain is None:
        kind = _check_meta(meta, meta_lines, alternatives, kind, 1, problem)
    if errors:
        raise WorkplanError(errors)
    election = PreflibElection(
        file=file, data_type=kind, meta=meta, alternatives=alternatives, orders=None if plain else tuple(orders),
        strict=strict, plain=plain,
    )
    _check_orders(election, meta_lines, problem, strict)
    if errors:
        raise WorkplanError(errors)
    return election


_PLAIN_CHARACTERS = frozenset("0123456789:, \n")


def _plain_orders(lines: list[str], first: int, known: frozenset[int]) -> PlainOrders | None:
    """The orders of lines[first - 1:] when all are plain (checked by one regex over them all)
    and each names distinct alternatives of the file, as columns; None otherwise (the
    line-by-line reader then says what is wrong where)."""
    import numpy as np

    rest = lines[first - 1 :]
    if rest and not rest[-1]:
        rest = rest[:-1]  # the file's last newline
    if not rest or known != frozenset(range(1, len(known) + 1)):
        return None
    # Only digits, one colon a line, commas and spaces (int() takes spaces around a number, as
    # the format does; an empty number or a line without its colon is a ValueError below).
    block = "\n".join(rest)
    if not _PLAIN_CHARACTERS.issuperset(block) or block.count(":") != len(rest):
        return None
    # Every step a C loop over all the lines at once (map, join, split), then the checks at once:
    # no tuple per line.
    parts = list(map(str.partition, rest, itertools.repeat(":")))
    bodies = list(map(operator.itemgetter(2), parts))
    try:
        counts = list(map(int, map(operator.itemgetter(0), parts)))
        flat = list(map(int, ",".join(bodies).split(",")))
    except ValueError:
        return None
    lengths = np.fromiter(map(str.count, bodies, itertools.repeat(",")), dtype=np.int64, count=len(bodies)) + 1
    numbers = np.array(flat, dtype=np.int64)
    if not len(numbers) or int(numbers.max()) > len(known) or int(numbers.min()) < 1:
        return None  # an alternative the file does not have (or a blank ballot: the reader says so)
    # Each (line, alternative) once: sorted, no two neighbours equal.
    keys = np.sort(np.repeat(np.arange(len(bodies), dtype=np.int64), lengths) * (len(known) + 1) + numbers)
    if bool((keys[1:] == keys[:-1]).any()):
        return None  # an alternative twice in one order
    starts = [0, *np.cumsum(lengths).tolist()]
    return PlainOrders(counts, flat, starts, first)


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
    # An incomplete kind has nothing to check in an order read strict (soi), or at all (toi).
    for _count, order, number in () if kind == "toi" or (strict and kind == "soi") else election.orders:
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
