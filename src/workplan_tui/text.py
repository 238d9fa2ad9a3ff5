"""Rules for text read from files and shown to people: which characters are unsafe, and
the "did you mean" hint for a misspelt name."""

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
