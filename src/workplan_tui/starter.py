"""`workplan new`: a commented starter plan that passes `workplan check`."""

from __future__ import annotations

import datetime as dt
import re
from importlib.resources import files
from pathlib import Path

from workplan_tui.errors import AlreadyExists
from workplan_tui.files import atomic_write
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
    """Write the starter plan (or text) to path; never replaces an existing file, even one created meanwhile."""
    if path.exists() or path.is_symlink():  # refused before any temporary file is made
        raise AlreadyExists.single(str(path), "E402", "already exists; choose another name or remove it first")
    atomic_write(path, starter_text() if text is None else text, create=True)


def is_new_plan(path: Path, plan: Plan) -> bool:
    """Whether the plan is still to be filled in: no project yet, or the starter plan as written."""
    if not plan.projects:  # (a plan with projects has themes: each project names one)
        return True
    try:
        return path.read_text(encoding="utf-8") == starter_text(plan.info.start.year)
    except (OSError, UnicodeDecodeError):
        return False
