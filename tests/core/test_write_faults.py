"""Fault injection on every kind of write: a clear E403, the old file intact, no temporary left.

Each write the tool makes (a plan, a first ballot, a replaced ballot, the three exports, the
voting codes) meets each fault a disk can give: full in the middle of the data, full at
fsync, a read-only file system, a folder it may not write, an I/O error at the rename.
Running as root, chmod cannot make a folder read-only, so the faults are injected where the
operating system would raise them.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import tempfile
from pathlib import Path

import pytest

from helpers import voting_plans
from helpers.voting_plans import make_plan, simple_projects
from workplan_tui.cli import main
from workplan_tui.errors import WorkplanError
from workplan_tui.plan_io import loads_plan, write_plan
from workplan_tui.voting.ballots import write_ballot
from workplan_tui.voting.codes import issue_codes

OLD = b"the old file, which must survive\n"


def disk_full_mid_write(monkeypatch):
    real_write = os.write

    def write(descriptor, data):  # half the data reaches the disk, then it is full
        if len(data) > 1:
            return real_write(descriptor, bytes(data[: len(data) // 2]))
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "write", write)


def disk_full_at_fsync(monkeypatch):
    monkeypatch.setattr(os, "fsync", _raise(errno.ENOSPC))


def read_only_file_system(monkeypatch):
    monkeypatch.setattr(tempfile, "mkstemp", _raise(errno.EROFS))


def folder_not_writable(monkeypatch):
    monkeypatch.setattr(tempfile, "mkstemp", _raise(errno.EACCES, PermissionError))


def io_error_at_rename(monkeypatch):
    monkeypatch.setattr(os, "replace", _raise(errno.EIO))
    monkeypatch.setattr(os, "link", _raise(errno.EIO))


def _raise(code: int, kind: type[OSError] = OSError):
    def fail(*args, **kwargs):
        raise kind(code, os.strerror(code))

    return fail


FAULTS = {
    "disk-full-mid-write": (disk_full_mid_write, errno.ENOSPC),
    "disk-full-at-fsync": (disk_full_at_fsync, errno.ENOSPC),
    "read-only-file-system": (read_only_file_system, errno.EROFS),
    "folder-not-writable": (folder_not_writable, errno.EACCES),
    "io-error-at-rename": (io_error_at_rename, errno.EIO),
}


@pytest.fixture
def work(tmp_path: Path) -> Path:
    plan_path = voting_plans.write_plan(tmp_path, simple_projects(4), members=["chair", "member-1"])
    plan = loads_plan(plan_path.read_text(encoding="utf-8"))
    write_ballot(plan, tmp_path / "plan.ballots", "chair", ["p1", "p2"])
    for name in ("old-plan.toml", "plan.paper.md", "plan.csv", "plan.agreed.toml", "plan.codes"):
        (tmp_path / name).write_bytes(OLD)
    (tmp_path / "plan.ballots" / "member-1.toml").write_bytes(OLD)
    return tmp_path


def cli(*args: str):
    def run(work: Path) -> int:
        return main([args[0], str(work / "plan.toml"), *args[1:]])

    return run


def _plan(work: Path):
    return loads_plan((work / "plan.toml").read_text(encoding="utf-8"), str(work / "plan.toml"))


# target -> (the write, the file it replaces); a first ballot has a test of its own below
TARGETS = {
    "plan": (lambda work: write_plan(_plan(work), work / "old-plan.toml"), "old-plan.toml"),
    "replaced-ballot": (
        lambda work: write_ballot(_plan(work), work / "plan.ballots", "member-1", ["p3"], replace=True),
        "plan.ballots/member-1.toml",
    ),
    "export-paper": (cli("export", "--to", "paper", "--force"), "plan.paper.md"),
    "export-csv": (cli("export", "--to", "csv", "--force"), "plan.csv"),
    "export-toml": (cli("export", "--to", "toml", "--force", "--date", "2023-03-23"), "plan.agreed.toml"),
    "codes": (lambda work: issue_codes(_plan(work), work / "plan.toml", force=True), "plan.codes"),
}


def snapshot(folder: Path) -> dict[str, bytes]:
    # A plan's lock file (files.write_lock) is made by the first write and never removed: it
    # holds nothing and is no file written.
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.name.endswith(".lock")
    }


@pytest.mark.parametrize("fault", FAULTS)
@pytest.mark.parametrize("target", TARGETS)
def test_a_failed_write_is_a_clear_error_and_changes_nothing(work, monkeypatch, capsys, target, fault):
    write, name = TARGETS[target]
    inject, code = FAULTS[fault]
    before = snapshot(work)
    inject(monkeypatch)
    try:
        status = write(work)
    except WorkplanError as error:
        lines = [str(located) for located in error.errors]
    else:
        assert status == 2  # the command line: exit status 2 and the located error
        lines = capsys.readouterr().err.splitlines()
    finally:
        monkeypatch.undo()
    assert lines == [f"{work / name}:1:1: E403 cannot write: {os.strerror(code)}"]
    assert (work / name).read_bytes() == OLD
    assert snapshot(work) == before  # nothing else written, no temporary file left


@pytest.mark.parametrize("fault", FAULTS)
def test_a_failed_first_ballot_leaves_no_ballot_and_no_temporary(work, monkeypatch, fault):
    plan = make_plan(simple_projects(4), members=["chair", "member-1", "member-2"])
    inject, code = FAULTS[fault]
    before = snapshot(work)
    inject(monkeypatch)
    try:
        with pytest.raises(WorkplanError) as caught:
            write_ballot(plan, work / "plan.ballots", "member-2", ["p3"], cast=dt.datetime(2023, 3, 23, tzinfo=dt.UTC))
    finally:
        monkeypatch.undo()
    assert [str(e) for e in caught.value.errors] == [
        f"{work / 'plan.ballots' / 'member-2.toml'}:1:1: E403 cannot write: {os.strerror(code)}"
    ]
    assert snapshot(work) == before


def test_every_target_writes_when_nothing_fails(work, capsys):
    """The same writes succeed without a fault, so the tests above fail for the fault alone."""
    for target, (write, name) in TARGETS.items():
        assert write(work) != 2, target  # the commands return 0, the functions a value
        assert (work / name).read_bytes() != OLD, target
