"""`workplan new PATH --from AGREED`: the next cycle's draft, exactly as `workplan rollover` writes it."""

from __future__ import annotations

from pathlib import Path

from helpers import agreed_example
from workplan_tui.cli import main
from workplan_tui.plan_io import load_plan, write_plan
from workplan_tui.rollover import rollover


def test_new_from_an_agreed_plan_writes_the_rollover_draft(tmp_path: Path, capsys):
    agreed = agreed_example.agreed()
    write_plan(agreed, tmp_path / "sscb.agreed.toml")
    assert main(["new", str(tmp_path / "next.toml"), "--from", str(tmp_path / "sscb.agreed.toml")]) == 0
    assert main(["rollover", str(tmp_path / "sscb.agreed.toml"), "-o", str(tmp_path / "rolled.toml")]) == 0
    written = (tmp_path / "next.toml").read_bytes()
    assert written == (tmp_path / "rolled.toml").read_bytes()
    assert load_plan(tmp_path / "next.toml") == rollover(agreed)
    assert "draft for 2024/25 written" in capsys.readouterr().out


def test_new_from_never_overwrites_and_refuses_a_draft(tmp_path: Path, capsys):
    agreed = agreed_example.agreed()
    write_plan(agreed, tmp_path / "agreed.toml")
    target = tmp_path / "next.toml"
    target.write_text("keep me", encoding="utf-8")
    assert main(["new", str(target), "--from", str(tmp_path / "agreed.toml")]) == 2
    assert target.read_text(encoding="utf-8") == "keep me"
    assert "E402 already exists" in capsys.readouterr().err
    write_plan(agreed_example.draft(), tmp_path / "draft.toml")
    assert main(["new", str(tmp_path / "other.toml"), "--from", str(tmp_path / "draft.toml")]) == 2
    assert "E104 rollover starts from an agreed plan" in capsys.readouterr().err
    assert not (tmp_path / "other.toml").exists()


def test_new_without_from_still_writes_the_starter(tmp_path: Path):
    from workplan_tui.starter import starter_text

    assert main(["new", str(tmp_path / "plan.toml")]) == 0
    assert (tmp_path / "plan.toml").read_text(encoding="utf-8") == starter_text()
