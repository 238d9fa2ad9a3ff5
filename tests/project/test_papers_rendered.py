"""The Word papers as a reader gets them: each default .docx of the SSCB example converted to PDF
by LibreOffice (`soffice --headless --convert-to pdf`), which must give pages holding the text
of every heading. Skipped where LibreOffice is not installed (.ci/run installs
libreoffice-writer and poppler-utils); the headings are checked when pdftotext is there."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import docx
import pytest

from helpers import agreed_example
from workplan_tui.decision import render
from workplan_tui.export.papers import KINDS

SOFFICE = shutil.which("soffice")
PDFTOTEXT = shutil.which("pdftotext")
pytestmark = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")


def to_pdf(document: Path, folder: Path) -> Path:
    # A profile of its own: two conversions at once (xdist, or an officer's LibreOffice) would share one.
    profile = (folder / "profile").as_uri()
    subprocess.run(
        [SOFFICE, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf", "--outdir", str(folder), str(document)],
        capture_output=True, check=True, timeout=240,
    )
    return folder / f"{document.stem}.pdf"


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_the_word_paper_converts_to_pages_holding_its_headings(tmp_path, kind):
    plan = agreed_example.draft() if kind == "paper" else agreed_example.agreed()
    data = render(plan, kind, doc_format="docx")
    assert isinstance(data, bytes)
    document = tmp_path / f"sscb-2023-24.{kind}.docx"
    document.write_bytes(data)
    pdf = to_pdf(document, tmp_path)
    assert pdf.read_bytes().startswith(b"%PDF")
    pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf.read_bytes()))
    assert pages >= 1
    if PDFTOTEXT is None:
        return
    text = subprocess.run([PDFTOTEXT, "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    flat = " ".join(text.split())
    headings = [p.text for p in docx.Document(str(document)).paragraphs if p.style.name.startswith(("Heading", "Title"))]
    assert headings
    missing = [heading for heading in headings if " ".join(heading.split()) not in flat]
    assert missing == []


@pytest.mark.skipif(PDFTOTEXT is None, reason="poppler's pdftotext is not installed")
@pytest.mark.parametrize("kind", sorted(KINDS))
def test_no_word_of_a_table_header_is_broken_across_lines(tmp_path, kind):
    # The note's ranking table gave "Score" 1.6 cm: LibreOffice printed "Scor" over "e".
    plan = agreed_example.draft() if kind == "paper" else agreed_example.agreed()
    data = render(plan, kind, doc_format="docx")
    assert isinstance(data, bytes)
    document = tmp_path / f"sscb-2023-24.{kind}.docx"
    document.write_bytes(data)
    words = {word for table in docx.Document(str(document)).tables for cell in table.rows[0].cells for word in cell.text.split()}
    text = subprocess.run([PDFTOTEXT, "-layout", str(to_pdf(document, tmp_path)), "-"], capture_output=True, text=True, check=True).stdout
    printed = set(text.split())
    assert kind != "note" or {"Rank", "Score", "Outcome"} <= words
    assert sorted(word for word in words if word not in printed) == []
