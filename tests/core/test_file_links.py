"""Links: a plan that is a symbolic link is edited through to its target and stays a link;
a ballot or the codes file that is a link is replaced, never written through to where it points."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from helpers.voting_plans import simple_projects, write_plan
from workplan_tui.errors import AlreadyExists, WorkplanError
from workplan_tui.files import atomic_write, is_temporary_name, lock_path
from workplan_tui.plan_edit import EditSession
from workplan_tui.plan_io import load_plan
from workplan_tui.plan_io import write_plan as write_plan_file
from workplan_tui.voting.ballots import read_ballot, write_ballot
from workplan_tui.voting.codes import codes_path, issue_codes


@pytest.fixture
def linked(tmp_path: Path) -> tuple[Path, Path]:
    """A plan kept in a shared folder and a link to it in a working copy: (link, target)."""
    shared, working = tmp_path / "shared", tmp_path / "working"
    shared.mkdir()
    working.mkdir()
    target = write_plan(shared, simple_projects(3), members=["chair", "member-1"])
    target.chmod(0o640)
    link = working / "plan.toml"
    link.symlink_to(os.path.relpath(target, working))
    return link, target


def leftovers(*folders: Path) -> list[str]:
    return [name for folder in folders for name in os.listdir(folder) if is_temporary_name(name)]


def test_editing_a_linked_plan_writes_through_and_keeps_the_link(linked):
    link, target = linked
    session = EditSession.open(link)
    session.update_plan(title="Edited through the link")
    session.save()
    assert link.is_symlink() and link.resolve() == target.resolve()
    assert load_plan(target).info.title == "Edited through the link"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640  # the target's mode, kept
    # The temporary file was made beside the target (one rename, same file system) and is gone.
    assert leftovers(link.parent, target.parent) == []
    # The link and its target share one lock, beside the target.
    assert lock_path(link) == lock_path(target) == target.with_name(".plan.toml.lock")
    assert sorted(os.listdir(link.parent)) == ["plan.toml"]
    # A second save through the link: the session's stamp is the target's bytes.
    session.update_plan(title="And again")
    session.save()
    assert load_plan(target).info.title == "And again"


def test_a_save_through_the_link_sees_a_change_made_to_the_target(linked):
    link, target = linked
    session = EditSession.open(link)
    session.update_plan(title="Mine")
    other = EditSession.open(target)
    other.update_plan(title="Theirs")
    other.save()
    with pytest.raises(WorkplanError) as caught:
        session.save()
    assert caught.value.errors[0].code == "E404"
    assert load_plan(target).info.title == "Theirs" and link.is_symlink()


def test_a_link_to_a_link_is_followed_to_the_end_and_a_loop_is_an_error(linked, tmp_path):
    link, target = linked
    second = tmp_path / "second.toml"
    second.symlink_to(link)
    write_plan_file(load_plan(second), second)
    assert second.is_symlink() and link.is_symlink() and target.is_file() and not target.is_symlink()
    loop = tmp_path / "loop.toml"
    loop.symlink_to(loop)
    with pytest.raises(WorkplanError) as caught:
        atomic_write(loop, "x = 1\n", follow_links=True)
    assert [str(e) for e in caught.value.errors] == [f"{loop}:1:1: E403 cannot write: too many levels of symbolic links"]
    assert loop.is_symlink()


def test_creating_never_follows_a_link(tmp_path):
    dangling = tmp_path / "new.toml"
    dangling.symlink_to(tmp_path / "nowhere.toml")
    with pytest.raises(AlreadyExists):
        atomic_write(dangling, "x = 1\n", create=True)
    assert not (tmp_path / "nowhere.toml").exists()


def test_a_ballot_that_is_a_link_is_replaced_not_written_through(tmp_path):
    plan_path = write_plan(tmp_path, simple_projects(3), members=["chair", "member-1"])
    plan = load_plan(plan_path)
    folder = tmp_path / "plan.ballots"
    folder.mkdir()
    outside = tmp_path / "outside.toml"
    outside.write_text("# not a ballot: someone's notes\n", encoding="utf-8")
    (folder / "chair.toml").symlink_to(outside)
    # A link at the member's name, even one that points out of the folder, is a ballot file
    # that exists: voting again is asked for, as for any ballot already there.
    with pytest.raises(AlreadyExists):
        write_ballot(plan, folder, "chair", ["p1"])
    path = write_ballot(plan, folder, "chair", ["p2", "p1"], replace=True)
    assert path == folder / "chair.toml"
    assert not path.is_symlink() and read_ballot(path).ranking == ("p2", "p1")
    assert outside.read_text(encoding="utf-8") == "# not a ballot: someone's notes\n"
    # A dangling link at a member's name is replaced the same way.
    (folder / "member-1.toml").symlink_to(tmp_path / "gone.toml")
    write_ballot(plan, folder, "member-1", ["p3"], replace=True)
    assert not (folder / "member-1.toml").is_symlink() and not (tmp_path / "gone.toml").exists()


def test_the_codes_file_that_is_a_link_is_replaced_not_written_through(tmp_path):
    plan_path = write_plan(tmp_path, simple_projects(3), members=["chair", "member-1"])
    plan = load_plan(plan_path)
    outside = tmp_path / "readable-by-all.txt"
    outside.write_text("notes\n", encoding="utf-8")
    outside.chmod(0o644)
    codes_path(plan_path).symlink_to(outside)
    issue_codes(plan, plan_path, force=True)
    assert not codes_path(plan_path).is_symlink()
    assert stat.S_IMODE(codes_path(plan_path).stat().st_mode) == 0o600
    assert outside.read_text(encoding="utf-8") == "notes\n"


def test_a_paper_that_is_a_link_is_replaced_not_written_through(tmp_path):
    """Only a plan, opened through its link by its officer, is written through: an export's
    file that is a link (planted by anyone who may write the folder) is replaced."""
    elsewhere = tmp_path / "someone-elses.txt"
    elsewhere.write_text("theirs\n", encoding="utf-8")
    paper = tmp_path / "plan.md"
    paper.symlink_to(elsewhere)
    atomic_write(paper, "# Paper\n")
    assert not paper.is_symlink() and paper.read_text(encoding="utf-8") == "# Paper\n"
    assert elsewhere.read_text(encoding="utf-8") == "theirs\n"
