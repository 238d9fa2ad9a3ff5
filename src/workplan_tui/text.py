"""Rules for text read from files and shown to people: which characters are unsafe, the
"did you mean" hint for a misspelt name, a value cut short to be quoted in a message (`cut`,
`shown_number`), and the Board's words for counts, ids and lists (`plural`, `readable_id`,
`listed`)."""

from __future__ import annotations

import re
from collections.abc import Sequence

# C1 controls, and the bidirectional overrides and isolates that can make a title or an id
# read differently from what it is.
_MISLEADING = r"\x7f-\x9f\u202a-\u202e\u2066-\u2069"
# In a plan's text: every other control too, but tab and newline, which a note may hold.
UNSAFE_IN_TEXT = re.compile(rf"[\x00-\x08\x0b-\x1f{_MISLEADING}]")
# On one printed line (an id from a ballot in a message): tab and newline too.
UNSAFE_ON_ONE_LINE = re.compile(rf"[\x00-\x1f{_MISLEADING}]")

# The most of a value read from a file or typed at the command line that a message quotes: an
# error is one line a person reads, and a 20,000-character value said in full buries it.
QUOTED_LENGTH = 60


def cut(value: str, limit: int = QUOTED_LENGTH) -> str:
    """A value as a message quotes it: at most `limit` characters, the last "…" when cut."""
    return value if len(value) <= limit else value[: limit - 1] + "…"


def shown_number(value: float) -> str:
    """A number as a message quotes it. An integer past 10^20 is said by its size: its digits
    would be a line of their own, and str() of one over 4,300 digits raises ValueError."""
    if isinstance(value, int) and abs(value) >= 10**20:
        digits = int(abs(value).bit_length() * 0.30103) + 1  # log10(2): near enough to say
        sign = "negative " if value < 0 else ""
        return f"a {sign}whole number of about {digits:,} digits"
    return cut(str(value))


def did_you_mean(word: str, candidates: Sequence[str]) -> str:
    """The hint `; did you mean `x`?` for the closest candidate; empty when none is close."""
    import difflib  # only for a message about a misspelt name

    close = difflib.get_close_matches(word, list(candidates), n=1, cutoff=0.6)
    return f"; did you mean `{cut(close[0])}`?" if close else ""


def plural(count: float, word: str, plural_word: str = "") -> str:
    """A count with its noun agreeing: "1 project", "3 projects", "1 continuing ballot".

    `plural_word` for a noun that does not just add "s" ("1 day of", "2 days of" needs none;
    "1 country", "2 countries" does). Every screen and paper counts through this one rule.
    """
    number = f"{count:g}" if isinstance(count, float) else str(count)
    return f"{number} {word if count == 1 else plural_word or word + 's'}"


def readable_id(identifier: str) -> str:
    """An id as a person reads it when nothing better is given: graduate_trainee -> Graduate trainee."""
    words = identifier.replace("_", " ").replace("-", " ").strip()
    return words[:1].upper() + words[1:]


def listed(items: Sequence[str], last: str = "and") -> str:
    """Items in a sentence: "A", "A and B", "A, B and C"."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {last} " + items[-1]
