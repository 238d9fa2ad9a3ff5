"""Ballots as columns: an imported electorate's rows read back and counted with no Ballot, tuple
or Profile entry per row.

An SQLite box of common rows (ballot_box.SqliteBox._read_common) is read column by column; its
rankings become one integer table (`RankTable`: a row per box row, the plan's project numbers,
padded), checked at once (known ids, no id twice, the ballot length) and handed to the count,
whose STV and IRV already move piles as arrays. The rows stay a `Sequence[Ballot]`
(`CountedRows`): whoever looks at a Ballot gets the same Ballots the row-by-row read makes, made
on first use; the tally itself asks only for the voters, the members and the table.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator, Sequence
from typing import Any, overload

import attrs

from workplan_tui.voting.ballots import Ballot

_ROW_END = -2  # a row's end among the ids looked up (an unknown id is -1)


@attrs.frozen(eq=False)
class RankTable:
    """Rankings as numbers: `table[r]` is row r's ranking best first as places in `ids`, padded
    with -1 past its end; `counts[r]` how many voters cast it. Rows need not be distinct."""

    ids: tuple[str, ...]  # number -> project id (the plan's projects, in plan order)
    table: Any  # numpy int64, rows x width
    counts: Any  # numpy int64, rows

    @classmethod
    def of_texts(cls, ids: Sequence[str], texts: Sequence[str], counts: Sequence[int], longest: int) -> RankTable | None:
        """The table of compact rankings (`a,b,c`, none empty), or None when any names an id not
        in `ids`, names one twice or is longer than `longest` (then the row-by-row read says
        which row and why)."""
        return cls.of_joined(ids, "\n".join(texts), len(texts), counts, longest)

    @classmethod
    def of_joined(cls, ids: Sequence[str], text: str, rows: int, counts: Sequence[int], longest: int) -> RankTable | None:
        """As of_texts, from the `rows` rankings joined by line ends (as SQLite's group_concat
        gives a box's column); None also when `text` holds another number of rows. Every step a
        C loop or an array operation over all the rows at once (numbered)."""
        import numpy as np

        from workplan_tui.bulk import repeats_within

        if not rows:
            return cls(tuple(ids), np.full((0, 1), -1, dtype=np.int64), np.zeros(0, dtype=np.int64))
        found = numbered(ids, text)
        if found is None:
            found = looked_up(ids, text)
        flat, starts = found
        if len(starts) != rows + 1:
            return None  # a line end inside a ranking
        if bool((flat < 0).any()):
            return None  # an id not in `ids`, or an empty entry
        lengths = np.diff(starts)
        width = int(lengths.max())
        if width > longest or int(lengths.min()) < 1 or repeats_within(flat, starts, len(ids)):
            return None
        table = np.full((rows, width), -1, dtype=np.int64)
        table[np.arange(width) < lengths[:, None]] = flat  # row by row, left to right
        return cls(tuple(ids), table, np.asarray(counts, dtype=np.int64))

    def ranked(self) -> Any:
        """Whether each project (by number) is ranked on some row: a numpy bool array."""
        import numpy as np

        placed = self.table[self.table >= 0]
        return np.bincount(placed, minlength=len(self.ids))[: len(self.ids)] > 0

    def rankings(self) -> Iterator[tuple[tuple[str, ...], int]]:
        """Each row's ranking as ids, with its voters (for the methods that walk rankings)."""
        ids = self.ids
        for row, count in zip(self.table.tolist(), self.counts.tolist(), strict=True):
            yield tuple(ids[n] for n in row if n >= 0), count

    def numbered(self, candidates: Sequence[str], pad: int) -> tuple[Any, Any]:
        """(table, counts) with each project as its place in `candidates`, any other (and the
        padding) as `pad`: what _rank_table makes from a Profile's rankings, by one lookup."""
        import numpy as np

        place = {project: i for i, project in enumerate(candidates)}
        lookup = np.array([place.get(project, pad) for project in self.ids] + [pad], dtype=np.int64)
        return lookup[self.table], self.counts  # -1 (padding) takes the last entry: pad


class CountedRows(Sequence[Ballot]):
    """A box's rows as a sequence of Ballots made on first use, with the columns the tally reads
    without them: who cast each row (`members`), how many voters it stands for (`voters`), and
    the rankings as a `RankTable`."""

    def __init__(self, members: Sequence[str], voters: Sequence[int], ranks: RankTable, make: Callable[[], list[Ballot]]) -> None:
        self.members = members
        self.voters = voters
        self.ranks = ranks
        self._make = make
        self._ballots: list[Ballot] | None = None

    @property
    def ballots(self) -> list[Ballot]:
        if self._ballots is None:
            self._ballots = self._make()
        return self._ballots

    @property
    def voter_total(self) -> int:
        return int(self.ranks.counts.sum())

    def __len__(self) -> int:
        return len(self.members)

    @overload
    def __getitem__(self, index: int) -> Ballot: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[Ballot]: ...

    def __getitem__(self, index: int | slice) -> Ballot | Sequence[Ballot]:
        return self.ballots[index]

    def __iter__(self) -> Iterator[Ballot]:
        return iter(self.ballots)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, CountedRows):
            other = other.ballots
        return isinstance(other, list | tuple) and list(other) == self.ballots

    __hash__ = None  # type: ignore[assignment]  # as a list's: compared by its Ballots

    def __repr__(self) -> str:
        return f"CountedRows({len(self)} rows, {self.voter_total} voters)"


