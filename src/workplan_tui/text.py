"""Rules for text read from files and shown to people: which characters are unsafe, the
"did you mean" hint for a misspelt name, and the Board's words for counts, ids and lists
(`plural`, `readable_id`, `listed`)."""

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


def did_you_mean(word: str, candidates: Sequence[str]) -> str:
    """The hint `; did you mean `x`?` for the closest candidate; empty when none is close."""
    import difflib  # only for a message about a misspelt name

    close = difflib.get_close_matches(word, list(candidates), n=1, cutoff=0.6)
    return f"; did you mean `{close[0]}`?" if close else ""


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
