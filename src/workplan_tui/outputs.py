"""Where the files made from a plan go, and writing one without losing the file it replaces.

Every export is written beside its plan unless the user names another file:
`<stem>.agreed.toml`, a document as `<stem>.<kind>.md` or `.docx` (`sscb-2023-24.paper.docx`),
`<stem>.csv`, `<stem>.annex.xlsx`; the next cycle's draft too, with its years moved on. An existing file is replaced only when the user said so
(`--force`, or a yes in the TUI), the draft itself never, and every file is written
atomically. `workplan export`, `workplan rollover` and the TUI's Export pane all write
through `write_output`.
"""

from __future__ import annotations

from pathlib import Path

AGREED_SUFFIX = ".agreed"


# The outputs written as they are; every other is a document, named by its kind.
_ANNEXES = ("csv", "xlsx")


def default_output(plan_path: Path, fmt: str, doc_format: str = "md") -> Path:
    """Beside the plan: an agreed plan keeps its name (so exporting it again is a no-op); a
    document says its kind, `<stem>.paper.md` or `<stem>.paper.docx` (`doc_format`)."""
    stem = plan_path.name.removesuffix(".toml")
    if fmt == "toml":
        return plan_path.with_name((stem if stem.endswith(AGREED_SUFFIX) else stem + AGREED_SUFFIX) + ".toml")
    if fmt == "xlsx":  # "annex" says what the workbook is, beside the documents' names
        return plan_path.with_name(f"{stem}.annex.xlsx")
    if fmt in _ANNEXES:
        return plan_path.with_name(f"{stem}.{fmt}")
    return plan_path.with_name(f"{stem}.{fmt}.{doc_format}")


def next_cycle_output(agreed_path: Path) -> Path:
    """The next cycle's draft beside the agreed plan: sscb-2023-24.agreed.toml -> sscb-2024-25.toml."""
    from workplan_tui.rollover import shift_years

    stem = agreed_path.name.removesuffix(".toml").removesuffix(AGREED_SUFFIX)
    shifted = shift_years(stem)
    # Without a year in the name, "<stem>.toml" would be last cycle's draft: never aim at it.
    return agreed_path.with_name(f"{shifted}.toml" if shifted != stem else f"{stem}.next.toml")


def write_output(output: Path, data: str | bytes, *, source: Path, force: bool, draft: bool) -> None:
    """Atomically write data to output, refusing to replace the draft, or any file without force."""
    from workplan_tui.errors import WorkplanError
    from workplan_tui.files import atomic_write

    if output.exists() or output.is_symlink():
        if draft and same_file(output, source):
            raise WorkplanError.single(str(output), "E402", "is the draft plan itself; the draft is never changed")
        if output.is_dir():
            raise WorkplanError.single(str(output), "E402", "is a folder; give a file name with -o")
        if not force:
            raise WorkplanError.single(str(output), "E402", "already exists; use --force to replace it")
    atomic_write(output, data)


def same_file(a: Path, b: Path) -> bool:
    """True when both name one file; False when either cannot be looked at."""
    try:
        return a.samefile(b)
    except OSError:
        return False