def looked_up(ids: Sequence[str], text: str) -> tuple[Any, Any]:
    """(each entry's number in `ids`, -1 for any other, and where each row starts among them,
    with the end) of rankings joined by line ends: one split into entries (each row's end an
    entry of its own) and one lookup of them all."""
    import numpy as np

    number = {project: i for i, project in enumerate(ids)}
    number["\n"] = _ROW_END
    tokens = text.replace("\n", ",\n,").split(",")
    codes = np.fromiter(map(number.get, tokens, itertools.repeat(-1)), dtype=np.int64, count=len(tokens))
    ends = np.flatnonzero(codes == _ROW_END)
    flat = codes[codes != _ROW_END] if len(ends) else codes
    return flat, np.concatenate(([0], ends - np.arange(len(ends)), [len(flat)]))


def numbered(ids: Sequence[str], text: str) -> tuple[Any, Any] | None:
    """As looked_up, without a string per entry: each entry of the text's bytes told by its
    length and its first, middle and last bytes (numpy, over the whole text at once), then the
    text made again from the ids so found and compared with the given one, so an entry that is
    no id (or a mark no id has) is found out: every entry -1 then. None when that cannot tell
    the ids apart (two alike so, or not ASCII): looked_up reads it."""
    import numpy as np

    if not text or not text.isascii() or not all(project and project.isascii() and "," not in project
                                                 and "\n" not in project for project in ids):
        return None
    keys = [len(p) << 24 | ord(p[0]) << 16 | ord(p[-1]) << 8 | ord(p[len(p) // 2]) for p in ids]
    if len(set(keys)) != len(keys):
        return None
    chars = np.frombuffer(text.encode("ascii"), dtype=np.uint8)
    marks = np.flatnonzero((chars == ord(",")) | (chars == ord("\n")))
    ends = np.append(marks, len(chars))
    begins = np.concatenate(([0], marks + 1))
    lengths = ends - begins
    last = np.append(chars[marks] == ord("\n"), True)  # each row's last entry
    starts = np.concatenate(([0], np.flatnonzero(last) + 1))
    unknown = (np.full(len(lengths), -1, dtype=np.int64), starts)
    if int(lengths.min()) < 1:
        return unknown  # an empty entry
    found = (lengths << 24 | chars[begins].astype(np.int64) << 16 | chars[ends - 1].astype(np.int64) << 8
             | chars[begins + lengths // 2].astype(np.int64))
    order = np.argsort(np.asarray(keys, dtype=np.int64))
    known = np.asarray(keys, dtype=np.int64)[order]
    at = np.minimum(np.searchsorted(known, found), len(known) - 1)
    if not bool((known[at] == found).all()):
        return unknown
    flat = order[at]
    if compact_rankings(ids, flat + len(ids) * last) != text + "\n":
        return unknown  # an entry alike an id in those four, not the id
    return flat, starts


def compact_rankings(ids: Sequence[str], codes: Any) -> str:
    """Rankings as the box keeps them (`a,b,c`), each ended by a line end, from numbers: code
    i names ids[i] with the comma after it, code len(ids) + i names ids[i] as its row's last."""
    pieces = [f"{project}," for project in ids] + [f"{project}\n" for project in ids]
    return "".join(map(pieces.__getitem__, codes.tolist()))
