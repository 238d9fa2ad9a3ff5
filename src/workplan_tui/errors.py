"""Error ids and the one error type for problems a user can fix.

Every id here is documented in docs/errors.md with a bad example and the fix;
a test checks that the two lists agree.
"""

from __future__ import annotations

from pathlib import Path
from typing import Self

import attrs

# id -> short title. Ids are stable: never renumber, only add.
ERROR_IDS: dict[str, str] = {
    "E001": "file cannot be read",
    "E002": "file too large",
    "E003": "not UTF-8 text",
    "E004": "empty file",
    "E010": "TOML syntax error",
    "E011": "CSV syntax error",
    "E020": "unsupported schema version",
    "E101": "wrong type",
    "E102": "missing required key",
    "E103": "unknown key",
    "E104": "value not allowed",
    "E105": "invalid id",
    "E106": "impossible number",
    "E107": "unsafe or oversized text",
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
    "E412": "the edit would void ballots already cast",
}


@attrs.frozen
class LocatedError:
    """One problem at one place in one file (line and column are 1-based)."""

    file: str
    line: int
    column: int
    code: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}: {self.code} {self.message}"


class WorkplanError(Exception):
    """Raised with every located problem found in one pass; never with a partial list."""

    def __init__(self, errors: list[LocatedError]) -> None:
        if not errors:
            raise ValueError("WorkplanError needs at least one error")
        self.errors = list(errors)
        super().__init__("\n".join(str(error) for error in self.errors))

    @classmethod
    def single(cls, file: str | Path, code: str, message: str, line: int = 1, column: int = 1) -> Self:
        return cls([LocatedError(str(file), line, column, code, message)])


# The errors that code reacts to, not only prints: caught by type, never by their id.


class AlreadyExists(WorkplanError):
    """E402: the file to be created exists already (another process may have just made it)."""


class ChangedOnDisk(WorkplanError):
    """E404: the file is no longer what was read, so nothing made from the old text was written."""
