"""Officers' edits of one plan at once, as real processes: every edit lands or is refused (E404),
none is lost. Before the plan's lock, ten simultaneous `workplan import` runs said "added" up to
nine times for edits the file no longer held: each checked the hash, then another renamed its
file in, then it renamed its own over it.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import stat
from pathlib import Path

import pytest

from helpers.voting_plans import simple_projects, write_plan
from workplan_tui import files
from workplan_tui.errors import ChangedOnDisk, WorkplanError
from workplan_tui.files import atomic_write, lock_path, write_lock
from workplan_tui.plan_edit import EditSession
from workplan_tui.plan_io import load_plan

EDITORS = 30
# fork: the children start from this process, already importing workplan (30 cold starts of
# Python would take longer than the edits on a loaded machine).
FORK = multiprocessing.get_context("fork")


def edit(plan_path: str, number: int, start, open_first: bool, retries: int, results) -> None:
    """One officer: add project `added-N` and save; report "landed", "E404" or another error."""
    try:
        session = EditSession.open(plan_path) if open_first else None
        start.wait()
        for _attempt in range(retries + 1):
            if session is None:
                session = EditSession.open(plan_path)
            outcome = session.add("projects", new_project(number))
            assert outcome.ok, outcome.errors
            try:
                session.save()
            except ChangedOnDisk:
                session = None  # what a person does: reopen and make the edit again
                continue
            results.put((number, "landed"))
            return
        results.put((number, "E404"))
    except WorkplanError as error:
        results.put((number, error.errors[0].code))
    except BaseException as error:  # reported, so that a failure says what it was
        results.put((number, repr(error)))


def new_project(number: int) -> dict:
    return {
        "id": f"added-{number}", "title": f"Added {number}", "theme": "safety", "cost": 10,
        "effort": {"adviser": 1}, "start": dt.date(2023, 5, 1), "end": dt.date(2023, 5, 31),
    }


def run_editors(plan_path: Path, *, open_first: bool, retries: int) -> dict[int, str]:
    start = FORK.Barrier(EDITORS)
    results = FORK.Queue()
    editors = [
        FORK.Process(target=edit, args=(str(plan_path), number, start, open_first, retries, results))
        for number in range(EDITORS)
    ]
    for process in editors:
        process.start()
    outcomes = dict(results.get(timeout=240) for _ in editors)
    for process in editors:
        process.join(timeout=60)
        assert process.exitcode == 0
    return outcomes


def projects_in(plan_path: Path) -> set[str]:
    return {project.id for project in load_plan(plan_path).projects}


@pytest.fixture
def plan_path(tmp_path: Path) -> Path:
    return write_plan(tmp_path, simple_projects(3), members=["chair", "member-1"])


def test_thirty_editors_who_read_the_same_version_one_lands_the_others_are_refused(plan_path):
    outcomes = run_editors(plan_path, open_first=True, retries=0)
    assert sorted(set(outcomes.values())) <= ["E404", "landed"], outcomes
    landed = {f"added-{number}" for number, outcome in outcomes.items() if outcome == "landed"}
    refused = [number for number, outcome in outcomes.items() if outcome == "E404"]
    assert len(landed) + len(refused) == EDITORS
    # All read the same text, so only the first save can be of what is on disk.
    assert len(landed) == 1, outcomes
    assert landed <= projects_in(plan_path)
    assert projects_in(plan_path) == {"p1", "p2", "p3"} | landed


def test_thirty_editors_who_reopen_when_refused_all_land(plan_path):
    """Each opens when it likes and, told the plan changed, opens it again and repeats its
    edit: every edit ends up in the file, and the file is one whole, valid plan."""
    outcomes = run_editors(plan_path, open_first=False, retries=EDITORS)
    assert set(outcomes.values()) == {"landed"}, outcomes
    assert projects_in(plan_path) == {"p1", "p2", "p3"} | {f"added-{n}" for n in range(EDITORS)}


def test_the_lock_file_sits_beside_the_plan_and_stays(plan_path, monkeypatch):
    previous = os.umask(0o022)
    try:
        session = EditSession.open(plan_path)
        session.update_plan(title="Locked plan")
        session.save()
    finally:
        os.umask(previous)
    lock = plan_path.with_name(".plan.toml.lock")
    assert lock_path(plan_path) == lock
    assert lock.is_file() and lock.read_bytes() == b""
    # Colleagues who may save the plan must be able to lock it: the umask's mode, like a new file.
    assert stat.S_IMODE(lock.stat().st_mode) == 0o644


def test_a_save_waits_for_the_lock_and_then_sees_the_other_write(plan_path):
    """While another writer holds the lock, a save waits; once it is released the save checks
    the file again and is refused, since the other writer changed it."""
    session = EditSession.open(plan_path)
    session.update_plan(title="Mine")
    go = FORK.Event()
    # Started before the lock is taken: a child forked while it is held would inherit it.
    child = FORK.Process(target=_save_expecting_e404, args=(session, go))
    child.start()
    with write_lock(plan_path):
        go.set()
        child.join(timeout=0.5)
        assert child.is_alive()  # waiting on the lock, nothing written
        assert load_plan(plan_path).info.title != "Mine"
        # The lock's holder writes (the lock is not re-entrant: it writes without taking it again).
        atomic_write(plan_path, plan_path.read_text(encoding="utf-8").replace('title = "', 'title = "Theirs ', 1))
    child.join(timeout=60)
    assert child.exitcode == 0
    assert load_plan(plan_path).info.title.startswith("Theirs ")


def _save_expecting_e404(session: EditSession, go) -> None:
    go.wait(timeout=60)
    try:
        session.save()
    except ChangedOnDisk:
        os._exit(0)
    os._exit(1)


def test_a_lock_held_too_long_is_a_clear_error_and_nothing_is_written(plan_path, monkeypatch):
    monkeypatch.setattr(files, "LOCK_WAIT_SECONDS", 0.3)
    session = EditSession.open(plan_path)
    session.update_plan(title="Mine")
    before = plan_path.read_bytes()
    locked, release = FORK.Event(), FORK.Event()
    holder = FORK.Process(target=_hold_lock, args=(str(plan_path), locked, release))
    holder.start()
    try:
        assert locked.wait(timeout=60)
        with pytest.raises(WorkplanError) as caught:
            session.save()
        [error] = caught.value.errors
        assert error.code == "E403" and "another program has been writing this file" in error.message
        assert plan_path.read_bytes() == before
    finally:
        release.set()
        holder.join(timeout=60)


def _hold_lock(plan_path: str, locked, release) -> None:
    with write_lock(plan_path):
        locked.set()
        release.wait(timeout=60)


def test_a_lock_that_cannot_be_made_is_the_writes_own_error(tmp_path):
    """The lock file is made where the plan is written: a missing folder is the same E403 as
    the write would give, not a puzzle about a lock file."""
    path = tmp_path / "gone" / "plan.toml"
    session = EditSession.create(path)
    with pytest.raises(WorkplanError) as caught:
        session.save()
    assert [str(e) for e in caught.value.errors] == [f"{path}:1:1: E403 cannot write: No such file or directory"]
