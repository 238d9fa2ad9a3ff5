"""Temporary files of a writer killed mid-write are removed by the next write to their folder,
once stale (older than ten minutes) and held by no writer; nothing else is ever removed.
Before, they piled up: 31 after 267 kill -9 at every write syscall."""

from __future__ import annotations

import fcntl
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from workplan_tui import files
from workplan_tui.files import STALE_AFTER_SECONDS, atomic_write, is_temporary_name, sweep_leftovers


def stale_time() -> float:
    """A modification time a minute past stale (read when used: a test run may take minutes)."""
    return time.time() - STALE_AFTER_SECONDS - 60


def fresh_time() -> float:
    return time.time() - STALE_AFTER_SECONDS + 120


def make(path: Path, mtime: float, text: str = "half a plan") -> Path:
    path.write_text(text, encoding="utf-8")
    os.utime(path, (mtime, mtime))
    return path


@pytest.fixture(autouse=True)
def every_write_sweeps(monkeypatch):
    # A process sweeps one folder at most once a minute; here at every write.
    monkeypatch.setattr(files, "SWEEP_EVERY_SECONDS", 0.0)


def test_the_pattern_is_ours_alone():
    assert is_temporary_name(".plan.toml.k3j9x0q_.workplan-tmp")
    assert is_temporary_name(".member-1.toml.abcdefgh.workplan-tmp")
    for name in (
        ".plan.toml.k3j9x0q_.tmp",  # the old pattern, which other programs use too
        "plan.toml.k3j9x0q_.workplan-tmp",  # not hidden
        ".plan.toml.short.workplan-tmp",  # not mkstemp's eight characters
        ".plan.toml.ABCDEFGH.workplan-tmp",
        ".plan.toml.lock",
        ".workplan-tmp",
        "plan.toml",
    ):
        assert not is_temporary_name(name), name


def test_the_next_write_removes_stale_leftovers_and_nothing_else(tmp_path):
    stale = [
        make(tmp_path / ".plan.toml.k3j9x0q_.workplan-tmp", stale_time()),
        make(tmp_path / ".plan.md.abcdefgh.workplan-tmp", stale_time()),
    ]
    kept = [
        make(tmp_path / ".plan.toml.zzzzzzzz.workplan-tmp", fresh_time()),  # perhaps still being written
        make(tmp_path / ".plan.toml.k3j9x0q_.tmp", stale_time()),  # someone else's pattern
        make(tmp_path / "notes.workplan-tmp", stale_time()),
        make(tmp_path / ".plan.toml.lock", stale_time(), ""),
        make(tmp_path / "other.toml", stale_time()),
    ]
    (tmp_path / ".plan.toml.linklink.workplan-tmp").symlink_to(kept[-1])  # a link: never ours
    os.mkdir(tmp_path / ".plan.toml.foldered.workplan-tmp")  # a folder: never ours
    atomic_write(tmp_path / "plan.toml", "x = 1\n")
    assert [path.exists() for path in stale] == [False, False]
    assert all(path.exists() for path in kept)
    assert (tmp_path / ".plan.toml.linklink.workplan-tmp").is_symlink()
    assert (tmp_path / ".plan.toml.foldered.workplan-tmp").is_dir()
    assert (tmp_path / "plan.toml").read_text(encoding="utf-8") == "x = 1\n"


def test_a_leftover_locked_by_a_writer_is_not_removed(tmp_path):
    held = make(tmp_path / ".plan.toml.k3j9x0q_.workplan-tmp", stale_time())
    descriptor = os.open(held, os.O_RDONLY)
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX)  # what atomic_write holds while it writes
        assert sweep_leftovers(tmp_path) == []
        assert held.exists()
    finally:
        os.close(descriptor)
    assert sweep_leftovers(tmp_path) == [held.name]
    assert not held.exists()


def test_a_writer_killed_mid_write_leaves_a_file_the_next_write_removes(tmp_path):
    """A real writer, stopped in its fsync and killed with SIGKILL: while it lives its
    temporary file is held, even when old; once it is dead and the file stale, the next
    write to the folder removes it."""
    plan = tmp_path / "plan.toml"
    plan.write_text("old = 1\n", encoding="utf-8")
    writer = subprocess.Popen(
        [sys.executable, "-c", (
            "import os, sys, time\n"
            "from workplan_tui.files import atomic_write\n"
            "os.fsync = lambda descriptor: time.sleep(600)\n"
            "atomic_write(sys.argv[1], 'new = 1\\n')\n"
        ), str(plan)],
    )
    try:
        deadline = time.monotonic() + 60
        while not [name for name in os.listdir(tmp_path) if is_temporary_name(name)]:
            assert time.monotonic() < deadline and writer.poll() is None
            time.sleep(0.01)
        [left] = [tmp_path / name for name in os.listdir(tmp_path) if is_temporary_name(name)]
        os.utime(left, (stale_time(), stale_time()))
        assert sweep_leftovers(tmp_path) == []  # the writer is alive and holds it
    finally:
        writer.send_signal(signal.SIGKILL)
        writer.wait()
    assert left.exists()
    os.utime(left, (stale_time(), stale_time()))
    atomic_write(tmp_path / "plan.md", "# Paper\n")
    assert not left.exists()
    assert plan.read_text(encoding="utf-8") == "old = 1\n"  # the killed write changed nothing


def test_a_fresh_leftover_waits_for_a_later_write(tmp_path, monkeypatch):
    monkeypatch.setattr(files, "SWEEP_EVERY_SECONDS", 3600.0)
    fresh = make(tmp_path / ".plan.toml.k3j9x0q_.workplan-tmp", fresh_time())
    atomic_write(tmp_path / "plan.toml", "x = 1\n")
    assert fresh.exists()
    os.utime(fresh, (stale_time(), stale_time()))
    atomic_write(tmp_path / "plan.toml", "x = 2\n")
    assert fresh.exists()  # swept a moment ago: not again for a while
    monkeypatch.setattr(files, "SWEEP_EVERY_SECONDS", 0.0)  # an hour later, or another process
    atomic_write(tmp_path / "plan.toml", "x = 3\n")
    assert not fresh.exists()
