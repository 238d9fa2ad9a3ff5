"""`workplan new`: a commented starter plan that passes `workplan check`; and, for a path that
holds no plan (a folder, a misspelt name, an empty file), what the user most likely meant."""

from __future__ import annotations

import datetime as dt
import re
from importlib.resources import files
from pathlib import Path

from workplan_tui.errors import AlreadyExists, WorkplanError
from workplan_tui.files import atomic_write, read_bytes, write_lock
from workplan_tui.model import Plan

TEMPLATE_START_YEAR = 2025  # templates/starter.toml is written for 2025/26; its dates move with the cycle
# The Board's year runs April to March. It agrees a year's plan at its first meetings (June) and
# the end-of-year report brings the next year's proposals from January: a plan started from
# October on is for the next year (in December 2026, 2027/28), before then for the current one.
CYCLE_START_MONTH = 4
NEXT_CYCLE_FROM_MONTH = 10

_CYCLE = re.compile(r"\b(20\d\d)/\d\d\b")  # "2025/26"
_DATED_YEAR = re.compile(r"\b(20\d\d)(?=-\d\d)")  # the year of 2025-06-12 and of board-2025-06


def today() -> dt.date:
    """The day a new plan is started on (one place, so that tests can fix it)."""
    return dt.date.today()


def cycle_start_year(today: dt.date) -> int:
    """The year the cycle a new plan is for starts in (see CYCLE_START_MONTH, NEXT_CYCLE_FROM_MONTH)."""
    current = today.year if today.month >= CYCLE_START_MONTH else today.year - 1
    in_cycle_month = (today.month - CYCLE_START_MONTH) % 12 + CYCLE_START_MONTH  # April 4 … March 15
    return current + 1 if in_cycle_month >= NEXT_CYCLE_FROM_MONTH else current


def starter_text(start_year: int | None = None) -> str:
    """The commented starter plan for the cycle starting in April of start_year (default: today's choice)."""
    text = files("workplan_tui.templates").joinpath("starter.toml").read_text(encoding="utf-8")
    shift = (cycle_start_year(today()) if start_year is None else start_year) - TEMPLATE_START_YEAR
    if not shift:
        return text
    text = _CYCLE.sub(lambda m: f"{int(m[1]) + shift}/{(int(m[1]) + shift + 1) % 100:02d}", text)
    return _DATED_YEAR.sub(lambda m: str(int(m[1]) + shift), text)


def write_starter(path: Path, text: str | None = None) -> None:
    """Write the starter plan (or text) to path; never replaces a file with anything in it, even
    one created meanwhile. An empty file (what `touch` or a new document leaves) is filled:
    the message for an empty plan says to run `workplan new` on it."""
    text = starter_text() if text is None else text
    if is_empty_file(path):
        with write_lock(path):
            if is_empty_file(path):  # still empty: no other writer filled it meanwhile
                atomic_write(path, text)
                return
    if path.exists() or path.is_symlink():  # refused before any temporary file is made
        raise AlreadyExists.single(str(path), "E402", "already exists; choose another name or remove it first")
    atomic_write(path, text, create=True)


def is_empty_file(path: Path) -> bool:
    """A regular file (not a link) with nothing in it but white space."""
    try:
        return not read_bytes(path, limit=EMPTY_FILE_MOST_BYTES, follow_links=False).strip()
    except WorkplanError:  # no file, a link, a FIFO, a folder, or more than white space could be
        return False


EMPTY_FILE_MOST_BYTES = 4096  # white space beyond this is not an empty file someone just made


def near_plan_file(path: Path) -> Path | None:
    """The existing plan file the user most likely meant by a path that does not exist:
    `plans/x.tml` or `plans/x` for plans/x.toml, `plans/sscb-2023-42.toml` for plans/sscb-2023-24.toml."""
    if path.exists():
        return None
    import difflib

    folder = path.parent
    try:
        plans = sorted(candidate.name for candidate in folder.glob("*.toml") if candidate.is_file())
    except OSError:
        return None
    stem = path.name.removesuffix(path.suffix) if path.suffix else path.name
    same_stem = [name for name in plans if name.removesuffix(".toml") == stem]
    close = same_stem or difflib.get_close_matches(path.name, plans, n=1, cutoff=0.75)
    return folder / close[0] if close else None


def plans_in_folder(folder: Path, most: int = 5) -> list[Path]:
    """The plan files (*.toml) directly in a folder, drafts before agreed plans, at most `most`."""
    try:
        names = sorted(candidate for candidate in folder.glob("*.toml") if candidate.is_file())
    except OSError:
        return []
    return sorted(names, key=lambda candidate: (".agreed" in candidate.name, candidate.name))[:most]


def is_new_plan(path: Path, plan: Plan) -> bool:
    """Whether the plan is still to be filled in: no project yet, or the starter plan as written."""
    if not plan.projects:  # (a plan with projects has themes: each project names one)
        return True
    try:
        return read_bytes(path) == starter_text(plan.info.start.year).encode("utf-8")
    except WorkplanError:
        return False
