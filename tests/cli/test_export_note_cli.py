"""`workplan export --to note|programme` as an officer runs it: a draft's note refused with
its file (E125, exit 2, nothing written), the agreed plan's note and programme in Markdown
and Word beside the plan, a draft's programme headed Draft, and `check`'s W105 and W106."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import docx

from helpers import agreed_example
from helpers.paths import SSCB
from workplan_tui.cli import main
from workplan_tui.plan_io import dumps_plan


def agreed_plan(tmp_path: Path) -> Path:
    path = tmp_path / "sscb.agreed.toml"
    path.write_text(dumps_plan(agreed_example.agreed()), encoding="utf-8")
    return path


def test_a_drafts_note_is_refused_and_nothing_is_written(tmp_path, capsys):
    draft = tmp_path / "sscb.toml"
    shutil.copy(SSCB, draft)
    assert main(["export", str(draft), "--to", "note"]) == 2
    err = capsys.readouterr().err
    assert f"{draft}:1:1: E125 is a draft: there is no decision yet" in err
    assert "Traceback" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sscb.toml"]


def test_the_agreed_note_and_programme_are_written_beside_the_plan(tmp_path, capsys):
    plan = agreed_plan(tmp_path)
    assert main(["export", str(plan), "--to", "note"]) == 0
    assert (tmp_path / "sscb.agreed.note.md").read_text(encoding="utf-8") == agreed_example.NOTE.read_text(encoding="utf-8")
    assert main(["export", str(plan), "--to", "note", "-o", str(tmp_path / "note.docx")]) == 0
    document = docx.Document(io.BytesIO((tmp_path / "note.docx").read_bytes()))
    assert document.paragraphs[0].text == "Note of the Safer and Stronger Communities Board meeting"
    assert main(["export", str(plan), "--to", "programme"]) == 0
    written = (tmp_path / "sscb.agreed.programme.md").read_text(encoding="utf-8")
    assert written == agreed_example.PROGRAMME.read_text(encoding="utf-8")  # dated by the decision, not --date
    out = capsys.readouterr().out
    assert "note of the meeting written" in out and "work programme written" in out


def test_a_drafts_programme_says_draft(tmp_path):
    draft = tmp_path / "sscb.toml"
    shutil.copy(SSCB, draft)
    assert main(["export", str(draft), "--to", "programme", "--date", "2023-03-23"]) == 0
    assert (tmp_path / "sscb.programme.md").read_text(encoding="utf-8") == agreed_example.DRAFT_PROGRAMME.read_text(encoding="utf-8")


def test_check_warns_of_an_agreed_plan_whose_note_says_nothing(tmp_path, capsys):
    plan = agreed_plan(tmp_path)
    assert main(["check", str(plan)]) == 0
    assert "W10" not in capsys.readouterr().err.replace("W101", "")
    text = plan.read_text(encoding="utf-8")
    start = text.index("discussion = [")
    end = text.index("]\n", start)
    silent = tmp_path / "silent.agreed.toml"
    silent.write_text(text[:start] + "discussion = []" + text[end + 1:], encoding="utf-8")
    assert main(["check", str(silent)]) == 0
    line = next(n for n, row in enumerate(silent.read_text(encoding="utf-8").splitlines(), 1) if row.startswith("discussion"))
    assert f"{silent}:{line}:1: W106 `note.discussion` is empty" in capsys.readouterr().err
    start = text.index("[note]")
    end = text.index("\n[", start + 1)
    bare = tmp_path / "bare.agreed.toml"
    bare.write_text(text[:start] + text[end + 1:], encoding="utf-8")
    assert main(["check", str(bare)]) == 0
    assert f"{bare}:1:1: W105 the note of the meeting has no `[note]`" in capsys.readouterr().err


def test_the_count_says_how_the_voters_voted(tmp_path, capsys, monkeypatch):
    # An approval vote of residents on a CSV roll said "Members ranked the candidate projects".
    import sys

    from helpers.paths import DATA

    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    for kind, roll, said in [
        ("approval", "voters.csv", "Voters approved candidate projects: 2 ballots were counted"),
        ("points", "members", "Members gave points to candidate projects: 2 ballots were counted"),
    ]:
        plan = tmp_path / kind / f"{kind}.toml"
        plan.parent.mkdir()
        text = (DATA / "ballot-kinds" / f"sscb-{kind}.toml").read_text(encoding="utf-8")
        plan.write_text(text.replace('seed = "2023-03-23"', f'seed = "2023-03-23"\nroll = "{roll}"', 1), encoding="utf-8")
        (plan.parent / "voters.csv").write_text("id,label,role\nchair,Chair,chair\nv-1,Resident 1,\n", encoding="utf-8")
        given = ["--rank", "modern-slavery,reducing-reoffending"] if kind == "approval" else (
            ["--points", "modern-slavery=4,reducing-reoffending=2"]
        )
        for member in ("chair", "v-1" if roll != "members" else "vice-chair"):
            assert main(["vote", str(plan), "--member", member, *given]) == 0
        assert main(["export", str(plan), "--to", "toml"]) == 0
        capsys.readouterr()
        assert main(["export", str(plan.with_suffix(".agreed.toml")), "--to", "note", "-o", "-"]) == 0
        note = capsys.readouterr().out
        assert said in note and "ranked the candidate projects:" not in note
