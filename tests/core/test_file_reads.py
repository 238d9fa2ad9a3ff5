"""Reading a plan or a ballot never hangs: what is checked is the file opened, not a name looked
at before. A FIFO planted, or swapped in between a look at the name and the open (tally hung
in 4 of 250 runs so), a device, a link to one: each is a located E001, at once.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from helpers.voting_plans import simple_projects, write_plan
from workplan_tui.errors import WorkplanError
from workplan_tui.files import FileStamp, read_bytes
from workplan_tui.plan_edit import EditSession
from workplan_tui.plan_io import ensure_unchanged, load_plan, load_plan_stamped
from workplan_tui.starter import is_empty_file
from workplan_tui.voting.ballots import read_ballot, read_ballots

PROMPTLY = 10.0  # seconds; a blocked open never returns at all


def within(seconds: float, call: Callable[[], Any], fifo: Path | None = None) -> Any:
    """call's result (or the exception it raised), failing the test if it takes longer: a
    read blocked on a FIFO is released by opening the FIFO's other end, so the test ends."""
    outcome: dict[str, Any] = {}

    def run() -> None:
        try:
            outcome["value"] = call()
        except BaseException as error:
            outcome["error"] = error

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    if thread.is_alive():
        if fifo is not None:
            os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        pytest.fail(f"still reading after {seconds} s: it blocked")
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("value")


def e001(call: Callable[[], Any], fifo: Path | None = None) -> str:
    with pytest.raises(WorkplanError) as caught:
        within(PROMPTLY, call, fifo)
    [error] = caught.value.errors
    assert error.code == "E001", error
    return error.message


@pytest.fixture
def plan_path(tmp_path: Path) -> Path:
    return write_plan(tmp_path, simple_projects(3), members=["chair", "member-1"])


def test_a_fifo_plan_is_refused_at_once(tmp_path):
    fifo = tmp_path / "plan.toml"
    os.mkfifo(fifo)
    assert e001(lambda: load_plan(fifo), fifo) == "not a regular file"
    assert e001(lambda: EditSession.open(fifo), fifo) == "not a regular file"
    assert e001(lambda: FileStamp.read(fifo), fifo) == "not a regular file"
    assert within(PROMPTLY, lambda: is_empty_file(fifo), fifo) is False


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom", "/dev/null"])
def test_a_link_to_a_device_is_refused_at_once(tmp_path, device):
    if not os.path.exists(device):
        pytest.skip(f"no {device}")
    link = tmp_path / "plan.toml"
    link.symlink_to(device)
    assert e001(lambda: load_plan(link)) == "not a regular file"
    assert e001(lambda: FileStamp.read(link)) == "not a regular file"


def lie_about(fifo: Path, regular: Path, monkeypatch) -> None:
    """Every look at fifo's name (os.stat, os.lstat, Path.stat, is_file) sees the regular file:
    the FIFO is what the name holds by the time it is opened, as if swapped in just then."""
    real_stat, real_lstat = os.stat, os.lstat

    def looked_at(real):
        def stat(path, *args, **kwargs):
            if not isinstance(path, int) and Path(os.fsdecode(path)) == fifo:
                return real(regular, *args, **kwargs)
            return real(path, *args, **kwargs)

        return stat

    monkeypatch.setattr(os, "stat", looked_at(real_stat))
    monkeypatch.setattr(os, "lstat", looked_at(real_lstat))


def test_a_fifo_swapped_in_after_the_name_was_checked_is_refused(plan_path, monkeypatch):
    fifo = plan_path.with_name("swapped.toml")
    os.mkfifo(fifo)
    lie_about(fifo, plan_path, monkeypatch)
    assert Path(fifo).is_file()  # what any check of the name now says
    assert e001(lambda: read_bytes(fifo), fifo) == "not a regular file"
    assert e001(lambda: load_plan(fifo), fifo) == "not a regular file"
    assert e001(lambda: read_ballot(fifo), fifo) == "not a regular file"
    # A plan swapped for a FIFO after it was loaded: the check before a vote or an export
    # says the plan can no longer be read, and a save says so too.
    _plan, stamp = load_plan_stamped(plan_path)
    with pytest.raises(WorkplanError) as caught:
        within(PROMPTLY, lambda: ensure_unchanged(fifo, stamp), fifo)
    assert caught.value.errors[0].code == "E404"
    assert "not a regular file" in caught.value.errors[0].message


