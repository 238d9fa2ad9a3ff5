"""`workplan export` and `workplan rollover` from the command line: the round trip, overwriting,
standard output, and a write that fails half-way."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import agreed_example
from workplan_tui.cli import main
from workplan_tui.files import is_temporary_name
from workplan_tui.plan_io import dumps_plan, load_plan


@pytest.fixture
def work(tmp_path: Path) -> Path:
    """A copy of the SSCB draft with the golden ballots in the default folder beside it."""
    shutil.copy(agreed_example.PLAN, tmp_path / "sscb.toml")
    shutil.copytree(agreed_example.BALLOTS, tmp_path / "sscb.ballots")
    return tmp_path


def agree_args(folder: Path) -> list[str]:
    return [
        "export", str(folder / "sscb.toml"), "--to", "toml", "--date", "2023-03-23",
        "--present", ",".join(agreed_example.PRESENT), "--apologies", "member-12,member-13",
        "--action", "officers:board-2023-09:Report progress on the priority projects",
        "--action", "officers::Bring an item on the drug strategy to a future Board meeting",
    ]


def test_round_trip_draft_agreed_check_export_again_rollover_check(work, capsys):
    draft_bytes = (work / "sscb.toml").read_bytes()
    assert main(agree_args(work)) == 0
    agreed_path = work / "sscb.agreed.toml"
    agreed_bytes = agreed_path.read_bytes()
    assert (work / "sscb.toml").read_bytes() == draft_bytes  # the draft is never changed
    # The same decision as the library call the golden paper is made from.
    assert load_plan(agreed_path) == agreed_example.agreed()
    assert main(["check", str(agreed_path)]) == 0

    # Exporting the agreed plan again gives the same bytes, to a new file and over itself.
    assert main(["export", str(agreed_path), "--to", "toml", "-o", str(work / "again.toml")]) == 0
    assert (work / "again.toml").read_bytes() == agreed_bytes
    assert main(["export", str(agreed_path), "--to", "toml", "--force"]) == 0
    assert agreed_path.read_bytes() == agreed_bytes
    assert dumps_plan(load_plan(agreed_path)).encode() == agreed_bytes

    assert main(["export", str(agreed_path), "--to", "paper"]) == 0
    assert (work / "sscb.agreed.paper.md").read_text(encoding="utf-8") == agreed_example.AGREED_PAPER.read_text(encoding="utf-8")
    assert main(["export", str(agreed_path), "--to", "csv"]) == 0
    assert (work / "sscb.agreed.csv").read_bytes().startswith(b"\xef\xbb\xbf")

    assert main(["rollover", str(agreed_path), "-o", str(work / "next.toml")]) == 0
    assert main(["check", str(work / "next.toml")]) == 0
    nxt = load_plan(work / "next.toml")
    assert nxt.info.status == "draft" and nxt.info.cycle == "2024/25" and nxt.decision is None
    assert agreed_path.read_bytes() == agreed_bytes  # rollover does not touch the agreed plan
    out = capsys.readouterr().out
    assert f"{agreed_path}: agreed plan written (10 ballots counted; agreed: modern-slavery, police-capacity, drugs-community-safety)" in out


def test_existing_output_is_replaced_only_with_force(work, capsys):
    target = work / "sscb.paper.md"
    target.write_text("keep me\n", encoding="utf-8")
    assert main(["export", str(work / "sscb.toml"), "--to", "paper"]) == 2
    assert f"{target}:1:1: E402 already exists; use --force to replace it" in capsys.readouterr().err
    assert target.read_text(encoding="utf-8") == "keep me\n"
    assert main(["export", str(work / "sscb.toml"), "--to", "paper", "--force"]) == 0
    assert "\n# SSCB work projects\n" in target.read_text(encoding="utf-8")


def test_the_draft_is_never_overwritten_even_with_force(work, capsys):
    before = (work / "sscb.toml").read_bytes()
    assert main(agree_args(work) + ["-o", str(work / "sscb.toml"), "--force"]) == 2
    assert "E402 is the draft plan itself" in capsys.readouterr().err
    assert (work / "sscb.toml").read_bytes() == before


def test_dash_writes_to_standard_output_and_no_file(work, capsys):
    assert main(agree_args(work) + ["-o", "-"]) == 0
    out = capsys.readouterr().out
    assert out == dumps_plan(agreed_example.agreed())
    assert main(["export", str(work / "sscb.toml"), "--to", "csv", "-o", "-"]) == 0
    csv_out = capsys.readouterr().out
    assert csv_out.startswith("project,title,")  # no byte order mark on a pipe
    assert sorted(path.name for path in work.iterdir()) == ["sscb.ballots", "sscb.toml"]


def test_decision_options_are_refused_where_they_mean_nothing(work, capsys):
    assert main(["export", str(work / "sscb.toml"), "--to", "md", "--method", "borda"]) == 2
    assert "--method only apply when agreeing a draft" in capsys.readouterr().err
    assert main(agree_args(work)) == 0
    capsys.readouterr()
    assert main(["export", str(work / "sscb.agreed.toml"), "--to", "toml", "--present", "chair", "-o", "-"]) == 2
    assert "the plan is already agreed" in capsys.readouterr().err


def test_bad_record_options_are_located_errors_not_tracebacks(work, capsys):
    # The attendance is checked before the count (it decides whose ballots count), the record after.
    assert main(agree_args(work) + ["--present", "chair,chiar"]) == 2
    assert "<attendance>:1:1: E410 present: unknown member `chiar`; did you mean `chair`?" in capsys.readouterr().err
    assert main(agree_args(work) + ["--action", "officers:board-2099:Do it"]) == 2
    assert "unknown meeting `board-2099`" in capsys.readouterr().err
    assert not (work / "sscb.agreed.toml").exists()


def test_no_ballots_means_nothing_to_agree(work, capsys):
    shutil.rmtree(work / "sscb.ballots")
    assert main(["export", str(work / "sscb.toml"), "--to", "toml"]) == 2
    assert "E401 no ballot counted" in capsys.readouterr().err
    assert not (work / "sscb.agreed.toml").exists()


def test_the_boards_agreed_set_needs_a_reason_when_it_differs_from_the_count(work, capsys):
    chosen = "reducing-reoffending,modern-slavery,cohesion-court-case"  # the count chose police-capacity and drugs
    assert main(agree_args(work) + ["--agree", chosen]) == 2
    err = capsys.readouterr().err
    assert err.startswith("<decision>:1:1: E406 the agreed set differs from the count's selection")
    assert not (work / "sscb.agreed.toml").exists()
    assert main(agree_args(work) + ["--agree", chosen, "--reason", "The Board's priorities"]) == 0
    out = capsys.readouterr().out
    assert "agreed: modern-slavery, reducing-reoffending, cohesion-court-case; counted: modern-slavery," in out
    decision = load_plan(work / "sscb.agreed.toml").decision
    assert decision.selected == ("modern-slavery", "reducing-reoffending", "cohesion-court-case")
    assert decision.counted == ("modern-slavery", "police-capacity", "drugs-community-safety")
    assert decision.reason == "The Board's priorities"
    assert decision.advice is not None and decision.advice.budget_shortfall == 0
    assert main(["check", str(work / "sscb.agreed.toml")]) == 0


def test_an_unknown_project_to_agree_gets_a_did_you_mean(work, capsys):
    assert main(agree_args(work) + ["--agree", "modern-slavery,polce-capacity", "--reason", "x"]) == 2
    assert capsys.readouterr().err == (
        "<decision>:1:1: E202 agreed set: unknown project `polce-capacity`; did you mean `police-capacity`?\n"
    )


def test_agree_and_reason_only_apply_when_agreeing(work, capsys):
    assert main(["export", str(work / "sscb.toml"), "--to", "md", "--agree", "modern-slavery", "--reason", "x"]) == 2
    assert "--agree, --reason only apply when agreeing a draft" in capsys.readouterr().err


def test_method_option_is_recorded(work):
    assert main(agree_args(work) + ["--method", "borda"]) == 0
    assert load_plan(work / "sscb.agreed.toml").decision.method == "borda"


# -- a write that fails half-way ------------------------------------------------------


def _old_file(work: Path) -> tuple[Path, bytes]:
    target = work / "sscb.paper.md"
    target.write_bytes(b"the old paper\n")
    return target, target.read_bytes()


@pytest.mark.parametrize("call", ["replace", "fsync"])
def test_a_failed_write_leaves_the_old_file_and_no_temporary(work, monkeypatch, capsys, call):
    target, old = _old_file(work)

    def fail(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, call, fail)
    assert main(["export", str(work / "sscb.toml"), "--to", "paper", "--force"]) == 2
    monkeypatch.undo()
    assert f"{target}:1:1: E403 cannot write: No space left on device" in capsys.readouterr().err
    assert target.read_bytes() == old
    assert sorted(path.name for path in work.iterdir()) == ["sscb.ballots", "sscb.paper.md", "sscb.toml"]


def test_a_killed_writer_leaves_the_old_file(work):
    """The process dies between writing the temporary file and renaming it."""
    target, old = _old_file(work)
    script = (
        "import os, sys\n"
        "from workplan_tui.cli import main\n"
        "os.replace = lambda *a: os._exit(9)\n"
        f"sys.exit(main(['export', {str(work / 'sscb.toml')!r}, '--to', 'paper', '--force']))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 9
    assert target.read_bytes() == old
    # A kill leaves its temporary file (nothing can clean up after os._exit); it is hidden, of
    # atomic_write's own pattern (a later write removes it once stale: test_file_leftovers.py),
    # and the next successful write is unaffected.
    leftovers = [p.name for p in work.iterdir() if p.name not in ("sscb.ballots", "sscb.paper.md", "sscb.toml")]
    assert all(name.startswith(".sscb.paper.md.") and is_temporary_name(name) for name in leftovers)
    assert main(["export", str(work / "sscb.toml"), "--to", "paper", "--force"]) == 0
    assert target.read_bytes() != old


def test_export_and_rollover_do_not_import_textual(work):
    script = (
        "import sys\n"
        "from workplan_tui.cli import main\n"
        f"main(['export', {str(work / 'sscb.toml')!r}, '--to', 'md', '-o', '-'])\n"
        "assert not any(m == 'textual' or m.startswith('textual.') for m in sys.modules), 'textual imported'\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
