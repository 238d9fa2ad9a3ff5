"""Error ids and the one error type for problems a user can fix.

Every id here is documented in docs/errors.md with a bad example and the fix;
a test checks that the two lists agree.
"""

from __future__ import annotations

from pathlib import Path
from typing import Self

import attrs

from workplan_tui.text import shown_safely

# id -> short title. Ids are stable: never renumber, only add.
ERROR_IDS: dict[str, str] = {
    "E001": "file cannot be read",
    "E002": "file too large",
    "E003": "not UTF-8 text",
    "E004": "empty file",
    "E010": "TOML syntax error",
    "E011": "CSV syntax error",
    "E020": "unsupported schema version",
    "E030": "pabulib or PrefLib syntax error",
    "E031": "pabulib or PrefLib file lacks what it needs",
    "E032": "pabulib or PrefLib value is not a number or amount",
    "E033": "pabulib or PrefLib reference is unknown or repeated",
    "E034": "instance this version cannot import as counted",
    "E035": "PrefLib metadata disagrees with the orders",
    "E101": "wrong type",
    "E102": "missing required key",
    "E103": "unknown key",
    "E104": "value not allowed",
    "E105": "invalid id",
    "E106": "impossible number or date",
    "E107": "unsafe or oversized text",
    "E108": "declaration of interest that does not hold",
    "E110": "the vote closes before it opens",
    "E120": "template does not read or fails",
    "E121": "template uses a name the document lacks",
    "E122": "not a template",
    "E123": "Word template cannot be read",
    "E124": "document not available in that form",
    "E125": "no decision yet for the note of the meeting",
    "E128": "the report's contact is a person, not a position",
    "E129": "next year's plan is not the next cycle's",
    "E130": "a workbook cannot go to standard output",
    "E131": "a workbook's name must end .xlsx",
    "E140": "ballot kind, method and rule disagree",
    "E141": "threshold not understood",
    "E142": "bad points ballot",
    "E143": "equal ranks the method does not define",
    "E144": "ballot of another kind",
    "E145": "voting codes on an open roll",
    "E150": "an amount with more than two decimals",
    "E151": "an amount that is not finite",
    "E152": "text that is not an amount",
    "E201": "duplicate id",
    "E202": "unknown reference",
    "E301": "end before start",
    "E302": "date outside the plan period",
    "E303": "inconsistent voting rules",
    "E401": "ballot rejected",
    "E402": "file already exists",
    "E403": "cannot write file",
    "E404": "file changed on disk",
    "E405": "voting code missing or wrong",
    "E406": "reason needed for the agreed set",
    "E407": "record and ballots differ",
    "E408": "the vote is not open",
    "E409": "below the quorum, unconfirmed",
    "E410": "attendance not sound",
    "E411": "votes for a project the member declared an interest in",
    "E412": "the edit would void ballots already cast",
    "E420": "the ballot box cannot be read",
    "E421": "not a ballot box",
    "E422": "roll not sound",
    "E423": "ballots not converted",
    "E424": "voters not sound",
    "E425": "nobody can cast into an imported electorate",
}

# Warnings: printed, the exit status stays 0 (docs/errors.md).
WARNING_IDS: dict[str, str] = {
    "W101": "a paper section would be empty",
    "W107": "an end-of-year report section would be empty",
    "W108": "a theme has nothing recorded for the end-of-year report",
}


@attrs.frozen
class LocatedError:
    """One problem at one place in one file (line and column are 1-based).

    `file` and `message` are kept as they are (the file may be opened again); every way of
    showing the error shows them safely (text.shown_safely), since either may hold what the
    user wrote: a file name, a key, a value. So an error is always one line, and nothing in it
    reaches the terminal as a control sequence or fails to encode."""

    file: str
    line: int
    column: int
    code: str
    message: str
    # What the app shows instead of message: a sentence in the Board's words (titles, role and
    # member labels, field names as people say them), naming the item it is about; and the same
    # said beside the item's own field in a form. Empty: made from message (`sentence`).
    words: str = ""
    words_beside: str = ""
    # The key path the problem is about (("projects", 3, "end") for a missing end), when known.
    path: tuple[str | int, ...] = ()

    def __str__(self) -> str:
        """The command line's error line: `FILE:LINE:COL: EXXX message`."""
        return f"{self.place}: {self.code} {shown_safely(self.message)}"

    @property
    def place(self) -> str:
        return f"{shown_safely(self.file)}:{self.line}:{self.column}"

    @property
    def sentence(self) -> str:
        """The message as the app shows it: a sentence, without the error id (which the command
        line and docs/errors.md keep)."""
        if self.words:
            return shown_safely(self.words)
        message = shown_safely(self.message.strip())
        first = message.split(" ", 1)[0]
        if not any(mark in first for mark in "`._[-"):  # "pick.min (4) …" keeps the key as written
            message = message[:1].upper() + message[1:]
        return message if message.endswith((".", "?", "!")) else message + "."

    def shown(self) -> str:
        """The app's line for this error: where it is (when it is in a file) and the sentence."""
        # "<decision>" and the like name no file a person could open.
        return self.sentence if self.file.startswith(("<", "-")) else f"{self.place}: {self.sentence}"

    @property
    def beside(self) -> str:
        """The sentence beside the field it is about, in a form of that item."""
        return shown_safely(self.words_beside) if self.words_beside else self.sentence


class WorkplanError(Exception):
    """Raised with every located problem found in one pass; never with a partial list."""

    def __init__(self, errors: list[LocatedError]) -> None:
        if not errors:
            raise ValueError("WorkplanError needs at least one error")
        self.errors = list(errors)
        super().__init__("\n".join(str(error) for error in self.errors))

    @classmethod
    def single(cls, file: str | Path, code: str, message: str, line: int = 1, column: int = 1, *, words: str = "") -> Self:
        return cls([LocatedError(str(file), line, column, code, message, words=words)])


# The errors that code reacts to, not only prints: caught by type, never by their id.


class AlreadyExists(WorkplanError):
    """E402: the file to be created exists already (another process may have just made it)."""


class ChangedOnDisk(WorkplanError):
    """E404: the file is no longer what was read, so nothing made from the old text was written."""


class VoteNotOpen(WorkplanError):
    """E408: a ballot cast before `[voting] opens` or after `closes`; nothing was written."""