def test_a_ballot_swapped_for_a_fifo_leaves_the_count_to_go_on(plan_path, monkeypatch):
    plan = load_plan(plan_path)
    folder = plan_path.with_name("plan.ballots")
    folder.mkdir()
    (folder / "chair.toml").write_text('member = "chair"\nranking = ["p1"]\n', encoding="utf-8")
    os.mkfifo(folder / "member-1.toml")
    lie_about(folder / "member-1.toml", folder / "chair.toml", monkeypatch)
    ballots, rejected = within(PROMPTLY, lambda: read_ballots(plan, folder), folder / "member-1.toml")
    assert [ballot.member for ballot in ballots] == ["chair"]
    assert [(Path(r.file).name, r.with_code) for r in rejected] == [("member-1.toml", "E001 not a regular file")]


def test_tally_and_check_finish_promptly_with_a_fifo_and_a_device(plan_path):
    """As a user runs them: a FIFO and a link to /dev/zero in the ballot folder, a FIFO as the
    plan; each command ends at once with its located E001, the count with the other ballots."""
    folder = plan_path.with_name("plan.ballots")
    folder.mkdir()
    (folder / "chair.toml").write_text('member = "chair"\nranking = ["p1", "p2"]\n', encoding="utf-8")
    os.mkfifo(folder / "member-1.toml")
    (folder / "zero.toml").symlink_to("/dev/zero")
    workplan = [sys.executable, "-m", "workplan_tui"]
    tally = subprocess.run([*workplan, "tally", str(plan_path)], capture_output=True, text=True, timeout=60)
    said = (tally.stdout + tally.stderr).splitlines()
    assert "1 of 2 members' ballots counted, 2 rejected" in said[0]
    # The FIFO is refused as opened; the link to a device is refused unread, as every link in
    # the ballot folder is (docs/voting.md).
    for name, why in (("member-1.toml", "E001 not a regular file"), ("zero.toml", "a symbolic link")):
        assert [line for line in said if name in line and why in line], said
    fifo_plan = plan_path.with_name("fifo.toml")
    os.mkfifo(fifo_plan)
    check = subprocess.run([*workplan, "check", str(fifo_plan)], capture_output=True, text=True, timeout=60)
    assert check.returncode == 2
    assert check.stderr == f"{fifo_plan}:1:1: E001 not a regular file\n"


def test_the_size_limit_is_that_of_the_file_opened(tmp_path, monkeypatch):
    """A small file looked at, a large one opened: the limit holds for the one read."""
    small, large = tmp_path / "small.toml", tmp_path / "plan.toml"
    small.write_text("x = 1\n", encoding="utf-8")
    large.write_bytes(b"# " + b"x" * 2000 + b"\n")
    lie_about(large, small, monkeypatch)
    with pytest.raises(WorkplanError) as caught:
        read_bytes(large, limit=1024, what="ballot")
    assert [str(e) for e in caught.value.errors] == [f"{large}:1:1: E002 ballot file is 2.0 KB; the limit is 1 KB"]


def test_a_link_is_refused_when_links_are_not_to_be_followed(tmp_path):
    target = tmp_path / "elsewhere.toml"
    target.write_text("x = 1\n", encoding="utf-8")
    link = tmp_path / "plan.toml"
    link.symlink_to(target)
    assert read_bytes(link) == b"x = 1\n"
    with pytest.raises(WorkplanError) as caught:
        read_bytes(link, follow_links=False)
    assert [str(e) for e in caught.value.errors] == [f"{link}:1:1: E001 is a symbolic link, not a plan file"]
