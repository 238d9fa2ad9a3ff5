"""`workplan new`: a commented starter plan that passes `workplan check`."""

from __future__ import annotations

import os
import tempfile
from importlib.resources import files
from pathlib import Path

from workplan_tui.errors import WorkplanError


def starter_text() -> str:
    return files("workplan_tui.templates").joinpath("starter.toml").read_text(encoding="utf-8")


def write_starter(path: Path, text: str | None = None) -> None:
    """Write the starter plan (or text) to path; never replaces an existing file, even one created meanwhile."""
    if path.exists() or path.is_symlink():
        raise WorkplanError.single(str(path), "E402", "already exists; choose another name or remove it first")
    folder = path.parent if str(path.parent) else Path(".")
    try:
        descriptor, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as error:
        raise WorkplanError.single(str(path), "E403", f"cannot write: {error.strerror or error}") from None
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write((starter_text() if text is None else text).encode("utf-8"))
            handle.flush()
            os.fsync(handle.fileno())
        os.link(temporary, path)  # fails if path appeared since the check: no overwrite
    except FileExistsError:
        raise WorkplanError.single(str(path), "E402", "already exists; choose another name or remove it first") from None
    except OSError as error:
        raise WorkplanError.single(str(path), "E403", f"cannot write: {error.strerror or error}") from None
    finally:
        os.unlink(temporary)
