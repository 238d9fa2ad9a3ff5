"""`workplan export --to paper` as an officer uses it: the old `--to md`, Word or Markdown by the
file's extension or --format, their own template, a bad template, a document not made yet,
`--date`; and `workplan check`'s warnings of an empty section."""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import pytest

from helpers import agreed_example
from helpers.paths import SSCB
from workplan_tui.cli import main


@pytest.fixture
def work(tmp_path: Path) -> Path:
    shutil.copy(SSCB, tmp_path / "sscb.toml")
    return tmp_path


def test_md_is_the_old_name_of_paper_and_says_so(work, capsys):
    assert main(["export", str(work / "sscb.toml"), "--to", "md"]) == 0
    captured = capsys.readouterr()
    assert captured.err == "`--to md` is the old name of `--to paper`: writing the paper\n"
    assert captured.out == f"{work / 'sscb.paper.md'}: paper for direction written\n"
    assert (work / "sscb.paper.md").read_text(encoding="utf-8") == agreed_example.DRAFT_PAPER.read_text(encoding="utf-8")


def test_the_format_follows_the_output_s_extension_then_format(work, capsys):
    assert main(["export", str(work / "sscb.toml"), "--to", "paper", "-o", str(work / "for-the-board.docx")]) == 0
    assert zipfile.is_zipfile(work / "for-the-board.docx")
    assert main(["export", str(work / "sscb.toml"), "--to", "paper", "--format", "docx"]) == 0
    assert capsys.readouterr().out.endswith(f"{work / 'sscb.paper.docx'}: paper for direction written\n")
    document = docx.Document(str(work / "sscb.paper.docx"))
    assert document.paragraphs[2].text == "SSCB work projects"
    assert main(["export", str(work / "sscb.toml"), "--to", "paper", "-o", str(work / "x.docx"), "--format", "md"]) == 2
    assert capsys.readouterr().err == "--format:1:1: E124 -o x.docx is Word (.docx) but --format md is Markdown: give one format\n"
    assert not (work / "x.docx").exists()


def test_a_word_paper_goes_down_a_pipe_as_its_bytes(work):
    done = subprocess.run(
        [sys.executable, "-m", "workplan_tui", "export", str(work / "sscb.toml"), "--to", "paper", "--format", "docx", "-o", "-"],
        capture_output=True, check=True,
    )
    assert docx.Document(io.BytesIO(done.stdout)).paragraphs[2].text == "SSCB work projects"


def test_only_the_documents_come_in_word_or_from_a_template(work, capsys):
    assert main(["export", str(work / "sscb.toml"), "--to", "csv", "--format", "docx"]) == 2
    assert "E124 `--to csv` is not a document; only the documents (paper, note, programme, report) are written in Word" in capsys.readouterr().err
    template = work / "mine.md.j2"
    template.write_text("{{ title }}\n", encoding="utf-8")
    assert main(["export", str(work / "sscb.toml"), "--to", "csv", "--template", str(template)]) == 2
    assert "E124 `--to csv` is written as it is; --format and --template are for the documents" in capsys.readouterr().err


def test_a_document_not_made_yet_is_said_so(work, capsys, monkeypatch):
    from workplan_tui.export import papers

    # A new dict, not delitem: undoing a delitem puts "note" back last, and the Export pane
    # offers the documents in KINDS' order (a later snapshot in the same worker would differ).
    monkeypatch.setattr(papers, "KINDS", {kind: entry for kind, entry in papers.KINDS.items() if kind != "note"})
    assert main(["export", str(work / "sscb.toml"), "--to", "note"]) == 2
    assert capsys.readouterr().err == "--to:1:1: E124 this version of workplan does not make the note yet\n"


def test_an_officer_s_own_markdown_template_gets_the_same_context(work, capsys):
    template = work / "council.md.j2"
    template.write_text(
        "# {{ title }} ({{ board }})\n\n{% for p in background %}{{ p.number }}) {{ p.text | truncate(20) }}\n{% endfor %}"
        "Budget: {{ 8000000 | money }}; {{ issues.rows | length | number_word }} issues: {{ issues.rows | map(attribute='title') | list | listed }}\n",
        encoding="utf-8",
    )
    assert main(["export", str(work / "sscb.toml"), "--to", "paper", "--template", str(template), "-o", "-"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# SSCB work projects (Safer and Stronger Communities Board)\n\n1) At its meeting...\n")
    assert "Budget: £80,000; six issues: Modern slavery, Reducing reoffending: a local government position, " in out


def test_a_bad_template_is_a_located_error_not_a_traceback(work, capsys):
    broken = work / "broken.md.j2"
    broken.write_text("# {{ title }}\n\n{% for p in background %}\n{{ p.text }\n", encoding="utf-8")
    assert main(["export", str(work / "sscb.toml"), "--to", "paper", "--template", str(broken), "-o", "-"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"{broken}:4:1: E120 the template does not read: ") and err.count("\n") == 1
    misspelt = work / "misspelt.md.j2"
    misspelt.write_text("# {{ title }}\n\n{{ purpos }}\n", encoding="utf-8")
    assert main(["export", str(work / "sscb.toml"), "--to", "paper", "--template", str(misspelt), "-o", "-"]) == 2
    assert capsys.readouterr().err == (
        f"{misspelt}:3:4: E121 the template uses `purpos`, which the document does not have; "
        "did you mean `purpose`?; docs/export.md lists the names\n"
    )
    text = work / "notes.txt"
    text.write_text("hello\n", encoding="utf-8")
    assert main(["export", str(work / "sscb.toml"), "--to", "paper", "--template", str(text)]) == 2
    assert "notes.txt:1:1: E122 is not a template" in capsys.readouterr().err
    assert sorted(path.name for path in work.iterdir()) == ["broken.md.j2", "misspelt.md.j2", "notes.txt", "sscb.toml"]


def test_the_date_given_dates_the_paper(work, capsys):
    assert main(["export", str(work / "sscb.toml"), "--to", "paper", "--date", "2023-04-05", "-o", "-"]) == 0
    assert "**Date:** 5 April 2023\n" in capsys.readouterr().out


def test_check_warns_of_an_empty_section_and_still_passes(work, capsys):
    plan = work / "sscb.toml"
    text = plan.read_text(encoding="utf-8")
    plan.write_text(text.replace('wales = "Officers to engage with the Welsh LGA as required."\n', 'wales = ""\n'), encoding="utf-8")
    assert main(["check", str(plan)]) == 0
    captured = capsys.readouterr()
    line = next(number for number, row in enumerate(plan.read_text(encoding="utf-8").splitlines(), 1) if row.startswith("wales = "))
    assert captured.err == f"{plan}:{line}:1: W101 the paper's \"Implications for Wales\" would be empty: set `paper.wales`\n"
    assert captured.out.startswith(f"{plan}: ok: ")
    plan.write_text(text, encoding="utf-8")
    assert main(["check", str(plan)]) == 0
    assert capsys.readouterr().err == ""
