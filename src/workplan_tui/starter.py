"""`workplan new`: a commented starter plan that passes `workplan check`."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from workplan_tui.errors import AlreadyExists
from workplan_tui.files import atomic_write
from workplan_tui.model import Plan


def starter_text() -> str:
    return files("workplan_tui.templates").joinpath("starter.toml").read_text(encoding="utf-8")


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
        return path.read_text(encoding="utf-8") == starter_text()
    except (OSError, UnicodeDecodeError):
        return False
