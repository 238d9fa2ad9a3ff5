"""Rules for text read from files and shown to people: which characters are unsafe, how any
text is shown safely on one line (`shown_safely`), the "did you mean" hint for a misspelt
name, a value cut short to be quoted in a message (`cut`, `shown_number`), and the Board's
words for counts, ids, lists, dates and numbers (`plural`, `readable_id`, `listed`, `long_date`,
`number_word`, `days`)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence

# C1 controls, and the bidirectional overrides and isolates that can make a title or an id
# read differently from what it is.
_C1 = r"\x7f-\x9f"  # and DEL
_BIDI_OVERRIDES = r"\u202a-\u202e\u2066-\u2069"
_MISLEADING = _C1 + _BIDI_OVERRIDES
# In a plan's text: every other control too, but tab and newline, which a note may hold.
UNSAFE_IN_TEXT = re.compile(rf"[\x00-\x08\x0b-\x1f{_MISLEADING}]")
# On one printed line (a file name, a key, an id from a ballot in a message): tab and newline
# too, every other character that ends a line (U+2028, U+2029) or turns the text round (the
# bidirectional marks), and lone surrogates: a file name's bytes that are not UTF-8, which
# Python keeps as U+DC80-U+DCFF and no UTF-8 stream can write.
_ENDS_OR_TURNS_A_LINE = r"\u061c\u200e\u200f\u2028\u2029\ud800-\udfff"
UNSAFE_ON_ONE_LINE = re.compile(rf"[\x00-\x1f{_MISLEADING}{_ENDS_OR_TURNS_A_LINE}]")
# The same characters less the C0 controls, which JSON escapes itself.
_UNSAFE_IN_JSON = re.compile(rf"[{_MISLEADING}{_ENDS_OR_TURNS_A_LINE}]")
_SHORT_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(unsafe: re.Match[str]) -> str:
    character = unsafe.group()
    code = ord(character)
    if character in _SHORT_ESCAPES:
        return _SHORT_ESCAPES[character]
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8 (surrogateescape): shown as that byte
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def shown_safely(text: str) -> str:
    """Any text as it may be printed on one line of a terminal, a message or the app: every
    control character, line or paragraph separator, bidirectional mark and undecodable byte
    of a file name written as a visible escape (ESC as `\\x1b`, a newline as `\\n`, U+202E as
    `\\u202e`, the byte 0xFF of a file name as `\\xff`), the rest as it is.

    So a ballot's file name cannot clear the screen or forge a line, and one error is one
    line. A backslash stays as it is, so showing twice changes nothing."""
    return UNSAFE_ON_ONE_LINE.sub(_escape, text)


def shown_lines(lines: Iterable[str]) -> str:
    """Lines for the terminal: each shown safely, so what a line holds never starts another."""
    return "\n".join(map(shown_safely, lines))


def json_shown(data: object) -> str:
    """`data` as indented JSON with sorted keys (the same data always gives the same bytes),
    safe to print: JSON escapes the C0 controls; DEL, C1, the bidirectional marks, the line
    separators and lone surrogates are escaped here too (`\\u202e`, `\\udcff`), so the text
    reads back as it was and the terminal shows it as written."""
    import json

    text = json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False)
    return _UNSAFE_IN_JSON.sub(lambda unsafe: f"\\u{ord(unsafe.group()):04x}", text)

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


def score_text(value: float) -> str:
    """A count's score as its tables show it: whole scores with thousands separators (8,086),
    others to two decimals (7,852.74: an STV candidate's votes after transfers, half points
    for equal ranks), so a column reads in one style whatever the method."""
    if value == int(value):
        return f"{int(value):,}"
    return f"{value:,.2f}"


def did_you_mean(word: str, candidates: Sequence[str]) -> str:
    """The hint `; did you mean `x`?` for the closest candidate; empty when none is close."""
    import difflib  # only for a message about a misspelt name

    close = difflib.get_close_matches(word, list(candidates), n=1, cutoff=0.6)
    return f"; did you mean `{cut(close[0])}`?" if close else ""


def plural(count: float, word: str, plural_word: str = "") -> str:
    """A count with its noun agreeing: "1 project", "3 projects", "64,081 ballots" (thousands
    separated, as every count the command line prints).

    `plural_word` for a noun that does not just add "s" ("1 day of", "2 days of" needs none;
    "1 country", "2 countries" does). Every screen and paper counts through this one rule.
    """
    whole = not isinstance(count, float) or count.is_integer()
    # 10,335 ballots; 1,234.5 days; never 1.2e+06 (as :g would say a large count)
    number = f"{int(count):,}" if whole else f"{count:,.6f}".rstrip("0").rstrip(".")
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


_NUMBER_WORDS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


def long_date(day: dt.date) -> str:
    """A date as the Board's papers write it: "20 September 2023"."""
    return f"{day.day} {day:%B %Y}"


def short_date(day: dt.date) -> str:
    """A date in a table cell: "20 Sep 2023"."""
    return f"{day.day} {day:%b %Y}"


def number_word(n: int) -> str:
    """A small count in words, as a sentence says it: "no", "two", "ten"; 11 and over as digits."""
    return _NUMBER_WORDS[n] if 0 <= n < len(_NUMBER_WORDS) else str(n)


def days(value: float) -> str:
    """Person-days as people write them: 14, 2.5, 3.3 (one decimal is enough for a paper)."""
    rounded = round(value, 1)
    return f"{rounded:g}" if rounded != int(rounded) else str(int(rounded))
